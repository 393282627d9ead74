"""When to retry, and how long to wait: pure decisions shared by the sync and async paths.

Defaults follow the API's documentation: 3 retries, full-jitter exponential backoff from
0.25 s capped at 8 s, retrying connection failures, timeouts, 408/429/500/502/503/504 and
409 when ``Idempotency-Status: in_progress`` says the first attempt is still running.

``Retry-After`` (seconds or an HTTP date) is honoured as the server asks, up to
``max_retry_after`` (60 s by default). A longer wish is not shortened behind the caller's
back: the SDK stops retrying and returns the error, whose ``retry_after`` says how long the
server asked for.
"""

from __future__ import annotations

import math
import random as _random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._retry_event import RetryEvent as RetryEvent

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


async def _loop_sleep(seconds: float) -> None:
    import asyncio  # here: `import cyberdesk` and sync-only programs never load it

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryConfig:
    """How the client retries failed requests.

    ``sleep``, ``async_sleep`` and ``random`` exist so tests can run retries without
    waiting; leave them alone in applications.
    """

    max_retries: int = 3
    initial_delay: float = 0.25
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = RETRY_STATUSES
    on_retry: Callable[[RetryEvent], None] | None = None
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_loop_sleep, repr=False)
    random: Callable[[], float] = field(default=_random.random, repr=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {self.max_retries}")
        if not all(
            math.isfinite(v) for v in (self.initial_delay, self.max_delay, self.max_retry_after)
        ):
            raise ValueError("initial_delay, max_delay and max_retry_after must be finite")
        if not 0 <= self.initial_delay <= self.max_delay:
            raise ValueError("initial_delay must be between 0 and max_delay")
        if self.max_retry_after < 0:
            raise ValueError("max_retry_after must be 0 or more")

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(max_delay, initial_delay * 2**(attempt-1))]."""
        ceiling = min(self.max_delay, self.initial_delay * 2.0 ** min(attempt - 1, 62))
        return self.random() * ceiling


def __getattr__(name: str) -> Any:
    # RetryEvent lives in _retry_event, loaded on the first retry: a frozen dataclass costs
    # each process about 0.6 ms, and most processes never retry.
    if name == "RetryEvent":
        from ._retry_event import RetryEvent

        return RetryEvent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds the server asks to wait, or None when the header is absent or unusable."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - (now or datetime.now(timezone.utc))).total_seconds()
        return max(0.0, seconds)
    if math.isnan(seconds) or math.isinf(seconds) or seconds < 0:
        return None
    return seconds


def status_retry_reason(
    config: RetryConfig, status_code: int, idempotency_status: str | None
) -> str | None:
    """Why a response with this status may be retried, or None when it is final."""
    if status_code == 409:
        if (idempotency_status or "").strip().lower() == "in_progress":
            return "in_progress"
        return None
    return "status" if status_code in config.retry_statuses else None


def may_retry_method(method: str, has_idempotency_key: bool) -> bool:
    # A write without a key could be applied twice; only keyed writes are replay-safe.
    return method.upper() not in WRITE_METHODS or has_idempotency_key
