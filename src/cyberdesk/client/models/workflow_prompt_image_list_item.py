from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="WorkflowPromptImageListItem")


@_attrs_define
class WorkflowPromptImageListItem:
    supabase_url: str
    path: str
    filename: str
    created_at: datetime.datetime | None | Unset = UNSET
    size_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        workflow_prompt_image_list_item = cls(
            supabase_url=supabase_url,
            path=path,
            filename=filename,
            created_at=created_at,
            size_bytes=size_bytes,
        )

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
