"""``client.runs.batch`` and ``batch_sync``: the entry points, checked before anything runs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._coerce import as_seconds
from .._operation import generator
from .engine import Settings, batch_flow
from .results import BatchProgress, BatchResult
from .rows import BatchSpec

if TYPE_CHECKING:
    from .._operation import Pages
    from ..client.models import FileInput, RunCreate
    from ..resources._base import Resource

Id = str | UUID
ProgressCallback = Callable[[BatchProgress], Any]


def _prepare(
    resource: Resource, rows: Iterable[Any], options: dict[str, Any]
) -> tuple[BatchSpec, Settings]:
    concurrency = options["concurrency"]
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a whole number of 1 or more, got {concurrency!r}")
    if isinstance(rows, (str, bytes)) or not isinstance(rows, Iterable):
        raise TypeError("rows must be an iterable of dicts of inputs or RunCreates")
    poll = as_seconds("poll_interval", options["poll_interval"])
    most = as_seconds("max_poll_interval", options["max_poll_interval"])
    if most < poll:
        raise ValueError("max_poll_interval must be at least poll_interval")
    total = options["total"]
    if total is None and hasattr(rows, "__len__"):
        total = len(rows)  # type: ignore[arg-type]
    spec = BatchSpec.build(
        workflow_id=options["workflow_id"],
        machine_id=options["machine_id"],
        pool_ids=options["pool_ids"],
        sensitive_columns=options["sensitive_columns"],
        file_inputs=options["file_inputs"],
        key_column=options["key_column"],
    )
    settings = Settings(
        concurrency=concurrency,
        poll_interval=poll,
        max_poll_interval=most,
        give_up_after=as_seconds("give_up_after", options["give_up_after"]),
        retry=resource._runner._http.retry,
        on_progress=options["on_progress"],
        total=total,
    )
    return spec, settings


@generator
def batch(
    self: Resource,
    rows: Iterable[dict[str, Any] | RunCreate],
    *,
    workflow_id: Id,
    machine_id: Id | None = None,
    pool_ids: Iterable[Id] | None = None,
    sensitive_columns: Iterable[str] = (),
    file_inputs: Iterable[FileInput | dict[str, Any]] | None = None,
    key_column: str | None = None,
    concurrency: int = 4,
    journal: str | os.PathLike[str] | None = None,
    journal_fsync: bool = False,
    on_progress: ProgressCallback | None = None,
    total: int | None = None,
    poll_interval: float = 1.0,
    max_poll_interval: float = 10.0,
    give_up_after: float = 600.0,
) -> Pages[BatchResult]:
    """Runs a workflow once per row, at most ``concurrency`` runs at a time (``async for``).

    ``rows`` (dicts of inputs, or ``RunCreate``s) are read lazily. Columns named in
    ``sensitive_columns`` go to ``sensitive_input_values``; the machine, pools and file
    inputs are the same for every row. A row's key is its ``key_column`` value, else its
    position; its idempotency key is derived from the batch and that key. With
    ``journal=PATH`` a rerun after a crash skips the rows that ended (handing their results
    out again, ``from_journal=True``), waits for the runs already created and sends again,
    under the same keys, the rows whose answer was lost. Each row's ``BatchResult`` is
    yielded as it ends; ``on_progress`` gets a ``BatchProgress`` whenever counts change.
    A 429 (or 503 with ``Retry-After``) pauses every create of the batch at once.
    """
    spec, settings = _prepare(self, rows, locals())
    return batch_flow(spec, rows, journal, journal_fsync, settings)


batch_sync = batch.sync
# Its own short docstring rather than the derived "Blocking twin of ``batch``" + batch's.
batch_sync.function.__doc__ = (
    "Blocking twin of ``batch``: an iterator of results (``close()`` stops the batch)."
)
