from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.run_response_input_values_type_0 import RunResponseInputValuesType0
from ..models.run_response_output_data_type_0 import RunResponseOutputDataType0
from ..models.run_response_run_message_history_type_0_item import (
    RunResponseRunMessageHistoryType0Item,
)
from ..models.run_response_sensitive_input_aliases_type_0 import (
    RunResponseSensitiveInputAliasesType0,
)
from ..models.run_response_usage_metadata_type_0 import RunResponseUsageMetadataType0
from ..models.run_status import RunStatus
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    checked_items,
    checked_list,
    checked_map,
    checked_map_list,
    checked_uuid,
    checked_uuid_list,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.run_post_run_check_snapshot import RunPostRunCheckSnapshot
    from ..models.run_response_input_values_type_0 import RunResponseInputValuesType0
    from ..models.run_response_output_data_type_0 import RunResponseOutputDataType0
    from ..models.run_response_run_message_history_type_0_item import (
        RunResponseRunMessageHistoryType0Item,
    )
    from ..models.run_response_sensitive_input_aliases_type_0 import (
        RunResponseSensitiveInputAliasesType0,
    )
    from ..models.run_response_usage_metadata_type_0 import (
        RunResponseUsageMetadataType0,
    )
    from ..models.workflow_model_metadata import WorkflowModelMetadata


T = TypeVar("T", bound="RunResponse")


