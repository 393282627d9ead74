from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    checked_items,
    checked_list,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.connection_response import ConnectionResponse


T = TypeVar("T", bound="PaginatedResponseConnectionResponse")


@_attrs_define(init=False)
class PaginatedResponseConnectionResponse:
    items: list[ConnectionResponse]
    total: int
    skip: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        items: list[ConnectionResponse],
        total: int,
        skip: int,
        limit: int,
    ) -> None:
        items = checked_items(
            "PaginatedResponseConnectionResponse",
            "items",
            checked_list(
                "PaginatedResponseConnectionResponse",
                "items",
                items,
                "a list of ConnectionResponse",
            ),
            _models.ConnectionResponse,
            "a ConnectionResponse",
        )

        self.items = items
        if type(total) is bool or not isinstance(total, int):
            raise wrong_type(
                "PaginatedResponseConnectionResponse", "total", "an int", total
            )

        self.total = total
        if type(skip) is bool or not isinstance(skip, int):
            raise wrong_type(
                "PaginatedResponseConnectionResponse", "skip", "an int", skip
            )

        self.skip = skip
        if type(limit) is bool or not isinstance(limit, int):
            raise wrong_type(
                "PaginatedResponseConnectionResponse", "limit", "an int", limit
            )

        self.limit = limit
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
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        skip = self.skip

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "skip": skip,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        _items_item_from_dict = _models.ConnectionResponse.from_dict
        for items_item_data in _items:
            items_item = _items_item_from_dict(items_item_data)
            items.append(items_item)

        total = d.pop("total")

        skip = d.pop("skip")

        limit = d.pop("limit")

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        paginated_response_connection_response = cls.__new__(cls)
        paginated_response_connection_response.items = items
        paginated_response_connection_response.total = total
        paginated_response_connection_response.skip = skip
        paginated_response_connection_response.limit = limit

        paginated_response_connection_response.additional_properties = d
        return paginated_response_connection_response

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
