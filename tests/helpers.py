"""Shared test data and builders."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from cyberdesk import CyberdeskClient, RetryConfig

if TYPE_CHECKING:
    from cyberdesk.emulator import Emulator

BASE = "https://api.cyberdesk.io"
KEY = "cd_test_key_9f8e7d"
RUN_ID = "550e8400-e29b-41d4-a716-446655440000"
WORKFLOW_ID = "550e8400-e29b-41d4-a716-446655440001"
MACHINE_ID = "550e8400-e29b-41d4-a716-446655440002"
ATTACHMENT_ID = "550e8400-e29b-41d4-a716-446655440003"


def run_json(status: str = "scheduling", **extra: Any) -> dict[str, Any]:
    return {
        "id": RUN_ID,
        "workflow_id": WORKFLOW_ID,
        "machine_id": MACHINE_ID,
        "status": status,
        "created_at": "2026-01-01T00:00:00Z",
        **extra,
    }


class ManualClock:
    """Monotonic seconds that only move when the emulator is told to ``advance``."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def most_runs_alive_at_once(emulator: Emulator) -> int:
    """The most runs that existed and were not finished at one instant, from each run's
    ``created_at`` and ``ended_at``."""
    events = []
    for run in emulator.runs:
        assert run.ended_at is not None, f"{run.id} never ended"
        events += [(run.created_at, 1), (run.ended_at, -1)]
    alive = peak = 0
    for _, change in sorted(events):  # at equal instants an end (-1) sorts before a start
        alive += change
        peak = max(peak, alive)
    return peak


class Sleeps(list[float]):
    """A fake sleep that records what it was asked to wait (sync and async)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


async def invoke(target: Any, name: str, mode: str, /, *args: Any, **kwargs: Any) -> Any:
    """Calls ``target.name`` (awaited) in async mode or its ``_sync`` twin in sync mode."""
    if mode == "sync":
        return getattr(target, f"{name}_sync")(*args, **kwargs)
    return await getattr(target, name)(*args, **kwargs)


def make_client(sleeps: Sleeps | None = None, **retry: Any) -> CyberdeskClient:
    sleeps = sleeps if sleeps is not None else Sleeps()
    config = RetryConfig(sleep=sleeps, async_sleep=sleeps.asleep, random=lambda: 0.5, **retry)
    return CyberdeskClient(KEY, retry=config)


def free_port_socket() -> socket.socket:
    """A socket bound to a free loopback port, so the port is known before serving."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextmanager
def serve_asgi(app: Any, sock: socket.socket) -> Iterator[str]:
    """Serves an ASGI app with uvicorn in a thread on ``sock``; yields its base URL."""
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the app did not start"
        time.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def wait_until(
    condition: Callable[[], bool], what: str = "the condition holds", timeout: float = 30.0
) -> None:
    """Polls, on the real clock, for what happens in another thread or process."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.01)
