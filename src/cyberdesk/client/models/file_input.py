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

T = TypeVar("T", bound="FileInput")


@_attrs_define(init=False)
class FileInput:
    filename: str
    content: str
    target_path: None | str | Unset = UNSET
    cleanup_imports_after_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        filename: str,
        content: str,
        target_path: str | None | Unset = UNSET,
        cleanup_imports_after_run: bool | Unset = False,
    ) -> None:
        if not isinstance(filename, str):
            raise wrong_type("FileInput", "filename", "a str", filename)

        self.filename = filename
        if not isinstance(content, str):
            raise wrong_type("FileInput", "content", "a str", content)

        self.content = content
        if not isinstance(target_path, (str, NoneType, Unset)):
            raise wrong_type("FileInput", "target_path", "a str, or None", target_path)

        self.target_path = target_path
        if not isinstance(cleanup_imports_after_run, (bool, Unset)):
            raise wrong_type(
                "FileInput",
                "cleanup_imports_after_run",
                "True or False",
                cleanup_imports_after_run,
            )

        self.cleanup_imports_after_run = cleanup_imports_after_run
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
        filename = self.filename

        content = self.content

        target_path: None | str | Unset
        if isinstance(self.target_path, Unset):
            target_path = UNSET
        else:
            target_path = self.target_path

        cleanup_imports_after_run = self.cleanup_imports_after_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "content": content,
            }
        )
        if target_path is not UNSET:
            field_dict["target_path"] = target_path
        if cleanup_imports_after_run is not UNSET:
            field_dict["cleanup_imports_after_run"] = cleanup_imports_after_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        content = d.pop("content")

        target_path = d.pop("target_path", UNSET)

        cleanup_imports_after_run = d.pop("cleanup_imports_after_run", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        file_input = cls.__new__(cls)
        file_input.filename = filename
        file_input.content = content
        file_input.target_path = target_path
        file_input.cleanup_imports_after_run = cleanup_imports_after_run

        file_input.additional_properties = d
        return file_input

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
