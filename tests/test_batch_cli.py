"""``cyberdesk runs batch`` in process (Click's CliRunner) against an emulator on loopback."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cyberdesk import CyberdeskClient
from cyberdesk.cli.app import cli
from cyberdesk.emulator import Emulator, EmulatorServer

KEY = "cd_batch_cli_key_0123456789"


class Env:
    def __init__(self, server: EmulatorServer, workflow_id: str, folder: Path) -> None:
        self.server = server
        self.emulator = server.emulator
        self.workflow_id = workflow_id
        self.folder = folder

    def rows(self, count: int, name: str = "rows.csv") -> Path:
        path = self.folder / name
        with path.open("w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["id", "secret"])
            writer.writerows([f"r{n}", f"pw-{n}-hidden"] for n in range(count))
        return path

    def invoke(self, *args: str) -> Result:
        env = {"CYBERDESK_API_KEY": KEY, "CYBERDESK_BASE_URL": self.server.base_url}
        result = CliRunner().invoke(cli, ["runs", "batch", *args], env=env)
        everything = result.stdout + result.stderr
        assert KEY not in everything and "Traceback" not in everything
        assert "-hidden" not in everything  # sensitive cells are never printed
        return result


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    emulator = Emulator(api_key=KEY, machines=4)
    with EmulatorServer(emulator, startup_timeout=60) as server:
        with CyberdeskClient(KEY, base_url=server.base_url) as client:
            workflow = client.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
        emulator.set_workflow_behavior(workflow.id, outputs=lambda i: {"got": i})
        yield Env(server, str(workflow.id), tmp_path)


def test_results_go_to_out_as_json_lines_and_the_journal_sits_beside_the_rows(env: Env) -> None:
    rows = env.rows(6)
    out = env.folder / "results.jsonl"

    result = env.invoke(str(rows), "--workflow", env.workflow_id, "--key-column", "id",
                        "--sensitive-column", "secret", "--out", str(out),
                        "--poll-interval", "0.02")  # fmt: skip

    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["row"] for r in records) == [f"r{n}" for n in range(6)]
    assert all(r["status"] == "success" for r in records)
    assert all(r["output_data"] == {"got": {"id": r["row"]}} for r in records)
    assert (env.folder / "rows.csv.journal").exists()
    assert "6 rows: 6 succeeded, 0 failed" in result.stderr
    assert len(result.stderr.splitlines()) == 7  # a line per row (not a terminal), a summary


def test_without_out_the_results_are_json_lines_on_stdout_and_failures_exit_1(env: Env) -> None:
    env.emulator.set_workflow_behavior(env.workflow_id, status="task_failed", error=["locked"])
    rows = env.rows(2)

    result = env.invoke(str(rows), "--workflow", env.workflow_id, "--poll-interval", "0.02",
                        "--sensitive-column", "secret")  # fmt: skip

    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["status"], r["error"]) for r in records] == [("task_failed", "locked")] * 2
    assert (
        "row 0: task_failed" in result.stderr and "2 rows: 0 succeeded, 2 failed" in result.stderr
    )


def test_a_rerun_rewrites_out_with_every_row_once(env: Env) -> None:
    rows = env.rows(3)
    out_path = env.folder / "out.csv"
    args = (str(rows), "--workflow", env.workflow_id, "--out", str(out_path),
            "--poll-interval", "0.02", "--sensitive-column", "secret")  # fmt: skip
    assert env.invoke(*args).exit_code == 0
    # As if killed after journaling results and before writing them: --out lost its rows.
    out_path.write_text(out_path.read_text().splitlines(keepends=True)[0])
    again = env.invoke(*args)
    with out_path.open(newline="") as f:
        out = list(csv.DictReader(f))
    assert again.exit_code == 0
    assert sorted(r["row"] for r in out) == ["0", "1", "2"]
    assert len(env.emulator.runs) == 3
    assert "row " not in again.stderr  # nothing ran again: the journal had every result


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--machine", "550e8400-e29b-41d4-a716-446655440000",
          "--pool", "550e8400-e29b-41d4-a716-446655440001"], "cannot be used together"),
        (["--key-column", "mrn"], "has no column 'mrn'"),
        (["--sensitive-column", "ssn"], "has no column 'ssn'"),
        (["--concurrency", "0"], "--concurrency"),
    ],
)  # fmt: skip
def test_usage_errors_exit_2_before_anything_is_sent(
    env: Env, extra: list[str], message: str
) -> None:
    rows = env.rows(1)
    requests = env.emulator.request_count

    result = env.invoke(str(rows), "--workflow", env.workflow_id, *extra)

    assert result.exit_code == 2 and message in result.stderr
    assert env.emulator.request_count == requests


def test_an_empty_file_and_a_foreign_journal_exit_2(env: Env) -> None:
    empty = env.folder / "empty.csv"
    empty.write_text("")
    assert "needs a header row" in env.invoke(str(empty), "--workflow", env.workflow_id).stderr
    rows = env.rows(1)
    (env.folder / "rows.csv.journal").write_text('{"t": "something else"}\n')

    result = env.invoke(str(rows), "--workflow", env.workflow_id)

    assert result.exit_code == 2 and "is not a batch journal" in result.stderr


def test_a_terminal_gets_a_progress_bar_instead_of_a_line_per_row(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("TTY_INTERACTIVE", "0")  # rendered once at the end, not live
    rows = env.rows(5)

    out = str(env.folder / "out.jsonl")
    result = env.invoke(str(rows), "--workflow", env.workflow_id, "--out", out,
                        "--poll-interval", "0.02", "--sensitive-column", "secret")  # fmt: skip

    assert result.exit_code == 0, result.stderr
    assert "row 0:" not in result.stderr  # no line per row: the bar says it
    assert "5/5" in result.stderr and "0 failed, 0 in flight" in result.stderr
    assert "5 rows: 5 succeeded, 0 failed" in result.stderr
