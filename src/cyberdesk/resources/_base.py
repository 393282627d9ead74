"""What every namespace shares."""

from __future__ import annotations

from typing import Any

from .._call import NOT_GIVEN, Runner


class Resource:
    """A namespace of operations over the client's runner."""

    def __init__(self, runner: Runner):
        self._runner = runner

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


def present(**kwargs: Any) -> dict[str, Any]:
    """The arguments the caller actually gave (None and NOT_GIVEN mean "leave it out")."""
    return {k: v for k, v in kwargs.items() if v is not None and v is not NOT_GIVEN}
