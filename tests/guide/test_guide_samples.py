"""Every Python code sample of the Python SDK guide, run against the local emulator.

The guide is the specification of what a user may write: each ```python block is one test
(id: heading[/accordion-or-step][/tab][-n]) that runs the block's text with its placeholder
ids and keys replaced by real ones (:func:`samples.substitute`) and nothing else changed,
then checks what the sample did, in the emulator and in what it printed. Samples that write
a documented call the API cannot take (a value it requires is left out) must fail before
sending with a TypeError naming that value; their test asserts exactly that, then runs the
block again with the value supplied.

Names a block uses without defining them are provided in its namespace, as the guide's
surrounding text implies:

=====================================  ===================================================
name                                   provided to
=====================================  ===================================================
``client``                             every block that uses it unbound: a
                                       ``CyberdeskClient(API_KEY)`` at the emulator
``CyberdeskClient``                    custom-base-url, using-context-managers-1
``RunCreate``                          ad-hoc sessions, automatic session release; a
                                       ``RunCreate`` instance as ``data``
                                       (method-naming-convention) and ``run_data``
                                       (error-handling, exception-handling-pattern)
``run``                                polling-for-run-completion/* (a run just created)
``base64_pdf``                         retrying-a-run-same-run-id/* (a base64 PDF)
``order_id``                           configuring-idempotency
``os``                                 model-configurations/* (they read os.environ)
``WorkflowCreate``/``WorkflowUpdate``  workflows/sync
``ConnectionCreate``                   connections/sync
``TrajectoryCreate``/``Update``        trajectories/sync
``existing_session_id``                automatic-session-release-with-release-session-after
``event``                              detecting-session-completion-via-webhooks: the
                                       ``run_complete`` webhook body the emulator delivered
``wait_for_run_completion``            example-upload-process-and-download, FastAPI, script,
                                       concurrent-operations: the function of the guide's
                                       "Polling for Run Completion" async block
``wait_for_run_completion_sync``       polling-chain-runs, Django: the function of that
                                       section's sync block
``chain_request``                      polling-chain-runs: what ``chain_sync(...)`` elides
``patient_ids``, ``create_patient_run`` concurrent-operations (create_patient_run is not in
                                       the guide: it creates one patient run, returns
                                       ``response.data``)
``__name__ = "__main__"``              script-example (run as a script, it calls main())
=====================================  ===================================================

Besides ids and keys, two elisions are replaced: ``"steps": [ ... ]`` (keep-the-session-
alive) by real steps, and ``chain_sync(...)`` (polling-chain-runs) by ``chain_sync(
chain_request)``; as written, both fail before sending anything, which their tests assert
first. The prompt-image path ``'org_xxx/prompt-assets/my-image.png'`` is an id too (the
path of an image uploaded beforehand), and in workflow-tags/async the ``'tag-id'`` of
``remove_from_workflow`` (the block deleted that tag three calls earlier) is a tag that is on
the workflow. Files the samples open (``path/to/your/file.txt``, ``./screenshot.png``,
``./image.png``, ``patients.csv``) are created in the test's working directory.

Sleeping is fake: ``import time``/``import asyncio`` in a sample give modules whose
``sleep`` advances the emulator's manual clock, so a 5 s poll takes no time.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import io
import json
import logging
import os
import re
import types
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from cyberdesk import (
    ConnectionCreate,
    CyberdeskClient,
    NotFoundError,
    RunCreate,
    TrajectoryCreate,
    TrajectoryUpdate,
    WorkflowCreate,
    WorkflowUpdate,
)
from cyberdesk.client.models import WorkflowChainCreate
from cyberdesk.emulator import Emulator

from .conftest import API_KEY, PATIENT_OUTPUT_SCHEMA, Exchange, Served, Traffic, Webhooks, World
from .samples import (
    GUIDE_PATH,
    Block,
    Outcome,
    SleepClock,
    definitions,
    extract_blocks,
    run_sample,
    sample_builtins,
    substitute,
)

GUIDE = Path(os.environ.get("CYBERDESK_GUIDE_PATH", GUIDE_PATH))
BLOCKS = {block.id: block for block in extract_blocks(GUIDE.read_text(encoding="utf-8"))}
EXPECTED_BLOCKS = 78
"""How many ```python blocks the guide has: a changed guide must be looked at."""

POLLING_ASYNC = "polling-for-run-completion/async"
POLLING_SYNC = "polling-for-run-completion/sync"
PDF_BYTES = b"%PDF-1.4\n% a guide test document\n"
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


# -- the harness ------------------------------------------------------------------------


@dataclass
class Sample:
    """One guide block, the emulator it runs against, and what it did."""

    block: Block
    emu: Emulator
    server: Served
    world: World
    traffic: Traffic
    webhooks: Webhooks
    clock: SleepClock = field(init=False)
    namespace: dict[str, Any] = field(default_factory=dict)
    mark: int = 0
    code: str = ""
    allowed_failures: set[str] = field(default_factory=set)
    clients: list[CyberdeskClient] = field(default_factory=list)
    cleanups: list[Callable[[], Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.clock = SleepClock(self.emu.advance)

    def fresh_namespace(self, **provided: Any) -> dict[str, Any]:
        return {
            "__name__": "guide_sample",
            "__builtins__": sample_builtins(self.clock.modules()),
            **provided,
        }

    def client(self) -> CyberdeskClient:
        """The ``client`` a block uses without creating it."""
        client = CyberdeskClient(API_KEY)
        self.clients.append(client)
        return client

    def source(self, subs: dict[str, Any] | None = None) -> str:
        return substitute(self.block.code, subs or {})

    def run(self, subs: dict[str, Any] | None = None, **provided: Any) -> Outcome:
        """Runs the block with ``subs`` replaced, ``provided`` names defined."""
        return self.run_code(self.source(subs), **provided)

    @property
    def filename(self) -> str:
        return f"<guide {self.block.id}>"

    def run_code(self, code: str, **provided: Any) -> Outcome:
        self.code = code
        self.namespace = self.fresh_namespace(**provided)
        self.mark = self.traffic.mark()
        return run_sample(code, self.namespace, filename=self.filename)

    def then(self, code: str) -> Outcome:
        """Runs more code in the block's namespace (to call what the block defined)."""
        code = f"import asyncio\n{code}"
        return run_sample(code, self.namespace, filename=f"<after {self.block.id}>")

    def sent(self) -> list[Any]:
        return self.traffic.since(self.mark)

    def assert_all_answered_ok(self) -> None:
        failed = [str(e) for e in self.sent() if e.status >= 400]
        assert not failed, f"requests that failed: {failed}"

    def allow_failures(self, *exchanges: str) -> None:
        """Error answers (``"POST /v1/runs -> 404"``) this test provokes on purpose."""
        self.allowed_failures.update(exchanges)

    def assert_no_unexpected_failures(self) -> None:
        failed = {str(e) for e in self.traffic.since(0) if e.status >= 400}
        assert failed <= self.allowed_failures, f"requests that failed: {sorted(failed)}"

    def guide_function(self, name: str) -> Callable[..., Any]:
        """A function the guide defines in its polling section (with the fake sleep)."""
        block = BLOCKS[POLLING_SYNC if name.endswith("_sync") else POLLING_ASYNC]
        namespace = self.fresh_namespace()
        exec(compile(definitions(block.code, name), f"<guide {block.id}>", "exec"), namespace)
        function: Callable[..., Any] = namespace[name]
        return function

    def output(self, run_id: str) -> dict[str, Any]:
        data = self.emu.run(run_id).output_data
        assert data is not None
        return data


@pytest.fixture
def sample(
    request: pytest.FixtureRequest,
    emu: Emulator,
    server: Served,
    world: World,
    traffic: Traffic,
    webhooks: Webhooks,
) -> Iterator[Sample]:
    made = Sample(BLOCKS[request.param], emu, server, world, traffic, webhooks)
    yield made
    for client in made.clients:
        client.close()
    for cleanup in reversed(made.cleanups):
        cleanup()


CASES: dict[str, Callable[[Sample], None]] = {}


def case(*block_ids: str) -> Callable[..., Any]:
    def register(check: Callable[[Sample], None]) -> Callable[[Sample], None]:
        for block_id in block_ids:
            assert block_id not in CASES, f"two cases for {block_id}"
            CASES[block_id] = check
        return check

    return register


def runs_of(emu: Emulator, workflow_id: str) -> list[Any]:
    return [r for r in emu.runs if str(r.workflow_id) == workflow_id]


def only(items: list[Any]) -> Any:
    assert len(items) == 1, items
    return items[0]


def exchanges(sample: Sample, method: str, path: str) -> list[Any]:
    return [e for e in sample.sent() if e.method == method and e.path == path]


def query(exchange: Exchange) -> dict[str, list[str]]:
    return parse_qs(exchange.query)


# -- Quick Start and the client -------------------------------------------------------------


@case(
    "quick-start/initialize-the-client-and-create-a-run/async",
    "quick-start/initialize-the-client-and-create-a-run/sync",
)
def _quick_start(s: Sample) -> None:
    machine = s.world.machine_ids[0]
    workflow = s.world.patient_workflow
    out = s.run({"YOUR_API_KEY": API_KEY, "your-workflow-id": workflow, "your-machine-id": machine})
    run = only(runs_of(s.emu, workflow))
    assert run.status == "success"
    assert str(run.machine_id) == machine
    assert run.input_values == {
        "patient_id": "12345",
        "patient_first_name": "John",
        "patient_last_name": "Doe",
    }
    assert set(run.output_data) == set(PATIENT_OUTPUT_SCHEMA["properties"])
    # It polled (5 s sleeps) through scheduling/running, then printed the outputs.
    assert s.clock.slept == [5.0, 5.0]
    assert out.stdout.startswith("Patient data: ")
    assert repr(run.output_data) in out.stdout
    s.assert_all_answered_ok()


@case("creating-a-client")
def _creating_a_client(s: Sample) -> None:
    out = s.run({"YOUR_API_KEY": API_KEY})
    client = out.namespace["client"]
    assert client.base_url == s.server.base_url  # CYBERDESK_BASE_URL
    assert client.runs.list_sync().unwrap().total == 0


@case("custom-base-url")
def _custom_base_url(s: Sample) -> None:
    out = s.run({"YOUR_API_KEY": API_KEY}, CyberdeskClient=CyberdeskClient)
    assert out.namespace["client"].base_url == "https://api.your-domain.com"
    assert s.sent() == []


@case("using-context-managers-1")
def _context_manager(s: Sample) -> None:
    run_ids = [s.world.finished_run(), s.world.finished_run()]
    out = s.run({"YOUR_API_KEY": API_KEY}, CyberdeskClient=CyberdeskClient)
    listed = out.namespace["response"].data
    assert sorted(str(r.id) for r in listed.items) == sorted(run_ids)
    assert listed.total == 2
    assert [str(e) for e in s.sent()] == ["GET /v1/runs -> 200"]
    assert out.namespace["client"]._http.pools.pool_count() == 0  # closed by the with block


@case("using-context-managers-2")
def _environment_key(s: Sample) -> None:
    out = s.run()
    client = out.namespace["client"]
    assert client.base_url == s.server.base_url
    assert client.runs.list_sync().unwrap().total == 0  # the key from CYBERDESK_API_KEY works


@case("configuring-retries")
def _configuring_retries(s: Sample) -> None:
    out = s.run({"YOUR_API_KEY": API_KEY})
    client = out.namespace["client"]
    assert client._http.retry.max_retries == 3
    assert client._http.timeout == httpx.Timeout(60.0, connect=10.0)
    assert s.sent() == []
    # The client retries: a 503 is answered by a second attempt.
    s.emu.faults.script("GET /v1/workflows", status=503, headers={"Retry-After": "0"})
    assert client.workflows.list_sync().unwrap().total == 0
    assert [str(e) for e in s.sent()] == ["GET /v1/workflows -> 503", "GET /v1/workflows -> 200"]
    s.allow_failures("GET /v1/workflows -> 503")


@case("configuring-idempotency")
def _configuring_idempotency(s: Sample) -> None:
    out = s.run({"YOUR_API_KEY": API_KEY}, order_id="A-1001")
    client = out.namespace["client"]
    created = client.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
    post = only(exchanges(s, "POST", "/v1/workflows"))
    assert post.status == 201
    assert post.headers["idempotency-key"].startswith("order-A-1001-")
    assert created.name == "w"


@case("method-naming-convention")
def _method_naming(s: Sample) -> None:
    workflow = s.world.patient_workflow
    data = RunCreate.from_dict({"workflow_id": workflow, "machine_id": s.world.machine_ids[0]})
    out = s.run(client=s.client(), data=data)
    posts = exchanges(s, "POST", "/v1/runs")
    assert [p.status for p in posts] == [201, 201]
    assert posts[0].headers["idempotency-key"] != posts[1].headers["idempotency-key"]
    assert len(runs_of(s.emu, workflow)) == 2
    assert str(out.namespace["response"].data.workflow_id) == workflow


# -- Working with Runs ----------------------------------------------------------------------


@case("creating-a-run/async", "creating-a-run/sync")
def _creating_a_run(s: Sample) -> None:
    workflow, machine = s.world.patient_workflow, s.world.machine_ids[1]
    out = s.run({"workflow-uuid": workflow, "machine-uuid": machine}, client=s.client())
    if "create_patient_data_run" in out.namespace:
        out = s.then("created = asyncio.run(create_patient_data_run())")
        assert str(out.namespace["created"].id) == str(s.emu.runs[0].id)
    run = only(runs_of(s.emu, workflow))
    assert out.stdout == f"Run created: {run.id}\n"
    assert run.input_values["insurance"] == {"provider": "Blue Cross", "policy_number": "BC123"}
    assert str(run.target_machine_id) == machine
    s.world.finish(str(run.id))
    assert str(run.machine_id) == machine and run.status == "success"


@case(
    "creating-a-run-with-sensitive-input-values/async",
    "creating-a-run-with-sensitive-input-values/sync",
)
def _sensitive_inputs(s: Sample) -> None:
    workflow, machine = s.world.patient_workflow, s.world.machine_ids[0]
    out = s.run({"workflow-uuid": workflow, "machine-uuid": machine}, client=s.client())
    run = only(runs_of(s.emu, workflow))
    assert str(out.namespace["response"].data.id) == str(run.id)
    assert run.input_values == {"patient_id": "12345"}
    assert run.sensitive_values == {"password": "s3cr3tP@ss"}
    post = only(exchanges(s, "POST", "/v1/runs"))
    assert post.sent["sensitive_input_values"] == {"password": "s3cr3tP@ss"}
    assert "s3cr3tP@ss" not in json.dumps(post.answer)  # write-only: answers show aliases
    s.world.finish(str(run.id))
    assert run.sensitive_values == {}  # deleted when the run ended


@case("creating-a-run-with-machine-pools/async", "creating-a-run-with-machine-pools/sync")
def _run_with_pools(s: Sample) -> None:
    m0, m1, m2 = s.world.machine_ids
    customer_a = s.world.pool("Customer A", [m0, m1])
    has_excel = s.world.pool("Has Excel", [m1, m2])
    workflow = s.world.patient_workflow
    subs = {"workflow-uuid": workflow, "pool-uuid-1": customer_a, "pool-uuid-2": has_excel}
    out = s.run(subs, client=s.client())
    if "create_run_with_pools" in out.namespace:
        out = s.then("created = asyncio.run(create_run_with_pools())")
    run = only(runs_of(s.emu, workflow))
    assert out.stdout == (
        f"Run created: {run.id}\nWill execute on machine in pools: {[customer_a, has_excel]}\n"
    )
    assert [str(p) for p in run.pool_ids] == [customer_a, has_excel]
    s.world.finish(str(run.id))
    assert str(run.machine_id) == m1  # the only machine in both pools


@case("creating-a-run-with-file-inputs/async", "creating-a-run-with-file-inputs/sync")
def _run_with_file_inputs(s: Sample) -> None:
    content = b"Patient intake form\nname: John Doe\n"
    Path("path/to/your").mkdir(parents=True)
    Path("path/to/your/file.txt").write_bytes(content)
    workflow = s.world.patient_workflow
    out = s.run({"workflow-uuid": workflow}, client=s.client())
    if "create_run_with_file" in out.namespace:
        out = s.then("created = asyncio.run(create_run_with_file())")
    run = only(runs_of(s.emu, workflow))
    assert out.stdout == f"Run created with file attachment: {run.id}\n"
    attachment = s.emu.store.attachments[only(run.input_attachment_ids)]
    assert attachment.filename == "file.txt"
    assert attachment.data == content
    assert attachment.target_path == "C:/Users/Default/Desktop/file.txt"
    assert attachment.cleanup_imports_after_run is True
    assert attachment.attachment_type == "input"


@case("listing-runs/async", "listing-runs/sync")
def _listing_runs(s: Sample) -> None:
    workflow = s.world.patient_workflow
    finished = [s.world.finished_run(), s.world.finished_run()]
    other = s.world.finished_run(s.world.workflow("Other"))
    running = s.world.run(machine_id=s.world.machine_ids[0])
    s.emu.advance(1.0)
    assert s.emu.run(running).status == "running"
    out = s.run({"workflow-uuid": workflow}, client=s.client())
    ns = out.namespace
    assert sorted(str(r.id) for r in ns["runs"]) == sorted([*finished, other, running])
    s.assert_all_answered_ok()
    queries = [query(e) for e in exchanges(s, "GET", "/v1/runs")]
    assert (queries[1]["skip"], queries[1]["limit"]) == (["0"], ["20"])
    assert queries[2]["status"] == ["success"]
    assert queries[3]["workflow_id"] == [workflow]
    items = [str(r.id) for r in ns["response"].data.items]
    if s.block.tab == "Async":
        last = queries[4]
        assert (last["workflow_id"], last["status"], last["limit"]) == (
            [workflow],
            ["running"],
            ["10"],
        )
        assert items == [running]
    else:
        assert sorted(items) == sorted([*finished, running])


def _run_with_attachments(s: Sample) -> tuple[str, str, str]:
    """A finished run with an input file and an output file: (run, input, output) ids."""
    workflow = s.world.workflow("Report", output_files={"report.pdf": PDF_BYTES})
    file_input = {"filename": "input.txt", "content": base64.b64encode(b"in").decode()}
    run_id = s.world.finished_run(workflow, file_inputs=[file_input])
    record = s.emu.run(run_id)
    return run_id, str(only(record.input_attachment_ids)), str(only(record.output_attachment_ids))


@case("faster-lists-with-fields-projection/async", "faster-lists-with-fields-projection/sync")
def _fields_projection(s: Sample) -> None:
    run_id, input_id, output_id = _run_with_attachments(s)
    out = s.run(client=s.client())
    s.assert_all_answered_ok()
    queries = [query(e).get("fields") for e in exchanges(s, "GET", "/v1/runs")]
    assert queries[:2] == [None, ["input_values"]]
    assert queries[-1] == ["input_attachment_ids", "output_attachment_ids"]
    if s.block.tab == "Async":
        assert queries[2] == ["input_values", "session_id"]
    item = only(out.namespace["res"].data.items)
    assert [str(a) for a in item.input_attachment_ids] == [input_id]
    assert [str(a) for a in item.output_attachment_ids] == [output_id]
    last_answer = only(exchanges(s, "GET", "/v1/runs")[-1].answer["items"])
    assert "run_message_history" not in last_answer
    if s.block.tab == "Async":
        assert out.stdout == f"{run_id} success\n"


@case("getting-a-specific-run/async", "getting-a-specific-run/sync")
def _getting_a_run(s: Sample) -> None:
    run_id = s.world.finished_run()
    out = s.run({"run-uuid": run_id}, client=s.client())
    assert out.stdout.startswith("Run status: success\nOutput data: ")
    assert repr(s.output(run_id)) in out.stdout


@case("updating-a-run/async", "updating-a-run/sync")
def _updating_a_run(s: Sample) -> None:
    run_id = s.world.run(machine_id=s.world.machine_ids[0])
    s.emu.advance(1.0)
    assert s.emu.run(run_id).status == "running"
    out = s.run({"run-uuid": run_id}, client=s.client())
    assert out.namespace["response"].data.status == "cancelled"
    assert s.emu.run(run_id).status == "cancelled"


@case("retrying-a-run-same-run-id/async", "retrying-a-run-same-run-id/sync")
def _retrying_a_run(s: Sample) -> None:
    workflow = s.world.workflow("Query", output_files={"result.txt": b"old result"})
    old_file = {"filename": "old.txt", "content": base64.b64encode(b"old").decode()}
    run_id = s.world.finished_run(workflow, input_values={"query": "old"}, file_inputs=[old_file])
    old_output = only(s.emu.run(run_id).output_attachment_ids)
    pdf = base64.b64encode(PDF_BYTES).decode()
    out = s.run({"run-uuid": run_id}, client=s.client(), base64_pdf=pdf)
    assert "Failed to retry run" not in out.stdout
    run = s.emu.run(run_id)
    assert run.status in ("scheduling", "running")
    assert run.output_data is None and run.output_attachment_ids == []
    assert old_output not in s.emu.store.attachments
    assert run.input_values == {"query": "new query"}
    attachment = s.emu.store.attachments[only(run.input_attachment_ids)]
    assert (attachment.filename, attachment.data) == ("input.pdf", PDF_BYTES)
    # Secrets are sent again on retry (async), or cleared (sync).
    password = {"password": os.environ["APP_PASSWORD"]} if s.block.tab == "Async" else {}
    assert run.sensitive_values == password
    s.world.finish(run_id)
    assert run.status == "success"


@case("deleting-a-run/async", "deleting-a-run/sync")
def _deleting_a_run(s: Sample) -> None:
    run_id = s.world.finished_run()
    out = s.run({"run-uuid": run_id}, client=s.client())
    assert out.stdout == "Run deleted successfully\n"
    assert [str(e) for e in s.sent()] == [f"DELETE /v1/runs/{run_id} -> 204"]
    assert all(str(r.id) != run_id for r in s.emu.runs)


@case(POLLING_ASYNC, POLLING_SYNC)
def _polling(s: Sample) -> None:
    client = s.client()
    run = client.runs.create_sync({"workflow_id": s.world.patient_workflow}).unwrap()
    out = s.run(client=client, run=run)
    assert out.stdout.startswith("Output: ")
    assert repr(s.output(str(run.id))) in out.stdout
    assert s.clock.slept == [5.0, 5.0]
    # The same block when the run fails: it reports the run's errors.
    failing = s.world.workflow("Failing", status="task_failed", error=["Patient not found"])
    failed = client.runs.create_sync({"workflow_id": failing}).unwrap()
    out = s.run(client=client, run=failed)
    assert out.stdout == "Run failed: Run task_failed: Patient not found\n"


# -- File attachments ---------------------------------------------------------------------


@case("listing-run-attachments/async", "listing-run-attachments/sync")
def _listing_attachments(s: Sample) -> None:
    run_id, input_id, output_id = _run_with_attachments(s)
    out = s.run({"run-uuid": run_id}, client=s.client())
    ns = out.namespace
    assert sorted(str(a.id) for a in ns["attachments"]) == sorted([input_id, output_id])
    if s.block.tab == "Async":
        assert [(str(a.id), a.filename) for a in ns["output_files"]] == [(output_id, "report.pdf")]
    else:
        assert [(str(a.id), a.filename) for a in ns["input_files"]] == [(input_id, "input.txt")]


@case("method-1-get-a-download-url/async", "method-1-get-a-download-url/sync")
def _download_url(s: Sample) -> None:
    _, _, output_id = _run_with_attachments(s)
    out = s.run({"attachment-uuid": output_id}, client=s.client())
    seconds = 600 if s.block.tab == "Async" else 300
    url = out.namespace["response"].data.url
    assert out.stdout == f"Download URL: {url}\nExpires in: {seconds} seconds\n"
    assert httpx.get(url).content == PDF_BYTES


@case("method-2-download-raw-file-content/async", "method-2-download-raw-file-content/sync")
def _download_raw(s: Sample) -> None:
    _, _, output_id = _run_with_attachments(s)
    out = s.run({"attachment-uuid": output_id}, client=s.client())
    assert out.stdout == "Downloaded report.pdf\n"
    assert Path("report.pdf").read_bytes() == PDF_BYTES


@case(
    "method-3-save-to-file-convenience-method/async",
    "method-3-save-to-file-convenience-method/sync",
)
def _save_to_file(s: Sample) -> None:
    _, _, output_id = _run_with_attachments(s)
    out = s.run({"attachment-uuid": output_id}, client=s.client())
    saved = Path("downloads/report.pdf")
    assert out.stdout == f"Saved to: {saved}\nFile size: {len(PDF_BYTES)} bytes\n"
    assert saved.read_bytes() == PDF_BYTES
    if s.block.tab == "Async":
        assert Path("downloads/custom-name.pdf").read_bytes() == PDF_BYTES
    assert sorted(p.name for p in Path("downloads").iterdir()) == sorted(
        ["report.pdf", *(["custom-name.pdf"] if s.block.tab == "Async" else [])]
    )


@case("example-upload-process-and-download")
def _upload_process_download(s: Sample) -> None:
    processed = "This is the initial report content.\n\nSummary: one line of content."
    workflow = s.world.workflow("File processing", output_files={"report.txt": processed.encode()})
    subs = {"YOUR_API_KEY": API_KEY, "your-file-processing-workflow-id": workflow}
    wait = s.guide_function("wait_for_run_completion")
    out = s.run(subs, wait_for_run_completion=wait)
    run = only(runs_of(s.emu, workflow))
    attachment = s.emu.store.attachments[only(run.input_attachment_ids)]
    assert (attachment.filename, attachment.data) == (
        "report.txt",
        b"This is the initial report content.",
    )
    lines = out.stdout.splitlines()
    assert lines[:2] == [f"Run started: {run.id}", "Run finished with status: success"]
    assert lines[2].startswith(f"Download URL: {s.server.base_url}/")
    assert lines[3].startswith("Valid for: ") and lines[3].endswith(" seconds")
    assert out.stdout.endswith(
        f"\n--- Processed Report ---\n{processed}\n------------------------\n"
    )
    s.assert_all_answered_ok()


# -- Sessions and chains ------------------------------------------------------------------


@case("passing-data-between-steps-with-refs")
def _ref(s: Sample) -> None:
    out = s.run()
    assert out.value == {"$ref": "step1.outputs.result"}


@case("start-a-new-session-and-run-a-chain-best-when-you-know-the-whole-sequence")
def _chain(s: Sample) -> None:
    m0, m1, _ = s.world.machine_ids
    chrome = s.world.pool("Has Chrome", [m0, m1])
    customer_a = s.world.pool("Customer A", [m1])
    step1 = s.world.workflow("Search", outputs={"result": "red pandas eat bamboo"})
    step2 = s.world.workflow("Summarize", outputs=lambda i: {"summary": i["search_query"]})
    subs = {
        "step-1-workflow-id": step1,
        "step-2-workflow-id": step2,
        "pool-with-chrome": chrome,
        "customer-a": customer_a,
    }
    out = s.run(subs)
    chain = out.namespace["resp"].data
    first, second = (s.emu.run(r) for r in chain.run_ids)
    assert out.stdout == f"session: {chain.session_id}\nrun_ids: {chain.run_ids}\n"
    assert [str(first.workflow_id), str(second.workflow_id)] == [step1, step2]
    assert first.session_id == second.session_id == chain.session_id
    assert first.input_values == {"search_query": "red panda facts", "topic": "red panda"}
    assert first.sensitive_values == {
        "api_key": "shared-secret-key",
        "username": "user1",
        "password": "secret123",
    }
    assert second.sensitive_values == {
        "api_key": "shared-secret-key",
        "security_token": "step2-token",
    }
    answer = json.dumps([e.answer for e in s.sent()])
    assert "secret123" not in answer and "shared-secret-key" not in answer
    s.world.finish(*map(str, chain.run_ids))
    assert (first.status, second.status) == ("success", "success")
    assert (second.input_values or {})["search_query"] == "red pandas eat bamboo"  # the $ref
    assert second.output_data == {"summary": "red pandas eat bamboo"}
    assert first.machine_id == second.machine_id == s.emu.machines[1].id  # both pools
    assert second.release_session_after is True  # keep_session_after_completion=False
    assert s.emu.store.sessions[chain.session_id].released


@case("join-an-existing-session")
def _join_session(s: Sample) -> None:
    session_id = s.world.session()
    session_machine = s.emu.store.sessions[uuid.UUID(session_id)].machine_id
    wf_a, wf_b = s.world.workflow("Warmup"), s.world.workflow("Extract")
    s.run({"existing-session-uuid": session_id, "wf-a": wf_a, "wf-b": wf_b}, client=s.client())
    warmup, extract = only(runs_of(s.emu, wf_a)), only(runs_of(s.emu, wf_b))
    assert str(warmup.session_id) == str(extract.session_id) == session_id
    assert (warmup.session_alias, extract.session_alias) == ("warmup", "extract")
    assert extract.input_values == {"query": "current patient"}
    s.world.finish(str(warmup.id), str(extract.id))
    assert warmup.status == extract.status == "success"
    assert warmup.machine_id == extract.machine_id == session_machine
    assert warmup.started_at < extract.started_at


@case("keep-the-session-alive-after-the-chain")
def _keep_session(s: Sample) -> None:
    customer_a = s.world.pool("Customer A", [s.world.machine_ids[2]])
    login, export = s.world.workflow("Login"), s.world.workflow("Export")
    # As written, the elided steps ([Ellipsis]) fail before anything is sent.
    with pytest.raises(TypeError):
        s.run({"customer-a": customer_a}, client=s.client())
    assert s.sent() == []
    steps = [{"workflow_id": login, "session_alias": "login"}]
    s.run({"customer-a": customer_a, "<<[ ... ]>>": repr(steps)}, client=s.client())
    run = only(runs_of(s.emu, login))
    s.world.finish(str(run.id))
    assert run.status == "success" and not run.release_session_after
    session = s.emu.store.sessions[run.session_id]
    assert not session.released
    assert s.emu.store.machines[run.machine_id].reserved_session_id == session.id
    # "Later you can start another chain with session_id": it lands on the same machine.
    later = s.world.client.runs.chain_sync(
        {"session_id": str(session.id), "steps": [{"workflow_id": export}]}
    ).unwrap()
    s.world.finish(*map(str, later.run_ids))
    assert s.emu.run(only(later.run_ids)).machine_id == run.machine_id


@case("ad-hoc-sessions-without-a-chain-start-with-a-single-run-then-add-more")
def _ad_hoc_session(s: Sample) -> None:
    customer_a = s.world.pool("Customer A", [s.world.machine_ids[1]])
    login, search, cleanup = (s.world.workflow(n) for n in ("Login", "Search", "Cleanup"))
    subs = {
        "login-workflow-id": login,
        "customer-a": customer_a,
        "search-workflow-id": search,
        "cleanup-workflow-id": cleanup,
    }
    out = s.run(subs, client=s.client(), RunCreate=RunCreate)
    session_id = out.namespace["session_id"]
    runs = [only(runs_of(s.emu, w)) for w in (login, search, cleanup)]
    assert session_id is not None
    assert {str(r.session_id) for r in runs} == {str(session_id)}
    assert runs[1].input_values == {"query": "recent orders"}
    s.world.finish(*(str(r.id) for r in runs))
    assert [r.status for r in runs] == ["success"] * 3
    assert runs[0].started_at < runs[1].started_at < runs[2].started_at
    assert {r.machine_id for r in runs} == {s.emu.machines[1].id}
    assert runs[2].release_session_after is True
    assert s.emu.store.sessions[runs[0].id].released
    assert s.emu.store.machines[runs[0].machine_id].reserved_session_id is None


@case("automatic-session-release-with-release-session-after")
def _release_session_after(s: Sample) -> None:
    session_id = s.world.session()
    final = s.world.workflow("Finalize")
    out = s.run(
        {"final-workflow-id": final},
        client=s.client(),
        RunCreate=RunCreate,
        existing_session_id=session_id,
    )
    created = out.namespace["final_run"].data
    assert created.release_session_after is True and str(created.session_id) == session_id
    session = s.emu.store.sessions[created.session_id]
    assert not session.released
    s.world.finish(str(created.id))
    assert session.released


@case("detecting-session-completion-via-webhooks")
def _webhook_handler(s: Sample) -> None:
    session_id = s.world.session()
    final = s.world.run(
        s.world.workflow("Finalize"), session_id=session_id, release_session_after=True
    )
    s.world.finish(final)
    events = s.webhooks.deliver(s.emu)  # the session's first run, then the final one
    by_run = {e["run"]["id"]: e for e in events}
    out = s.run(event=by_run[final])
    assert out.stdout == (
        f"Session {session_id} was released by run {final}\nFinal status: success\n"
    )
    # A run that did not release its session: the handler says nothing.
    assert s.run(event=by_run[session_id]).stdout == ""


@case("polling-chain-runs")
def _polling_chain_runs(s: Sample) -> None:
    first = s.world.workflow("First", outputs={"result": "42"})
    second = s.world.workflow("Second", outputs=lambda i: {"echo": i["value"]})
    request = WorkflowChainCreate.from_dict(
        {
            "machine_id": s.world.machine_ids[0],
            "steps": [
                {"workflow_id": first, "session_alias": "a"},
                {"workflow_id": second, "inputs": {"value": {"$ref": "a.outputs.result"}}},
            ],
        }
    )
    wait = s.guide_function("wait_for_run_completion_sync")
    # As written, chain_sync(...) fails before anything is sent.
    with pytest.raises(TypeError, match="WorkflowChainCreate"):
        s.run(client=s.client(), wait_for_run_completion_sync=wait)
    assert s.sent() == []
    out = s.run(
        {"<<chain_sync(...)>>": "chain_sync(chain_request)"},
        client=s.client(),
        chain_request=request,
        wait_for_run_completion_sync=wait,
    )
    ids = out.namespace["chain"].run_ids
    lines = out.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("success ") and repr({"result": "42"}) in lines[0]
    assert lines[1].startswith("success ") and repr({"echo": "42"}) in lines[1]
    assert [s.emu.run(r).status for r in ids] == ["success", "success"]


@case("bulk-creating-runs-with-pools/async", "bulk-creating-runs-with-pools/sync")
def _bulk_create(s: Sample) -> None:
    m0, _, m2 = s.world.machine_ids
    customer_a = s.world.pool("Customer A", [m0, m2])
    excel = s.world.pool("Has Excel", [m2])
    workflow = s.world.workflow("Extraction")
    subs = {
        "workflow-uuid": workflow,
        "customer-a-pool-id": customer_a,
        "excel-pool-id": excel,
    }
    out = s.run(subs, client=s.client())
    if "bulk_create_with_pools" in out.namespace:
        out = s.then("asyncio.run(bulk_create_with_pools())")
    assert out.stdout == "Created 100 runs\nFailed: 0\n"
    runs = runs_of(s.emu, workflow)
    assert len(runs) == 100
    assert all(r.input_values == {"task_type": "data_extraction", "priority": "high"} for r in runs)
    s.world.finish(*(str(r.id) for r in runs))
    assert {(r.status, str(r.machine_id)) for r in runs} == {("success", m2)}


# -- Real-world example ---------------------------------------------------------------------

MISSING_ID = "00000000-0000-4000-8000-000000000000"
EPIC_IDS = ("550e8400-e29b-41d4-a716-446655440000", "550e8400-e29b-41d4-a716-446655440001")
PATIENT = {"patient_id": "12345", "patient_first_name": "John", "patient_last_name": "Doe"}


def _epic_subs(s: Sample) -> dict[str, Any]:
    return dict(zip(EPIC_IDS, (s.world.patient_workflow, s.world.machine_ids[0]), strict=True))


def _expected_lookup(run: Any) -> dict[str, Any]:
    data = run.output_data
    return {
        "patientId": "12345",
        "demographics": data["demographics"],
        "medications": data["medications"],
        "vitals": data["recentVitals"],
        "lastUpdated": data["lastUpdated"],
    }


@case("real-world-example-healthcare-integration/fastapi-integration")
def _fastapi(s: Sample) -> None:
    pytest.importorskip("fastapi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's TestClient deprecates plain httpx
        from fastapi.testclient import TestClient

    wait = s.guide_function("wait_for_run_completion")
    out = s.run(_epic_subs(s), wait_for_run_completion=wait)
    printed = io.StringIO()
    with TestClient(out.namespace["app"]) as http, contextlib.redirect_stdout(printed):
        answer = http.post("/patients/lookup", json=PATIENT)
        run = only(runs_of(s.emu, s.world.patient_workflow))
        assert answer.status_code == 200, answer.text
        assert answer.json() == _expected_lookup(run)
        assert str(run.machine_id) == s.world.machine_ids[0]
        assert run.input_values == PATIENT
        # When the run fails, the endpoint answers 500 with the run's errors.
        s.emu.set_workflow_behavior(s.world.patient_workflow, status="error", error=["EHR down"])
        failed = http.post("/patients/lookup", json=PATIENT)
        assert failed.status_code == 500
        assert failed.json() == {"detail": "Run error: EHR down"}
    assert printed.getvalue() == "Fetching data for patient John Doe (12345)...\n" * 2


@case("real-world-example-healthcare-integration/django-integration")
def _django(s: Sample) -> None:
    pytest.importorskip("django")
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import path
    from django.utils.functional import empty

    # The views need settings. When Django is not configured yet, minimal settings are put
    # in place for this test only (and no app registry is populated), so a later test can
    # still configure Django its own way; when it is, this test overrides what it needs.
    if not settings.configured:
        settings.configure(SECRET_KEY="guide-test")
        s.cleanups.append(lambda: setattr(settings, "_wrapped", empty))
    wait = s.guide_function("wait_for_run_completion_sync")
    out = s.run(_epic_subs(s), wait_for_run_completion_sync=wait)
    urls = types.ModuleType("guide_urls")
    urls.urlpatterns = [  # type: ignore[attr-defined]
        path("patients/lookup", out.namespace["PatientLookupView"].as_view())
    ]
    printed = io.StringIO()
    needed = override_settings(
        ROOT_URLCONF=urls, ALLOWED_HOSTS=["testserver"], MIDDLEWARE=[], DEBUG=False
    )
    with needed, contextlib.redirect_stdout(printed):
        answer = Client().post("/patients/lookup", PATIENT, content_type="application/json")
        run = only(runs_of(s.emu, s.world.patient_workflow))
        assert answer.status_code == 200, answer.content
        assert answer.json() == _expected_lookup(run)
        assert str(run.machine_id) == s.world.machine_ids[0]
        # A body without the patient's fields: the view answers 500 naming the missing key.
        bad = Client().post(
            "/patients/lookup", {"patient_id": "1"}, content_type="application/json"
        )
        assert bad.status_code == 500 and bad.json() == {"error": "'patient_first_name'"}
    assert printed.getvalue() == "Fetching data for patient John Doe (12345)...\n"


@case("real-world-example-healthcare-integration/script-example")
def _script(s: Sample) -> None:
    patients = [("p-1", "Ada", "Lovelace"), ("p-2", "Alan", "Turing"), ("p-3", "Grace", "Hopper")]
    with open("patients.csv", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["patient_id", "first_name", "last_name"])
        writer.writerows(patients)
    wait = s.guide_function("wait_for_run_completion")
    out = s.run_code(s.source(_epic_subs(s)), wait_for_run_completion=wait, __name__="__main__")
    runs = runs_of(s.emu, s.world.patient_workflow)
    assert [r.input_values["patient_id"] for r in runs] == ["p-1", "p-2", "p-3"]
    assert all(r.status == "success" for r in runs)
    assert "Failed to process patient" not in out.stdout, out.stdout
    assert out.stdout.endswith("Exported 3 patient records to patient_data_export.csv\n")
    with open("patient_data_export.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    for row, run in zip(rows, runs, strict=True):
        demographics = run.output_data["demographics"]
        assert row["patient_id"] == run.input_values["patient_id"]
        assert row["dob"] == demographics["dateOfBirth"]
        assert row["mrn"] == demographics["mrn"]
        assert row["email"] == demographics["email"]
        assert row["medication_count"] == str(len(run.output_data["medications"]))


# -- Other SDK resources ------------------------------------------------------------------


@case("other-sdk-resources/pools/async", "other-sdk-resources/pools/sync")
def _pools(s: Sample) -> None:
    m0, m1, m2 = s.world.machine_ids
    pool_id = s.world.pool("Existing", [])
    extra = [s.world.pool(f"Extra {i}", []) for i in (1, 2, 3)]
    subs = {
        "pool-id": pool_id,
        "machine-1": m0,
        "machine-2": m1,
        "pool-1": extra[0],
        "pool-2": extra[1],
        "pool-3": extra[2],
        "machine-id": m2,
    }
    out = s.run(subs, client=s.client())
    s.assert_all_answered_ok()
    assert {str(p.id) for p in out.namespace["pools"]} >= {pool_id, *extra}
    created = only(exchanges(s, "POST", "/v1/pools"))
    assert created.answer["name"] == "Customer A"
    assert created.answer["description"] == "All machines for Customer A"
    updated = only(exchanges(s, "PATCH", f"/v1/pools/{pool_id}"))
    assert updated.answer["description"] == "Updated description"
    added = only(exchanges(s, "POST", f"/v1/pools/{pool_id}/machines"))
    assert sorted(m["id"] for m in added.answer["machines"]) == sorted([m0, m1])
    assert [str(p) for p in s.emu.store.machines[s.emu.machines[2].id].pool_ids] == extra
    assert pool_id not in {str(p) for p in s.emu.store.pools}


def _assert_documented_error(
    s: Sample, error: pytest.ExceptionInfo[BaseException], model: str, *fields: str
) -> None:
    """The sample failed at ``model(...)`` with the TypeError of a call missing exactly
    ``fields``, the values the API requires that the guide's call leaves out (required
    parameters of the model, so a type checker flags the call before it runs)."""
    assert error.type is TypeError
    message = str(error.value)
    assert message.startswith(f"{model}.__init__() missing "), message
    named = re.findall(r"'(\w+)'", message)
    assert named == list(fields), message
    tb: types.TracebackType | None = error.tb
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == s.filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    assert line is not None, "the error was not raised by the sample"
    assert f"{model}(" in s.code.splitlines()[line - 1]


@case("other-sdk-resources/machines/async", "other-sdk-resources/machines/sync")
def _machines(s: Sample) -> None:
    target = s.world.machine_ids[2]
    subs = {"machine-id": target}
    with pytest.raises(TypeError) as error:
        s.run(subs, client=s.client())
    _assert_documented_error(s, error, "MachineCreate", "fingerprint", "unkey_key_id")
    assert [str(e) for e in s.sent()] == ["GET /v1/machines -> 200"]  # the create sent nothing
    # The rest of the block, with the values the API requires supplied.
    subs["<<description='Production Epic environment'\n)>>"] = (
        "description='Production Epic environment',\n"
        "    fingerprint='fp-guide-epic', unkey_key_id='key_guide_epic'\n)"
    )
    s.run(subs, client=s.client())
    s.assert_all_answered_ok()
    post = only(exchanges(s, "POST", "/v1/machines"))
    assert post.sent["description"] == "Production Epic environment"
    assert post.answer["name"] == "Epic EHR Machine"
    assert only(exchanges(s, "PATCH", f"/v1/machines/{target}")).answer["name"] == "Updated Name"
    assert target not in {str(m) for m in s.emu.store.machines}


@case("other-sdk-resources/workflows/async", "other-sdk-resources/workflows/sync")
def _workflows(s: Sample) -> None:
    target = s.world.workflow("Old")
    s.run(
        {"workflow-id": target},
        client=s.client(),
        WorkflowCreate=WorkflowCreate,
        WorkflowUpdate=WorkflowUpdate,
    )
    s.assert_all_answered_ok()
    post = only(exchanges(s, "POST", "/v1/workflows"))
    assert post.sent["description"] == "Extracts patient demographics and medications"
    assert post.answer["main_prompt"] == "Navigate to patient chart and extract data"
    assert only(exchanges(s, "PATCH", f"/v1/workflows/{target}")).sent == {
        "description": "Updated description"
    }
    names = [w["name"] for w in s.emu.store.workflows.values()]
    assert names == ["Patient Data Extraction"]  # and the old one deleted


@case(
    "other-sdk-resources/workflow-prompt-images/async",
    "other-sdk-resources/workflow-prompt-images/sync",
)
def _prompt_images(s: Sample) -> None:
    Path("screenshot.png").write_bytes(PNG_BYTES)
    Path("image.png").write_bytes(PNG_BYTES[:-1] + b"\x83")
    existing = s.world.prompt_image("my-image.png", PNG_BYTES)
    out = s.run({"org_xxx/prompt-assets/my-image.png": existing}, client=s.client())
    s.assert_all_answered_ok()
    lines = out.stdout.splitlines()
    assert lines[0].startswith("Supabase URL: supabase://workflow-prompt-images/org_")
    assert lines[0].endswith("/screenshot.png")
    assert f"my-image.png: supabase://workflow-prompt-images/{existing}" in lines
    remaining = {p.rsplit("/", 1)[1] for p in s.emu.store.prompt_images}
    assert existing not in s.emu.store.prompt_images
    if s.block.tab == "Async":
        assert lines[1].startswith("Signed URL (for preview): http")
        assert remaining == {"screenshot.png", "my-image.png"}
        uploaded = [v for v in s.emu.store.prompt_images.values() if v[0] == "my-image.png"]
        assert only(uploaded)[2] == Path("image.png").read_bytes()
        assert lines[-2].startswith(f"Signed URL: {s.server.base_url}/")
        assert lines[-1] == "Expires in: 3600 seconds"
    else:
        assert remaining == {"screenshot.png"}


@case("other-sdk-resources/connections/async", "other-sdk-resources/connections/sync")
def _connections(s: Sample) -> None:
    machine = s.world.machine_ids[0]
    subs: dict[str, Any] = {"machine-id": machine}
    with pytest.raises(TypeError) as error:
        s.run(subs, client=s.client(), ConnectionCreate=ConnectionCreate)
    _assert_documented_error(s, error, "ConnectionCreate", "websocket_id")
    assert [str(e) for e in s.sent()] == ["GET /v1/connections -> 200"]
    subs["<<ConnectionCreate(machine_id=>>"] = (
        "ConnectionCreate(websocket_id='ws-guide', machine_id="
    )
    out = s.run(subs, client=s.client(), ConnectionCreate=ConnectionCreate)
    s.assert_all_answered_ok()
    post = only(exchanges(s, "POST", "/v1/connections"))
    assert post.answer["machine_id"] == machine and post.answer["websocket_id"] == "ws-guide"
    listed = query(exchanges(s, "GET", "/v1/connections")[-1])
    assert (listed["machine_id"], listed["status"]) == ([machine], ["connected"])
    assert post.answer["status"] == "connected"
    assert [str(c.id) for c in out.namespace["response"].data.items] == [post.answer["id"]]


@case("other-sdk-resources/trajectories/async", "other-sdk-resources/trajectories/sync")
def _trajectories(s: Sample) -> None:
    workflow = s.world.workflow("Recorded")
    original = s.world.trajectory(workflow)
    subs: dict[str, Any] = {"trajectory-id": original, "workflow-id": workflow}
    with pytest.raises(TypeError) as error:
        s.run(
            subs,
            client=s.client(),
            TrajectoryCreate=TrajectoryCreate,
            TrajectoryUpdate=TrajectoryUpdate,
        )
    _assert_documented_error(s, error, "TrajectoryCreate", "dimensions")
    assert not exchanges(s, "POST", "/v1/trajectories")
    assert [e.status for e in s.sent()] == [200, 200, 200]  # list, get, latest
    subs["<<steps=[]\n)>>"] = "steps=[],\n    dimensions={'width': 1024, 'height': 768}\n)"
    s.run(
        subs,
        client=s.client(),
        TrajectoryCreate=TrajectoryCreate,
        TrajectoryUpdate=TrajectoryUpdate,
    )
    s.assert_all_answered_ok()
    post = only(exchanges(s, "POST", "/v1/trajectories"))
    assert post.sent["trajectory_data"] == [] and "steps" not in post.sent
    assert post.sent["dimensions"] == {"width": 1024, "height": 768}
    patch = only(exchanges(s, "PATCH", f"/v1/trajectories/{original}"))
    assert patch.sent == {"trajectory_data": []}
    left = {str(t) for t in s.emu.store.trajectories}
    duplicate = only(exchanges(s, "POST", f"/v1/trajectories/{original}/duplicate"))
    assert left == {post.answer["id"], duplicate.answer["id"]}  # the original is deleted


@case("other-sdk-resources/workflow-tags/async", "other-sdk-resources/workflow-tags/sync")
def _workflow_tags(s: Sample) -> None:
    group = s.world.tag_group("Priority")
    tag_id = s.world.tag("Existing", emoji="🏷️")
    tags = [s.world.tag(f"Tag {i}") for i in (1, 2, 3)]
    production = s.world.tag("Prod")
    workflow = s.world.workflow("Tagged")
    others = [s.world.workflow(f"Other {i}") for i in (1, 2, 3)]
    on_workflow = s.world.tag("Draft")
    s.world.client.workflow_tags.add_to_workflow_sync(workflow, [on_workflow]).unwrap()
    subs: dict[str, Any] = {}
    if s.block.tab == "Async":
        # remove_from_workflow names 'tag-id' after the block deleted that tag: a tag that
        # is on the workflow stands in for it there.
        subs["<<remove_from_workflow('workflow-id', 'tag-id')>>"] = (
            f"remove_from_workflow('workflow-id', {on_workflow!r})"
        )
        subs.update({"wf-1": others[0], "wf-2": others[1], "wf-3": others[2]})
        subs["production-tag-id"] = production
        subs["priority-group-id"] = group
    subs.update({"tag-1": tags[0], "tag-2": tags[1], "tag-3": tags[2]})
    subs.update({"workflow-id": workflow, "tag-id": tag_id})
    out = s.run(subs, client=s.client())
    s.assert_all_answered_ok()
    assert "🏷️ Existing: 0 workflows" in out.stdout.splitlines()
    assert " Draft: 1 workflows" in out.stdout.splitlines()
    created = exchanges(s, "POST", "/v1/workflow-tags")
    assert (created[0].answer["name"], created[0].answer["emoji"]) == ("Production", "🚀")
    archive = only(exchanges(s, "POST", f"/v1/workflow-tags/{tag_id}/archive"))
    assert archive.answer["is_archived"] is True
    store = s.emu.store
    order = sorted(tags, key=lambda t: store.tags[uuid.UUID(t)]["order"])
    assert order == [tags[2], tags[0], tags[1]]
    on = {str(t) for t in store.workflow_tag_ids[uuid.UUID(workflow)]}
    if s.block.tab == "Async":
        assert created[1].answer["group_id"] == group
        assert on == {tags[0], tags[1]}  # Draft removed
        assert tag_id not in {str(t) for t in store.tags}
        for other in others:
            assert [str(t) for t in store.workflow_tag_ids[uuid.UUID(other)]] == [production]
    else:
        assert on == {on_workflow, tags[0], tags[1]}
        assert store.tags[uuid.UUID(tag_id)]["is_archived"] is False


@case(
    "other-sdk-resources/workflow-tag-groups/async",
    "other-sdk-resources/workflow-tag-groups/sync",
)
def _workflow_tag_groups(s: Sample) -> None:
    group_id = s.world.tag_group("Existing")
    groups = [s.world.tag_group(f"Group {i}") for i in (1, 2, 3)]
    subs = {"group-1": groups[0], "group-2": groups[1], "group-3": groups[2]}
    if s.block.tab == "Async":
        subs["group-id"] = group_id
    out = s.run(subs, client=s.client())
    s.assert_all_answered_ok()
    created = only(exchanges(s, "POST", "/v1/workflow-tag-groups"))
    assert (created.answer["name"], created.answer["emoji"]) == ("Priority", "🔥")
    store = s.emu.store.tag_groups
    order = sorted(groups, key=lambda g: store[uuid.UUID(g)]["order"])
    assert order == [groups[1], groups[0], groups[2]]
    if s.block.tab == "Async":
        assert out.stdout.splitlines()[0] == " Existing"
        patch = only(exchanges(s, "PATCH", f"/v1/workflow-tag-groups/{group_id}"))
        assert patch.answer["name"] == "Updated Priority"
        assert uuid.UUID(group_id) not in store


@case(
    "other-sdk-resources/model-configurations/async",
    "other-sdk-resources/model-configurations/sync",
)
def _model_configurations(s: Sample) -> None:
    config_id = s.world.model_configuration()
    s.run({"config-id": config_id}, client=s.client(), os=os)
    s.assert_all_answered_ok()
    post = only(exchanges(s, "POST", "/v1/model-configurations"))
    assert post.sent["model"] == "gpt-4o" and "model_id" not in post.sent
    assert post.sent["api_key"] == os.environ["OPENAI_API_KEY"]
    answers = json.dumps([e.answer for e in s.sent()])
    assert os.environ["OPENAI_API_KEY"] not in answers  # write-only
    patch = only(exchanges(s, "PATCH", f"/v1/model-configurations/{config_id}"))
    assert patch.answer["name"] == "Updated Name"
    left = [c["name"] for c in s.emu.store.model_configurations.values()]
    assert left == ["My GPT-4o"]  # the other one deleted


@case("other-sdk-resources/usage/async", "other-sdk-resources/usage/sync")
def _usage(s: Sample) -> None:
    out = s.run(client=s.client())
    s.assert_all_answered_ok()
    get = only(s.sent())
    assert get.path == "/v1/usage/aggregate"
    assert "mode=simulated" in get.query and "from_date=2025-01-01" in get.query
    usage = out.namespace["usage"]
    assert out.stdout == (
        f"Runs: {usage.runs_counted}\n"
        f"Agentic steps: {usage.total_agentic_steps}\n"
        f"Cached steps: {usage.total_cached_steps}\n"
    )


# -- Errors, types, notebooks, concurrency ------------------------------------------------------


@case("error-handling")
def _error_handling(s: Sample) -> None:
    workflow = s.world.patient_workflow
    run_data = RunCreate.from_dict({"workflow_id": workflow, "machine_id": s.world.machine_ids[0]})
    out = s.run(client=s.client(), run_data=run_data)
    assert out.stdout == f"Run created: {only(runs_of(s.emu, workflow)).id}\n"
    # A wrong key: the 401 branch.
    with pytest.raises(Exception, match=r"^Invalid API key$") as error:
        s.run(client=CyberdeskClient("cd_wrong_key"), run_data=run_data)
    assert type(error.value) is Exception
    # Any other failure is raised as the response's error.
    with pytest.raises(NotFoundError):
        s.run(client=s.client(), run_data=RunCreate.from_dict({"workflow_id": MISSING_ID}))
    s.allow_failures("POST /v1/runs -> 401", "POST /v1/runs -> 404")


@case("exception-handling-pattern")
def _exception_pattern(s: Sample) -> None:
    workflow = s.world.patient_workflow
    s.run(client=s.client(), run_data=RunCreate.from_dict({"workflow_id": workflow}))
    out = s.then("created = asyncio.run(safe_run_creation(client, run_data))")
    assert str(out.namespace["created"].id) == str(only(runs_of(s.emu, workflow)).id)
    # An API error is logged, then raised.
    s.namespace["run_data"] = RunCreate.from_dict({"workflow_id": MISSING_ID})
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[assignment,method-assign]
    logger = logging.getLogger(s.namespace["__name__"])
    logger.addHandler(handler)
    try:
        with pytest.raises(NotFoundError) as error:
            s.then("asyncio.run(safe_run_creation(client, run_data))")
    finally:
        logger.removeHandler(handler)
    assert error.value.status_code == 404
    assert [r.getMessage() for r in records] == [f"API error: {error.value}"]
    s.allow_failures("POST /v1/runs -> 404")


@case("type-hints-and-ide-support")
def _type_hints(s: Sample) -> None:
    succeeded = s.world.finished_run()
    failing = s.world.workflow("Failing", status="task_failed", error=["Chart locked"])
    failed = s.world.finished_run(failing)
    running = s.world.run(machine_id=s.world.machine_ids[0])
    s.emu.advance(1.0)
    client = s.client()
    s.run(client=client)
    s.namespace.update(
        {
            name: client.runs.get_sync(r).unwrap()
            for name, r in (("ok", succeeded), ("failed", failed), ("busy", running))
        }
    )
    out = s.then("results = [process_run(ok), process_run(failed), process_run(busy)]")
    value, none1, none2 = out.namespace["results"]
    assert value["demographics"] == s.output(succeeded)["demographics"]
    assert (none1, none2) == (None, None)
    assert out.stdout == "Run failed: Chart locked\nRun status: running\n"


@case("working-with-jupyter-notebooks")
def _jupyter(s: Sample) -> None:
    pytest.importorskip("pandas")
    done = [s.world.finished_run() for _ in range(3)]
    failed = s.world.finished_run(s.world.workflow("Failing", status="task_failed"))
    running = s.world.run(machine_id=s.world.machine_ids[0])
    s.emu.advance(1.0)
    out = s.run({"YOUR_API_KEY": API_KEY})
    df = out.namespace["df"]
    assert sorted(df["id"].astype(str)) == sorted([*done, failed, running])
    summary = out.value  # what the notebook shows
    counts = {str(k): int(v) for k, v in summary["id"].items()}
    assert counts == {"success": 3, "task_failed": 1, "running": 1}
    durations = {str(k): v for k, v in summary["duration"].items()}
    assert durations["success"] > 0 and durations["task_failed"] > 0
    assert durations["running"] != durations["running"]  # NaN: a running run has no end


@case("concurrent-operations")
def _concurrent(s: Sample) -> None:
    workflow = s.world.patient_workflow
    created: list[str] = []

    async def create_patient_run(client: CyberdeskClient, patient_id: str) -> Any:
        response = await client.runs.create(
            {"workflow_id": workflow, "input_values": {"patient_id": patient_id}}
        )
        created.append(patient_id)
        return response.data

    patient_ids = [f"patient-{i:02d}" for i in range(12)]
    out = s.run(
        patient_ids=patient_ids,
        create_patient_run=create_patient_run,
        wait_for_run_completion=s.guide_function("wait_for_run_completion"),
    )
    results = out.namespace["results"]
    assert sorted(created) == patient_ids[:10]
    assert [r.status for r in results] == ["success"] * 10
    assert [r.input_values["patient_id"] for r in results] == patient_ids[:10]
    assert {str(r.id) for r in results} == {str(r.id) for r in s.emu.runs}


# -- the tests ----------------------------------------------------------------------------


def test_the_guide_has_the_expected_python_blocks() -> None:
    assert len(BLOCKS) == EXPECTED_BLOCKS, sorted(BLOCKS)


def test_every_block_has_a_check() -> None:
    assert sorted(BLOCKS) == sorted(CASES)


@pytest.mark.parametrize(
    "sample",
    [pytest.param(block_id, id=block_id) for block_id in BLOCKS],
    indirect=True,
)
def test_guide_sample(sample: Sample) -> None:
    CASES[sample.block.id](sample)
    sample.assert_no_unexpected_failures()
