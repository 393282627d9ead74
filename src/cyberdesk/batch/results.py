"""What a batch hands back: one result per row, progress counts, and its errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._errors import CyberdeskError

NOT_CREATED = "not_created"
"""Status of a row whose run the API refused to create (400, 404, 409, 413, 422)."""
UNREADABLE = "unreadable"
"""Status of a row whose run was created but can no longer be read (deleted: 404)."""


@dataclass(frozen=True)
class BatchResult:
    """How one row ended.

    ``status`` is the run's final status (``success``, ``task_failed``, ``error``,
    ``cancelled``), or ``not_created`` / ``unreadable``. ``from_journal`` is True for a row
    that ended in an earlier invocation and is handed out again from the journal.
    """

    row: str
    run_id: str | None
    status: str
    output_data: dict[str, Any] | None = None
    error: str | None = None
    from_journal: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "success"

    def to_record(self) -> dict[str, Any]:
        """The journal's (and ``--out``'s) form of this result."""
        return {
            "row": self.row,
            "run_id": self.run_id,
            "status": self.status,
            "output_data": self.output_data,
            "error": self.error,
        }


@dataclass(frozen=True)
class BatchProgress:
    """Counts handed to ``on_progress`` whenever they change."""

    done: int
    """Rows that ended, whatever the outcome (rows ended in earlier invocations included)."""
    failed: int
    """Of ``done``, the rows that did not end in ``success``."""
    in_flight: int
    """Rows being created or whose run has not ended yet."""
    total: int | None
    """Rows in the input, when known."""
    rate_limit_pauses: int = 0
    """Times the whole batch paused for a 429 or a 503 with ``Retry-After``."""


class BatchJournalError(CyberdeskError):
    """The journal cannot be used: unreadable, corrupt, or in use by another process."""


class BatchJournalMismatch(BatchJournalError):
    """The journal was written by another batch (other workflow, targets or row inputs)."""


class BatchStalledError(CyberdeskError):
    """The batch stopped waiting; rerun to resume.

    No request succeeded for ``give_up_after`` seconds, or the API asked for a pause longer
    than ``RetryConfig.max_retry_after`` or ``give_up_after`` (the message names it).
    """
