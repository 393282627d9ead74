"""Many runs from many rows: bounded, journaled, resumable (``client.runs.batch``).

::

    for result in client.runs.batch_sync(rows, workflow_id=wf, journal="rows.journal"):
        print(result.row, result.status, result.output_data)
"""

from __future__ import annotations

from .results import (
    NOT_CREATED,
    UNREADABLE,
    BatchJournalError,
    BatchJournalMismatch,
    BatchProgress,
    BatchResult,
    BatchStalledError,
)

__all__ = [
    "NOT_CREATED",
    "UNREADABLE",
    "BatchJournalError",
    "BatchJournalMismatch",
    "BatchProgress",
    "BatchResult",
    "BatchStalledError",
]
