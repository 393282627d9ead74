"""RetryEvent: what ``RetryConfig.on_retry`` is told (loaded on the first retry)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RetryEvent:
    """What ``RetryConfig.on_retry`` is told before each retry."""

    attempt: int
    """The attempt that just failed (1 for the first)."""
    delay: float
    """Seconds until the next attempt."""
    reason: str
    """``"status"``, ``"timeout"``, ``"connection"`` or ``"in_progress"``."""
    status_code: int | None
    method: str
    path: str
