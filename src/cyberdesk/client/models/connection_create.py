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

T = TypeVar("T", bound="ConnectionCreate")


@_attrs_define(init=False)
class ConnectionCreate:
    websocket_id: str
    machine_id: UUID
    ip_address: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        websocket_id: str,
        machine_id: UUID | str,
        ip_address: str | None | Unset = UNSET,
        user_agent: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(websocket_id, str):
            raise wrong_type("ConnectionCreate", "websocket_id", "a str", websocket_id)

        self.websocket_id = websocket_id
        if not isinstance(machine_id, UUID):
            machine_id = checked_uuid(
                "ConnectionCreate", "machine_id", machine_id, "a UUID or a UUID string"
            )

        self.machine_id = machine_id
        if not isinstance(ip_address, (str, NoneType, Unset)):
            raise wrong_type(
                "ConnectionCreate", "ip_address", "a str, or None", ip_address
            )

        self.ip_address = ip_address
        if not isinstance(user_agent, (str, NoneType, Unset)):
            raise wrong_type(
                "ConnectionCreate", "user_agent", "a str, or None", user_agent
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

        machine_id = str(self.machine_id)

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
                "machine_id": machine_id,
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

        machine_id = parse_uuid(d.pop("machine_id"))

        ip_address = d.pop("ip_address", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        connection_create = cls.__new__(cls)
        connection_create.websocket_id = websocket_id
        connection_create.machine_id = machine_id
        connection_create.ip_address = ip_address
        connection_create.user_agent = user_agent

        connection_create.additional_properties = d
        return connection_create

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
