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

T = TypeVar("T", bound="MouseScrollRequest")


@_attrs_define(init=False)
class MouseScrollRequest:
    direction: str
    amount: int
    x: int | None | Unset = UNSET
    y: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        direction: str,
        amount: int,
        x: int | None | Unset = UNSET,
        y: int | None | Unset = UNSET,
    ) -> None:
        if not isinstance(direction, str):
            raise wrong_type("MouseScrollRequest", "direction", "a str", direction)

        self.direction = direction
        if type(amount) is bool or not isinstance(amount, int):
            raise wrong_type("MouseScrollRequest", "amount", "an int", amount)

        self.amount = amount
        if type(x) is bool or not isinstance(x, (int, NoneType, Unset)):
            raise wrong_type("MouseScrollRequest", "x", "an int, or None", x)

        self.x = x
        if type(y) is bool or not isinstance(y, (int, NoneType, Unset)):
            raise wrong_type("MouseScrollRequest", "y", "an int, or None", y)

        self.y = y
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
        direction = self.direction

        amount = self.amount

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "amount": amount,
            }
        )
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = d.pop("direction")

        amount = d.pop("amount")

        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        mouse_scroll_request = cls.__new__(cls)
        mouse_scroll_request.direction = direction
        mouse_scroll_request.amount = amount
        mouse_scroll_request.x = x
        mouse_scroll_request.y = y

        mouse_scroll_request.additional_properties = d
        return mouse_scroll_request

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
