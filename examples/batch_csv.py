#!/usr/bin/env python3
"""Extract patient data from Epic EHR for every patient in a CSV file, through Cyberdesk.

The guide's "Script Example", running several patients at once: up to ``--concurrency``
runs are in flight together (created and not yet finished), so a long list neither goes
one patient at a time nor floods the machines. A patient whose run fails is reported and
the batch goes on; the exit status is 1 if any patient failed.

    export CYBERDESK_API_KEY=cd_... EPIC_WORKFLOW_ID=... EPIC_MACHINE_ID=...
    export CYBERDESK_BASE_URL=http://127.0.0.1:8765   # optional: a local cyberdesk-emulator
    python batch_csv.py --input patients.csv --output patient_data_export.csv --concurrency 4

``patients.csv`` has the columns ``patient_id,first_name,last_name``.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cyberdesk import CyberdeskClient, RunCreate, WaitTimeoutError

EXPORT_FIELDS = (
    "patient_id",
    "first_name",
    "last_name",
    "dob",
    "mrn",
    "phone",
    "email",
    "medication_count",
    "run_id",
    "extracted_at",
)


@dataclass(frozen=True)
class Patient:
    id: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class Failure:
    patient: Patient
    reason: str


class PatientFailed(Exception):
    """This patient's data could not be extracted; the message says why."""


def read_patients(path: Path) -> list[Patient]:
    with path.open(newline="", encoding="utf-8") as f:
        return [
            Patient(row["patient_id"], row["first_name"], row["last_name"])
            for row in csv.DictReader(f)
        ]


def write_export(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    # The header is written even for an empty batch, so the file is always a valid CSV.
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        writer.writerows(rows)


async def extract_patient(
    client: CyberdeskClient,
    patient: Patient,
    *,
    workflow_id: str,
    machine_id: str | None,
    timeout: float,
    poll_interval: float,
) -> dict[str, Any]:
    """Runs the Epic workflow for one patient and returns their export row."""
    created = await client.runs.create(
        RunCreate(
            workflow_id=workflow_id,
            machine_id=machine_id,
            input_values={
                "patient_id": patient.id,
                "patient_first_name": patient.first_name,
                "patient_last_name": patient.last_name,
            },
        )
    )
    if created.error is not None:
        raise PatientFailed(f"could not create run: {created.error}")
    if not created.ok:
        raise PatientFailed(f"run rejected: {getattr(created.data, 'detail', created.data)}")
    assert created.data is not None
    run_id = str(created.data.id)

    done = await client.runs.wait(run_id, timeout=timeout, poll_interval=poll_interval)
    if isinstance(done.error, WaitTimeoutError):
        # The run goes on in Cyberdesk; look it up later by its id.
        raise PatientFailed(f"run {run_id} still {done.error.last_status} after {timeout:g} s")
    if done.error is not None:
        raise PatientFailed(f"could not read run {run_id}: {done.error}")
    run = done.data
    assert run is not None
    if run.status != "success":
        errors = "; ".join(run.error or []) or "no error message"
        raise PatientFailed(f"run {run_id} ended {run.status}: {errors}")

    # output_data is a model of the workflow's JSON output; to_dict() is the plain JSON.
    data = run.output_data.to_dict() if run.output_data else {}
    demographics = data.get("demographics") or {}
    return {
        "patient_id": patient.id,
        "first_name": patient.first_name,
        "last_name": patient.last_name,
        "dob": demographics.get("dateOfBirth"),
        "mrn": demographics.get("mrn"),
        "phone": demographics.get("phone"),
        "email": demographics.get("email"),
        "medication_count": len(data.get("medications") or []),
        "run_id": run_id,
        "extracted_at": datetime.now(timezone.utc).isoformat(),
    }


async def extract_patients(
    client: CyberdeskClient,
    patients: Sequence[Patient],
    *,
    workflow_id: str,
    machine_id: str | None = None,
    concurrency: int = 4,
    timeout: float = 600.0,
    poll_interval: float = 1.0,
) -> tuple[list[dict[str, Any]], list[Failure]]:
    """Extracts every patient, at most ``concurrency`` runs at a time.

    Returns the export rows and the failures, each in the order of ``patients``.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    # Held from creating a run until it has finished: it bounds runs in flight, not just
    # requests, so that at most `concurrency` machines are busy with this batch.
    slots = asyncio.Semaphore(concurrency)
    finished = 0

    async def one(patient: Patient) -> dict[str, Any] | Failure:
        nonlocal finished
        async with slots:
            try:
                row: dict[str, Any] | Failure = await extract_patient(
                    client,
                    patient,
                    workflow_id=workflow_id,
                    machine_id=machine_id,
                    timeout=timeout,
                    poll_interval=poll_interval,
                )
            except Exception as exc:  # one patient, whatever went wrong, must not stop the batch
                reason = str(exc) if isinstance(exc, PatientFailed) else repr(exc)
                row = Failure(patient, reason)
        finished += 1
        outcome = f"failed: {row.reason}" if isinstance(row, Failure) else "ok"
        print(f"[{finished}/{len(patients)}] patient {patient.id}: {outcome}", flush=True)
        return row

    outcomes = await asyncio.gather(*(one(p) for p in patients))
    rows = [o for o in outcomes if not isinstance(o, Failure)]
    failures = [o for o in outcomes if isinstance(o, Failure)]
    return rows, failures


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=Path("patients.csv"))
    parser.add_argument("--output", type=Path, default=Path("patient_data_export.csv"))
    parser.add_argument(
        "--concurrency", type=_positive_int, default=4, help="runs in flight at once (4)"
    )
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per run (600)")
    parser.add_argument(
        "--poll-interval", type=float, default=1.0, help="first wait between polls (1 s)"
    )
    parser.add_argument("--workflow-id", default=os.environ.get("EPIC_WORKFLOW_ID"))
    parser.add_argument(
        "--machine-id",
        default=os.environ.get("EPIC_MACHINE_ID") or None,
        help="default: any available machine",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    api_key = os.environ.get("CYBERDESK_API_KEY")
    if not api_key:
        parser.error("set CYBERDESK_API_KEY")
    if not args.workflow_id:
        parser.error("set EPIC_WORKFLOW_ID or pass --workflow-id")
    patients = read_patients(args.input)
    print(f"Extracting {len(patients)} patients, {args.concurrency} at a time...")

    async def run() -> tuple[list[dict[str, Any]], list[Failure]]:
        # One client for the whole batch: its connection pool serves every run.
        async with CyberdeskClient(api_key) as client:
            return await extract_patients(
                client,
                patients,
                workflow_id=args.workflow_id,
                machine_id=args.machine_id,
                concurrency=args.concurrency,
                timeout=args.timeout,
                poll_interval=args.poll_interval,
            )

    rows, failures = asyncio.run(run())
    write_export(args.output, rows)
    print(f"Exported {len(rows)} patient records to {args.output}")
    for failure in failures:
        print(f"FAILED {failure.patient.id}: {failure.reason}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
