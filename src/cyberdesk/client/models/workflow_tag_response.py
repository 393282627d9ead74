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

if TYPE_CHECKING:
    from ..models.workflow_tag_group_response import WorkflowTagGroupResponse


T = TypeVar("T", bound="WorkflowTagResponse")


@_attrs_define(init=False)
class WorkflowTagResponse:
    name: str
    id: UUID
    organization_id: str
    order: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    group_id: None | Unset | UUID = UNSET
    is_archived: bool | Unset = False
    workflow_count: int | None | Unset = UNSET
    group: None | Unset | WorkflowTagGroupResponse = UNSET
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
        group_id: UUID | str | None | Unset = UNSET,
        is_archived: bool | Unset = False,
        workflow_count: int | None | Unset = UNSET,
        group: WorkflowTagGroupResponse | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, str):
            raise wrong_type("WorkflowTagResponse", "name", "a str", name)

        self.name = name
        if not isinstance(id, UUID):
            id = checked_uuid(
                "WorkflowTagResponse", "id", id, "a UUID or a UUID string"
            )

        self.id = id
        if not isinstance(organization_id, str):
            raise wrong_type(
                "WorkflowTagResponse", "organization_id", "a str", organization_id
            )

        self.organization_id = organization_id
        if type(order) is bool or not isinstance(order, int):
            raise wrong_type("WorkflowTagResponse", "order", "an int", order)

        self.order = order
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "WorkflowTagResponse", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(updated_at, datetime.datetime):
            raise wrong_type(
                "WorkflowTagResponse", "updated_at", "a datetime", updated_at
            )

        self.updated_at = updated_at
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagResponse", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(emoji, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagResponse", "emoji", "a str, or None", emoji)

        self.emoji = emoji
        if not isinstance(color, (str, NoneType, Unset)):
            raise wrong_type("WorkflowTagResponse", "color", "a str, or None", color)

        self.color = color
        if not isinstance(group_id, (UUID, NoneType, Unset)):
            group_id = checked_uuid(
                "WorkflowTagResponse",
                "group_id",
                group_id,
                "a UUID or a UUID string, or None",
            )

        self.group_id = group_id
        if not isinstance(is_archived, (bool, Unset)):
            raise wrong_type(
                "WorkflowTagResponse", "is_archived", "True or False", is_archived
            )

        self.is_archived = is_archived
        if type(workflow_count) is bool or not isinstance(
            workflow_count, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowTagResponse",
                "workflow_count",
                "an int, or None",
                workflow_count,
            )

        self.workflow_count = workflow_count
        if not isinstance(group, (_models.WorkflowTagGroupResponse, NoneType, Unset)):
            raise wrong_type(
                "WorkflowTagResponse",
                "group",
                "a WorkflowTagGroupResponse, or None",
                group,
            )

        self.group = group
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

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        elif isinstance(self.group_id, UUID):
            group_id = str(self.group_id)
        else:
            group_id = self.group_id

        is_archived = self.is_archived

        workflow_count: int | None | Unset
        if isinstance(self.workflow_count, Unset):
            workflow_count = UNSET
        else:
            workflow_count = self.workflow_count

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, _models.WorkflowTagGroupResponse):
            group = self.group.to_dict()
        else:
            group = self.group

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
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if workflow_count is not UNSET:
            field_dict["workflow_count"] = workflow_count
        if group is not UNSET:
            field_dict["group"] = group

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

        group_id = d.pop("group_id", UNSET)
        if isinstance(group_id, str):
            try:
                group_id_type_0 = parse_uuid(group_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                group_id = group_id_type_0

        is_archived = d.pop("is_archived", UNSET)

        workflow_count = d.pop("workflow_count", UNSET)

        group = d.pop("group", UNSET)
        if isinstance(group, dict):
            try:
                group_type_0 = _models.WorkflowTagGroupResponse.from_dict(group)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                group = group_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_tag_response = cls.__new__(cls)
        workflow_tag_response.name = name
        workflow_tag_response.id = id
        workflow_tag_response.organization_id = organization_id
        workflow_tag_response.order = order
        workflow_tag_response.created_at = created_at
        workflow_tag_response.updated_at = updated_at
        workflow_tag_response.description = description
        workflow_tag_response.emoji = emoji
        workflow_tag_response.color = color
        workflow_tag_response.group_id = group_id
        workflow_tag_response.is_archived = is_archived
        workflow_tag_response.workflow_count = workflow_count
        workflow_tag_response.group = group

        workflow_tag_response.additional_properties = d
        return workflow_tag_response

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
