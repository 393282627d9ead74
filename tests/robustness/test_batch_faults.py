"""A 500-row batch through a hostile emulator: every row once, no run created twice.

Faults on creates: 10 % drop-after-commit (the run is stored, the answer lost), 10 % 503
with ``Retry-After``, 5 % 429, 2 % dropped connections; on polls: 5 % dropped connections
and 5 % 503. The emulator runs on a manual clock that the client's sleep advances, so the
pauses cost no real time.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest

from cyberdesk import CyberdeskClient, RetryConfig
from cyberdesk.batch import BatchProgress
from cyberdesk.emulator import Emulator, EmulatorServer
from tests.helpers import ManualClock, most_runs_alive_at_once

from .conftest import API_KEY

ROWS = 500
CONCURRENCY = 25


def install_faults(emu: Emulator) -> None:
    create = "POST /v1/runs"
    emu.faults.drop_after_commit(create, rate=0.10)
    emu.faults.error_rate(create, 0.10 / 0.90, status=503, headers={"Retry-After": "0.2"})
    emu.faults.error_rate(create, 0.05 / 0.80, status=429)
    emu.faults.drop(create, rate=0.02 / 0.75)
    emu.faults.drop("GET /v1/runs/{run_id}", rate=0.05)
    emu.faults.error_rate("GET /v1/runs/{run_id}", 0.05 / 0.95, status=503)


@pytest.mark.parametrize("mode", ["async", "sync"])
def test_500_rows_under_faults_make_500_runs_and_500_results(mode: str) -> None:
    emu = Emulator(api_key=API_KEY, machines=CONCURRENCY, clock=ManualClock())

    async def asleep(seconds: float) -> None:
        emu.advance(seconds)
        await asyncio.sleep(0)

    retry = RetryConfig(sleep=emu.advance, async_sleep=asleep, initial_delay=0.01, max_delay=0.1)
    progress: list[BatchProgress] = []
    with EmulatorServer(emu, startup_timeout=60) as server:
        client = CyberdeskClient(API_KEY, base_url=server.base_url, retry=retry, timeout=5)
        workflow = client.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
        install_faults(emu)
        rows = ({"n": n} for n in range(ROWS))
        options: dict[str, Any] = {
            "workflow_id": workflow.id,
            "concurrency": CONCURRENCY,
            "on_progress": progress.append,
            "poll_interval": 0.5,
        }
        if mode == "sync":
            with client:
                results = list(client.runs.batch_sync(rows, **options))
        else:

            async def collect() -> list[Any]:
                async with client:
                    return [r async for r in client.runs.batch(rows, **options)]

            results = asyncio.run(collect())

    faults = emu.faults.stats()
    assert faults["drop_after_commit"] > 20 and faults["error"] > 40 and faults["drop"] > 10
    stored = Counter((run.input_values or {})["n"] for run in emu.runs)
    assert len(emu.runs) == ROWS and sorted(stored) == list(range(ROWS))  # no duplicates
    assert sorted(int(r.row) for r in results) == list(range(ROWS))  # each row once
    assert all(r.ok for r in results)
    assert {str(run.id) for run in emu.runs} == {r.run_id for r in results}
    assert most_runs_alive_at_once(emu) <= CONCURRENCY
    assert progress[-1].done == ROWS and progress[-1].rate_limit_pauses >= 1
    assert emu.idempotency.replayed >= faults["drop_after_commit"]
