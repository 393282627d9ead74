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
    NoneType,
    Unset,
    checked_map,
    checked_map_list,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
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
        if not isinstance(workflow_id, UUID):
            workflow_id = checked_uuid(
                "TrajectoryResponse",
                "workflow_id",
                workflow_id,
                "a UUID or a UUID string",
            )

        self.workflow_id = workflow_id
        trajectory_data = checked_map_list(
            "TrajectoryResponse",
            "trajectory_data",
            trajectory_data,
            TrajectoryResponseTrajectoryDataItem,
            "a list of mappings",
        )

        self.trajectory_data = trajectory_data
        if not isinstance(dimensions, TrajectoryResponseDimensions):
            dimensions = checked_map(
                "TrajectoryResponse",
                "dimensions",
                dimensions,
                TrajectoryResponseDimensions,
                "a mapping",
            )

        self.dimensions = dimensions
        if not isinstance(is_approved, bool):
            raise wrong_type(
                "TrajectoryResponse", "is_approved", "True or False", is_approved
            )

        self.is_approved = is_approved
        if not isinstance(has_been_approved, bool):
            raise wrong_type(
                "TrajectoryResponse",
                "has_been_approved",
                "True or False",
                has_been_approved,
            )

        self.has_been_approved = has_been_approved
        if not isinstance(is_generated, bool):
            raise wrong_type(
                "TrajectoryResponse", "is_generated", "True or False", is_generated
            )

        self.is_generated = is_generated
        if not isinstance(is_main, bool):
            raise wrong_type("TrajectoryResponse", "is_main", "True or False", is_main)

        self.is_main = is_main
        if not isinstance(id, UUID):
            id = checked_uuid("TrajectoryResponse", "id", id, "a UUID or a UUID string")

        self.id = id
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "TrajectoryResponse", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(updated_at, datetime.datetime):
            raise wrong_type(
                "TrajectoryResponse", "updated_at", "a datetime", updated_at
            )

        self.updated_at = updated_at
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("TrajectoryResponse", "name", "a str, or None", name)

        self.name = name
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryResponse", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(run_id, (UUID, NoneType, Unset)):
            run_id = checked_uuid(
                "TrajectoryResponse",
                "run_id",
                run_id,
                "a UUID or a UUID string, or None",
            )

        self.run_id = run_id
        if not isinstance(
            original_input_values,
            (TrajectoryResponseOriginalInputValuesType0, NoneType, Unset),
        ):
            original_input_values = checked_map(
                "TrajectoryResponse",
                "original_input_values",
                original_input_values,
                TrajectoryResponseOriginalInputValuesType0,
                "a mapping, or None",
            )

        self.original_input_values = original_input_values
        if not isinstance(user_id, (UUID, NoneType, Unset)):
            user_id = checked_uuid(
                "TrajectoryResponse",
                "user_id",
                user_id,
                "a UUID or a UUID string, or None",
            )

        self.user_id = user_id
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryResponse",
                "organization_id",
                "a str, or None",
                organization_id,
            )

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

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        trajectory_response = cls.__new__(cls)
        trajectory_response.workflow_id = workflow_id
        trajectory_response.trajectory_data = trajectory_data
        trajectory_response.dimensions = dimensions
        trajectory_response.is_approved = is_approved
        trajectory_response.has_been_approved = has_been_approved
        trajectory_response.is_generated = is_generated
        trajectory_response.is_main = is_main
        trajectory_response.id = id
        trajectory_response.created_at = created_at
        trajectory_response.updated_at = updated_at
        trajectory_response.name = name
        trajectory_response.description = description
        trajectory_response.run_id = run_id
        trajectory_response.original_input_values = original_input_values
        trajectory_response.user_id = user_id
        trajectory_response.organization_id = organization_id

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
