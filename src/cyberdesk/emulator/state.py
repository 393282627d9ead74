"""What every layer of one emulator works on: its store, clock, settings, and the faults,
idempotency keys and webhooks its requests go through.

The app, the handlers and the executor take an :class:`EmulatorState`;
:class:`~cyberdesk.emulator.Emulator` is the state plus what drives it (the executor and
the ASGI app), so nothing here depends on them.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from .faults import Faults
from .idempotency import IdempotencyStore
from .limits import DEFAULT_MAX_BODY_BYTES
from .records import ORGANIZATION_ID, MachineRecord
from .store import Store
from .webhooks import Sender, WebhookDispatcher, generate_secret

START_DELAY = 0.02
"""Default seconds from a run's machine assignment to ``running``."""
DEFAULT_DURATION = 0.05
"""Default seconds a run spends ``running``."""
TERMINAL_BEHAVIOR_STATUSES = ("success", "task_failed", "error")


@dataclass
class WorkflowBehavior:
    """What the simulated executor does for one workflow."""

    outputs: Mapping[str, Any] | Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None
    status: str = "success"
    error: list[str] | None = None
    duration: float | None = None
    output_files: dict[str, bytes] = field(default_factory=dict)


class EmulatorState:
    """The state of one emulator; see :class:`~cyberdesk.emulator.Emulator` for the
    parameters."""

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
        self._seed_machines(machines)

    def _seed_machines(self, count: int) -> None:
        """Adds the seeded pool and ``count`` idle machines, the first half (at least one)
        in the pool."""
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

    @property
    def api_key(self) -> str:
        return self._api_key

    @property
    def webhook_secret(self) -> str:
        return self.webhooks.secret

    def now(self) -> float:
        """Emulator time in seconds."""
        return self._clock() + self._offset

    def wall(self, t: float) -> datetime:
        """The UTC timestamp shown for emulator time ``t``."""
        return self._epoch_wall + timedelta(seconds=t - self._epoch_t)

    def move_clock(self, seconds: float) -> None:
        """Moves emulator time forward (the executor then applies what became due)."""
        if seconds < 0:
            raise ValueError("seconds must not be negative")
        with self.lock:
            self._offset += seconds

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
