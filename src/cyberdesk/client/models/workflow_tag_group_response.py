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

T = TypeVar("T", bound="WorkflowTagGroupResponse")


@_attrs_define(init=False)
class WorkflowTagGroupResponse:
    name: str
    id: UUID
    organization_id: str
    order: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        id: UUID | str,
        organization_id: str,
        order: int,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        description: str | None | Unset = UNSET,
        emoji: str | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, str):
            raise wrong_type("WorkflowTagGroupResponse", "name", "a str", name)

        self.name = name
        if not isinstance(id, UUID):
            id = checked_uuid(
                "WorkflowTagGroupResponse", "id", id, "a UUID or a UUID string"
            )

        self.id = id
        if not isinstance(organization_id, str):
            raise wrong_type(
                "WorkflowTagGroupResponse", "organization_id", "a str", organization_id
            )

        self.organization_id = organization_id
        if type(order) is bool or not isinstance(order, int):
            raise wrong_type("WorkflowTagGroupResponse", "order", "an int", order)

        self.order = order
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "WorkflowTagGroupResponse", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(updated_at, datetime.datetime):
            raise wrong_type(
                "WorkflowTagGroupResponse", "updated_at", "a datetime", updated_at
            )

        self.updated_at = updated_at
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagGroupResponse", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(emoji, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagGroupResponse", "emoji", "a str, or None", emoji
            )

        self.emoji = emoji
        if not isinstance(color, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagGroupResponse", "color", "a str, or None", color
            )

        self.color = color
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
        name = self.name

        id = str(self.id)

        organization_id = self.organization_id

        order = self.order

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        emoji: None | str | Unset
        if isinstance(self.emoji, Unset):
            emoji = UNSET
        else:
            emoji = self.emoji

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "organization_id": organization_id,
                "order": order,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        order = d.pop("order")

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        emoji = d.pop("emoji", UNSET)

        color = d.pop("color", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_tag_group_response = cls.__new__(cls)
        workflow_tag_group_response.name = name
        workflow_tag_group_response.id = id
        workflow_tag_group_response.organization_id = organization_id
        workflow_tag_group_response.order = order
        workflow_tag_group_response.created_at = created_at
        workflow_tag_group_response.updated_at = updated_at
        workflow_tag_group_response.description = description
        workflow_tag_group_response.emoji = emoji
        workflow_tag_group_response.color = color

        workflow_tag_group_response.additional_properties = d
        return workflow_tag_group_response

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
