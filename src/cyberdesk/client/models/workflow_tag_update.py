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

T = TypeVar("T", bound="WorkflowTagUpdate")


@_attrs_define(init=False)
class WorkflowTagUpdate:
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    group_id: None | Unset | UUID = UNSET
    is_archived: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        emoji: str | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        group_id: UUID | str | None | Unset = UNSET,
        is_archived: bool | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagUpdate", "name", "a str, or None", name)

        self.name = name
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagUpdate", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(emoji, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagUpdate", "emoji", "a str, or None", emoji)

        self.emoji = emoji
        if not isinstance(color, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagUpdate", "color", "a str, or None", color)

        self.color = color
        if not isinstance(group_id, (UUID, NoneType, Unset)):
            group_id = checked_uuid(
                "WorkflowTagUpdate",
                "group_id",
                group_id,
                "a UUID or a UUID string, or None",
            )

        self.group_id = group_id
        if not isinstance(is_archived, (bool, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagUpdate",
                "is_archived",
                "True or False, or None",
                is_archived,
            )

        self.is_archived = is_archived
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

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        elif isinstance(self.group_id, UUID):
            group_id = str(self.group_id)
        else:
            group_id = self.group_id

        is_archived: bool | None | Unset
        if isinstance(self.is_archived, Unset):
            is_archived = UNSET
        else:
            is_archived = self.is_archived

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
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

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

        is_archived = d.pop("is_archived", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_tag_update = cls.__new__(cls)
        workflow_tag_update.name = name
        workflow_tag_update.description = description
        workflow_tag_update.emoji = emoji
        workflow_tag_update.color = color
        workflow_tag_update.group_id = group_id
        workflow_tag_update.is_archived = is_archived

        workflow_tag_update.additional_properties = d
        return workflow_tag_update

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
