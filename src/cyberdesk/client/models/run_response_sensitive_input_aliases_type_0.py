from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import model_json, pydantic_core_schema, pydantic_json_schema

T = TypeVar("T", bound="RunResponseSensitiveInputAliasesType0")


class RunResponseSensitiveInputAliasesType0(dict[str, str]):
    """A JSON object, as a plain ``dict``."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls(src_dict)

    @property
    def additional_properties(self) -> dict[str, str]:
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self)

    def to_json(self) -> str:
        """This model as JSON text, as the API reads it."""
        return model_json(self)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return pydantic_core_schema(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return pydantic_json_schema(cls)

    def __repr__(self) -> str:
        # Secrets must not reach logs, tracebacks or notebooks through a repr.
        return f"{type(self).__name__}(<redacted>)"
