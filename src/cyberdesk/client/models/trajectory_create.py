from __future__ import annotations

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
from ..models.trajectory_create_dimensions import TrajectoryCreateDimensions
from ..models.trajectory_create_original_input_values_type_0 import (
    TrajectoryCreateOriginalInputValuesType0,
)
from ..models.trajectory_create_trajectory_data_item import (
    TrajectoryCreateTrajectoryDataItem,
)
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_map,
    checked_map_list,
    checked_uuid,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.trajectory_create_dimensions import TrajectoryCreateDimensions
    from ..models.trajectory_create_original_input_values_type_0 import (
        TrajectoryCreateOriginalInputValuesType0,
    )
    from ..models.trajectory_create_trajectory_data_item import (
        TrajectoryCreateTrajectoryDataItem,
    )


T = TypeVar("T", bound="TrajectoryCreate")


@_attrs_define(init=False)
class TrajectoryCreate:
    workflow_id: UUID
    trajectory_data: list[TrajectoryCreateTrajectoryDataItem]
    dimensions: TrajectoryCreateDimensions
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    run_id: None | Unset | UUID = UNSET
    original_input_values: None | TrajectoryCreateOriginalInputValuesType0 | Unset = (
        UNSET
    )
    is_approved: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        workflow_id: UUID | str,
        trajectory_data: Sequence[Mapping[str, Any]] | Unset = UNSET,
        dimensions: Mapping[str, int],
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        run_id: UUID | str | None | Unset = UNSET,
        original_input_values: Mapping[str, Any] | None | Unset = UNSET,
        is_approved: bool | Unset = False,
        steps: Sequence[Mapping[str, Any]] | Unset = UNSET,
    ) -> None:
        if not isinstance(steps, Unset):
            if not isinstance(trajectory_data, Unset):
                raise TypeError(
                    "TrajectoryCreate takes trajectory_data= or its alias steps=, not both"
                )
            trajectory_data = steps
        if isinstance(trajectory_data, Unset):
            raise TypeError(
                "TrajectoryCreate() missing required argument: 'trajectory_data' (or its alias 'steps')"
            )
        if not isinstance(workflow_id, UUID):
            workflow_id = checked_uuid(
                "TrajectoryCreate",
                "workflow_id",
                workflow_id,
                "a UUID or a UUID string",
            )

        self.workflow_id = workflow_id
        trajectory_data = checked_map_list(
            "TrajectoryCreate",
            "trajectory_data",
            trajectory_data,
            TrajectoryCreateTrajectoryDataItem,
            "a list of mappings",
        )

        self.trajectory_data = trajectory_data
        if not isinstance(dimensions, TrajectoryCreateDimensions):
            dimensions = checked_map(
                "TrajectoryCreate",
                "dimensions",
                dimensions,
                TrajectoryCreateDimensions,
                "a mapping",
            )

        self.dimensions = dimensions
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("TrajectoryCreate", "name", "a str, or None", name)

        self.name = name
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryCreate", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(run_id, (UUID, NoneType, Unset)):
            run_id = checked_uuid(
                "TrajectoryCreate", "run_id", run_id, "a UUID or a UUID string, or None"
            )

        self.run_id = run_id
        if not isinstance(
            original_input_values,
            (TrajectoryCreateOriginalInputValuesType0, NoneType, Unset),
        ):
            original_input_values = checked_map(
                "TrajectoryCreate",
                "original_input_values",
                original_input_values,
                TrajectoryCreateOriginalInputValuesType0,
                "a mapping, or None",
            )

        self.original_input_values = original_input_values
        if not isinstance(is_approved, (bool, Unset)):
            raise wrong_type(
                "TrajectoryCreate", "is_approved", "True or False", is_approved
            )

        self.is_approved = is_approved
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
            self.original_input_values, _models.TrajectoryCreateOriginalInputValuesType0
        ):
            original_input_values = self.original_input_values.to_dict()
        else:
            original_input_values = self.original_input_values

        is_approved = self.is_approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "trajectory_data": trajectory_data,
                "dimensions": dimensions,
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
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = parse_uuid(d.pop("workflow_id"))

        trajectory_data = []
        _trajectory_data = d.pop("trajectory_data")
        _trajectory_data_item_from_dict = (
            _models.TrajectoryCreateTrajectoryDataItem.from_dict
        )
        for trajectory_data_item_data in _trajectory_data:
            trajectory_data_item = _trajectory_data_item_from_dict(
                trajectory_data_item_data
            )
            trajectory_data.append(trajectory_data_item)

        dimensions = _models.TrajectoryCreateDimensions.from_dict(d.pop("dimensions"))

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
                    _models.TrajectoryCreateOriginalInputValuesType0.from_dict(
                        original_input_values
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                original_input_values = original_input_values_type_0

        is_approved = d.pop("is_approved", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        trajectory_create = cls.__new__(cls)
        trajectory_create.workflow_id = workflow_id
        trajectory_create.trajectory_data = trajectory_data
        trajectory_create.dimensions = dimensions
        trajectory_create.name = name
        trajectory_create.description = description
        trajectory_create.run_id = run_id
        trajectory_create.original_input_values = original_input_values
        trajectory_create.is_approved = is_approved

        trajectory_create.additional_properties = d
        return trajectory_create

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
