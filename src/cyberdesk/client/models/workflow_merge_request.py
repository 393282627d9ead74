from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    checked_uuid,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="WorkflowMergeRequest")


@_attrs_define(init=False)
class WorkflowMergeRequest:
    target_workflow_id: UUID
    copy_trajectories: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        target_workflow_id: UUID | str,
        copy_trajectories: bool | Unset = False,
    ) -> None:
        if not isinstance(target_workflow_id, UUID):
            target_workflow_id = checked_uuid(
                "WorkflowMergeRequest",
                "target_workflow_id",
                target_workflow_id,
                "a UUID or a UUID string",
            )

        self.target_workflow_id = target_workflow_id
        if not isinstance(copy_trajectories, (bool, Unset)):
            raise wrong_type(
                "WorkflowMergeRequest",
                "copy_trajectories",
                "True or False",
                copy_trajectories,
            )

        self.copy_trajectories = copy_trajectories
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
        target_workflow_id = str(self.target_workflow_id)

        copy_trajectories = self.copy_trajectories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_workflow_id": target_workflow_id,
            }
        )
        if copy_trajectories is not UNSET:
            field_dict["copy_trajectories"] = copy_trajectories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_workflow_id = parse_uuid(d.pop("target_workflow_id"))

        copy_trajectories = d.pop("copy_trajectories", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_merge_request = cls.__new__(cls)
        workflow_merge_request.target_workflow_id = target_workflow_id
        workflow_merge_request.copy_trajectories = copy_trajectories

        workflow_merge_request.additional_properties = d
        return workflow_merge_request

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
