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
from ..types import (
    UNSET,
    Unset,
    checked_items,
    checked_list,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.downed_machine import DownedMachine


T = TypeVar("T", bound="DownedMachinesEvent")


@_attrs_define(init=False)
class DownedMachinesEvent:
    organization_id: str
    machines: list[DownedMachine]
    event_id: UUID | Unset = UNSET
    event_type: str | Unset = "downed_machines"
    occurred_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        organization_id: str,
        machines: list[DownedMachine],
        event_id: UUID | str | Unset = UNSET,
        event_type: str | Unset = "downed_machines",
        occurred_at: datetime.datetime | Unset = UNSET,
    ) -> None:
        if not isinstance(organization_id, str):
            raise wrong_type(
                "DownedMachinesEvent", "organization_id", "a str", organization_id
            )

        self.organization_id = organization_id
        machines = checked_items(
            "DownedMachinesEvent",
            "machines",
            checked_list(
                "DownedMachinesEvent", "machines", machines, "a list of DownedMachine"
            ),
            _models.DownedMachine,
            "a DownedMachine",
        )

        self.machines = machines
        if not isinstance(event_id, (UUID, Unset)):
            event_id = checked_uuid(
                "DownedMachinesEvent", "event_id", event_id, "a UUID or a UUID string"
            )

        self.event_id = event_id
        if not isinstance(event_type, (str, Unset)):
            raise wrong_type("DownedMachinesEvent", "event_type", "a str", event_type)

        self.event_type = event_type
        if not isinstance(occurred_at, (datetime.datetime, Unset)):
            raise wrong_type(
                "DownedMachinesEvent", "occurred_at", "a datetime", occurred_at
            )

        self.occurred_at = occurred_at
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
        organization_id = self.organization_id

        machines = []
        for machines_item_data in self.machines:
            machines_item = machines_item_data.to_dict()
            machines.append(machines_item)

        event_id: str | Unset = UNSET
        if not isinstance(self.event_id, Unset):
            event_id = str(self.event_id)

        event_type = self.event_type

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "machines": machines,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        machines = []
        _machines = d.pop("machines")
        _machines_item_from_dict = _models.DownedMachine.from_dict
        for machines_item_data in _machines:
            machines_item = _machines_item_from_dict(machines_item_data)
            machines.append(machines_item)

        _event_id = d.pop("event_id", UNSET)
        event_id: UUID | Unset
        if isinstance(_event_id, Unset):
            event_id = UNSET
        else:
            event_id = parse_uuid(_event_id)

        event_type = d.pop("event_type", UNSET)

        _occurred_at = d.pop("occurred_at", UNSET)
        occurred_at: datetime.datetime | Unset
        if isinstance(_occurred_at, Unset):
            occurred_at = UNSET
        else:
            occurred_at = parse_datetime(_occurred_at)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        downed_machines_event = cls.__new__(cls)
        downed_machines_event.organization_id = organization_id
        downed_machines_event.machines = machines
        downed_machines_event.event_id = event_id
        downed_machines_event.event_type = event_type
        downed_machines_event.occurred_at = occurred_at

        downed_machines_event.additional_properties = d
        return downed_machines_event

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
