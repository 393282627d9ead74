"""The README's main job: examples/quickstart.py against the emulator it starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quickstart_runs_every_step_and_succeeds() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CYBERDESK_")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for expected in (
        "registered machine QS-1",
        "... success",
        "step 2: inputs {'patient_id': '12345', 'mrn': 'MRN-12345'}",
        "all steps ran on one machine: True; the last run released the session: True",
        "| Summary: stable.",
        "All steps succeeded.",
    ):
        assert expected in out
