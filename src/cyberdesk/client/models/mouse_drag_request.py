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

T = TypeVar("T", bound="MouseDragRequest")


@_attrs_define(init=False)
class MouseDragRequest:
    to_x: int
    to_y: int
    start_x: int
    start_y: int
    duration: float | None | Unset = UNSET
    button: None | str | Unset = "left"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        to_x: int,
        to_y: int,
        start_x: int,
        start_y: int,
        duration: float | None | Unset = UNSET,
        button: str | None | Unset = "left",
    ) -> None:
        if type(to_x) is bool or not isinstance(to_x, int):
            raise wrong_type("MouseDragRequest", "to_x", "an int", to_x)

        self.to_x = to_x
        if type(to_y) is bool or not isinstance(to_y, int):
            raise wrong_type("MouseDragRequest", "to_y", "an int", to_y)

        self.to_y = to_y
        if type(start_x) is bool or not isinstance(start_x, int):
            raise wrong_type("MouseDragRequest", "start_x", "an int", start_x)

        self.start_x = start_x
        if type(start_y) is bool or not isinstance(start_y, int):
            raise wrong_type("MouseDragRequest", "start_y", "an int", start_y)

        self.start_y = start_y
        if type(duration) is bool or not isinstance(
            duration, (float, int, NoneType, Unset)
        ):
            raise wrong_type(
                "MouseDragRequest", "duration", "a number, or None", duration
            )

        self.duration = duration
        if not isinstance(button, (str, NoneType, Unset)):
            raise wrong_type("MouseDragRequest", "button", "a str, or None", button)

        self.button = button
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
        to_x = self.to_x

        to_y = self.to_y

        start_x = self.start_x

        start_y = self.start_y

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        button: None | str | Unset
        if isinstance(self.button, Unset):
            button = UNSET
        else:
            button = self.button

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to_x": to_x,
                "to_y": to_y,
                "start_x": start_x,
                "start_y": start_y,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if button is not UNSET:
            field_dict["button"] = button

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_x = d.pop("to_x")

        to_y = d.pop("to_y")

        start_x = d.pop("start_x")

        start_y = d.pop("start_y")

        duration = d.pop("duration", UNSET)

        button = d.pop("button", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        mouse_drag_request = cls.__new__(cls)
        mouse_drag_request.to_x = to_x
        mouse_drag_request.to_y = to_y
        mouse_drag_request.start_x = start_x
        mouse_drag_request.start_y = start_y
        mouse_drag_request.duration = duration
        mouse_drag_request.button = button

        mouse_drag_request.additional_properties = d
        return mouse_drag_request

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
