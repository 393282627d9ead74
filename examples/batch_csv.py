#!/usr/bin/env python3
"""Extract patient data from Epic EHR for every patient in a CSV file, through Cyberdesk.

The guide's "Script Example" over many patients with ``client.runs.batch``: at most
``--concurrency`` runs in flight, a patient whose run fails is reported while the others go
on, and a journal (``OUTPUT.journal``) lets the same command, run again after a crash,
finish the list without running any patient twice. Exit status 1 if any patient failed.

    export CYBERDESK_API_KEY=cd_... EPIC_WORKFLOW_ID=... EPIC_MACHINE_ID=...
    export CYBERDESK_BASE_URL=http://127.0.0.1:8765   # optional: a local cyberdesk-emulator
    python batch_csv.py --input patients.csv --output patient_data_export.csv --concurrency 4

``patients.csv`` has the columns ``patient_id,first_name,last_name``. The same job with no
code: ``cyberdesk runs batch patients.csv --workflow ID --key-column patient_id --out out.csv``.
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

from cyberdesk import CyberdeskClient
from cyberdesk.batch import BatchJournalError, BatchResult

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


def read_patients(path: Path) -> list[Patient]:
    with path.open(newline="", encoding="utf-8") as f:
        return [
            Patient(r["patient_id"], r["first_name"], r["last_name"]) for r in csv.DictReader(f)
        ]


def export_row(patient: Patient, result: BatchResult) -> dict[str, Any]:
    data = result.output_data or {}
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
        "run_id": result.run_id,
        "extracted_at": datetime.now(timezone.utc).isoformat(),
    }


def why(result: BatchResult) -> str:
    if result.run_id is None:
        return f"could not create run: {result.error}"
    return f"run {result.run_id} ended {result.status}: {result.error or 'no error message'}"


async def extract_patients(
    client: CyberdeskClient,
    patients: Sequence[Patient],
    *,
    workflow_id: str,
    machine_id: str | None = None,
    concurrency: int = 4,
    poll_interval: float = 1.0,
    journal: Path | None = None,
) -> tuple[list[dict[str, Any]], list[Failure]]:
    """Runs the Epic workflow once per patient; export rows and failures in list order."""
    by_id = {p.id: p for p in patients}
    outcomes: dict[str, dict[str, Any] | Failure] = {}
    rows = (
        {"patient_id": p.id, "patient_first_name": p.first_name, "patient_last_name": p.last_name}
        for p in patients
    )
    async for result in client.runs.batch(
        rows,
        workflow_id=workflow_id,
        machine_id=machine_id,
        key_column="patient_id",
        concurrency=concurrency,
        poll_interval=poll_interval,
        journal=journal,
        total=len(patients),
    ):
        patient = by_id[result.row]
        outcomes[patient.id] = (
            export_row(patient, result) if result.ok else Failure(patient, why(result))
        )
        outcome = "ok" if result.ok else f"failed: {why(result)}"
        print(f"[{len(outcomes)}/{len(patients)}] patient {patient.id}: {outcome}", flush=True)
    ordered = [outcomes[p.id] for p in patients]
    return [o for o in ordered if isinstance(o, dict)], [
        o for o in ordered if isinstance(o, Failure)
    ]


def _positive_int(text: str) -> int:
    if int(text) < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=Path("patients.csv"))
    parser.add_argument("--output", type=Path, default=Path("patient_data_export.csv"))
    parser.add_argument("--journal", type=Path, help="default: OUTPUT.journal")
    parser.add_argument("--concurrency", type=_positive_int, default=4, help="runs in flight (4)")
    parser.add_argument("--poll-interval", type=float, default=1.0, help="first poll wait (1 s)")
    parser.add_argument("--workflow-id", default=os.environ.get("EPIC_WORKFLOW_ID"))
    parser.add_argument("--machine-id", default=os.environ.get("EPIC_MACHINE_ID") or None)
    args = parser.parse_args(argv)
    api_key = os.environ.get("CYBERDESK_API_KEY")
    if not api_key:
        parser.error("set CYBERDESK_API_KEY")
    if not args.workflow_id:
        parser.error("set EPIC_WORKFLOW_ID or pass --workflow-id")
    patients = read_patients(args.input)
    print(f"Extracting {len(patients)} patients, {args.concurrency} at a time...")

    async def run() -> tuple[list[dict[str, Any]], list[Failure]]:
        async with CyberdeskClient(api_key) as client:  # one client (one pool) for the batch
            return await extract_patients(
                client,
                patients,
                workflow_id=args.workflow_id,
                machine_id=args.machine_id,
                concurrency=args.concurrency,
                poll_interval=args.poll_interval,
                journal=args.journal or args.output.with_name(args.output.name + ".journal"),
            )

    try:
        rows, failures = asyncio.run(run())
    except BatchJournalError as exc:  # e.g. the journal of another patient list
        parser.exit(2, f"{exc}\n")
    with args.output.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=EXPORT_FIELDS)
        writer.writeheader()  # even for no rows: always a valid CSV
        writer.writerows(rows)
    print(f"Exported {len(rows)} patient records to {args.output}")
    for failure in failures:
        print(f"FAILED {failure.patient.id}: {failure.reason}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
