"""A client created before ``os.fork`` never hands one process's answer to the other.

gunicorn ``--preload``, Celery's prefork pool and ``multiprocessing`` with the fork start
method all fork a process that may already hold keep-alive connections. If parent and child
kept using the same sockets, each would read answers meant for the other. Here a client is
warmed in the parent (so its pool holds open connections), the process forks, and both sides
fetch many distinct runs at once from a loopback server that echoes the id asked for: every
answer must carry the id that was asked for.

The server runs in its own process, and each scenario in a fresh interpreter
(fork_scenarios.py), so the forking process has no thread but its own when it forks.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .echo_server import echo_server
from .fork_scenarios import PER_SIDE, TRIALS

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120  # a scenario takes a few seconds; a stall of every request would take minutes


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    with echo_server() as url:
        yield url


def _scenario(name: str, url: str) -> dict[str, int]:
    command = [sys.executable, "-m", "tests.robustness.fork_scenarios", name, url]
    with subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            # Every process of the scenario (the forked child too) prints its stacks.
            os.killpg(proc.pid, signal.SIGUSR1)
            time.sleep(1)
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
            pytest.fail(f"{name} scenario hung past {TIMEOUT} s; its stacks:\n{stderr[-8000:]}")
    assert proc.returncode == 0, stderr[-2000:]
    tally: dict[str, int] = json.loads(stdout.strip().splitlines()[-1])
    return tally


def test_parent_and_child_never_get_each_others_answers(echo_url: str) -> None:
    total = _scenario("sync", echo_url)
    assert total.get("crossed", 0) == 0, total
    assert total.get("failed", 0) == 0, total
    assert total["ok"] == TRIALS * 2 * PER_SIDE


def test_async_pool_in_parent_and_child(echo_url: str) -> None:
    total = _scenario("async", echo_url)
    assert total.get("crossed", 0) == 0, total
    assert total.get("failed", 0) == 0, total
    assert total["ok"] == (TRIALS // 3) * 2 * PER_SIDE


def test_multiprocessing_fork_pool(echo_url: str) -> None:
    total = _scenario("multiprocessing", echo_url)
    assert total.get("crossed", 0) == 0, total
    assert total.get("failed", 0) == 0, total
    assert total["ok"] == 5 * 3 * PER_SIDE
