from __future__ import annotations

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
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="WorkflowTagGroupUpdate")


@_attrs_define(init=False)
class WorkflowTagGroupUpdate:
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        emoji: str | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagGroupUpdate", "name", "a str, or None", name)

        self.name = name
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagGroupUpdate", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(emoji, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagGroupUpdate", "emoji", "a str, or None", emoji)

        self.emoji = emoji
        if not isinstance(color, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagGroupUpdate", "color", "a str, or None", color)

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
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        emoji = d.pop("emoji", UNSET)

        color = d.pop("color", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_tag_group_update = cls.__new__(cls)
        workflow_tag_group_update.name = name
        workflow_tag_group_update.description = description
        workflow_tag_group_update.emoji = emoji
        workflow_tag_group_update.color = color

        workflow_tag_group_update.additional_properties = d
        return workflow_tag_group_update

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
