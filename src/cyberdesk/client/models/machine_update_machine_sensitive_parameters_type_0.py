from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="MachineUpdateMachineSensitiveParametersType0")


class MachineUpdateMachineSensitiveParametersType0(dict[str, str]):
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

    def __repr__(self) -> str:
        # Secrets must not reach logs, tracebacks or notebooks through a repr.
        return f"{type(self).__name__}(<redacted>)"
