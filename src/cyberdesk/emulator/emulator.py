"""The :class:`Emulator`: one emulated Cyberdesk API, its state driven by the simulated
executor and served by its ASGI app."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from starlette.applications import Starlette

from . import executor
from .app import build_app
from .limits import DEFAULT_MAX_BODY_BYTES
from .records import MachineRecord, RunRecord
from .state import DEFAULT_DURATION, START_DELAY, EmulatorState
from .views import ORGANIZATION_ID
from .webhooks import Sender


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

    def __init__(
        self,
        api_key: str | None = None,
        seed: int = 0,
        machines: int = 2,
        clock: Callable[[], float] | None = None,
        *,
        webhook_url: str | list[str] | None = None,
        webhook_secret: str | None = None,
        webhook_sender: Sender | None = None,
        webhook_max_attempts: int = 5,
        webhook_backoff: float = 0.05,
        start_delay: float = START_DELAY,
        default_duration: float = DEFAULT_DURATION,
        tick_interval: float = 0.01,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        super().__init__(
            api_key,
            seed,
            clock,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            webhook_sender=webhook_sender,
            webhook_max_attempts=webhook_max_attempts,
            webhook_backoff=webhook_backoff,
            start_delay=start_delay,
            default_duration=default_duration,
            tick_interval=tick_interval,
            max_body_bytes=max_body_bytes,
        )
        self._app: Starlette | None = None
        self._seed_machines(machines)

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

    def _seed_machines(self, count: int) -> None:
        now = self.wall(self.now())
        pool_id = self.store.new_id()
        self.store.pools[pool_id] = {
            "id": str(pool_id),
            "name": "Emulator Pool",
            "description": "Seeded by the emulator",
            "organization_id": ORGANIZATION_ID,
            "created_at": now.isoformat(),
            "updated_at": now.isoformat(),
            "pool_parameters": None,
            "pool_sensitive_parameters": None,
        }
        for index in range(count):
            machine_id = self.store.new_id()
            machine = MachineRecord(
                id=machine_id,
                name=f"emulator-machine-{index + 1}",
                fingerprint=f"fp-{machine_id.hex[:12]}",
                unkey_key_id=f"key_{machine_id.hex[:16]}",
                created_at=now,
                last_seen=now,
                version="emulator",
                hostname=f"EMU-{index + 1:02d}",
                os_info="Windows 11 (emulated)",
                free_since=self.now(),
            )
            if index < max(1, count // 2):
                machine.pool_ids.append(pool_id)
            self.store.machines[machine_id] = machine
