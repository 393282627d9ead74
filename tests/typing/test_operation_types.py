"""``operations.py`` type-checks clean with pyright as with mypy: both forms of every operation
have the declared signature, and each call it marks as refused is refused (pyright reports a
``# type: ignore`` that is not needed; mypy checks the same file under ``--strict``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from guide_types import pyright_command

CHECKED = Path(__file__).with_name("operations.py")


def test_pyright_sees_both_forms_of_every_operation(tmp_path: Path) -> None:
    try:
        command = pyright_command()
    except RuntimeError as exc:
        if os.environ.get("CI"):
            raise  # CI must check, not skip
        pytest.skip(f"pyright unavailable: {exc}")
    shutil.copy(CHECKED, tmp_path / "operations_check.py")
    config = {"typeCheckingMode": "basic", "reportUnnecessaryTypeIgnoreComment": "error"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    done = subprocess.run(
        [*command, "--outputjson", "--pythonpath", sys.executable,
         "--project", str(tmp_path / "pyrightconfig.json")],
        capture_output=True, text=True, cwd=tmp_path, timeout=600, check=False,
    )  # fmt: skip
    report = json.loads(done.stdout)
    errors = [
        f"{d['range']['start']['line'] + 1}: {d['message'].splitlines()[0]}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert errors == []
    assert report["summary"]["filesAnalyzed"] == 1
