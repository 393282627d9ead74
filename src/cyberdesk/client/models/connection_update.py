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

from .. import models as _models
from ..models.connection_status import ConnectionStatus
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    model_json,
    parse_datetime,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="ConnectionUpdate")


@_attrs_define(init=False)
class ConnectionUpdate:
    status: ConnectionStatus | None | Unset = UNSET
    last_ping: datetime.datetime | None | Unset = UNSET
    disconnected_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        status: ConnectionStatus | None | Unset = UNSET,
        last_ping: datetime.datetime | None | Unset = UNSET,
        disconnected_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        if not isinstance(status, (_models.ConnectionStatus, NoneType, Unset)):
            status = checked_enum(
                "ConnectionUpdate",
                "status",
                status,
                _models.ConnectionStatus,
                "a ConnectionStatus or one of its values (connected, disconnected, error), or None",
            )

        self.status = status
        if not isinstance(last_ping, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "ConnectionUpdate", "last_ping", "a datetime, or None", last_ping
            )

        self.last_ping = last_ping
        if not isinstance(disconnected_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "ConnectionUpdate",
                "disconnected_at",
                "a datetime, or None",
                disconnected_at,
            )

        self.disconnected_at = disconnected_at
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
        elif isinstance(self.status, ConnectionStatus):
            status = self.status.value
        else:
            status = self.status

        last_ping: None | str | Unset
        if isinstance(self.last_ping, Unset):
            last_ping = UNSET
        elif isinstance(self.last_ping, datetime.datetime):
            last_ping = self.last_ping.isoformat()
        else:
            last_ping = self.last_ping

        disconnected_at: None | str | Unset
        if isinstance(self.disconnected_at, Unset):
            disconnected_at = UNSET
        elif isinstance(self.disconnected_at, datetime.datetime):
            disconnected_at = self.disconnected_at.isoformat()
        else:
            disconnected_at = self.disconnected_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if last_ping is not UNSET:
            field_dict["last_ping"] = last_ping
        if disconnected_at is not UNSET:
            field_dict["disconnected_at"] = disconnected_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if isinstance(status, str):
            try:
                status_type_0 = ConnectionStatus(status)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                status = status_type_0

        last_ping = d.pop("last_ping", UNSET)
        if isinstance(last_ping, str):
            try:
                last_ping_type_0 = parse_datetime(last_ping)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                last_ping = last_ping_type_0

        disconnected_at = d.pop("disconnected_at", UNSET)
        if isinstance(disconnected_at, str):
            try:
                disconnected_at_type_0 = parse_datetime(disconnected_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                disconnected_at = disconnected_at_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        connection_update = cls.__new__(cls)
        connection_update.status = status
        connection_update.last_ping = last_ping
        connection_update.disconnected_at = disconnected_at

        connection_update.additional_properties = d
        return connection_update

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
