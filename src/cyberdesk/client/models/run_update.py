from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.run_status import RunStatus
from ..models.run_update_input_values_type_0 import RunUpdateInputValuesType0
from ..models.run_update_output_data_type_0 import RunUpdateOutputDataType0
from ..models.run_update_run_message_history_type_0_item import (
    RunUpdateRunMessageHistoryType0Item,
)
from ..models.run_update_usage_metadata_type_0 import RunUpdateUsageMetadataType0
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    checked_items,
    checked_list,
    checked_map,
    checked_map_list,
    model_json,
    parse_datetime,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.run_post_run_check_snapshot import RunPostRunCheckSnapshot
    from ..models.run_update_input_values_type_0 import RunUpdateInputValuesType0
    from ..models.run_update_output_data_type_0 import RunUpdateOutputDataType0
    from ..models.run_update_run_message_history_type_0_item import (
        RunUpdateRunMessageHistoryType0Item,
    )
    from ..models.run_update_usage_metadata_type_0 import RunUpdateUsageMetadataType0


T = TypeVar("T", bound="RunUpdate")


@_attrs_define(init=False)
class RunUpdate:
    status: None | RunStatus | Unset = UNSET
    error: list[str] | None | Unset = UNSET
    output_data: None | RunUpdateOutputDataType0 | Unset = UNSET
    output_attachment_ids: list[str] | None | Unset = UNSET
    run_message_history: list[RunUpdateRunMessageHistoryType0Item] | None | Unset = (
        UNSET
    )
    input_values: None | RunUpdateInputValuesType0 | Unset = UNSET
    usage_metadata: None | RunUpdateUsageMetadataType0 | Unset = UNSET
    post_run_checks: list[RunPostRunCheckSnapshot] | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    release_session_after: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        status: RunStatus | None | Unset = UNSET,
        error: list[str] | None | Unset = UNSET,
        output_data: Mapping[str, Any] | None | Unset = UNSET,
        output_attachment_ids: list[str] | None | Unset = UNSET,
        run_message_history: Sequence[Mapping[str, Any]] | None | Unset = UNSET,
        input_values: Mapping[str, Any] | None | Unset = UNSET,
        usage_metadata: Mapping[str, Any] | None | Unset = UNSET,
        post_run_checks: list[RunPostRunCheckSnapshot] | None | Unset = UNSET,
        started_at: datetime.datetime | None | Unset = UNSET,
        ended_at: datetime.datetime | None | Unset = UNSET,
        release_session_after: bool | None | Unset = UNSET,
    ) -> None:
        if not isinstance(status, (_models.RunStatus, NoneType, Unset)):
            status = checked_enum(
                "RunUpdate",
                "status",
                status,
                _models.RunStatus,
                "a RunStatus or one of its values (cancelled, error, running, running_checks, scheduling, success, task_failed), or None",
            )

        self.status = status
        if not isinstance(error, (NoneType, Unset)):
            error = checked_items(
                "RunUpdate",
                "error",
                checked_list("RunUpdate", "error", error, "a list of str, or None"),
                str,
                "a str",
            )

        self.error = error
        if not isinstance(output_data, (RunUpdateOutputDataType0, NoneType, Unset)):
            output_data = checked_map(
                "RunUpdate",
                "output_data",
                output_data,
                RunUpdateOutputDataType0,
                "a mapping, or None",
            )

        self.output_data = output_data
        if not isinstance(output_attachment_ids, (NoneType, Unset)):
            output_attachment_ids = checked_items(
                "RunUpdate",
                "output_attachment_ids",
                checked_list(
                    "RunUpdate",
                    "output_attachment_ids",
                    output_attachment_ids,
                    "a list of str, or None",
                ),
                str,
                "a str",
            )

        self.output_attachment_ids = output_attachment_ids
        if not isinstance(run_message_history, (NoneType, Unset)):
            run_message_history = checked_map_list(
                "RunUpdate",
                "run_message_history",
                run_message_history,
                RunUpdateRunMessageHistoryType0Item,
                "a list of mappings, or None",
            )

        self.run_message_history = run_message_history
        if not isinstance(input_values, (RunUpdateInputValuesType0, NoneType, Unset)):
            input_values = checked_map(
                "RunUpdate",
                "input_values",
                input_values,
                RunUpdateInputValuesType0,
                "a mapping, or None",
            )

        self.input_values = input_values
        if not isinstance(
            usage_metadata, (RunUpdateUsageMetadataType0, NoneType, Unset)
        ):
            usage_metadata = checked_map(
                "RunUpdate",
                "usage_metadata",
                usage_metadata,
                RunUpdateUsageMetadataType0,
                "a mapping, or None",
            )

        self.usage_metadata = usage_metadata
        if not isinstance(post_run_checks, (NoneType, Unset)):
            post_run_checks = checked_items(
                "RunUpdate",
                "post_run_checks",
                checked_list(
                    "RunUpdate",
                    "post_run_checks",
                    post_run_checks,
                    "a list of RunPostRunCheckSnapshot, or None",
                ),
                _models.RunPostRunCheckSnapshot,
                "a RunPostRunCheckSnapshot",
            )

        self.post_run_checks = post_run_checks
        if not isinstance(started_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "RunUpdate", "started_at", "a datetime, or None", started_at
            )

        self.started_at = started_at
        if not isinstance(ended_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type("RunUpdate", "ended_at", "a datetime, or None", ended_at)

        self.ended_at = ended_at
        if not isinstance(release_session_after, (bool, NoneType, Unset)):
            raise wrong_type(
                "RunUpdate",
                "release_session_after",
                "True or False, or None",
                release_session_after,
            )

        self.release_session_after = release_session_after
        self.additional_properties = {}

    def to_json(self) -> str:
        """This model as JSON text, as the API reads it."""
        return model_json(self)

    if not TYPE_CHECKING:
        # dict(model) gives the wire form: what fastapi.encoders.jsonable_encoder falls back to.
        # Hidden from type checkers, which would otherwise take every model for a sequence.
        def __iter__(self) -> Iterator[tuple[str, Any]]:
            return iter(self.to_dict().items())

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return pydantic_core_schema(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return pydantic_json_schema(cls)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunStatus):
            status = self.status.value
        else:
            status = self.status

        error: list[str] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, list):
            error = self.error

        else:
            error = self.error

        output_data: dict[str, Any] | None | Unset
        if isinstance(self.output_data, Unset):
            output_data = UNSET
        elif isinstance(self.output_data, _models.RunUpdateOutputDataType0):
            output_data = self.output_data.to_dict()
        else:
            output_data = self.output_data

        output_attachment_ids: list[str] | None | Unset
        if isinstance(self.output_attachment_ids, Unset):
            output_attachment_ids = UNSET
        elif isinstance(self.output_attachment_ids, list):
            output_attachment_ids = self.output_attachment_ids

        else:
            output_attachment_ids = self.output_attachment_ids

        run_message_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.run_message_history, Unset):
            run_message_history = UNSET
        elif isinstance(self.run_message_history, list):
            run_message_history = []
            for run_message_history_type_0_item_data in self.run_message_history:
                run_message_history_type_0_item = (
                    run_message_history_type_0_item_data.to_dict()
                )
                run_message_history.append(run_message_history_type_0_item)

        else:
            run_message_history = self.run_message_history

        input_values: dict[str, Any] | None | Unset
        if isinstance(self.input_values, Unset):
            input_values = UNSET
        elif isinstance(self.input_values, _models.RunUpdateInputValuesType0):
            input_values = self.input_values.to_dict()
        else:
            input_values = self.input_values

        usage_metadata: dict[str, Any] | None | Unset
        if isinstance(self.usage_metadata, Unset):
            usage_metadata = UNSET
        elif isinstance(self.usage_metadata, _models.RunUpdateUsageMetadataType0):
            usage_metadata = self.usage_metadata.to_dict()
        else:
            usage_metadata = self.usage_metadata

        post_run_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.post_run_checks, Unset):
            post_run_checks = UNSET
        elif isinstance(self.post_run_checks, list):
            post_run_checks = []
            for post_run_checks_type_0_item_data in self.post_run_checks:
                post_run_checks_type_0_item = post_run_checks_type_0_item_data.to_dict()
                post_run_checks.append(post_run_checks_type_0_item)

        else:
            post_run_checks = self.post_run_checks

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        release_session_after: bool | None | Unset
        if isinstance(self.release_session_after, Unset):
            release_session_after = UNSET
        else:
            release_session_after = self.release_session_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if output_data is not UNSET:
            field_dict["output_data"] = output_data
        if output_attachment_ids is not UNSET:
            field_dict["output_attachment_ids"] = output_attachment_ids
        if run_message_history is not UNSET:
            field_dict["run_message_history"] = run_message_history
        if input_values is not UNSET:
            field_dict["input_values"] = input_values
        if usage_metadata is not UNSET:
            field_dict["usage_metadata"] = usage_metadata
        if post_run_checks is not UNSET:
            field_dict["post_run_checks"] = post_run_checks
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if release_session_after is not UNSET:
            field_dict["release_session_after"] = release_session_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if isinstance(status, str):
            try:
                status_type_0 = RunStatus(status)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                status = status_type_0

        error = d.pop("error", UNSET)
        if isinstance(error, list):
            try:
                error_type_0 = cast(list[str], error)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                error = error_type_0

        output_data = d.pop("output_data", UNSET)
        if isinstance(output_data, dict):
            try:
                output_data_type_0 = _models.RunUpdateOutputDataType0.from_dict(
                    output_data
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                output_data = output_data_type_0

        output_attachment_ids = d.pop("output_attachment_ids", UNSET)
        if isinstance(output_attachment_ids, list):
            try:
                output_attachment_ids_type_0 = cast(list[str], output_attachment_ids)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                output_attachment_ids = output_attachment_ids_type_0

        run_message_history = d.pop("run_message_history", UNSET)
        if isinstance(run_message_history, list):
            try:
                run_message_history_type_0 = []
                _run_message_history_type_0 = run_message_history
                _run_message_history_type_0_item_from_dict = (
                    _models.RunUpdateRunMessageHistoryType0Item.from_dict
                )
                for run_message_history_type_0_item_data in _run_message_history_type_0:
                    run_message_history_type_0_item = (
                        _run_message_history_type_0_item_from_dict(
                            run_message_history_type_0_item_data
                        )
                    )
                    run_message_history_type_0.append(run_message_history_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                run_message_history = run_message_history_type_0

        input_values = d.pop("input_values", UNSET)
        if isinstance(input_values, dict):
            try:
                input_values_type_0 = _models.RunUpdateInputValuesType0.from_dict(
                    input_values
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                input_values = input_values_type_0

        usage_metadata = d.pop("usage_metadata", UNSET)
        if isinstance(usage_metadata, dict):
            try:
                usage_metadata_type_0 = _models.RunUpdateUsageMetadataType0.from_dict(
                    usage_metadata
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                usage_metadata = usage_metadata_type_0

        post_run_checks = d.pop("post_run_checks", UNSET)
        if isinstance(post_run_checks, list):
            try:
                post_run_checks_type_0 = []
                _post_run_checks_type_0 = post_run_checks
                _post_run_checks_type_0_item_from_dict = (
                    _models.RunPostRunCheckSnapshot.from_dict
                )
                for post_run_checks_type_0_item_data in _post_run_checks_type_0:
                    post_run_checks_type_0_item = (
                        _post_run_checks_type_0_item_from_dict(
                            post_run_checks_type_0_item_data
                        )
                    )
                    post_run_checks_type_0.append(post_run_checks_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                post_run_checks = post_run_checks_type_0

        started_at = d.pop("started_at", UNSET)
        if isinstance(started_at, str):
            try:
                started_at_type_0 = parse_datetime(started_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                started_at = started_at_type_0

        ended_at = d.pop("ended_at", UNSET)
        if isinstance(ended_at, str):
            try:
                ended_at_type_0 = parse_datetime(ended_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                ended_at = ended_at_type_0

        release_session_after = d.pop("release_session_after", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_update = cls.__new__(cls)
        run_update.status = status
        run_update.error = error
        run_update.output_data = output_data
        run_update.output_attachment_ids = output_attachment_ids
        run_update.run_message_history = run_message_history
        run_update.input_values = input_values
        run_update.usage_metadata = usage_metadata
        run_update.post_run_checks = post_run_checks
        run_update.started_at = started_at
        run_update.ended_at = ended_at
        run_update.release_session_after = release_session_after

        run_update.additional_properties = d
        return run_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
