"""The SDK end to end, against a Cyberdesk emulator this script starts itself.

    python examples/quickstart.py

Creates a machine, a pool and three workflows; runs one workflow and waits for it; runs a
three-step chain in one session, passing outputs on with refs; sends a file with a run and
downloads the file the run produced. Prints each step and exits non-zero if any fails.

With CYBERDESK_API_KEY and CYBERDESK_BASE_URL both set it talks to that API instead (the
file step then needs a workflow of yours that exports files, so it is skipped).
"""

from __future__ import annotations

import base64
import json
import os
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TypeVar

from cyberdesk import (
    ApiResponse,
    AttachmentType,
    CyberdeskClient,
    FileInput,
    MachineCreate,
    MachinePoolAssignment,
    PoolCreate,
    RunCreate,
    WorkflowCreate,
)
from cyberdesk.client import WorkflowChainCreate

T = TypeVar("T")


class StepFailed(Exception):
    pass


def ok(response: ApiResponse[T], what: str) -> T:
    """The data of a successful response; anything else ends the script with the reason."""
    if response.error is not None:
        raise StepFailed(f"{what}: {response.error}")
    detail = getattr(response.data, "detail", None)
    if detail:
        raise StepFailed(f"{what}: validation failed: {detail}")
    assert response.data is not None
    return response.data


def say(text: str) -> None:
    print(text, flush=True)


def schema(**properties: str) -> str:
    """A workflow output schema (the API takes it as a JSON string)."""
    return json.dumps(
        {"type": "object", "properties": {k: {"type": v} for k, v in properties.items()}}
    )


