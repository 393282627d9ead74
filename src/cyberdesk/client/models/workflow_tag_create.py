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

T = TypeVar("T", bound="WorkflowTagCreate")


@_attrs_define(init=False)
class WorkflowTagCreate:
    name: str
    description: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    group_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        description: str | None | Unset = UNSET,
        emoji: str | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        group_id: UUID | str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, str):
            raise wrong_type("WorkflowTagCreate", "name", "a str", name)

        self.name = name
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagCreate", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(emoji, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagCreate", "emoji", "a str, or None", emoji)

        self.emoji = emoji
        if not isinstance(color, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagCreate", "color", "a str, or None", color)

        self.color = color
        if not isinstance(group_id, (UUID, NoneType, Unset)):
            group_id = checked_uuid(
                "WorkflowTagCreate",
                "group_id",
                group_id,
                "a UUID or a UUID string, or None",
            )

        self.group_id = group_id
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

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        elif isinstance(self.group_id, UUID):
            group_id = str(self.group_id)
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if color is not UNSET:
            field_dict["color"] = color
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        emoji = d.pop("emoji", UNSET)

        color = d.pop("color", UNSET)

        group_id = d.pop("group_id", UNSET)
        if isinstance(group_id, str):
            try:
                group_id_type_0 = parse_uuid(group_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                group_id = group_id_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_tag_create = cls.__new__(cls)
        workflow_tag_create.name = name
        workflow_tag_create.description = description
        workflow_tag_create.emoji = emoji
        workflow_tag_create.color = color
        workflow_tag_create.group_id = group_id

        workflow_tag_create.additional_properties = d
        return workflow_tag_create

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
