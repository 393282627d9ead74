from __future__ import annotations

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
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="RequestLogCreate")


@_attrs_define(init=False)
class RequestLogCreate:
    request_id: str
    method: str
    path: str
    machine_id: UUID
    status_code: int | None | Unset = UNSET
    request_size_bytes: int | None | Unset = UNSET
    response_size_bytes: int | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        request_id: str,
        method: str,
        path: str,
        machine_id: UUID | str,
        status_code: int | None | Unset = UNSET,
        request_size_bytes: int | None | Unset = UNSET,
        response_size_bytes: int | None | Unset = UNSET,
        duration_ms: int | None | Unset = UNSET,
        error_message: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(request_id, str):
            raise wrong_type("RequestLogCreate", "request_id", "a str", request_id)

        self.request_id = request_id
        if not isinstance(method, str):
            raise wrong_type("RequestLogCreate", "method", "a str", method)

        self.method = method
        if not isinstance(path, str):
            raise wrong_type("RequestLogCreate", "path", "a str", path)

        self.path = path
        if not isinstance(machine_id, UUID):
            machine_id = checked_uuid(
                "RequestLogCreate", "machine_id", machine_id, "a UUID or a UUID string"
            )

        self.machine_id = machine_id
        if type(status_code) is bool or not isinstance(
            status_code, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogCreate", "status_code", "an int, or None", status_code
            )

        self.status_code = status_code
        if type(request_size_bytes) is bool or not isinstance(
            request_size_bytes, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogCreate",
                "request_size_bytes",
                "an int, or None",
                request_size_bytes,
            )

        self.request_size_bytes = request_size_bytes
        if type(response_size_bytes) is bool or not isinstance(
            response_size_bytes, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogCreate",
                "response_size_bytes",
                "an int, or None",
                response_size_bytes,
            )

        self.response_size_bytes = response_size_bytes
        if type(duration_ms) is bool or not isinstance(
            duration_ms, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogCreate", "duration_ms", "an int, or None", duration_ms
            )

        self.duration_ms = duration_ms
        if not isinstance(error_message, (str, NoneType, Unset)):
            raise wrong_type(
                "RequestLogCreate", "error_message", "a str, or None", error_message
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
        request_id = self.request_id

        method = self.method

        path = self.path

        machine_id = str(self.machine_id)

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        request_size_bytes: int | None | Unset
        if isinstance(self.request_size_bytes, Unset):
            request_size_bytes = UNSET
        else:
            request_size_bytes = self.request_size_bytes

        response_size_bytes: int | None | Unset
        if isinstance(self.response_size_bytes, Unset):
            response_size_bytes = UNSET
        else:
            response_size_bytes = self.response_size_bytes

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
        field_dict.update(
            {
                "request_id": request_id,
                "method": method,
                "path": path,
                "machine_id": machine_id,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if request_size_bytes is not UNSET:
            field_dict["request_size_bytes"] = request_size_bytes
        if response_size_bytes is not UNSET:
            field_dict["response_size_bytes"] = response_size_bytes
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        method = d.pop("method")

        path = d.pop("path")

        machine_id = parse_uuid(d.pop("machine_id"))

        status_code = d.pop("status_code", UNSET)

        request_size_bytes = d.pop("request_size_bytes", UNSET)

        response_size_bytes = d.pop("response_size_bytes", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        error_message = d.pop("error_message", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        request_log_create = cls.__new__(cls)
        request_log_create.request_id = request_id
        request_log_create.method = method
        request_log_create.path = path
        request_log_create.machine_id = machine_id
        request_log_create.status_code = status_code
        request_log_create.request_size_bytes = request_size_bytes
        request_log_create.response_size_bytes = response_size_bytes
        request_log_create.duration_ms = duration_ms
        request_log_create.error_message = error_message

        request_log_create.additional_properties = d
        return request_log_create

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
