from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.trajectory_update_trajectory_data_type_0_item import (
    TrajectoryUpdateTrajectoryDataType0Item,
)
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_map_list,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.trajectory_update_trajectory_data_type_0_item import (
        TrajectoryUpdateTrajectoryDataType0Item,
    )


T = TypeVar("T", bound="TrajectoryUpdate")


@_attrs_define(init=False)
class TrajectoryUpdate:
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    trajectory_data: list[TrajectoryUpdateTrajectoryDataType0Item] | None | Unset = (
        UNSET
    )
    is_approved: bool | None | Unset = UNSET
    is_main: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        trajectory_data: Sequence[Mapping[str, Any]] | None | Unset = UNSET,
        is_approved: bool | None | Unset = UNSET,
        is_main: bool | None | Unset = UNSET,
        steps: Sequence[Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        if not isinstance(steps, Unset):
            if not isinstance(trajectory_data, Unset):
                raise TypeError(
                    "TrajectoryUpdate takes trajectory_data= or its alias steps=, not both"
                )
            trajectory_data = steps
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("TrajectoryUpdate", "name", "a str, or None", name)

        self.name = name
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryUpdate", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(trajectory_data, (NoneType, Unset)):
            trajectory_data = checked_map_list(
                "TrajectoryUpdate",
                "trajectory_data",
                trajectory_data,
                TrajectoryUpdateTrajectoryDataType0Item,
                "a list of mappings, or None",
            )

        self.trajectory_data = trajectory_data
        if not isinstance(is_approved, (bool, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryUpdate", "is_approved", "True or False, or None", is_approved
            )

        self.is_approved = is_approved
        if not isinstance(is_main, (bool, NoneType, Unset)):
            raise wrong_type(
                "TrajectoryUpdate", "is_main", "True or False, or None", is_main
            )

        self.is_main = is_main
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

        is_approved: bool | None | Unset
        if isinstance(self.is_approved, Unset):
            is_approved = UNSET
        else:
            is_approved = self.is_approved

        is_main: bool | None | Unset
        if isinstance(self.is_main, Unset):
            is_main = UNSET
        else:
            is_main = self.is_main

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if trajectory_data is not UNSET:
            field_dict["trajectory_data"] = trajectory_data
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved
        if is_main is not UNSET:
            field_dict["is_main"] = is_main

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        trajectory_data = d.pop("trajectory_data", UNSET)
        if isinstance(trajectory_data, list):
            try:
                trajectory_data_type_0 = []
                _trajectory_data_type_0 = trajectory_data
                _trajectory_data_type_0_item_from_dict = (
                    _models.TrajectoryUpdateTrajectoryDataType0Item.from_dict
                )
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

        is_approved = d.pop("is_approved", UNSET)

        is_main = d.pop("is_main", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        trajectory_update = cls.__new__(cls)
        trajectory_update.name = name
        trajectory_update.description = description
        trajectory_update.trajectory_data = trajectory_data
        trajectory_update.is_approved = is_approved
        trajectory_update.is_main = is_main

        trajectory_update.additional_properties = d
        return trajectory_update

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
