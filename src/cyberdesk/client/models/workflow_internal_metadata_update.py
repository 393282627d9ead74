from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="WorkflowInternalMetadataUpdate")


@_attrs_define(init=False)
class WorkflowInternalMetadataUpdate:
    has_unaddressed_error: bool | None | Unset = UNSET
    last_errored_run_start: datetime.datetime | None | Unset = UNSET
    last_errored_run_uuid: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        has_unaddressed_error: bool | None | Unset = UNSET,
        last_errored_run_start: datetime.datetime | None | Unset = UNSET,
        last_errored_run_uuid: UUID | str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(has_unaddressed_error, (bool, NoneType, Unset)):
            raise wrong_type(
                "WorkflowInternalMetadataUpdate",
                "has_unaddressed_error",
                "True or False, or None",
                has_unaddressed_error,
            )

        self.has_unaddressed_error = has_unaddressed_error
        if not isinstance(last_errored_run_start, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "WorkflowInternalMetadataUpdate",
                "last_errored_run_start",
                "a datetime, or None",
                last_errored_run_start,
            )

        self.last_errored_run_start = last_errored_run_start
        if not isinstance(last_errored_run_uuid, (UUID, NoneType, Unset)):
            last_errored_run_uuid = checked_uuid(
                "WorkflowInternalMetadataUpdate",
                "last_errored_run_uuid",
                last_errored_run_uuid,
                "a UUID or a UUID string, or None",
            )

        self.last_errored_run_uuid = last_errored_run_uuid
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
        has_unaddressed_error: bool | None | Unset
        if isinstance(self.has_unaddressed_error, Unset):
            has_unaddressed_error = UNSET
        else:
            has_unaddressed_error = self.has_unaddressed_error

        last_errored_run_start: None | str | Unset
        if isinstance(self.last_errored_run_start, Unset):
            last_errored_run_start = UNSET
        elif isinstance(self.last_errored_run_start, datetime.datetime):
            last_errored_run_start = self.last_errored_run_start.isoformat()
        else:
            last_errored_run_start = self.last_errored_run_start

        last_errored_run_uuid: None | str | Unset
        if isinstance(self.last_errored_run_uuid, Unset):
            last_errored_run_uuid = UNSET
        elif isinstance(self.last_errored_run_uuid, UUID):
            last_errored_run_uuid = str(self.last_errored_run_uuid)
        else:
            last_errored_run_uuid = self.last_errored_run_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_unaddressed_error is not UNSET:
            field_dict["has_unaddressed_error"] = has_unaddressed_error
        if last_errored_run_start is not UNSET:
            field_dict["last_errored_run_start"] = last_errored_run_start
        if last_errored_run_uuid is not UNSET:
            field_dict["last_errored_run_uuid"] = last_errored_run_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_unaddressed_error = d.pop("has_unaddressed_error", UNSET)

        last_errored_run_start = d.pop("last_errored_run_start", UNSET)
        if isinstance(last_errored_run_start, str):
            try:
                last_errored_run_start_type_0 = parse_datetime(last_errored_run_start)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                last_errored_run_start = last_errored_run_start_type_0

        last_errored_run_uuid = d.pop("last_errored_run_uuid", UNSET)
        if isinstance(last_errored_run_uuid, str):
            try:
                last_errored_run_uuid_type_0 = parse_uuid(last_errored_run_uuid)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                last_errored_run_uuid = last_errored_run_uuid_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_internal_metadata_update = cls.__new__(cls)
        workflow_internal_metadata_update.has_unaddressed_error = has_unaddressed_error
        workflow_internal_metadata_update.last_errored_run_start = (
            last_errored_run_start
        )
        workflow_internal_metadata_update.last_errored_run_uuid = last_errored_run_uuid

        workflow_internal_metadata_update.additional_properties = d
        return workflow_internal_metadata_update

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
