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
from ..models.trajectory_response_with_includes_dimensions import (
    TrajectoryResponseWithIncludesDimensions,
)
from ..models.trajectory_response_with_includes_original_input_values_type_0 import (
    TrajectoryResponseWithIncludesOriginalInputValuesType0,
)
from ..models.trajectory_response_with_includes_trajectory_data_type_0_item import (
    TrajectoryResponseWithIncludesTrajectoryDataType0Item,
)
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_items,
    checked_list,
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
    from ..models.included_resource import IncludedResource
    from ..models.trajectory_response_with_includes_dimensions import (
        TrajectoryResponseWithIncludesDimensions,
    )
    from ..models.trajectory_response_with_includes_original_input_values_type_0 import (
        TrajectoryResponseWithIncludesOriginalInputValuesType0,
    )
    from ..models.trajectory_response_with_includes_trajectory_data_type_0_item import (
        TrajectoryResponseWithIncludesTrajectoryDataType0Item,
    )


T = TypeVar("T", bound="TrajectoryResponseWithIncludes")


@_attrs_define(init=False)
class TrajectoryResponseWithIncludes:
    id: UUID
    workflow_id: UUID
    is_approved: bool
    has_been_approved: bool
    is_generated: bool
    is_main: bool
    dimensions: TrajectoryResponseWithIncludesDimensions
    created_at: datetime.datetime
    updated_at: datetime.datetime
    run_id: None | Unset | UUID = UNSET
    user_id: None | Unset | UUID = UNSET
    organization_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    trajectory_data: (
        list[TrajectoryResponseWithIncludesTrajectoryDataType0Item] | None | Unset
    ) = UNSET
    original_input_values: (
        None | TrajectoryResponseWithIncludesOriginalInputValuesType0 | Unset
    ) = UNSET
    included: list[IncludedResource] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: UUID | str,
        workflow_id: UUID | str,
        is_approved: bool,
        has_been_approved: bool,
        is_generated: bool,
        is_main: bool,
        dimensions: Mapping[str, int],
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        run_id: UUID | str | None | Unset = UNSET,
        user_id: UUID | str | None | Unset = UNSET,
        organization_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        trajectory_data: Sequence[Mapping[str, Any]] | None | Unset = UNSET,
        original_input_values: Mapping[str, Any] | None | Unset = UNSET,
        included: list[IncludedResource] | None | Unset = UNSET,
    ) -> None:
        if not isinstance(id, UUID):
            id = checked_uuid(
                "TrajectoryResponseWithIncludes", "id", id, "a UUID or a UUID string"
            )

        self.id = id
        if not isinstance(workflow_id, UUID):
            workflow_id = checked_uuid(
                "TrajectoryResponseWithIncludes",
                "workflow_id",
                workflow_id,
                "a UUID or a UUID string",
            )

        self.workflow_id = workflow_id
        if not isinstance(is_approved, bool):
            raise wrong_type(
                "TrajectoryResponseWithIncludes",
                "is_approved",
                "True or False",
                is_approved,
            )

        self.is_approved = is_approved
        if not isinstance(has_been_approved, bool):
            raise wrong_type(
                "TrajectoryResponseWithIncludes",
                "has_been_approved",
                "True or False",
                has_been_approved,
            )

        self.has_been_approved = has_been_approved
        if not isinstance(is_generated, bool):
            raise wrong_type(
                "TrajectoryResponseWithIncludes",
                "is_generated",
                "True or False",
                is_generated,
            )

        self.is_generated = is_generated
        if not isinstance(is_main, bool):
            raise wrong_type(
                "TrajectoryResponseWithIncludes", "is_main", "True or False", is_main
            )

        self.is_main = is_main
        if not isinstance(dimensions, TrajectoryResponseWithIncludesDimensions):
            dimensions = checked_map(
                "TrajectoryResponseWithIncludes",
                "dimensions",
                dimensions,
                TrajectoryResponseWithIncludesDimensions,
                "a mapping",
            )

        self.dimensions = dimensions
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "TrajectoryResponseWithIncludes", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(updated_at, datetime.datetime):
            raise wrong_type(
                "TrajectoryResponseWithIncludes", "updated_at", "a datetime", updated_at
            )

        self.updated_at = updated_at
        if not isinstance(run_id, (UUID, NoneType, Unset)):
            run_id = checked_uuid(
                "TrajectoryResponseWithIncludes",
                "run_id",
                run_id,
                "a UUID or a UUID string, or None",
            )

        self.run_id = run_id
        if not isinstance(user_id, (UUID, NoneType, Unset)):
            user_id = checked_uuid(
                "TrajectoryResponseWithIncludes",
                "user_id",
                user_id,
                "a UUID or a UUID string, or None",
            )

        self.user_id = user_id
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryResponseWithIncludes",
                "organization_id",
                "a str, or None",
                organization_id,
            )

        self.organization_id = organization_id
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryResponseWithIncludes", "name", "a str, or None", name
            )

        self.name = name
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryResponseWithIncludes",
                "description",
                "a str, or None",
                description,
            )

        self.description = description
        if not isinstance(trajectory_data, (NoneType, Unset)):
            trajectory_data = checked_map_list(
                "TrajectoryResponseWithIncludes",
                "trajectory_data",
                trajectory_data,
                TrajectoryResponseWithIncludesTrajectoryDataType0Item,
                "a list of mappings, or None",
            )

        self.trajectory_data = trajectory_data
        if not isinstance(
            original_input_values,
            (TrajectoryResponseWithIncludesOriginalInputValuesType0, NoneType, Unset),
        ):
            original_input_values = checked_map(
                "TrajectoryResponseWithIncludes",
                "original_input_values",
                original_input_values,
                TrajectoryResponseWithIncludesOriginalInputValuesType0,
                "a mapping, or None",
            )

        self.original_input_values = original_input_values
        if not isinstance(included, (NoneType, Unset)):
            included = checked_items(
                "TrajectoryResponseWithIncludes",
                "included",
                checked_list(
                    "TrajectoryResponseWithIncludes",
                    "included",
                    included,
                    "a list of IncludedResource, or None",
                ),
                _models.IncludedResource,
                "a IncludedResource",
            )

        self.included = included
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
        id = str(self.id)

        workflow_id = str(self.workflow_id)

        is_approved = self.is_approved

        has_been_approved = self.has_been_approved

        is_generated = self.is_generated

        is_main = self.is_main

        dimensions = self.dimensions.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        elif isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

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

        trajectory_data: list[dict[str, Any]] | None | Unset
        if isinstance(self.trajectory_data, Unset):
            trajectory_data = UNSET
        elif isinstance(self.trajectory_data, list):
            trajectory_data = []
            for trajectory_data_type_0_item_data in self.trajectory_data:
                trajectory_data_type_0_item = trajectory_data_type_0_item_data.to_dict()
                trajectory_data.append(trajectory_data_type_0_item)

        else:
            trajectory_data = self.trajectory_data

        original_input_values: dict[str, Any] | None | Unset
        if isinstance(self.original_input_values, Unset):
            original_input_values = UNSET
        elif isinstance(
            self.original_input_values,
            _models.TrajectoryResponseWithIncludesOriginalInputValuesType0,
        ):
            original_input_values = self.original_input_values.to_dict()
        else:
            original_input_values = self.original_input_values

        included: list[dict[str, Any]] | None | Unset
        if isinstance(self.included, Unset):
            included = UNSET
        elif isinstance(self.included, list):
            included = []
            for included_type_0_item_data in self.included:
                included_type_0_item = included_type_0_item_data.to_dict()
                included.append(included_type_0_item)

        else:
            included = self.included

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_id": workflow_id,
                "is_approved": is_approved,
                "has_been_approved": has_been_approved,
                "is_generated": is_generated,
                "is_main": is_main,
                "dimensions": dimensions,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if trajectory_data is not UNSET:
            field_dict["trajectory_data"] = trajectory_data
        if original_input_values is not UNSET:
            field_dict["original_input_values"] = original_input_values
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        workflow_id = parse_uuid(d.pop("workflow_id"))

        is_approved = d.pop("is_approved")

        has_been_approved = d.pop("has_been_approved")

        is_generated = d.pop("is_generated")

        is_main = d.pop("is_main")

        dimensions = _models.TrajectoryResponseWithIncludesDimensions.from_dict(
            d.pop("dimensions")
        )

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        run_id = d.pop("run_id", UNSET)
        if isinstance(run_id, str):
            try:
                run_id_type_0 = parse_uuid(run_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                run_id = run_id_type_0

        user_id = d.pop("user_id", UNSET)
        if isinstance(user_id, str):
            try:
                user_id_type_0 = parse_uuid(user_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                user_id = user_id_type_0

        organization_id = d.pop("organization_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        trajectory_data = d.pop("trajectory_data", UNSET)
        if isinstance(trajectory_data, list):
            try:
                trajectory_data_type_0 = []
                _trajectory_data_type_0 = trajectory_data
                _trajectory_data_type_0_item_from_dict = _models.TrajectoryResponseWithIncludesTrajectoryDataType0Item.from_dict
                for trajectory_data_type_0_item_data in _trajectory_data_type_0:
                    trajectory_data_type_0_item = (
                        _trajectory_data_type_0_item_from_dict(
                            trajectory_data_type_0_item_data
                        )
                    )
                    trajectory_data_type_0.append(trajectory_data_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                trajectory_data = trajectory_data_type_0

        original_input_values = d.pop("original_input_values", UNSET)
        if isinstance(original_input_values, dict):
            try:
                original_input_values_type_0 = _models.TrajectoryResponseWithIncludesOriginalInputValuesType0.from_dict(
                    original_input_values
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                original_input_values = original_input_values_type_0

        included = d.pop("included", UNSET)
        if isinstance(included, list):
            try:
                included_type_0 = []
                _included_type_0 = included
                _included_type_0_item_from_dict = _models.IncludedResource.from_dict
                for included_type_0_item_data in _included_type_0:
                    included_type_0_item = _included_type_0_item_from_dict(
                        included_type_0_item_data
                    )
                    included_type_0.append(included_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                included = included_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        trajectory_response_with_includes = cls.__new__(cls)
        trajectory_response_with_includes.id = id
        trajectory_response_with_includes.workflow_id = workflow_id
        trajectory_response_with_includes.is_approved = is_approved
        trajectory_response_with_includes.has_been_approved = has_been_approved
        trajectory_response_with_includes.is_generated = is_generated
        trajectory_response_with_includes.is_main = is_main
        trajectory_response_with_includes.dimensions = dimensions
        trajectory_response_with_includes.created_at = created_at
        trajectory_response_with_includes.updated_at = updated_at
        trajectory_response_with_includes.run_id = run_id
        trajectory_response_with_includes.user_id = user_id
        trajectory_response_with_includes.organization_id = organization_id
        trajectory_response_with_includes.name = name
        trajectory_response_with_includes.description = description
        trajectory_response_with_includes.trajectory_data = trajectory_data
        trajectory_response_with_includes.original_input_values = original_input_values
        trajectory_response_with_includes.included = included

        trajectory_response_with_includes.additional_properties = d
        return trajectory_response_with_includes

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
