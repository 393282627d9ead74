from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="MachineCreateMachineParametersType0")


class MachineCreateMachineParametersType0(dict[str, Any]):
    """A JSON object, as a plain ``dict``."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls(src_dict)

    @property
    def additional_properties(self) -> dict[str, Any]:
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self)
