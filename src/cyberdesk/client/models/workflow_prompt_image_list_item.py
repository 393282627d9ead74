from __future__ import annotations

import datetime
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
    parse_datetime,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="WorkflowPromptImageListItem")


@_attrs_define(init=False)
class WorkflowPromptImageListItem:
    supabase_url: str
    path: str
    filename: str
    created_at: datetime.datetime | None | Unset = UNSET
    size_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        supabase_url: str,
        path: str,
        filename: str,
        created_at: datetime.datetime | None | Unset = UNSET,
        size_bytes: int | None | Unset = UNSET,
    ) -> None:
        if not isinstance(supabase_url, str):
            raise wrong_type(
                "WorkflowPromptImageListItem", "supabase_url", "a str", supabase_url
            )

        self.supabase_url = supabase_url
        if not isinstance(path, str):
            raise wrong_type("WorkflowPromptImageListItem", "path", "a str", path)

        self.path = path
        if not isinstance(filename, str):
            raise wrong_type(
                "WorkflowPromptImageListItem", "filename", "a str", filename
            )

        self.filename = filename
        if not isinstance(created_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "WorkflowPromptImageListItem",
                "created_at",
                "a datetime, or None",
                created_at,
            )

        self.created_at = created_at
        if type(size_bytes) is bool or not isinstance(
            size_bytes, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "WorkflowPromptImageListItem",
                "size_bytes",
                "an int, or None",
                size_bytes,
            )

        self.size_bytes = size_bytes
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
        supabase_url = self.supabase_url

        path = self.path

        filename = self.filename

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        size_bytes: int | None | Unset
        if isinstance(self.size_bytes, Unset):
            size_bytes = UNSET
        else:
            size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supabase_url": supabase_url,
                "path": path,
                "filename": filename,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supabase_url = d.pop("supabase_url")

        path = d.pop("path")

        filename = d.pop("filename")

        created_at = d.pop("created_at", UNSET)
        if isinstance(created_at, str):
            try:
                created_at_type_0 = parse_datetime(created_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                created_at = created_at_type_0

        size_bytes = d.pop("size_bytes", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_prompt_image_list_item = cls.__new__(cls)
        workflow_prompt_image_list_item.supabase_url = supabase_url
        workflow_prompt_image_list_item.path = path
        workflow_prompt_image_list_item.filename = filename
        workflow_prompt_image_list_item.created_at = created_at
        workflow_prompt_image_list_item.size_bytes = size_bytes

        workflow_prompt_image_list_item.additional_properties = d
        return workflow_prompt_image_list_item

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
