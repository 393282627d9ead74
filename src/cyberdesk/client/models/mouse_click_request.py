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

T = TypeVar("T", bound="MouseClickRequest")


@_attrs_define(init=False)
class MouseClickRequest:
    x: int | None | Unset = UNSET
    y: int | None | Unset = UNSET
    button: str | Unset = "left"
    down: bool | None | Unset = UNSET
    clicks: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        x: int | None | Unset = UNSET,
        y: int | None | Unset = UNSET,
        button: str | Unset = "left",
        down: bool | None | Unset = UNSET,
        clicks: int | Unset = 1,
    ) -> None:
        if type(x) is bool or not isinstance(x, (int, NoneType, Unset)):
            raise wrong_type("MouseClickRequest", "x", "an int, or None", x)

        self.x = x
        if type(y) is bool or not isinstance(y, (int, NoneType, Unset)):
            raise wrong_type("MouseClickRequest", "y", "an int, or None", y)

        self.y = y
        if not isinstance(button, (str, Unset)):
            raise wrong_type("MouseClickRequest", "button", "a str", button)

        self.button = button
        if not isinstance(down, (bool, NoneType, Unset)):
            raise wrong_type(
                "MouseClickRequest", "down", "True or False, or None", down
            )

        self.down = down
        if type(clicks) is bool or not isinstance(clicks, (int, Unset)):
            raise wrong_type("MouseClickRequest", "clicks", "an int", clicks)

        self.clicks = clicks
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
        x: int | None | Unset
        if isinstance(self.x, Unset):
            x = UNSET
        else:
            x = self.x

        y: int | None | Unset
        if isinstance(self.y, Unset):
            y = UNSET
        else:
            y = self.y

        button = self.button

        down: bool | None | Unset
        if isinstance(self.down, Unset):
            down = UNSET
        else:
            down = self.down

        clicks = self.clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if button is not UNSET:
            field_dict["button"] = button
        if down is not UNSET:
            field_dict["down"] = down
        if clicks is not UNSET:
            field_dict["clicks"] = clicks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        button = d.pop("button", UNSET)

        down = d.pop("down", UNSET)

        clicks = d.pop("clicks", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        mouse_click_request = cls.__new__(cls)
        mouse_click_request.x = x
        mouse_click_request.y = y
        mouse_click_request.button = button
        mouse_click_request.down = down
        mouse_click_request.clicks = clicks

        mouse_click_request.additional_properties = d
        return mouse_click_request

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
