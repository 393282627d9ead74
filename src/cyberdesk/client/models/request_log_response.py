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

T = TypeVar("T", bound="RequestLogResponse")


@_attrs_define(init=False)
class RequestLogResponse:
    request_id: str
    method: str
    path: str
    id: UUID
    machine_id: UUID
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    status_code: int | None | Unset = UNSET
    request_size_bytes: int | None | Unset = UNSET
    response_size_bytes: int | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        request_id: str,
        method: str,
        path: str,
        id: UUID | str,
        machine_id: UUID | str,
        created_at: datetime.datetime,
        completed_at: datetime.datetime | None,
        status_code: int | None | Unset = UNSET,
        request_size_bytes: int | None | Unset = UNSET,
        response_size_bytes: int | None | Unset = UNSET,
        duration_ms: int | None | Unset = UNSET,
        error_message: str | None | Unset = UNSET,
        organization_id: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(request_id, str):
            raise wrong_type("RequestLogResponse", "request_id", "a str", request_id)

        self.request_id = request_id
        if not isinstance(method, str):
            raise wrong_type("RequestLogResponse", "method", "a str", method)

        self.method = method
        if not isinstance(path, str):
            raise wrong_type("RequestLogResponse", "path", "a str", path)

        self.path = path
        if not isinstance(id, UUID):
            id = checked_uuid("RequestLogResponse", "id", id, "a UUID or a UUID string")

        self.id = id
        if not isinstance(machine_id, UUID):
            machine_id = checked_uuid(
                "RequestLogResponse",
                "machine_id",
                machine_id,
                "a UUID or a UUID string",
            )

        self.machine_id = machine_id
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "RequestLogResponse", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(completed_at, (datetime.datetime, NoneType)):
            raise wrong_type(
                "RequestLogResponse",
                "completed_at",
                "a datetime, or None",
                completed_at,
            )

        self.completed_at = completed_at
        if type(status_code) is bool or not isinstance(
            status_code, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogResponse", "status_code", "an int, or None", status_code
            )

        self.status_code = status_code
        if type(request_size_bytes) is bool or not isinstance(
            request_size_bytes, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogResponse",
                "request_size_bytes",
                "an int, or None",
                request_size_bytes,
            )

        self.request_size_bytes = request_size_bytes
        if type(response_size_bytes) is bool or not isinstance(
            response_size_bytes, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogResponse",
                "response_size_bytes",
                "an int, or None",
                response_size_bytes,
            )

        self.response_size_bytes = response_size_bytes
        if type(duration_ms) is bool or not isinstance(
            duration_ms, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "RequestLogResponse", "duration_ms", "an int, or None", duration_ms
            )

        self.duration_ms = duration_ms
        if not isinstance(error_message, (str, NoneType, Unset)):
            raise wrong_type(
                "RequestLogResponse", "error_message", "a str, or None", error_message
            )

        self.error_message = error_message
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "RequestLogResponse",
                "organization_id",
                "a str, or None",
                organization_id,
            )

        self.organization_id = organization_id
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

        id = str(self.id)

        machine_id = str(self.machine_id)

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

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

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "method": method,
                "path": path,
                "id": id,
                "machine_id": machine_id,
                "created_at": created_at,
                "completed_at": completed_at,
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
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        method = d.pop("method")

        path = d.pop("path")

        id = parse_uuid(d.pop("id"))

        machine_id = parse_uuid(d.pop("machine_id"))

        created_at = parse_datetime(d.pop("created_at"))

        completed_at = d.pop("completed_at")
        if isinstance(completed_at, str):
            try:
                completed_at_type_0 = parse_datetime(completed_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                completed_at = completed_at_type_0

        status_code = d.pop("status_code", UNSET)

        request_size_bytes = d.pop("request_size_bytes", UNSET)

        response_size_bytes = d.pop("response_size_bytes", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        error_message = d.pop("error_message", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        request_log_response = cls.__new__(cls)
        request_log_response.request_id = request_id
        request_log_response.method = method
        request_log_response.path = path
        request_log_response.id = id
        request_log_response.machine_id = machine_id
        request_log_response.created_at = created_at
        request_log_response.completed_at = completed_at
        request_log_response.status_code = status_code
        request_log_response.request_size_bytes = request_size_bytes
        request_log_response.response_size_bytes = response_size_bytes
        request_log_response.duration_ms = duration_ms
        request_log_response.error_message = error_message
        request_log_response.organization_id = organization_id

        request_log_response.additional_properties = d
        return request_log_response

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