@_attrs_define(init=False)
class RunResponse:
    workflow_id: UUID
    machine_id: None | UUID
    id: UUID
    status: RunStatus
    created_at: datetime.datetime
    user_id: None | Unset | UUID = UNSET
    organization_id: None | str | Unset = UNSET
    is_priority: bool | Unset = False
    error: list[str] | None | Unset = UNSET
    output_data: None | RunResponseOutputDataType0 | Unset = UNSET
    input_attachment_ids: list[str] | None | Unset = UNSET
    output_attachment_ids: list[str] | None | Unset = UNSET
    run_message_history: list[RunResponseRunMessageHistoryType0Item] | None | Unset = (
        UNSET
    )
    input_values: None | RunResponseInputValuesType0 | Unset = UNSET
    main_prompt: None | str | Unset = UNSET
    model_metadata: None | Unset | WorkflowModelMetadata = UNSET
    pool_ids: list[UUID] | None | Unset = UNSET
    sensitive_input_aliases: None | RunResponseSensitiveInputAliasesType0 | Unset = (
        UNSET
    )
    usage_metadata: None | RunResponseUsageMetadataType0 | Unset = UNSET
    post_run_checks: list[RunPostRunCheckSnapshot] | None | Unset = UNSET
    session_id: None | Unset | UUID = UNSET
    session_alias: None | str | Unset = UNSET
    release_session_after: bool | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        workflow_id: UUID | str,
        machine_id: UUID | str | None,
        id: UUID | str,
        status: RunStatus,
        created_at: datetime.datetime,
        user_id: UUID | str | None | Unset = UNSET,
        organization_id: str | None | Unset = UNSET,
        is_priority: bool | Unset = False,
        error: list[str] | None | Unset = UNSET,
        output_data: Mapping[str, Any] | None | Unset = UNSET,
        input_attachment_ids: list[str] | None | Unset = UNSET,
        output_attachment_ids: list[str] | None | Unset = UNSET,
        run_message_history: Sequence[Mapping[str, Any]] | None | Unset = UNSET,
        input_values: Mapping[str, Any] | None | Unset = UNSET,
        main_prompt: str | None | Unset = UNSET,
        model_metadata: WorkflowModelMetadata | None | Unset = UNSET,
        pool_ids: Sequence[UUID | str] | None | Unset = UNSET,
        sensitive_input_aliases: Mapping[str, str] | None | Unset = UNSET,
        usage_metadata: Mapping[str, Any] | None | Unset = UNSET,
        post_run_checks: list[RunPostRunCheckSnapshot] | None | Unset = UNSET,
        session_id: UUID | str | None | Unset = UNSET,
        session_alias: str | None | Unset = UNSET,
        release_session_after: bool | None | Unset = UNSET,
        started_at: datetime.datetime | None | Unset = UNSET,
        ended_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        if not isinstance(workflow_id, UUID):
            workflow_id = checked_uuid(
                "RunResponse", "workflow_id", workflow_id, "a UUID or a UUID string"
            )

        self.workflow_id = workflow_id
        if not isinstance(machine_id, (UUID, NoneType)):
            machine_id = checked_uuid(
                "RunResponse",
                "machine_id",
                machine_id,
                "a UUID or a UUID string, or None",
            )

        self.machine_id = machine_id
        if not isinstance(id, UUID):
            id = checked_uuid("RunResponse", "id", id, "a UUID or a UUID string")

        self.id = id
        if not isinstance(status, _models.RunStatus):
            status = checked_enum(
                "RunResponse",
                "status",
                status,
                _models.RunStatus,
                "a RunStatus or one of its values (cancelled, error, running, running_checks, scheduling, success, task_failed)",
            )

        self.status = status
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type("RunResponse", "created_at", "a datetime", created_at)

        self.created_at = created_at
        if not isinstance(user_id, (UUID, NoneType, Unset)):
            user_id = checked_uuid(
                "RunResponse", "user_id", user_id, "a UUID or a UUID string, or None"
            )

        self.user_id = user_id
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "RunResponse", "organization_id", "a str, or None", organization_id
            )

        self.organization_id = organization_id
        if not isinstance(is_priority, (bool, Unset)):
            raise wrong_type("RunResponse", "is_priority", "True or False", is_priority)

        self.is_priority = is_priority
        if not isinstance(error, (NoneType, Unset)):
            error = checked_items(
                "RunResponse",
                "error",
                checked_list("RunResponse", "error", error, "a list of str, or None"),
                str,
                "a str",
            )

        self.error = error
        if not isinstance(output_data, (RunResponseOutputDataType0, NoneType, Unset)):
            output_data = checked_map(
                "RunResponse",
                "output_data",
                output_data,
                RunResponseOutputDataType0,
                "a mapping, or None",
            )

        self.output_data = output_data
        if not isinstance(input_attachment_ids, (NoneType, Unset)):
            input_attachment_ids = checked_items(
                "RunResponse",
                "input_attachment_ids",
                checked_list(
                    "RunResponse",
                    "input_attachment_ids",
                    input_attachment_ids,
                    "a list of str, or None",
                ),
                str,
                "a str",
            )

        self.input_attachment_ids = input_attachment_ids
        if not isinstance(output_attachment_ids, (NoneType, Unset)):
            output_attachment_ids = checked_items(
                "RunResponse",
                "output_attachment_ids",
                checked_list(
                    "RunResponse",
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
                "RunResponse",
                "run_message_history",
                run_message_history,
                RunResponseRunMessageHistoryType0Item,
                "a list of mappings, or None",
            )

        self.run_message_history = run_message_history
        if not isinstance(input_values, (RunResponseInputValuesType0, NoneType, Unset)):
            input_values = checked_map(
                "RunResponse",
                "input_values",
                input_values,
                RunResponseInputValuesType0,
                "a mapping, or None",
            )

        self.input_values = input_values
        if not isinstance(main_prompt, (str, NoneType, Unset)):
            raise wrong_type(
                "RunResponse", "main_prompt", "a str, or None", main_prompt
            )

        self.main_prompt = main_prompt
        if not isinstance(
            model_metadata, (_models.WorkflowModelMetadata, NoneType, Unset)
        ):
            raise wrong_type(
                "RunResponse",
                "model_metadata",
                "a WorkflowModelMetadata, or None",
                model_metadata,
            )

        self.model_metadata = model_metadata
        if not isinstance(pool_ids, (NoneType, Unset)):
            pool_ids = checked_uuid_list(
                "RunResponse",
                "pool_ids",
                pool_ids,
                "a list of UUIDs or UUID strings, or None",
            )

        self.pool_ids = pool_ids
        if not isinstance(
            sensitive_input_aliases,
            (RunResponseSensitiveInputAliasesType0, NoneType, Unset),
        ):
            sensitive_input_aliases = checked_map(
                "RunResponse",
                "sensitive_input_aliases",
                sensitive_input_aliases,
                RunResponseSensitiveInputAliasesType0,
                "a mapping, or None",
            )

        self.sensitive_input_aliases = sensitive_input_aliases
        if not isinstance(
            usage_metadata, (RunResponseUsageMetadataType0, NoneType, Unset)
        ):
            usage_metadata = checked_map(
                "RunResponse",
                "usage_metadata",
                usage_metadata,
                RunResponseUsageMetadataType0,
                "a mapping, or None",
            )

        self.usage_metadata = usage_metadata
        if not isinstance(post_run_checks, (NoneType, Unset)):
            post_run_checks = checked_items(
                "RunResponse",
                "post_run_checks",
                checked_list(
                    "RunResponse",
                    "post_run_checks",
                    post_run_checks,
                    "a list of RunPostRunCheckSnapshot, or None",
                ),
                _models.RunPostRunCheckSnapshot,
                "a RunPostRunCheckSnapshot",
            )

        self.post_run_checks = post_run_checks
        if not isinstance(session_id, (UUID, NoneType, Unset)):
            session_id = checked_uuid(
                "RunResponse",
                "session_id",
                session_id,
                "a UUID or a UUID string, or None",
            )

        self.session_id = session_id
        if not isinstance(session_alias, (str, NoneType, Unset)):
            raise wrong_type(
                "RunResponse", "session_alias", "a str, or None", session_alias
            )

        self.session_alias = session_alias
        if not isinstance(release_session_after, (bool, NoneType, Unset)):
            raise wrong_type(
                "RunResponse",
                "release_session_after",
                "True or False, or None",
                release_session_after,
            )

        self.release_session_after = release_session_after
        if not isinstance(started_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "RunResponse", "started_at", "a datetime, or None", started_at
            )

        self.started_at = started_at
        if not isinstance(ended_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type("RunResponse", "ended_at", "a datetime, or None", ended_at)

        self.ended_at = ended_at
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
        workflow_id = str(self.workflow_id)

        machine_id: None | str
        if isinstance(self.machine_id, UUID):
            machine_id = str(self.machine_id)
        else:
            machine_id = self.machine_id

        id = str(self.id)

        status = self.status.value

        created_at = self.created_at.isoformat()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        is_priority = self.is_priority

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
        elif isinstance(self.output_data, _models.RunResponseOutputDataType0):
            output_data = self.output_data.to_dict()
        else:
            output_data = self.output_data

        input_attachment_ids: list[str] | None | Unset
        if isinstance(self.input_attachment_ids, Unset):
            input_attachment_ids = UNSET
        elif isinstance(self.input_attachment_ids, list):
            input_attachment_ids = self.input_attachment_ids

        else:
            input_attachment_ids = self.input_attachment_ids

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
        elif isinstance(self.input_values, _models.RunResponseInputValuesType0):
            input_values = self.input_values.to_dict()
        else:
            input_values = self.input_values

        main_prompt: None | str | Unset
        if isinstance(self.main_prompt, Unset):
            main_prompt = UNSET
        else:
            main_prompt = self.main_prompt

        model_metadata: dict[str, Any] | None | Unset
        if isinstance(self.model_metadata, Unset):
            model_metadata = UNSET
        elif isinstance(self.model_metadata, _models.WorkflowModelMetadata):
            model_metadata = self.model_metadata.to_dict()
        else:
            model_metadata = self.model_metadata

        pool_ids: list[str] | None | Unset
        if isinstance(self.pool_ids, Unset):
            pool_ids = UNSET
        elif isinstance(self.pool_ids, list):
            pool_ids = []
            for pool_ids_type_0_item_data in self.pool_ids:
                pool_ids_type_0_item = str(pool_ids_type_0_item_data)
                pool_ids.append(pool_ids_type_0_item)

        else:
            pool_ids = self.pool_ids

        sensitive_input_aliases: dict[str, Any] | None | Unset
        if isinstance(self.sensitive_input_aliases, Unset):
            sensitive_input_aliases = UNSET
        elif isinstance(
            self.sensitive_input_aliases, _models.RunResponseSensitiveInputAliasesType0
        ):
            sensitive_input_aliases = self.sensitive_input_aliases.to_dict()
        else:
            sensitive_input_aliases = self.sensitive_input_aliases

        usage_metadata: dict[str, Any] | None | Unset
        if isinstance(self.usage_metadata, Unset):
            usage_metadata = UNSET
        elif isinstance(self.usage_metadata, _models.RunResponseUsageMetadataType0):
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

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        session_alias: None | str | Unset
        if isinstance(self.session_alias, Unset):
            session_alias = UNSET
        else:
            session_alias = self.session_alias

        release_session_after: bool | None | Unset
        if isinstance(self.release_session_after, Unset):
            release_session_after = UNSET
        else:
            release_session_after = self.release_session_after

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "machine_id": machine_id,
                "id": id,
                "status": status,
                "created_at": created_at,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if is_priority is not UNSET:
            field_dict["is_priority"] = is_priority
        if error is not UNSET:
            field_dict["error"] = error
        if output_data is not UNSET:
            field_dict["output_data"] = output_data
        if input_attachment_ids is not UNSET:
            field_dict["input_attachment_ids"] = input_attachment_ids
        if output_attachment_ids is not UNSET:
            field_dict["output_attachment_ids"] = output_attachment_ids
        if run_message_history is not UNSET:
            field_dict["run_message_history"] = run_message_history
        if input_values is not UNSET:
            field_dict["input_values"] = input_values
        if main_prompt is not UNSET:
            field_dict["main_prompt"] = main_prompt
        if model_metadata is not UNSET:
            field_dict["model_metadata"] = model_metadata
        if pool_ids is not UNSET:
            field_dict["pool_ids"] = pool_ids
        if sensitive_input_aliases is not UNSET:
            field_dict["sensitive_input_aliases"] = sensitive_input_aliases
        if usage_metadata is not UNSET:
            field_dict["usage_metadata"] = usage_metadata
        if post_run_checks is not UNSET:
            field_dict["post_run_checks"] = post_run_checks
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if session_alias is not UNSET:
            field_dict["session_alias"] = session_alias
        if release_session_after is not UNSET:
            field_dict["release_session_after"] = release_session_after
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = parse_uuid(d.pop("workflow_id"))

        machine_id = d.pop("machine_id")
        if isinstance(machine_id, str):
            try:
                machine_id_type_0 = parse_uuid(machine_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                machine_id = machine_id_type_0

        id = parse_uuid(d.pop("id"))

        status = RunStatus(d.pop("status"))

        created_at = parse_datetime(d.pop("created_at"))

        user_id = d.pop("user_id", UNSET)
        if isinstance(user_id, str):
            try:
                user_id_type_0 = parse_uuid(user_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                user_id = user_id_type_0

        organization_id = d.pop("organization_id", UNSET)

        is_priority = d.pop("is_priority", UNSET)

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
                output_data_type_0 = _models.RunResponseOutputDataType0.from_dict(
                    output_data
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                output_data = output_data_type_0

        input_attachment_ids = d.pop("input_attachment_ids", UNSET)
        if isinstance(input_attachment_ids, list):
            try:
                input_attachment_ids_type_0 = cast(list[str], input_attachment_ids)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                input_attachment_ids = input_attachment_ids_type_0

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
                    _models.RunResponseRunMessageHistoryType0Item.from_dict
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
                input_values_type_0 = _models.RunResponseInputValuesType0.from_dict(
                    input_values
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                input_values = input_values_type_0

        main_prompt = d.pop("main_prompt", UNSET)

        model_metadata = d.pop("model_metadata", UNSET)
        if isinstance(model_metadata, dict):
            try:
                model_metadata_type_0 = _models.WorkflowModelMetadata.from_dict(
                    model_metadata
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                model_metadata = model_metadata_type_0

        pool_ids = d.pop("pool_ids", UNSET)
        if isinstance(pool_ids, list):
            try:
                pool_ids_type_0 = []
                _pool_ids_type_0 = pool_ids
                for pool_ids_type_0_item_data in _pool_ids_type_0:
                    pool_ids_type_0_item = parse_uuid(pool_ids_type_0_item_data)

                    pool_ids_type_0.append(pool_ids_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                pool_ids = pool_ids_type_0

        sensitive_input_aliases = d.pop("sensitive_input_aliases", UNSET)
        if isinstance(sensitive_input_aliases, dict):
            try:
                sensitive_input_aliases_type_0 = (
                    _models.RunResponseSensitiveInputAliasesType0.from_dict(
                        sensitive_input_aliases
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                sensitive_input_aliases = sensitive_input_aliases_type_0

        usage_metadata = d.pop("usage_metadata", UNSET)
        if isinstance(usage_metadata, dict):
            try:
                usage_metadata_type_0 = _models.RunResponseUsageMetadataType0.from_dict(
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

        session_id = d.pop("session_id", UNSET)
        if isinstance(session_id, str):
            try:
                session_id_type_0 = parse_uuid(session_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                session_id = session_id_type_0

        session_alias = d.pop("session_alias", UNSET)

        release_session_after = d.pop("release_session_after", UNSET)

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

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_response = cls.__new__(cls)
        run_response.workflow_id = workflow_id
        run_response.machine_id = machine_id
        run_response.id = id
        run_response.status = status
        run_response.created_at = created_at
        run_response.user_id = user_id
        run_response.organization_id = organization_id
        run_response.is_priority = is_priority
        run_response.error = error
        run_response.output_data = output_data
        run_response.input_attachment_ids = input_attachment_ids
        run_response.output_attachment_ids = output_attachment_ids
        run_response.run_message_history = run_message_history
        run_response.input_values = input_values
        run_response.main_prompt = main_prompt
        run_response.model_metadata = model_metadata
        run_response.pool_ids = pool_ids
        run_response.sensitive_input_aliases = sensitive_input_aliases
        run_response.usage_metadata = usage_metadata
        run_response.post_run_checks = post_run_checks
        run_response.session_id = session_id
        run_response.session_alias = session_alias
        run_response.release_session_after = release_session_after
        run_response.started_at = started_at
        run_response.ended_at = ended_at

        run_response.additional_properties = d
        return run_response

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