def main(client: CyberdeskClient, emulator: Any | None) -> None:
    say(f"Cyberdesk at {client.base_url}\n")

    say("1. Machines and pools")
    machine = ok(
        client.machines.create_sync(
            MachineCreate(fingerprint="quickstart-fp-1", unkey_key_id="key_quickstart", name="QS-1")
        ),
        "register a machine",
    )
    say(f"   registered machine {machine.name} ({machine.id})")
    machines = ok(client.machines.list_sync(), "list machines")
    say(f"   {machines.total} machines: " + ", ".join(str(m.name) for m in machines.items))
    pool = ok(client.pools.create_sync(PoolCreate(name="Quickstart", description="demo")), "pool")
    connected = [m.id for m in machines.items if str(m.status) == "connected"]
    ok(
        client.pools.add_machines_sync(pool.id, MachinePoolAssignment(machine_ids=connected)),
        "add machines to the pool",
    )
    say(f"   pool {pool.name} ({pool.id}) holds {len(connected)} connected machines\n")

    say("2. Workflows")
    lookup = ok(
        client.workflows.create_sync(
            WorkflowCreate(
                name="Look up patient",
                main_prompt="Open the chart of {patient_id} and read the demographics",
                output_schema=schema(patient_name="string", mrn="string", visits="integer"),
            )
        ),
        "create the lookup workflow",
    )
    summarize = ok(
        client.workflows.create_sync(
            WorkflowCreate(
                name="Summarize chart",
                main_prompt="Summarize the chart of {mrn}",
                output_schema=schema(summary="string"),
            )
        ),
        "create the summary workflow",
    )
    export = ok(
        client.workflows.create_sync(
            WorkflowCreate(
                name="Export report",
                main_prompt="Add {summary} to ~/CyberdeskTransfers/report.txt and export it",
                includes_file_exports=True,
            )
        ),
        "create the export workflow",
    )
    for workflow in (lookup, summarize, export):
        say(f"   {workflow.name} ({workflow.id})")
    if emulator is not None:
        emulator.set_workflow_behavior(
            lookup.id, outputs={"patient_name": "John Doe", "mrn": "MRN-12345", "visits": 3}
        )
        emulator.set_workflow_behavior(
            summarize.id, outputs=lambda inputs: {"summary": f"{inputs['mrn']}: 3 visits, stable"}
        )
        emulator.set_workflow_behavior(
            export.id, output_files={"report-final.txt": b"Initial report.\nSummary: stable.\n"}
        )
    say("")

    say("3. One run, waited for")
    run = ok(
        client.runs.create_sync(
            RunCreate(
                workflow_id=lookup.id, pool_ids=[pool.id], input_values={"patient_id": "12345"}
            )
        ),
        "create a run",
    )
    say(f"   created run {run.id} ({run.status})")
    done = ok(
        client.runs.wait_sync(
            run.id,
            timeout=60,
            poll_interval=0.05,
            on_status=lambda r: say(f"   ... {r.status}"),
        ),
        "wait for the run",
    )
    if done.status != "success":
        raise StepFailed(f"the run ended {done.status}: {done.error}")
    say(f"   output: {done.output_data}\n")

    say("4. A three-step chain in one session, outputs passed on with refs")
    chain = ok(
        client.runs.chain_sync(
            WorkflowChainCreate.from_dict(
                {
                    "pool_ids": [str(pool.id)],
                    "shared_inputs": {"patient_id": "12345"},
                    "keep_session_after_completion": False,
                    "steps": [
                        {"workflow_id": str(lookup.id), "session_alias": "lookup"},
                        {
                            "workflow_id": str(summarize.id),
                            "session_alias": "summary",
                            "inputs": {"mrn": {"$ref": "lookup.outputs.mrn"}},
                        },
                        {
                            "workflow_id": str(export.id),
                            "inputs": {"summary": {"$ref": "summary.outputs.summary"}},
                        },
                    ],
                }
            )
        ),
        "create the chain",
    )
    say(f"   session {chain.session_id}: runs " + ", ".join(str(r) for r in chain.run_ids))
    finished = client.runs.wait_many_sync(chain.run_ids, timeout=60, poll_interval=0.05)
    machines_used = set()
    for step, response in enumerate(finished, start=1):
        step_run = ok(response, f"wait for chain step {step}")
        if step_run.status != "success":
            raise StepFailed(f"chain step {step} ended {step_run.status}: {step_run.error}")
        machines_used.add(step_run.machine_id)
        say(f"   step {step}: inputs {step_run.input_values} -> outputs {step_run.output_data}")
    last = ok(finished[-1], "last chain step")
    say(
        f"   all steps ran on one machine: {len(machines_used) == 1}; "
        f"the last run released the session: {last.release_session_after}\n"
    )

    if emulator is None:
        say("5. Files: skipped (needs a workflow of yours that exports files)")
        return
    say("5. A file in, a file out")
    content = base64.b64encode(b"Initial report.\n").decode()
    file_run = ok(
        client.runs.create_sync(
            RunCreate(
                workflow_id=export.id,
                machine_id=machine.id if str(machine.status) == "connected" else connected[0],
                input_values={"summary": "stable"},
                file_inputs=[FileInput(filename="report.txt", content=content)],
            )
        ),
        "create the file run",
    )
    ok(client.runs.wait_sync(file_run.id, timeout=60, poll_interval=0.05), "wait for the file run")
    inputs = ok(
        client.run_attachments.list_sync(run_id=file_run.id, attachment_type=AttachmentType.INPUT),
        "list input attachments",
    )
    say(f"   sent: {', '.join(a.filename for a in inputs.items)}")
    outputs = ok(
        client.run_attachments.list_sync(run_id=file_run.id, attachment_type=AttachmentType.OUTPUT),
        "list output attachments",
    )
    if not outputs.items:
        raise StepFailed("the run produced no output file")
    with tempfile.TemporaryDirectory() as downloads:
        saved = ok(
            client.run_attachments.save_to_file_sync(
                outputs.items[0].id, output_path=f"{downloads}/"
            ),
            "download the output file",
        )
        text = Path(saved["path"]).read_text()
        say(f"   saved {Path(saved['path']).name} ({saved['size']} bytes):")
        for line in text.splitlines():
            say(f"   | {line}")


def run() -> int:
    with ExitStack() as stack:
        key, base_url = os.environ.get("CYBERDESK_API_KEY"), os.environ.get("CYBERDESK_BASE_URL")
        emulator = None
        if not (key and base_url):
            from cyberdesk.emulator import Emulator, EmulatorServer

            emulator = Emulator(seed=7, machines=2)
            server = stack.enter_context(EmulatorServer(emulator, host="127.0.0.1", port=0))
            key, base_url = emulator.api_key, server.base_url
        client = stack.enter_context(CyberdeskClient(key, base_url=base_url))
        try:
            main(client, emulator)
        except StepFailed as failure:
            print(f"\nFAILED: {failure}", file=sys.stderr)
            return 1
    print("\nAll steps succeeded.")
    return 0


if __name__ == "__main__":
    sys.exit(run())
