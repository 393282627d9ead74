"""ApiResponse: what every SDK method returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ._errors import CyberdeskError

T = TypeVar("T")


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """The outcome of one SDK call.

    On success ``data`` holds the parsed result and ``error`` is None. A 422 validation
    failure is also returned in ``data`` (with ``.detail``), as the API documents it. Any
    other failure leaves ``data`` None and puts a ``CyberdeskError`` in ``error``.
    """

    data: T | None
    error: CyberdeskError | None = None
    status_code: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    """The response's headers (empty when no response came, e.g. a connection failure)."""
    request_id: str | None = field(default=None, repr=False, compare=False)
    """The API's id of the request, on success too: quote it when asking support."""
    attempts: int = field(default=1, repr=False, compare=False)
    """How many times the request was sent, retries included."""

    @property
    def ok(self) -> bool:
        return self.error is None and self.status_code != 422

    def unwrap(self) -> T:
        """Returns ``data``, or raises ``error`` (a 422 raises ValueError with its detail)."""
        if self.error is not None:
            raise self.error
        if self.status_code == 422:
            raise ValueError(f"validation failed: {getattr(self.data, 'detail', self.data)}")
        return self.data  # type: ignore[return-value]
