"""examples/batch_csv.py: the guide's CSV batch, with bounded concurrency."""

from __future__ import annotations

import asyncio
import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import batch_csv
import httpx
import pytest
from examples_helpers import API_KEY, EXAMPLES, EmulatorTime, Epic, patient_output

from cyberdesk.emulator import Fault
from tests.helpers import most_runs_alive_at_once

TERMINAL = {"success", "task_failed", "error", "cancelled"}


def write_patients(path: Path, count: int) -> list[dict[str, str]]:
    patients = [
        {"patient_id": str(20000 + i), "first_name": f"First{i}", "last_name": f"Last{i}"}
        for i in range(count)
    ]
    with path.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["patient_id", "first_name", "last_name"])
        writer.writeheader()
        writer.writerows(patients)
    return patients


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def batch_env(live_epic: Epic, monkeypatch: pytest.MonkeyPatch) -> Epic:
    monkeypatch.setenv("CYBERDESK_API_KEY", API_KEY)
    monkeypatch.setenv("CYBERDESK_BASE_URL", live_epic.base_url)
    monkeypatch.setenv("EPIC_WORKFLOW_ID", live_epic.workflow_id)
    monkeypatch.delenv("EPIC_MACHINE_ID", raising=False)  # any of the emulator's machines
    return live_epic


def test_main_exports_every_patient_with_at_most_four_runs_in_flight(
    batch_env: Epic, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    patients = write_patients(tmp_path / "patients.csv", 12)
    export = tmp_path / "export.csv"

    code = batch_csv.main(
        [
            *("--input", str(tmp_path / "patients.csv"), "--output", str(export)),
            *("--concurrency", "4", "--poll-interval", "0.02"),
        ]
    )

    assert code == 0, capsys.readouterr().err
    rows = read_rows(export)
    assert len(rows) == 12
    assert [r["patient_id"] for r in rows] == [p["patient_id"] for p in patients]  # CSV order
    runs = {str(run.id): run for run in batch_env.emulator.runs}
    for row, patient in zip(rows, patients, strict=True):
        run = runs[row["run_id"]]
        assert run.status == "success"
        assert run.input_values == {
            "patient_id": patient["patient_id"],
            "patient_first_name": patient["first_name"],
            "patient_last_name": patient["last_name"],
        }
        expected = patient_output(run.input_values)
        assert row["mrn"] == expected["demographics"]["mrn"]
        assert row["dob"] == "1980-02-29"
        assert int(row["medication_count"]) == len(expected["medications"])
    assert len(runs) == 12
    assert most_runs_alive_at_once(batch_env.emulator) <= 4
    assert "Exported 12 patient records" in capsys.readouterr().out


class InFlight:
    """Counts, from the client's HTTP exchanges, runs created and not yet seen finished."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0
        self._finished: set[str] = set()

    async def on_response(self, response: httpx.Response) -> None:
        request, path = response.request, response.request.url.path
        if request.method == "POST" and path == "/v1/runs" and response.status_code == 201:
            self.now += 1
            self.peak = max(self.peak, self.now)
        elif request.method == "GET" and path.startswith("/v1/runs/"):
            await response.aread()
            if response.json().get("status") in TERMINAL and path not in self._finished:
                self._finished.add(path)
                self.now -= 1


@pytest.mark.parametrize("concurrency", [1, 4, 12])
def test_runs_in_flight_never_exceed_the_concurrency(
    epic: Epic, emulator_time: EmulatorTime, concurrency: int
) -> None:
    in_flight = InFlight()
    patients = [batch_csv.Patient(str(30000 + i), "Ann", f"Lee{i}") for i in range(12)]

    async def run() -> tuple[list[dict[str, Any]], list[batch_csv.Failure]]:
        client = epic.client(
            retry=emulator_time.retry(),  # polls in emulator time: no real waiting
            async_event_hooks={"response": [in_flight.on_response]},
        )
        async with client:
            return await batch_csv.extract_patients(
                client, patients, workflow_id=epic.workflow_id, concurrency=concurrency
            )

    rows, failures = asyncio.run(run())

    assert failures == [] and len(rows) == 12
    assert in_flight.now == 0
    if concurrency < len(patients):
        # The bound holds, and is used: runs go `concurrency` at a time, not one by one.
        assert in_flight.peak == concurrency
    else:
        # Unbounded: the counter does see more than 4 at once (so the bound above is real).
        assert in_flight.peak > 4
    assert most_runs_alive_at_once(epic.emulator) <= concurrency


def test_a_failing_patient_does_not_stop_the_batch_and_the_exit_status_says_so(
    live_epic: Epic, tmp_path: Path
) -> None:
    # The first run created is refused (a 400 is not retried); the others go through.
    live_epic.emulator.faults.add(Fault(kind="error", route="POST /v1/runs", status=400, times=1))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("CYBERDESK_", "EPIC_"))},
        "CYBERDESK_API_KEY": API_KEY,
        "CYBERDESK_BASE_URL": live_epic.base_url,
        "EPIC_WORKFLOW_ID": live_epic.workflow_id,
        "EPIC_MACHINE_ID": live_epic.machine_id,
    }
    sample = EXAMPLES / "patients.csv"  # the sample shipped beside the script

    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "batch_csv.py"), "--input", str(sample),
         "--concurrency", "3", "--poll-interval", "0.02"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip

    assert done.returncode == 1, done.stderr
    patients = read_rows(sample)
    exported = read_rows(tmp_path / "patient_data_export.csv")  # the guide's default name
    failed = [line for line in done.stderr.splitlines() if line.startswith("FAILED ")]
    assert len(exported) == len(patients) - 1 and len(failed) == 1
    failed_id = failed[0].split()[1].rstrip(":")
    assert "could not create run" in failed[0] and "400" in failed[0]
    assert {r["patient_id"] for r in exported} == {p["patient_id"] for p in patients} - {failed_id}
    assert f"Exported {len(patients) - 1} patient records" in done.stdout
    assert all(str(run.machine_id) == live_epic.machine_id for run in live_epic.emulator.runs)


def test_failed_runs_are_reported_with_their_errors(
    batch_env: Epic, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch_env.fail_runs("Chart locked by another user")
    write_patients(tmp_path / "patients.csv", 3)
    export = tmp_path / "export.csv"

    code = batch_csv.main(
        [
            *("--input", str(tmp_path / "patients.csv"), "--output", str(export)),
            *("--poll-interval", "0.02"),
        ]
    )

    assert code == 1
    assert read_rows(export) == []  # still a CSV with its header
    assert export.read_text().startswith("patient_id,first_name,last_name,dob,mrn")
    err = capsys.readouterr().err
    assert err.count("ended task_failed: Chart locked by another user") == 3


def test_usage_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CYBERDESK_API_KEY", API_KEY)
    monkeypatch.setenv("EPIC_WORKFLOW_ID", "wf")
    for argv in (["--concurrency", "0"], ["--concurrency", "many"]):
        with pytest.raises(SystemExit) as exited:
            batch_csv.main(argv)
        assert exited.value.code == 2
    monkeypatch.delenv("CYBERDESK_API_KEY")
    with pytest.raises(SystemExit) as exited:
        batch_csv.main([])
    assert exited.value.code == 2
