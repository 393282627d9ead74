"""The simulated executor: moves runs through their statuses as emulator time passes.

Time is discrete-event: :func:`advance_to` replays every transition due up to ``now`` in
order, each at its own instant, so one large ``advance`` runs a whole chain and the
timestamps still read as if time had passed in small steps.
"""

from __future__ import annotations

import mimetypes
import uuid

from .events import run_finished
from .records import AttachmentRecord, JsonDict, RunRecord
from .refs import RefResolutionError, has_refs, resolve_refs
from .scheduling import assign_waiting_runs
from .schema_values import example_value, parse_schema
from .state import EmulatorState

CHECKS_DURATION = 0.02


def tick(emu: EmulatorState) -> None:
    """Applies every run transition due by now."""
    with emu.lock:
        advance_to(emu, emu.now())


def advance(emu: EmulatorState, seconds: float) -> None:
    """Moves emulator time forward and applies whatever became due."""
    emu.move_clock(seconds)
    tick(emu)


def _duration(emu: EmulatorState, run: RunRecord) -> float:
    behavior = emu.behaviors.get(run.workflow_id)
    if behavior is not None and behavior.duration is not None:
        return behavior.duration
    return emu.default_duration


def _has_checks(emu: EmulatorState, run: RunRecord) -> bool:
    workflow = emu.store.workflows.get(run.workflow_id)
    return bool(workflow and workflow.get("post_run_checks"))


def _next_event(emu: EmulatorState, run: RunRecord) -> float | None:
    if run.status == "scheduling" and run.assigned_t is not None:
        return run.assigned_t + emu.start_delay
    if run.status == "running" and run.started_t is not None:
        return run.started_t + _duration(emu, run)
    if run.status == "running_checks" and run.main_done_t is not None:
        return run.main_done_t + CHECKS_DURATION
    return None


def advance_to(emu: EmulatorState, now: float) -> None:
    """Applies every transition due by ``now`` (emulator seconds), oldest first."""
    cursor = emu.last_tick
    while True:
        assign_waiting_runs(emu, cursor)
        due: tuple[float, int, RunRecord] | None = None
        for run in emu.store.index.timed.values():
            at = _next_event(emu, run)
            if at is not None and at <= now and (due is None or (at, run.seq) < due[:2]):
                due = (at, run.seq, run)
        if due is None:
            break
        cursor = max(cursor, due[0])
        _step(emu, due[2], cursor)
    emu.last_tick = max(emu.last_tick, now)


def _step(emu: EmulatorState, run: RunRecord, at: float) -> None:
    if run.status == "scheduling":
        _start(emu, run, at)
    elif run.status == "running":
        if _has_checks(emu, run):
            run.status = "running_checks"
            run.main_done_t = at
            run.post_run_checks = _check_snapshots(emu, run, "running", at)
        else:
            _complete(emu, run, at)
    elif run.status == "running_checks":
        _complete(emu, run, at)


def _session_outputs(emu: EmulatorState, run: RunRecord) -> dict[str, JsonDict | None]:
    outputs: dict[str, JsonDict | None] = {}
    if run.session_id is None:
        return outputs
    for other in emu.store.runs_by_session(run.session_id):
        if other.seq < run.seq and other.session_alias:
            outputs[other.session_alias] = other.output_data
    return outputs


def _start(emu: EmulatorState, run: RunRecord, at: float) -> None:
    if run.input_values and has_refs(run.input_values):
        try:
            run.input_values = resolve_refs(run.input_values, _session_outputs(emu, run))
        except RefResolutionError as exc:
            finish_run(emu, run, "error", at, errors=[str(exc)])
            return
    run.status = "running"
    run.started_t = at
    run.started_at = emu.wall(at)


def _check_snapshots(emu: EmulatorState, run: RunRecord, status: str, at: float) -> list[JsonDict]:
    workflow = emu.store.workflows.get(run.workflow_id) or {}
    snapshots = []
    for check in workflow.get("post_run_checks") or []:
        snapshot: JsonDict = {
            "status": status,
            "post_run_check_id": check["id"],
            "name": check["name"],
            "type": check["type"],
            "order": check["order"],
            "started_at": emu.wall(at).isoformat(),
        }
        if status != "running":
            snapshot["ended_at"] = emu.wall(at).isoformat()
        snapshots.append(snapshot)
    return snapshots


