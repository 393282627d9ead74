"""Indexes over the stored runs, so requests and scheduling ticks never scan them all.

A :class:`~cyberdesk.emulator.records.RunRecord` attached to a store re-indexes itself
whenever one of :data:`INDEXED_FIELDS` is assigned, so handlers and the executor keep
writing plain attributes. What is indexed:

* runs by status, workflow, machine (assigned or targeted) and session;
* the runs with a transition on the clock (assigned, running, running checks): the only
  ones a tick has to look at for due events;
* queued runs (``scheduling``, no machine yet, outside a session) per target: one machine,
  one set of pools, or any machine; each queue is a heap in scheduling order.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from .records import MachineRecord, RunRecord

INDEXED_FIELDS = frozenset(
    {
        "status",
        "assigned_t",
        "workflow_id",
        "machine_id",
        "target_machine_id",
        "session_id",
        "pool_ids",
        "is_priority",
        "start_session",
    }
)
TIMED_STATUSES = frozenset({"running", "running_checks"})

# ("machine", id) | ("pools", frozenset of ids) | ("any", None)
QueueKey = tuple[str, uuid.UUID | frozenset[uuid.UUID] | None]
# Runs that start a session go before plain runs, then priority runs, then oldest first.
Order = tuple[bool, bool, int]


@dataclass(frozen=True)
class _Keys:
    status: str
    workflow_id: uuid.UUID
    machines: tuple[uuid.UUID, ...]
    session_id: uuid.UUID | None
    timed: bool
    queue: tuple[QueueKey, Order] | None


def queue_key(run: RunRecord) -> QueueKey:
    if run.target_machine_id is not None:
        return ("machine", run.target_machine_id)
    if run.pool_ids:
        return ("pools", frozenset(run.pool_ids))
    return ("any", None)


def serves(key: QueueKey, machine: MachineRecord) -> bool:
    """True when ``machine`` is one of the targets of queue ``key``."""
    target = key[1]
    if isinstance(target, uuid.UUID):
        return machine.id == target
    if isinstance(target, frozenset):
        return target.issubset(machine.pool_ids)
    return True


def _keys_of(run: RunRecord) -> _Keys:
    machines = tuple(dict.fromkeys(m for m in (run.machine_id, run.target_machine_id) if m))
    waiting = run.status == "scheduling" and run.assigned_t is None
    in_session = run.session_id is not None and not run.start_session
    queue = None
    if waiting and not in_session:
        order = (run.session_id is None, not run.is_priority, run.seq)
        queue = (queue_key(run), order)
    timed = run.status in TIMED_STATUSES or (
        run.status == "scheduling" and run.assigned_t is not None
    )
    return _Keys(run.status, run.workflow_id, machines, run.session_id, timed, queue)


Table = dict[uuid.UUID, dict[uuid.UUID, "RunRecord"]]


def _add(table: Table, key: uuid.UUID, run: RunRecord) -> None:
    table.setdefault(key, {})[run.id] = run


def _drop(table: Table, key: uuid.UUID, run_id: uuid.UUID) -> None:
    bucket = table.get(key)
    if bucket is not None:
        bucket.pop(run_id, None)
        if not bucket:
            del table[key]


class RunIndex:
    """The indexes of one store's runs (kept current by :class:`RunRecord` itself)."""

    watched: ClassVar[frozenset[str]] = INDEXED_FIELDS

    def __init__(self) -> None:
        self.by_status: dict[str, dict[uuid.UUID, RunRecord]] = {}
        self.by_workflow: Table = {}
        self.by_machine: Table = {}
        self.by_session: Table = {}
        self.timed: dict[uuid.UUID, RunRecord] = {}
        self.queues: dict[QueueKey, list[tuple[Order, uuid.UUID]]] = {}
        self._keys: dict[uuid.UUID, _Keys] = {}
        self._runs: dict[uuid.UUID, RunRecord] = {}

    def add(self, run: RunRecord) -> None:
        self._runs[run.id] = run
        self.reindex(run)

    def remove(self, run: RunRecord) -> None:
        old = self._keys.pop(run.id, None)
        self._runs.pop(run.id, None)
        if old is not None:
            self._unindex(run.id, old)

    def reindex(self, run: RunRecord) -> None:
        """Moves ``run`` to the buckets its current fields belong to."""
        if self._runs.get(run.id) is not run:
            return
        new = _keys_of(run)
        old = self._keys.get(run.id)
        if old == new:
            return
        if old is not None:
            self._unindex(run.id, old)
        self._keys[run.id] = new
        self.by_status.setdefault(new.status, {})[run.id] = run
        self.by_workflow.setdefault(new.workflow_id, {})[run.id] = run
        for machine_id in new.machines:
            _add(self.by_machine, machine_id, run)
        if new.session_id is not None:
            _add(self.by_session, new.session_id, run)
        if new.timed:
            self.timed[run.id] = run
        if new.queue is not None and (old is None or old.queue != new.queue):
            key, order = new.queue
            heapq.heappush(self.queues.setdefault(key, []), (order, run.id))

    def _unindex(self, run_id: uuid.UUID, old: _Keys) -> None:
        bucket = self.by_status.get(old.status)
        if bucket is not None:
            bucket.pop(run_id, None)
        _drop(self.by_workflow, old.workflow_id, run_id)
        for machine_id in old.machines:
            _drop(self.by_machine, machine_id, run_id)
        if old.session_id is not None:
            _drop(self.by_session, old.session_id, run_id)
        self.timed.pop(run_id, None)
        # Queue entries are dropped lazily: an entry counts only while it matches _keys.

    def queue_head(self, key: QueueKey) -> tuple[Order, RunRecord] | None:
        """The next run of queue ``key``, discarding entries that no longer apply."""
        heap = self.queues.get(key)
        while heap:
            order, run_id = heap[0]
            keys = self._keys.get(run_id)
            if keys is not None and keys.queue == (key, order):
                return order, self._runs[run_id]
            heapq.heappop(heap)
        self.queues.pop(key, None)
        return None

    def session_runs(self, session_id: uuid.UUID) -> list[RunRecord]:
        """The runs of a session, oldest first."""
        return sorted(self.by_session.get(session_id, {}).values(), key=lambda r: r.seq)

    def select(
        self,
        *,
        workflow_id: uuid.UUID | None = None,
        machine_id: uuid.UUID | None = None,
        session_id: uuid.UUID | None = None,
        status: str | None = None,
    ) -> Iterable[RunRecord] | None:
        """The smallest indexed set holding every run that matches the filters given
        (callers still apply every filter), or None when no filter is given."""
        sets: list[dict[uuid.UUID, RunRecord]] = []
        if workflow_id is not None:
            sets.append(self.by_workflow.get(workflow_id, {}))
        if machine_id is not None:
            sets.append(self.by_machine.get(machine_id, {}))
        if session_id is not None:
            sets.append(self.by_session.get(session_id, {}))
        if status is not None:
            sets.append(self.by_status.get(status, {}))
        if not sets:
            return None
        return min(sets, key=len).values()

    def status_counts(self) -> dict[str, int]:
        return {status: len(runs) for status, runs in self.by_status.items() if runs}
