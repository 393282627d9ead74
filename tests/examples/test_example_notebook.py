"""examples/notebook.ipynb, executed headless in a real IPython kernel against an emulator.

The kernel runs every cell inside its own running event loop, so this proves that the
SDK's ``_sync`` methods (and top-level ``await`` of the async ones) work in Jupyter.
"""

from __future__ import annotations

import base64
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
for _module in ("ipykernel", "pandas", "matplotlib"):
    pytest.importorskip(_module)

from examples_helpers import API_KEY, EXAMPLES, Epic  # noqa: E402

from cyberdesk import RunCreate, WorkflowCreate  # noqa: E402

NOTEBOOK = EXAMPLES / "notebook.ipynb"
KERNEL = "cyberdesk-examples-test"


def install_kernelspec(jupyter_dir: Path, env: dict[str, str]) -> None:
    """A kernelspec for this interpreter (so the kernel imports this cyberdesk), carrying the
    environment the notebook reads."""
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python (cyberdesk tests)",
        "language": "python",
        "env": env,
    }
    folder = jupyter_dir / "kernels" / KERNEL
    folder.mkdir(parents=True)
    (folder / "kernel.json").write_text(json.dumps(spec))


def texts(cell: Any) -> str:
    """Everything a cell printed or displayed as text."""
    parts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            parts.append(output["text"])
        elif "data" in output and "text/plain" in output["data"]:
            parts.append(output["data"]["text/plain"])
    return "".join(parts)


def cell_with(nb: Any, needle: str) -> Any:
    (cell,) = [c for c in nb.cells if c.cell_type == "code" and needle in c.source]
    return cell


def test_the_committed_notebook_has_no_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


def test_the_notebook_runs_in_a_kernel_and_charts_durations_by_status(
    live_epic: Epic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = live_epic.emulator
    # Runs of the Epic workflow take 0.3 s; two earlier runs of another workflow failed
    # after 0.1 s, so the runs listed have two statuses with different mean durations.
    emulator.set_workflow_behavior(live_epic.workflow_id, duration=0.3)
    with live_epic.client() as client:
        flaky = client.workflows.create_sync(WorkflowCreate(name="flaky", main_prompt="p"))
        flaky_id = flaky.unwrap().id
        emulator.set_workflow_behavior(
            flaky_id, status="task_failed", error=["Epic was down"], duration=0.1
        )
        failed = [
            client.runs.create_sync(RunCreate(workflow_id=flaky_id)).unwrap().id for _ in range(2)
        ]
        for result in client.runs.wait_many_sync(failed, poll_interval=0.02):
            assert result.unwrap().status == "task_failed"

    jupyter_dir = tmp_path / "jupyter"
    install_kernelspec(
        jupyter_dir,
        {
            "CYBERDESK_API_KEY": API_KEY,
            "CYBERDESK_BASE_URL": live_epic.base_url,
            "EPIC_WORKFLOW_ID": live_epic.workflow_id,
            "MPLBACKEND": "Agg",
            "IPYTHONDIR": str(tmp_path / "ipython"),
        },
    )
    monkeypatch.setenv("JUPYTER_PATH", str(jupyter_dir))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.delenv("EPIC_MACHINE_ID", raising=False)  # the notebook's "any machine" path

    nb = nbformat.read(NOTEBOOK, as_version=4)
    # First, show that this kernel does run cells inside a running event loop: otherwise
    # the rest would prove nothing about sync methods in Jupyter.
    probe = nbformat.v4.new_code_cell(
        "import asyncio\nprint('loop running:', asyncio.get_running_loop().is_running())"
    )
    nb.cells.insert(0, probe)
    executor = nbclient.NotebookClient(
        nb, kernel_name=KERNEL, timeout=180, resources={"metadata": {"path": str(tmp_path)}}
    )
    executor.execute()  # raises CellExecutionError if any cell fails

    assert texts(nb.cells[0]) == "loop running: True\n"

    created = texts(cell_with(nb, "client.runs.create_sync"))
    assert created.count("created run ") == 4
    waited = texts(cell_with(nb, "wait_many_sync")).splitlines()
    assert len(waited) == 4 and all(line.split()[1] == "success" for line in waited)
    assert {str(run.workflow_id) for run in emulator.runs[2:]} == {live_epic.workflow_id}

    # The DataFrame summary printed both statuses with their counts.
    summary = texts(cell_with(nb, "df.groupby"))
    means = {
        status: float(mean)
        for status, count, mean in re.findall(r"^(\w+)\s+(\d+)\s+([\d.]+)$", summary, re.M)
        if (status, count) in {("success", "4"), ("task_failed", "2")}
    }
    assert set(means) == {"success", "task_failed"}, summary
    assert means["success"] > means["task_failed"] > 0

    assert "4 successful runs in all" in texts(cell_with(nb, "await client.runs.list"))

    plot = cell_with(nb, "Figure(")
    images = [o["data"]["image/png"] for o in plot.outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert base64.b64decode(images[0]).startswith(b"\x89PNG\r\n\x1a\n")
