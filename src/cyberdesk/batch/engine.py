"""The batch as one flow: create up to ``concurrency`` runs, poll them, journal everything.

The flow is a generator of steps (``Gather`` of calls, ``Sleep``) and of ``BatchResult``s;
the client's runner carries the steps out, blocking or in an event loop, so the logic is
written once for ``batch`` and ``batch_sync``. Per-call retries are off (``max_retries=0``):
a row whose create fails on the way is sent again by the flow itself, with the same
idempotency key, and a 429 (or a 503 with ``Retry-After``) pauses the whole batch once
instead of each call sitting out a ``Retry-After`` of its own. Blocking, a round's calls go
one after another and those after a push-back wait for the shared pause (``stop_on``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from .._call import Call, Gather, Sleep
from .._errors import APIConnectionError, APIResponseValidationError, APIStatusError
from .._response import ApiResponse, validation_detail
from .._retry import RetryConfig, status_retry_reason
from .._statuses import TERMINAL_STATUSES
from .gate import RateGate
from .journal import Journal
from .results import (
    NOT_CREATED,
    UNREADABLE,
    BatchJournalMismatch,
    BatchProgress,
    BatchResult,
    BatchStalledError,
)
from .rows import BatchSpec, idempotency_key

# The row's own request is wrong: the row fails, the batch goes on. A 404 on create is a
# row's own machine, pool or session that is gone (rows may be RunCreates with their own).
_ROW_ERRORS = frozenset({400, 404, 409, 413, 422})

BatchFlow = Generator[Gather | Sleep | BatchResult, Any, None]


@dataclass(frozen=True)
class Settings:
    concurrency: int
    poll_interval: float
    max_poll_interval: float
    give_up_after: float
    retry: RetryConfig
    """The client's: its backoff, retry statuses and ``max_retry_after`` apply to the batch."""
    on_progress: Callable[[BatchProgress], Any] | None
    total: int | None


@dataclass
class _Slot:
    """A row in flight: to be (re)sent while ``run_id`` is None, then polled."""

    row: str
    key: str
    body: Any
    run_id: str | None
    due: float
    interval: float
    failures: int = 0


@dataclass
class _State:
    settings: Settings
    gate: RateGate
    started: float
    slept: float = 0.0
    done: int = 0
    failed: int = 0
    last_ok: float = 0.0
    last_error: str = ""
    in_flight: dict[str, _Slot] = field(default_factory=dict)

    def now(self) -> float:
        # An injected sleep takes no time, so what was slept also counts as time gone by.
        return max(time.monotonic() - self.started, self.slept)

    def progress(self) -> None:
        if self.settings.on_progress is not None:
            self.settings.on_progress(
                BatchProgress(self.done, self.failed, len(self.in_flight), self.settings.total,
                              self.gate.pauses)
            )  # fmt: skip

    def count(self, result: BatchResult) -> None:
        self.done += 1
        self.failed += 0 if result.ok else 1


def _may_retry(error: APIStatusError, retry: RetryConfig) -> bool:
    # Any 5xx: the create goes again under its key, so a retry never runs a row twice.
    idempotency = next((v for k, v in error.headers.items() if k.lower() == "idempotency-status"),
                       None)  # fmt: skip
    reason = status_retry_reason(retry, error.status_code, idempotency)
    return reason is not None or error.status_code >= 500


def _check_pause(error: APIStatusError, settings: Settings) -> None:
    """Stops the batch when the API asks for a longer pause than the client may wait."""
    wish = error.retry_after
    if wish is None:
        return  # a backoff of the client's own, at most its max_delay
    limit = min(settings.retry.max_retry_after, settings.give_up_after)
    if wish > limit:
        raise BatchStalledError(
            f"the API asked the batch to pause longer than it may wait (Retry-After: "
            f"{wish:.10g} s; RetryConfig.max_retry_after is "
            f"{settings.retry.max_retry_after:g} s, give_up_after {settings.give_up_after:g} s);"
            " the journal keeps its place: run it again later"
        )


