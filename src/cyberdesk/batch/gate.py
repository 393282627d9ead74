"""One pause for the whole batch when the API pushes back (429, or 503 with Retry-After)."""

from __future__ import annotations

from collections.abc import Callable


class RateGate:
    """Closed until ``open_at`` (batch seconds); each push-back extends the same pause.

    Several requests answered 429 in one round close the gate once: a push-back that arrives
    while the gate is already closed only moves its opening later, if it asks for more.
    """

    def __init__(self, backoff: Callable[[int], float]) -> None:
        self._backoff = backoff
        self.open_at = 0.0
        self.pauses = 0
        self._strikes = 0

    def closed(self, now: float) -> bool:
        return now < self.open_at

    def push_back(self, now: float, retry_after: float | None) -> None:
        """The API asked to slow down: ``Retry-After`` seconds, else growing backoff."""
        if not self.closed(now):
            self.pauses += 1
            self._strikes += 1
        wait = retry_after if retry_after is not None else self._backoff(self._strikes)
        self.open_at = max(self.open_at, now + wait)

    def relieved(self) -> None:
        """A request went through: the next push-back starts its backoff from the start."""
        self._strikes = 0
