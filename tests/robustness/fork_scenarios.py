"""The fork scenarios of test_fork.py, run in a fresh interpreter each.

A process that forks while other threads hold locks can hang the child; pytest's process
has such threads (servers and pools of earlier tests), so the scenarios run here, in a
process whose only threads are their own: ``python -m tests.robustness.fork_scenarios NAME URL``
prints the tally as JSON.
"""

from __future__ import annotations

import asyncio
import faulthandler
import functools
import json
import multiprocessing
import os
import signal
import sys
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from cyberdesk import CyberdeskClient, RetryConfig

KEY = "cd_fork_test_key"
TRIALS = 10  # the old code crossed answers in every trial; fewer forks, less exposure to stalls
WORKERS = 8
PER_SIDE = 48

Tally = dict[str, int]


def _client(url: str) -> CyberdeskClient:
    # No retries, short timeout: a stolen answer shows as a crossed id or a prompt failure.
    return CyberdeskClient(KEY, url, timeout=2.0, retry=RetryConfig(max_retries=0))


def _fetch_sync(client: CyberdeskClient, count: int) -> Tally:
    def one(run_id: uuid.UUID) -> str:
        response = client.runs.get_sync(run_id)
        if response.data is None:
            return "failed"
        return "ok" if response.data.id == run_id else "crossed"

    with ThreadPoolExecutor(WORKERS) as pool:
        outcomes = list(pool.map(one, [uuid.uuid4() for _ in range(count)]))
    return {name: outcomes.count(name) for name in ("ok", "crossed", "failed")}


async def _fetch_async(client: CyberdeskClient, count: int) -> Tally:
    async def one(run_id: uuid.UUID) -> str:
        response = await client.runs.get(run_id)
        if response.data is None:
            return "failed"
        return "ok" if response.data.id == run_id else "crossed"

    outcomes = await asyncio.gather(*(one(uuid.uuid4()) for _ in range(count)))
    return {name: outcomes.count(name) for name in ("ok", "crossed", "failed")}


def _both_sides(parent: Callable[[], Tally], child: Callable[[], Tally]) -> tuple[Tally, Tally]:
    """Forks; runs ``child`` in the child and ``parent`` here at the same time."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report through the pipe, never return into pytest
        code = 1
        try:
            os.close(read_end)
            os.write(write_end, json.dumps(child()).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    mine = parent()
    with os.fdopen(read_end, "rb") as pipe:
        theirs = json.loads(pipe.read() or b'{"failed": -1}')
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the child failed"
    return mine, theirs


def _add(total: Tally, *tallies: Tally) -> None:
    for tally in tallies:
        for name, count in tally.items():
            total[name] = total.get(name, 0) + count


def scenario_parent_and_child_never_get_each_others_answers(echo_url: str) -> Tally:
    total: Tally = {}
    for _ in range(TRIALS):
        client = _client(echo_url)
        _fetch_sync(client, 2 * WORKERS)  # the pool now holds open connections
        side = functools.partial(_fetch_sync, client, PER_SIDE)
        _add(total, *_both_sides(side, side))
        client.close()
    return total


def scenario_async_pool_in_parent_and_child(echo_url: str) -> Tally:
    total: Tally = {}
    for _ in range(TRIALS // 3):
        client = _client(echo_url)
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(_fetch_async(client, 2 * WORKERS))
            _add(
                total,
                *_both_sides(
                    lambda: loop.run_until_complete(_fetch_async(client, PER_SIDE)),  # noqa: B023
                    lambda: asyncio.run(_fetch_async(client, PER_SIDE)),  # noqa: B023
                ),
            )
            loop.run_until_complete(client.aclose())
        finally:
            loop.close()
    return total


_INHERITED: CyberdeskClient | None = None


def _pool_task(count: int) -> Tally:
    assert _INHERITED is not None
    return _fetch_sync(_INHERITED, count)


def scenario_multiprocessing_fork_pool(echo_url: str) -> Tally:
    global _INHERITED
    total: Tally = {}
    for _ in range(5):
        _INHERITED = client = _client(echo_url)
        _fetch_sync(client, 2 * WORKERS)
        with multiprocessing.get_context("fork").Pool(2) as pool:
            pending = pool.map_async(_pool_task, [PER_SIDE, PER_SIDE])
            _add(total, _fetch_sync(client, PER_SIDE), *pending.get(timeout=60))
        client.close()
    _INHERITED = None
    return total


SCENARIOS: dict[str, Callable[[str], Tally]] = {
    "sync": scenario_parent_and_child_never_get_each_others_answers,
    "async": scenario_async_pool_in_parent_and_child,
    "multiprocessing": scenario_multiprocessing_fork_pool,
}

if __name__ == "__main__":
    # SIGUSR1 prints every thread's stack (a forked child inherits the handler): the test
    # sends it to the whole process group before giving up on a scenario. No watchdog
    # thread, which would itself make a fork hazardous.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    print(json.dumps(SCENARIOS[sys.argv[1]](sys.argv[2])))
