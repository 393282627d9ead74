"""Shared test data and builders."""

from __future__ import annotations

from typing import Any

from cyberdesk import CyberdeskClient, RetryConfig

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
