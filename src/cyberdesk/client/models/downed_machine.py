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
from ..models.machine_status import MachineStatus
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

T = TypeVar("T", bound="DownedMachine")


@_attrs_define(init=False)
class DownedMachine:
    machine_id: UUID
    organization_id: str
    status: MachineStatus
    last_seen: datetime.datetime
    reason: str
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        machine_id: UUID | str,
        organization_id: str,
        status: MachineStatus,
        last_seen: datetime.datetime,
        reason: str,
        name: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(machine_id, UUID):
            machine_id = checked_uuid(
                "DownedMachine", "machine_id", machine_id, "a UUID or a UUID string"
            )

        self.machine_id = machine_id
        if not isinstance(organization_id, str):
            raise wrong_type(
                "DownedMachine", "organization_id", "a str", organization_id
            )

        self.organization_id = organization_id
        if not isinstance(status, _models.MachineStatus):
            status = checked_enum(
                "DownedMachine",
                "status",
                status,
                _models.MachineStatus,
                "a MachineStatus or one of its values (connected, disconnected, error)",
            )

        self.status = status
        if not isinstance(last_seen, datetime.datetime):
            raise wrong_type("DownedMachine", "last_seen", "a datetime", last_seen)

        self.last_seen = last_seen
        if not isinstance(reason, str):
            raise wrong_type("DownedMachine", "reason", "a str", reason)

        self.reason = reason
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("DownedMachine", "name", "a str, or None", name)

        self.name = name
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
        machine_id = str(self.machine_id)

        organization_id = self.organization_id

        status = self.status.value

        last_seen = self.last_seen.isoformat()

        reason = self.reason

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "machine_id": machine_id,
                "organization_id": organization_id,
                "status": status,
                "last_seen": last_seen,
                "reason": reason,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        machine_id = parse_uuid(d.pop("machine_id"))

        organization_id = d.pop("organization_id")

        status = MachineStatus(d.pop("status"))

        last_seen = parse_datetime(d.pop("last_seen"))

        reason = d.pop("reason")

        name = d.pop("name", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        downed_machine = cls.__new__(cls)
        downed_machine.machine_id = machine_id
        downed_machine.organization_id = organization_id
        downed_machine.status = status
        downed_machine.last_seen = last_seen
        downed_machine.reason = reason
        downed_machine.name = name

        downed_machine.additional_properties = d
        return downed_machine

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