def pushes_back(response: ApiResponse[Any]) -> bool:
    """Whether the API asked the whole batch to slow down (429, or 5xx with Retry-After)."""
    error = response.error
    if not isinstance(error, APIStatusError):
        return False
    return error.status_code == 429 or (error.status_code >= 500 and error.retry_after is not None)


def _classify(response: ApiResponse[Any] | None, state: _State) -> str:
    """``ok``, ``retry`` (pushing back on the gate when asked) or ``row`` (a row error).

    Errors that no row can cure (401, 403...) are raised: the batch stops with the journal
    intact, and a rerun resumes once they are fixed.
    An answer of None is a call the driver did not send because the gate closed under it.
    """
    if response is None:
        return "unsent"
    error = response.error
    if error is None:
        return "row" if response.status_code == 422 else "ok"
    state.last_error = str(error)
    if isinstance(error, (APIConnectionError, APIResponseValidationError)):
        return "retry"
    if not isinstance(error, APIStatusError):
        raise error
    if pushes_back(response):
        _check_pause(error, state.settings)
        state.gate.push_back(state.now(), error.retry_after)
        return "retry"
    if _may_retry(error, state.settings.retry):
        return "retry"
    if error.status_code in _ROW_ERRORS:
        return "row"
    raise error


def _row_error(response: ApiResponse[Any]) -> str:
    if response.error is not None:
        return str(response.error)
    return f"HTTP 422: {validation_detail(response.data)}"


def _ended(slot: _Slot, run: Any) -> BatchResult | None:
    status = str(getattr(run, "status", None))  # RunStatus's str is its value
    if status not in TERMINAL_STATUSES:
        return None
    output = run.output_data
    errors = run.error if isinstance(run.error, list) else None
    return BatchResult(
        row=slot.row,
        run_id=slot.run_id,
        status=status,
        output_data=output.to_dict() if hasattr(output, "to_dict") else output,
        error="; ".join(str(e) for e in errors) if errors else None,
    )


def batch_flow(
    spec: BatchSpec,
    rows: Iterable[Any],
    journal_path: Any,
    fsync: bool,
    settings: Settings,
) -> BatchFlow:
    """Runs every row once; yields each row's result as it ends."""
    journal = Journal.open(journal_path, spec.identity(), fsync=fsync)
    try:
        yield from _run(spec, iter(rows), journal, settings)
    finally:
        journal.close()


def _run(spec: BatchSpec, rows: Iterator[Any], journal: Journal, settings: Settings) -> BatchFlow:
    state = _State(settings, RateGate(settings.retry.backoff), time.monotonic())
    for result in journal.results():
        state.count(result)
        yield result
    for row, sent in journal.pending.items():
        if sent.run_id is not None:  # its run exists: poll it, never create it again
            state.in_flight[row] = _Slot(row, "", None, sent.run_id, 0.0, settings.poll_interval)
    state.progress()
    positions = enumerate(rows)
    exhausted = False
    seen: set[str] = set()
    while True:
        now = state.now()
        if state.gate.closed(now):
            pause = state.gate.open_at - now
            yield Sleep(pause)
            state.slept += pause
            state.last_ok = max(state.last_ok, state.gate.open_at)
            continue
        while not exhausted and len(state.in_flight) < settings.concurrency:
            item = next(positions, None)
            if item is None:
                exhausted = True
            else:
                slot = _admit(spec, *item, journal, seen, now, settings.poll_interval)
                if slot is not None:
                    state.in_flight[slot.row] = slot
        yield from _create_due(state, journal)
        yield from _poll_due(state, journal)
        if exhausted and not state.in_flight:
            return
        now = state.now()
        if now - state.last_ok > settings.give_up_after:
            raise BatchStalledError(
                f"no request of the batch succeeded for {settings.give_up_after:g} s (last "
                f"error: {state.last_error}); the journal keeps its place: run it again"
            )
        if not exhausted and len(state.in_flight) < settings.concurrency:
            continue
        # While the gate is closed nothing is sent, polls included: sleep the pause in one.
        wake = max(min(slot.due for slot in state.in_flight.values()), state.gate.open_at)
        if wake > now:
            yield Sleep(wake - now)
            state.slept += wake - now