def _outputs(emu: EmulatorState, run: RunRecord) -> JsonDict:
    behavior = emu.behaviors.get(run.workflow_id)
    inputs = dict(run.input_values or {})
    if behavior is not None and behavior.outputs is not None:
        spec = behavior.outputs
        return dict(spec(inputs) if callable(spec) else spec)
    workflow = emu.store.workflows.get(run.workflow_id) or {}
    schema = parse_schema(workflow.get("output_schema"))
    if schema is None:
        return inputs
    value = example_value(schema, "", emu.store.rng, inputs)
    return value if isinstance(value, dict) else {"result": value}


def _complete(emu: EmulatorState, run: RunRecord, at: float) -> None:
    behavior = emu.behaviors.get(run.workflow_id)
    status = behavior.status if behavior is not None else "success"
    errors = None
    if status != "success":
        default = [f"Simulated {status} for workflow {run.workflow_id}"]
        errors = list(behavior.error) if behavior is not None and behavior.error else default
    run.output_data = _outputs(emu, run) if status in ("success", "task_failed") else None
    for filename, data in (behavior.output_files if behavior is not None else {}).items():
        attachment = AttachmentRecord(
            id=emu.store.new_id(),
            run_id=run.id,
            filename=filename,
            content_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
            attachment_type="output",
            data=data,
            created_at=emu.wall(at),
        )
        emu.store.attachments[attachment.id] = attachment
        run.output_attachment_ids.append(attachment.id)
    if run.post_run_checks is not None:
        run.post_run_checks = _check_snapshots(emu, run, "success", at)
    run.run_message_history = [
        {"role": "user", "content": run.main_prompt or "Run the workflow"},
        {"type": "image", "image_url": f"supabase://run-images/{run.id}/step-1.png"},
        {"role": "assistant", "content": f"Finished with status {status}"},
    ]
    run.usage_metadata = {"agentic_steps": 3, "cached_steps": 0}
    finish_run(emu, run, status, at, errors=errors)


def finish_run(
    emu: EmulatorState, run: RunRecord, status: str, at: float, errors: list[str] | None = None
) -> None:
    """Ends a run: frees its machine, handles its session, queues its webhook."""
    if run.terminal:
        return
    run.status = status
    run.error = errors
    run.ended_at = emu.wall(at)
    if run.started_at is None and status != "cancelled":
        run.started_at = run.ended_at
    run.sensitive_values = {}
    machine = emu.store.machines.get(run.machine_id) if run.machine_id else None
    if machine is not None and machine.current_run_id == run.id:
        machine.current_run_id = None
        machine.free_since = at
    session = emu.store.sessions.get(run.session_id) if run.session_id is not None else None
    releases = run.release_session_after or status != "success"
    if session is not None and not session.released and releases:
        run.release_session_after = True
        release_session(emu, session.id, at, reason=f"run {run.id} ended {status}")
    run_finished(emu, run)


def release_session(emu: EmulatorState, session_id: uuid.UUID, at: float, reason: str) -> None:
    """Frees a session's machine and cancels its runs that never got to start."""
    session = emu.store.sessions.get(session_id)
    if session is None or session.released:
        return
    session.released = True
    if session.machine_id is not None:
        machine = emu.store.machines.get(session.machine_id)
        if machine is not None and machine.reserved_session_id == session_id:
            machine.reserved_session_id = None
    for other in emu.store.runs_by_session(session_id):
        if other.status == "scheduling":
            message = f"Session {session_id} was released before this run started ({reason})"
            finish_run(emu, other, "cancelled", at, errors=[message])


def cancel_run(emu: EmulatorState, run: RunRecord, at: float) -> None:
    finish_run(emu, run, "cancelled", at, errors=["Run was cancelled"])
