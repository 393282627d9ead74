"""The :class:`Emulator`: state, clock, executor settings and the ASGI app of one emulated
Cyberdesk API."""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from cyberdesk.client.models import RunCompletedEvent, RunCompletedWebhookRunPayload

from . import executor
from .executor import WorkflowBehavior
from .faults import Faults
from .idempotency import IdempotencyStore
from .limits import DEFAULT_MAX_BODY_BYTES
from .store import MachineRecord, RunRecord, Store
from .views import ORGANIZATION_ID, run_data, through
from .webhooks import Sender, WebhookDispatcher, generate_secret

if TYPE_CHECKING:
    from starlette.applications import Starlette

TERMINAL_BEHAVIOR_STATUSES = ("success", "task_failed", "error")


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


class Emulator:
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
        start_delay: float = executor.START_DELAY,
        default_duration: float = executor.DEFAULT_DURATION,
        tick_interval: float = 0.01,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        if max_body_bytes < 1:
            raise ValueError(f"max_body_bytes must be at least 1, got {max_body_bytes}")
        self.max_body_bytes = max_body_bytes
        self._api_key = api_key or f"cd_emu_{secrets.token_hex(16)}"
        self.seed = seed
        self._clock = clock or time.monotonic
        self._offset = 0.0
        self._epoch_t = self._clock()
        self._epoch_wall = datetime.now(timezone.utc)
        self.lock = threading.RLock()
        self.store = Store(seed)
        self.behaviors: dict[uuid.UUID, WorkflowBehavior] = {}
        self.faults = Faults(seed)
        self.idempotency = IdempotencyStore(self.now)
        urls = [webhook_url] if isinstance(webhook_url, str) else list(webhook_url or [])
        self.webhooks = WebhookDispatcher(
            webhook_secret or generate_secret(),
            urls,
            webhook_sender,
            webhook_max_attempts,
            webhook_backoff,
        )
        self.start_delay = start_delay
        self.default_duration = default_duration
        self.tick_interval = tick_interval
        self.last_tick = self.now()
        self.request_count = 0
        self._app: Starlette | None = None
        self._seed_machines(machines)

    def __repr__(self) -> str:
        return f"Emulator(seed={self.seed}, machines={len(self.store.machines)})"

    @property
    def api_key(self) -> str:
        return self._api_key

    @property
    def webhook_secret(self) -> str:
        return self.webhooks.secret

    @property
    def app(self) -> Starlette:
        """The ASGI app (built once)."""
        if self._app is None:
            from .app import build_app

            self._app = build_app(self)
        return self._app

    def now(self) -> float:
        """Emulator time in seconds."""
        return self._clock() + self._offset

    def wall(self, t: float) -> datetime:
        """The UTC timestamp shown for emulator time ``t``."""
        return self._epoch_wall + timedelta(seconds=t - self._epoch_t)

    def advance(self, seconds: float) -> None:
        """Moves emulator time forward and applies whatever became due."""
        if seconds < 0:
            raise ValueError("seconds must not be negative")
        with self.lock:
            self._offset += seconds
        self.tick()

    def tick(self) -> None:
        """Applies every run transition due by now."""
        with self.lock:
            executor.advance_to(self, self.now())

    async def deliver_webhooks(self) -> int:
        """Attempts the webhook deliveries that are due; answers how many were attempted."""
        return await self.webhooks.deliver_due(self.now())

    def set_workflow_behavior(
        self,
        workflow_id: uuid.UUID | str,
        *,
        outputs: Mapping[str, Any] | Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None,
        status: str = "success",
        error: list[str] | None = None,
        duration: float | None = None,
        output_files: Mapping[str, bytes] | None = None,
    ) -> None:
        """How runs of ``workflow_id`` end: exact ``outputs`` (or a function of the inputs),
        final ``status`` (success, task_failed or error), ``error`` messages, running
        ``duration`` in seconds and ``output_files`` that become output attachments."""
        if status not in TERMINAL_BEHAVIOR_STATUSES:
            raise ValueError(f"status must be one of {', '.join(TERMINAL_BEHAVIOR_STATUSES)}")
        with self.lock:
            self.behaviors[uuid.UUID(str(workflow_id))] = WorkflowBehavior(
                outputs=outputs,
                status=status,
                error=list(error) if error else None,
                duration=duration,
                output_files=dict(output_files or {}),
            )

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

    def stats(self) -> dict[str, Any]:
        """Counters for assertions and ``GET /_emulator/stats``."""
        with self.lock:
            return {
                "requests": self.request_count,
                "runs": self.store.index.status_counts(),
                "faults_injected": self.faults.stats(),
                "idempotency": {
                    "keys": len(self.idempotency),
                    "replayed": self.idempotency.replayed,
                },
                "webhooks": self.webhooks.counts(),
            }

    def on_run_finished(self, run: RunRecord) -> None:
        """Queues the ``run_complete`` webhook of a run that just reached a terminal status."""
        if not self.webhooks.urls:
            return
        event_id = self.store.new_id()
        event = RunCompletedEvent(
            run=RunCompletedWebhookRunPayload.from_dict(run_data(run)),
            event_id=event_id,
            event_type="run_complete",
            occurred_at=run.ended_at or self.wall(self.now()),
        )
        self.webhooks.enqueue(
            f"msg_{event_id.hex}", through(RunCompletedEvent, event.to_dict()), self.now()
        )

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
