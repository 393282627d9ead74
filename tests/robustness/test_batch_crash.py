"""``cyberdesk runs batch`` killed mid-way and run again: every row once, no run twice.

The CLI runs in a subprocess against an emulator served from this process (on the real
clock: a run takes about 70 ms). It is killed with SIGKILL after some rows ended, and, in
the harder case, while a create has been stored by the emulator but its answer is held
back, so the journal says "sent" and not "created". The same command is then run again.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import pytest

from cyberdesk import CyberdeskClient
from cyberdesk.emulator import Emulator
from tests.helpers import free_port_socket, serve_asgi, wait_until

from .conftest import API_KEY

ROWS = 60
DEADLINE = 30.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


class HeldCreates:
    """ASGI wrapper: while ``hold`` is set, answers to ``POST /v1/runs`` wait.

    It sits outside the emulator, so a held create is already stored (with its idempotency
    key) when its answer is held: exactly a server that committed and then went quiet.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.hold = threading.Event()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        held = (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and scope["path"] == "/v1/runs"
            and self.hold.is_set()
        )
        if not held:
            await self.app(scope, receive, send)
            return

        async def answer(message: Any) -> None:
            # The flag is flipped from the test's thread, where an anyio.Event cannot be set.
            while self.hold.is_set():  # noqa: ASYNC110
                await anyio.sleep(0.01)
            await send(message)

        await self.app(scope, receive, answer)


@dataclass
class Batch:
    emulator: Emulator
    gate: HeldCreates
    base_url: str
    workflow_id: str
    folder: Path

    @property
    def journal(self) -> Path:
        return self.folder / "rows.csv.journal"

    @property
    def out(self) -> Path:
        return self.folder / "out.csv"

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "cyberdesk.cli", "runs", "batch", "rows.csv",
            "--workflow", self.workflow_id, "--concurrency", "4", "--key-column", "id",
            "--out", "out.csv", "--poll-interval", "0.02",
        ]  # fmt: skip

    def env(self) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if not k.startswith("CYBERDESK_")}
        return {**keep, "CYBERDESK_API_KEY": API_KEY, "CYBERDESK_BASE_URL": self.base_url}

    def start(self) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(), cwd=self.folder, env=self.env(), text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip

    def run(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(), cwd=self.folder, env=self.env(), text=True, capture_output=True,
            timeout=60,
        )  # fmt: skip

    def records(self, kind: str) -> list[dict[str, Any]]:
        if not self.journal.exists():
            return []
        lines = self.journal.read_text().splitlines(keepends=True)
        complete = [json.loads(line) for line in lines if line.endswith("\n")]
        return [r for r in complete if r.get("t") == kind]


@pytest.fixture
def batch(tmp_path: Path) -> Iterator[Batch]:
    emulator = Emulator(api_key=API_KEY, machines=8)
    gate = HeldCreates(emulator.app)
    with serve_asgi(gate, free_port_socket()) as base_url:
        with CyberdeskClient(API_KEY, base_url=base_url) as client:
            workflow = client.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
        emulator.set_workflow_behavior(workflow.id, outputs=lambda i: {"mrn": f"M{i['id']}"})
        with (tmp_path / "rows.csv").open("w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["id", "name"])
            writer.writerows([f"p{n:03d}", f"Patient {n}"] for n in range(ROWS))
        yield Batch(emulator, gate, base_url, str(workflow.id), tmp_path)
        gate.hold.clear()


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=DEADLINE)


def assert_every_row_once(batch: Batch, rerun: subprocess.CompletedProcess[str]) -> None:
    assert rerun.returncode == 0, rerun.stderr
    stored = Counter((run.input_values or {})["id"] for run in batch.emulator.runs)
    assert len(batch.emulator.runs) == ROWS  # exactly one run per row in all
    assert sorted(stored) == [f"p{n:03d}" for n in range(ROWS)] and set(stored.values()) == {1}
    with batch.out.open(newline="") as f:
        out = list(csv.DictReader(f))
    assert sorted(r["row"] for r in out) == sorted(stored)  # every row once in --out
    assert {r["run_id"] for r in out} == {str(run.id) for run in batch.emulator.runs}
    assert all(r["status"] == "success" for r in out)
    assert all(json.loads(r["output_data"]) == {"mrn": f"M{r['row']}"} for r in out)
    assert f"{ROWS} rows: {ROWS} succeeded, 0 failed" in rerun.stderr


def test_sigkill_midway_then_the_same_command_finishes_every_row_once(batch: Batch) -> None:
    process = batch.start()
    wait_until(lambda: len(batch.records("ended")) >= 15, "15 rows ended")
    kill(process)
    ended_before = len(batch.records("ended"))
    assert ended_before < ROWS

    rerun = batch.run()

    assert_every_row_once(batch, rerun)


def test_sigkill_between_a_create_and_its_journaled_answer(batch: Batch) -> None:
    process = batch.start()
    wait_until(lambda: len(batch.records("ended")) >= 10, "10 rows ended")
    batch.gate.hold.set()

    def stored_but_not_journaled() -> set[str]:
        created = {r["row"] for r in batch.records("created")}
        stored = {(run.input_values or {})["id"] for run in batch.emulator.runs}
        return stored - created

    wait_until(lambda: bool(stored_but_not_journaled()), "a create is stored, its answer held")
    kill(process)
    batch.gate.hold.clear()
    lost = stored_but_not_journaled()
    sent = {r["row"] for r in batch.records("sent")}
    assert lost and lost <= sent  # journaled as sent; the run exists; the id never came back
    replayed_before = batch.emulator.idempotency.replayed

    rerun = batch.run()

    assert_every_row_once(batch, rerun)
    assert batch.emulator.idempotency.replayed - replayed_before >= len(lost)


def test_ctrl_c_exits_130_and_the_same_command_resumes(batch: Batch) -> None:
    process = batch.start()
    wait_until(lambda: len(batch.records("ended")) >= 10, "10 rows ended")
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=DEADLINE)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "run the same command to resume" in stderr
    assert batch.journal.read_text().endswith("\n")

    rerun = batch.run()

    assert_every_row_once(batch, rerun)
