from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.trajectory_response_dimensions import TrajectoryResponseDimensions
from ..models.trajectory_response_original_input_values_type_0 import (
    TrajectoryResponseOriginalInputValuesType0,
)
from ..models.trajectory_response_trajectory_data_item import (
    TrajectoryResponseTrajectoryDataItem,
)
from ..types import (
    UNSET,
    Unset,
    model_json,
    needs_map,
    needs_map_list,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
)

if TYPE_CHECKING:
    from ..models.trajectory_response_dimensions import TrajectoryResponseDimensions
    from ..models.trajectory_response_original_input_values_type_0 import (
        TrajectoryResponseOriginalInputValuesType0,
    )
    from ..models.trajectory_response_trajectory_data_item import (
        TrajectoryResponseTrajectoryDataItem,
    )


T = TypeVar("T", bound="TrajectoryResponse")


@_attrs_define(init=False)
class TrajectoryResponse:
    workflow_id: UUID
    trajectory_data: list[TrajectoryResponseTrajectoryDataItem]
    dimensions: TrajectoryResponseDimensions
    is_approved: bool
    has_been_approved: bool
    is_generated: bool
    is_main: bool
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    run_id: None | Unset | UUID = UNSET
    original_input_values: None | TrajectoryResponseOriginalInputValuesType0 | Unset = (
        UNSET
    )
    user_id: None | Unset | UUID = UNSET
    organization_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        workflow_id: UUID | str,
        trajectory_data: Sequence[Mapping[str, Any]],
        dimensions: Mapping[str, int],
        is_approved: bool,
        has_been_approved: bool,
        is_generated: bool,
        is_main: bool,
        id: UUID | str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        run_id: UUID | str | None | Unset = UNSET,
        original_input_values: Mapping[str, Any] | None | Unset = UNSET,
        user_id: UUID | str | None | Unset = UNSET,
        organization_id: str | None | Unset = UNSET,
    ) -> None:

        self.workflow_id = workflow_id
        if needs_map_list(trajectory_data):
            trajectory_data = [
                TrajectoryResponseTrajectoryDataItem(i) if needs_map(i) else i
                for i in trajectory_data
            ]

        self.trajectory_data = trajectory_data
        if type(dimensions) is dict or (
            type(dimensions) is not TrajectoryResponseDimensions
            and needs_map(dimensions)
        ):
            dimensions = TrajectoryResponseDimensions(dimensions)

        self.dimensions = dimensions

        self.is_approved = is_approved

        self.has_been_approved = has_been_approved

        self.is_generated = is_generated

        self.is_main = is_main

        self.id = id

        self.created_at = created_at

        self.updated_at = updated_at

        self.name = name

        self.description = description

        self.run_id = run_id
        if type(original_input_values) is dict or (
            type(original_input_values)
            is not TrajectoryResponseOriginalInputValuesType0
            and needs_map(original_input_values)
        ):
            original_input_values = TrajectoryResponseOriginalInputValuesType0(
                original_input_values
            )

        self.original_input_values = original_input_values

        self.user_id = user_id

        self.organization_id = organization_id
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
        workflow_id = str(self.workflow_id)

        trajectory_data = []
        for trajectory_data_item_data in self.trajectory_data:
            trajectory_data_item = trajectory_data_item_data.to_dict()
            trajectory_data.append(trajectory_data_item)

        dimensions = self.dimensions.to_dict()

        is_approved = self.is_approved

        has_been_approved = self.has_been_approved

        is_generated = self.is_generated

        is_main = self.is_main

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        elif isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        original_input_values: dict[str, Any] | None | Unset
        if isinstance(self.original_input_values, Unset):
            original_input_values = UNSET
        elif isinstance(
            self.original_input_values,
            _models.TrajectoryResponseOriginalInputValuesType0,
        ):
            original_input_values = self.original_input_values.to_dict()
        else:
            original_input_values = self.original_input_values

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "trajectory_data": trajectory_data,
                "dimensions": dimensions,
                "is_approved": is_approved,
                "has_been_approved": has_been_approved,
                "is_generated": is_generated,
                "is_main": is_main,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if original_input_values is not UNSET:
            field_dict["original_input_values"] = original_input_values
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = parse_uuid(d.pop("workflow_id"))

        trajectory_data = []
        _trajectory_data = d.pop("trajectory_data")
        _trajectory_data_item_from_dict = (
            _models.TrajectoryResponseTrajectoryDataItem.from_dict
        )
        for trajectory_data_item_data in _trajectory_data:
            trajectory_data_item = _trajectory_data_item_from_dict(
                trajectory_data_item_data
            )
            trajectory_data.append(trajectory_data_item)

        dimensions = _models.TrajectoryResponseDimensions.from_dict(d.pop("dimensions"))

        is_approved = d.pop("is_approved")

        has_been_approved = d.pop("has_been_approved")

        is_generated = d.pop("is_generated")

        is_main = d.pop("is_main")

        id = parse_uuid(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        run_id = d.pop("run_id", UNSET)
        if isinstance(run_id, str):
            try:
                run_id_type_0 = parse_uuid(run_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                run_id = run_id_type_0

        original_input_values = d.pop("original_input_values", UNSET)
        if isinstance(original_input_values, dict):
            try:
                original_input_values_type_0 = (
                    _models.TrajectoryResponseOriginalInputValuesType0.from_dict(
                        original_input_values
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                original_input_values = original_input_values_type_0

        user_id = d.pop("user_id", UNSET)
        if isinstance(user_id, str):
            try:
                user_id_type_0 = parse_uuid(user_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                user_id = user_id_type_0

        organization_id = d.pop("organization_id", UNSET)

        trajectory_response = cls(
            workflow_id=workflow_id,
            trajectory_data=trajectory_data,
            dimensions=dimensions,
            is_approved=is_approved,
            has_been_approved=has_been_approved,
            is_generated=is_generated,
            is_main=is_main,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            description=description,
            run_id=run_id,
            original_input_values=original_input_values,
            user_id=user_id,
            organization_id=organization_id,
        )

        trajectory_response.additional_properties = d
        return trajectory_response

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
