"""The :class:`Emulator`: one emulated Cyberdesk API, its state driven by the simulated
executor and served by its ASGI app."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from starlette.applications import Starlette

from . import executor
from .app import build_app
from .records import RunRecord
from .state import EmulatorState


@dataclass(frozen=True)
class SeededMachine:
    """A machine the emulator starts with."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class SeededPool:
    """The pool the emulator starts with, and which seeded machines are in it."""

    id: uuid.UUID
    name: str
    machine_ids: tuple[uuid.UUID, ...]


class Emulator(EmulatorState):
    """A stateful, in-memory Cyberdesk API.

    ``clock`` returns monotonic seconds (default :func:`time.monotonic`); emulator time is
    ``clock() + offset`` and :meth:`advance` adds to the offset, so tests can drive runs
    without sleeping. The first half of the seeded machines (at least one) is in the
    seeded pool. A request body over ``max_body_bytes`` (default 10 MiB) answers 413.
    """

    _app: Starlette | None = None

    def __repr__(self) -> str:
        return f"Emulator(seed={self.seed}, machines={len(self.store.machines)})"

    @property
    def app(self) -> Starlette:
        """The ASGI app (built once)."""
        if self._app is None:
            self._app = build_app(self)
        return self._app

    def advance(self, seconds: float) -> None:
        """Moves emulator time forward and applies whatever became due."""
        executor.advance(self, seconds)

    def tick(self) -> None:
        """Applies every run transition due by now."""
        executor.tick(self)

    @property
    def machines(self) -> list[SeededMachine]:
        with self.lock:
            return [SeededMachine(m.id, m.name or "") for m in self.store.machines.values()]

    @property
    def pools(self) -> list[SeededPool]:
        with self.lock:
            return [
                SeededPool(
                    pid,
                    str(p["name"]),
                    tuple(m.id for m in self.store.machines.values() if pid in m.pool_ids),
                )
                for pid, p in self.store.pools.items()
            ]

    @property
    def runs(self) -> list[RunRecord]:
        """Every run, oldest first (records are live: read, do not write)."""
        with self.lock:
            return sorted(self.store.runs.values(), key=lambda r: r.seq)

    def run(self, run_id: uuid.UUID | str) -> RunRecord:
        with self.lock:
            return self.store.runs[uuid.UUID(str(run_id))]
