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

from .. import models as _models
from ..models.connection_status import ConnectionStatus
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="ConnectionResponse")


@_attrs_define(init=False)
class ConnectionResponse:
    websocket_id: str
    id: UUID
    machine_id: UUID
    connected_at: datetime.datetime
    disconnected_at: datetime.datetime | None
    last_ping: datetime.datetime
    status: ConnectionStatus
    ip_address: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        websocket_id: str,
        id: UUID | str,
        machine_id: UUID | str,
        connected_at: datetime.datetime,
        disconnected_at: datetime.datetime | None,
        last_ping: datetime.datetime,
        status: ConnectionStatus,
        ip_address: str | None | Unset = UNSET,
        user_agent: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(websocket_id, str):
            raise wrong_type(
                "ConnectionResponse", "websocket_id", "a str", websocket_id
            )

        self.websocket_id = websocket_id
        if not isinstance(id, UUID):
            id = checked_uuid("ConnectionResponse", "id", id, "a UUID or a UUID string")

        self.id = id
        if not isinstance(machine_id, UUID):
            machine_id = checked_uuid(
                "ConnectionResponse",
                "machine_id",
                machine_id,
                "a UUID or a UUID string",
            )

        self.machine_id = machine_id
        if not isinstance(connected_at, datetime.datetime):
            raise wrong_type(
                "ConnectionResponse", "connected_at", "a datetime", connected_at
            )

        self.connected_at = connected_at
        if not isinstance(disconnected_at, (datetime.datetime, NoneType)):
            raise wrong_type(
                "ConnectionResponse",
                "disconnected_at",
                "a datetime, or None",
                disconnected_at,
            )

        self.disconnected_at = disconnected_at
        if not isinstance(last_ping, datetime.datetime):
            raise wrong_type("ConnectionResponse", "last_ping", "a datetime", last_ping)

        self.last_ping = last_ping
        if not isinstance(status, _models.ConnectionStatus):
            status = checked_enum(
                "ConnectionResponse",
                "status",
                status,
                _models.ConnectionStatus,
                "a ConnectionStatus or one of its values (connected, disconnected, error)",
            )

        self.status = status
        if not isinstance(ip_address, (str, NoneType, Unset)):
            raise wrong_type(
                "ConnectionResponse", "ip_address", "a str, or None", ip_address
            )

        self.ip_address = ip_address
        if not isinstance(user_agent, (str, NoneType, Unset)):
            raise wrong_type(
                "ConnectionResponse", "user_agent", "a str, or None", user_agent
            )

        self.user_agent = user_agent
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
        websocket_id = self.websocket_id

        id = str(self.id)

        machine_id = str(self.machine_id)

        connected_at = self.connected_at.isoformat()

        disconnected_at: None | str
        if isinstance(self.disconnected_at, datetime.datetime):
            disconnected_at = self.disconnected_at.isoformat()
        else:
            disconnected_at = self.disconnected_at

        last_ping = self.last_ping.isoformat()

        status = self.status.value

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "websocket_id": websocket_id,
                "id": id,
                "machine_id": machine_id,
                "connected_at": connected_at,
                "disconnected_at": disconnected_at,
                "last_ping": last_ping,
                "status": status,
            }
        )
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        websocket_id = d.pop("websocket_id")

        id = parse_uuid(d.pop("id"))

        machine_id = parse_uuid(d.pop("machine_id"))

        connected_at = parse_datetime(d.pop("connected_at"))

        disconnected_at = d.pop("disconnected_at")
        if isinstance(disconnected_at, str):
            try:
                disconnected_at_type_0 = parse_datetime(disconnected_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                disconnected_at = disconnected_at_type_0

        last_ping = parse_datetime(d.pop("last_ping"))

        status = ConnectionStatus(d.pop("status"))

        ip_address = d.pop("ip_address", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        connection_response = cls.__new__(cls)
        connection_response.websocket_id = websocket_id
        connection_response.id = id
        connection_response.machine_id = machine_id
        connection_response.connected_at = connected_at
        connection_response.disconnected_at = disconnected_at
        connection_response.last_ping = last_ping
        connection_response.status = status
        connection_response.ip_address = ip_address
        connection_response.user_agent = user_agent

        connection_response.additional_properties = d
        return connection_response

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
