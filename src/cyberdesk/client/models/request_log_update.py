from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Unset,
    model_json,
    parse_datetime,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="RequestLogUpdate")


@_attrs_define(init=False)
class RequestLogUpdate:
    status_code: int | None | Unset = UNSET
    response_size_bytes: int | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        status_code: int | None | Unset = UNSET,
        response_size_bytes: int | None | Unset = UNSET,
        completed_at: datetime.datetime | None | Unset = UNSET,
        duration_ms: int | None | Unset = UNSET,
        error_message: str | None | Unset = UNSET,
    ) -> None:
        if type(status_code) is bool or not isinstance(
            status_code, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogUpdate", "status_code", "an int, or None", status_code
            )

        self.status_code = status_code
        if type(response_size_bytes) is bool or not isinstance(
            response_size_bytes, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogUpdate",
                "response_size_bytes",
                "an int, or None",
                response_size_bytes,
            )

        self.response_size_bytes = response_size_bytes
        if not isinstance(completed_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "RequestLogUpdate", "completed_at", "a datetime, or None", completed_at
            )

        self.completed_at = completed_at
        if type(duration_ms) is bool or not isinstance(
            duration_ms, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogUpdate", "duration_ms", "an int, or None", duration_ms
            )

        self.duration_ms = duration_ms
        if not isinstance(error_message, (str, NoneType, Unset)):
            raise wrong_type(
                "RequestLogUpdate", "error_message", "a str, or None", error_message
            )

        self.error_message = error_message
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
        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        response_size_bytes: int | None | Unset
        if isinstance(self.response_size_bytes, Unset):
            response_size_bytes = UNSET
        else:
            response_size_bytes = self.response_size_bytes

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if response_size_bytes is not UNSET:
            field_dict["response_size_bytes"] = response_size_bytes
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("status_code", UNSET)

        response_size_bytes = d.pop("response_size_bytes", UNSET)

        completed_at = d.pop("completed_at", UNSET)
        if isinstance(completed_at, str):
            try:
                completed_at_type_0 = parse_datetime(completed_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                completed_at = completed_at_type_0

        duration_ms = d.pop("duration_ms", UNSET)

        error_message = d.pop("error_message", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        request_log_update = cls.__new__(cls)
        request_log_update.status_code = status_code
        request_log_update.response_size_bytes = response_size_bytes
        request_log_update.completed_at = completed_at
        request_log_update.duration_ms = duration_ms
        request_log_update.error_message = error_message

        request_log_update.additional_properties = d
        return request_log_update

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