def _admit(
    spec: BatchSpec,
    position: int,
    raw: Any,
    journal: Journal,
    seen: set[str],
    now: float,
    interval: float,
) -> _Slot | None:
    """The next row as a slot to send, or None when the journal says it needs no create."""
    prepared = spec.prepare(position, raw)
    row = prepared.key
    if spec.key_column is not None:  # positions cannot repeat; column values can
        if row in seen:
            raise ValueError(f"rows[{position}] repeats the key {row!r}")
        seen.add(row)
    pending = journal.pending.get(row)
    known = pending.digest if pending is not None else journal.done.get(row)
    if known not in (None, "", prepared.digest):
        raise BatchJournalMismatch(
            f"row {row!r} is not the row journaled under that key in {journal.path}; "
            "the journal belongs to another input"
        )
    if row in journal.done or (pending is not None and pending.run_id is not None):
        return None  # ended, or already in flight by its run id
    if pending is None:
        journal.sent(row, prepared.digest)  # before the create: a rerun knows it may exist
    key = idempotency_key(journal.batch_id, row)
    return _Slot(row, key, prepared.body, None, now, interval)


def _create_due(state: _State, journal: Journal) -> BatchFlow:
    now = state.now()
    due = [s for s in state.in_flight.values() if s.run_id is None and s.due <= now]
    if not due:
        return
    # One attempt a call (see the module docstring); a create keeps its row's key for good.
    calls: tuple[Call[Any], ...] = tuple(
        Call(
            "runs.create_run",
            {"body": s.body},
            options={"idempotency_key": s.key, "max_retries": 0},
        )
        for s in due
    )
    answers = yield Gather(calls, stop_on=pushes_back)
    now = state.now()
    for slot, answer in zip(due, answers, strict=True):
        outcome = _classify(answer, state)
        if outcome == "ok":
            slot.run_id, slot.body = str(answer.data.id), None
            slot.due = now + slot.interval
            journal.created(slot.row, slot.run_id)
            state.last_ok = now
            state.gate.relieved()
        elif outcome == "retry":
            slot.failures += 1
            slot.due = max(now + state.settings.retry.backoff(slot.failures), state.gate.open_at)
        elif outcome == "row":
            result = BatchResult(slot.row, None, NOT_CREATED, error=_row_error(answer))
            yield from _finish(state, journal, slot, result)
    state.progress()


def _poll_due(state: _State, journal: Journal) -> BatchFlow:
    now = state.now()
    due = [s for s in state.in_flight.values() if s.run_id is not None and s.due <= now]
    if not due:
        return
    polls: tuple[Call[Any], ...] = tuple(
        Call("runs.get_run", {"run_id": UUID(str(s.run_id))}, options={"max_retries": 0})
        for s in due
    )
    answers = yield Gather(polls, stop_on=pushes_back)
    now = state.now()
    changed = False
    for slot, answer in zip(due, answers, strict=True):
        gone = answer is not None and getattr(answer.error, "status_code", None) == 404
        outcome = "row" if gone else _classify(answer, state)
        if outcome == "unsent":
            continue
        result = None
        if outcome == "ok":
            state.last_ok = now
            result = _ended(slot, answer.data)
        elif outcome == "row":
            result = BatchResult(slot.row, slot.run_id, UNREADABLE, error=_row_error(answer))
        if result is not None:
            changed = True
            yield from _finish(state, journal, slot, result)
        else:
            slot.interval = min(slot.interval * 1.5, state.settings.max_poll_interval)
            slot.due = max(now + slot.interval, state.gate.open_at)
    if changed:
        state.progress()


def _finish(state: _State, journal: Journal, slot: _Slot, result: BatchResult) -> BatchFlow:
    journal.ended(result)
    del state.in_flight[slot.row]
    state.count(result)
    yield result
