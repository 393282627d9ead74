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

from ..types import (
    checked_uuid_list,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
)

T = TypeVar("T", bound="AddTagsRequest")


@_attrs_define(init=False)
class AddTagsRequest:
    tag_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        tag_ids: Sequence[UUID | str],
    ) -> None:
        tag_ids = checked_uuid_list(
            "AddTagsRequest", "tag_ids", tag_ids, "a list of UUIDs or UUID strings"
        )

        self.tag_ids = tag_ids
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
        tag_ids = []
        for tag_ids_item_data in self.tag_ids:
            tag_ids_item = str(tag_ids_item_data)
            tag_ids.append(tag_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag_ids": tag_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_ids = []
        _tag_ids = d.pop("tag_ids")
        for tag_ids_item_data in _tag_ids:
            tag_ids_item = parse_uuid(tag_ids_item_data)

            tag_ids.append(tag_ids_item)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        add_tags_request = cls.__new__(cls)
        add_tags_request.tag_ids = tag_ids

        add_tags_request.additional_properties = d
        return add_tags_request

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
