"""``cyberdesk runs``: list, inspect, create, wait for and cancel runs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

import click

from .errors import CliFailure
from .inputs import json_object, key_values
from .listing import print_page
from .live import StatusLine
from .options import json_option, limit_option, timeout_option
from .output import Field, joined, print_details, print_json, print_line, timestamp

if TYPE_CHECKING:
    from .session import Session

RUN_COLUMNS = (
    Field("ID", "id", keep_whole=True),
    Field("WORKFLOW", "workflow_id"),
    Field("MACHINE", "machine_id"),
    Field("STATUS", "status"),
    Field("CREATED", "created_at", timestamp),
)
RUN_DETAILS = (
    Field("id", "id"),
    Field("status", "status"),
    Field("workflow", "workflow_id"),
    Field("machine", "machine_id"),
    Field("pools", "pool_ids", joined),
    Field("session", "session_id"),
    Field("created", "created_at", timestamp),
    Field("started", "started_at", timestamp),
    Field("ended", "ended_at", timestamp),
    Field("error", "error", joined),
    Field("inputs", "input_values"),
    Field("output", "output_data"),
    Field("attachments", "output_attachment_ids", joined),
)


def show_run(session: Session, run: Mapping[str, Any], as_json: bool) -> None:
    if as_json:
        print_json(session.out, run)
    else:
        print_details(session.out, RUN_DETAILS, run)


def wait_for(session: Session, run_id: str, timeout: float) -> dict[str, Any]:
    """The run once it has ended, with its status on stderr meanwhile."""
    client = session.client()
    with StatusLine(session.err, f"Waiting for run {run_id}") as line:
        run = session.call(
            client.runs.wait_sync,
            run_id,
            timeout=timeout,
            on_status=lambda update: line.show(f"run {run_id}: {update.status}"),
        )
    return run.to_dict()


def require_success(session: Session, run: Mapping[str, Any]) -> None:
    """Ends the command with exit code 1 unless the run succeeded."""
    status = run.get("status")
    if status != "success":
        errors = joined(run.get("error")) if run.get("error") else "no error message"
        raise CliFailure(session.redact(f"run {run.get('id')} ended {status}: {errors}"))


@click.group()
def runs() -> None:
    """Executions of a workflow on a machine."""


@runs.command("list")
@click.option(
    "--status",
    metavar="STATUS",
    help="Only runs with this status (scheduling, running, success, task_failed, ...).",
)
@click.option("--workflow", "workflow_id", type=click.UUID, help="Only runs of this workflow.")
@limit_option("runs")
@json_option
@click.pass_obj
def list_runs(
    session: Session, status: str | None, workflow_id: UUID | None, limit: int, as_json: bool
) -> None:
    """List runs: id, workflow, machine, status, creation time."""
    page = session.call(
        session.client().runs.list_sync,
        status=status,
        workflow_id=workflow_id,
        limit=limit,
    )
    print_page(session, page, RUN_COLUMNS, "runs", as_json)


@runs.command("get")
@click.argument("run_id", type=click.UUID)
@json_option
@click.pass_obj
def get_run(session: Session, run_id: UUID, as_json: bool) -> None:
    """Show a run: status, inputs, output, errors."""
    run = session.call(session.client().runs.get_sync, run_id)
    show_run(session, run.to_dict(), as_json)


@runs.command("create")
@click.option("--workflow", "workflow_id", type=click.UUID, required=True, help="Workflow to run.")
@click.option("--machine", "machine_id", type=click.UUID, help="Run on this machine.")
@click.option(
    "--pool",
    "pool_ids",
    type=click.UUID,
    multiple=True,
    help="Run on a machine in this pool (repeatable: a machine in all of them).",
)
@click.option(
    "--input",
    "inputs",
    multiple=True,
    callback=key_values,
    metavar="KEY=VALUE",
    help="An input value, parsed as JSON when it is JSON (repeatable).",
)
@click.option(
    "--input-json",
    "input_file",
    type=click.File("r", encoding="utf-8"),
    callback=json_object,
    help="A JSON file (- for stdin) holding an object of input values; --input wins.",
)
@click.option("--wait", is_flag=True, help="Wait for the run to end and print its output.")
@timeout_option
@json_option
@click.pass_obj
def create_run(
    session: Session,
    workflow_id: UUID,
    machine_id: UUID | None,
    pool_ids: tuple[UUID, ...],
    inputs: dict[str, Any],
    input_file: dict[str, Any],
    wait: bool,
    timeout: float,
    as_json: bool,
) -> None:
    """Start a run of a workflow (on any machine unless --machine or --pool say otherwise).

    With --wait, exits 0 only if the run succeeds (see the exit codes in cyberdesk --help).
    """
    if machine_id is not None and pool_ids:
        raise click.UsageError("--machine and --pool cannot be used together")
    body: dict[str, Any] = {"workflow_id": str(workflow_id)}
    if machine_id is not None:
        body["machine_id"] = str(machine_id)
    if pool_ids:
        body["pool_ids"] = [str(pool) for pool in pool_ids]
    values = {**input_file, **inputs}
    if values:
        body["input_values"] = values
    created = session.call(session.client().runs.create_sync, body)
    if not wait:
        show_run(session, created.to_dict(), as_json)
        return
    print_line(session.err, f"Created run {created.id}")
    run = wait_for(session, str(created.id), timeout)
    if as_json:
        print_json(session.out, run)
    elif run.get("status") == "success":
        print_json(session.out, run.get("output_data"))
    require_success(session, run)


@runs.command("wait")
@click.argument("run_id", type=click.UUID)
@timeout_option
@json_option
@click.pass_obj
def wait_run(session: Session, run_id: UUID, timeout: float, as_json: bool) -> None:
    """Wait for a run to end and show it; exits 0 only if it succeeded."""
    run = wait_for(session, str(run_id), timeout)
    show_run(session, run, as_json)
    require_success(session, run)


@runs.command("cancel")
@click.argument("run_id", type=click.UUID)
@json_option
@click.pass_obj
def cancel_run(session: Session, run_id: UUID, as_json: bool) -> None:
    """Cancel a run."""
    run = session.call(session.client().runs.cancel_sync, run_id).to_dict()
    if as_json:
        print_json(session.out, run)
    else:
        print_line(session.out, f"run {run['id']}: {run['status']}")


from .batch import batch_runs  # noqa: E402  (the group above must exist first)

runs.add_command(batch_runs)
