"""Runs: create (single, bulk, chain), list, get, update, cancel, retry, delete."""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.responses import Response

from cyberdesk.client.models import (
    RunBulkCreate,
    RunBulkCreateResponse,
    RunCreate,
    RunImageSignedUrlResponse,
    RunLlmCostsResponse,
    RunResponseWithIncludes,
    RunRetry,
    RunUpdate,
    TrajectoryResponse,
    WorkflowChainCreate,
    WorkflowChainResponse,
)

from .. import executor
from ..context import Ctx, created, handles, no_content, ok
from ..errors import ApiError, invalid, not_found
from ..png import png_bytes
from ..records import TERMINAL_STATUSES, JsonDict, RunRecord, SessionRecord
from ..refs import Producer, check_refs, has_refs
from ..validation import RequestValidationError, error
from ..views import run_json, through
from .common import (
    active_session_or_400,
    attach,
    check_expires_in,
    declared,
    decode_files,
    file_url,
    in_range,
    machine_or_404,
    new_run,
    paginate,
    parse_time,
    plain,
    pools_or_404,
    run_or_404,
    set_secrets,
    unset_to_none,
    workflow_or_404,
)
from .trajectories import new_trajectory

MAX_BULK = 1000


def _session_producers(ctx: Ctx, session_id: uuid.UUID | None) -> dict[str, Producer]:
    producers: dict[str, Producer] = {}
    if session_id is None:
        return producers
    for run in ctx.emu.store.runs_by_session(session_id):
        if run.session_alias:
            workflow = ctx.emu.store.workflows.get(run.workflow_id) or {}
            producers[run.session_alias] = Producer(
                run.session_alias, workflow.get("output_schema")
            )
    return producers


def _targets(
    ctx: Ctx, machine_id: Any, pool_ids: Any
) -> tuple[uuid.UUID | None, list[uuid.UUID] | None]:
    machine = unset_to_none(machine_id)
    pools = unset_to_none(pool_ids)
    if machine is not None:
        machine_or_404(ctx.emu, machine)
        return machine, None
    return None, pools_or_404(ctx.emu, pools) if pools else None


@handles("create_run")
def create_run(ctx: Ctx) -> Response:
    body: RunCreate = ctx.body
    emu = ctx.emu
    workflow = workflow_or_404(emu, body.workflow_id)
    session_id = unset_to_none(body.session_id)
    start_session = bool(unset_to_none(body.start_session))
    if session_id is not None and start_session:
        raise invalid(("body",), "start_session cannot be combined with session_id")
    files = decode_files(body.file_inputs, ("body", "file_inputs"))
    inputs = plain(body.input_values)
    if session_id is not None:
        active_session_or_400(emu, session_id)
    elif inputs and has_refs(inputs):
        raise invalid(
            ("body", "input_values"),
            "$ref inputs need a session_id: refs resolve against earlier runs of the session",
        )
    errors = check_refs(
        inputs,
        ("body", "input_values"),
        _session_producers(ctx, session_id),
        workflow.get("input_schema"),
    )
    if errors:
        raise RequestValidationError(errors)
    machine_id, pool_ids = _targets(ctx, body.machine_id, body.pool_ids)
    metadata = plain(body.model_metadata)
    model_id = unset_to_none(body.main_agent_model_id)
    if model_id is not None:
        metadata = {**(metadata or {}), "main_agent_model_id": str(model_id)}
    run = new_run(
        emu,
        workflow,
        input_values=inputs,
        sensitive_values=plain(body.sensitive_input_values),
        files=files,
        is_priority=bool(unset_to_none(body.is_priority)),
        main_prompt=unset_to_none(body.main_prompt),
        model_metadata=metadata,
        machine_id=machine_id,
        pool_ids=pool_ids,
        session_id=session_id,
        start_session=start_session,
        session_alias=unset_to_none(body.session_alias),
        release_session_after=unset_to_none(body.release_session_after),
    )
    executor.tick(emu)
    return created(run_json(run))


@handles("bulk_create_runs")
def bulk_create_runs(ctx: Ctx) -> Response:
    body: RunBulkCreate = ctx.body
    emu = ctx.emu
    if not 1 <= body.count <= MAX_BULK:
        kind, msg = (
            ("greater_than_equal", "Input should be greater than or equal to 1")
            if body.count < 1
            else ("less_than_equal", f"Input should be less than or equal to {MAX_BULK}")
        )
        raise RequestValidationError([error(("body", "count"), msg, kind)])
    workflow = workflow_or_404(emu, body.workflow_id)
    files = decode_files(body.file_inputs, ("body", "file_inputs"))
    session_id = unset_to_none(body.session_id)
    if session_id is not None:
        active_session_or_400(emu, session_id)
    machine_id, pool_ids = _targets(ctx, body.machine_id, body.pool_ids)
    runs = [
        new_run(
            emu,
            workflow,
            input_values=plain(body.input_values),
            sensitive_values=plain(body.sensitive_input_values),
            files=files,
            is_priority=bool(unset_to_none(body.is_priority)),
            machine_id=machine_id,
            pool_ids=pool_ids,
            session_id=session_id,
            start_session=bool(unset_to_none(body.start_session)) and session_id is None,
        )
        for _ in range(body.count)
    ]
    executor.tick(emu)
    data = {"created_runs": [run_json(r) for r in runs], "failed_count": 0, "errors": []}
    return created(through(RunBulkCreateResponse, data))


@handles("create_run_chain")
def create_run_chain(ctx: Ctx) -> Response:
    body: WorkflowChainCreate = ctx.body
    emu = ctx.emu
    session_id = unset_to_none(body.session_id)
    machine_id = unset_to_none(body.machine_id)
    pool_ids = unset_to_none(body.pool_ids)
    if session_id is not None and (machine_id is not None or pool_ids):
        raise invalid(("body",), "provide either session_id or machine_id/pool_ids, not both")
    if not body.steps:
        raise RequestValidationError(
            [
                error(
                    ("body", "steps"),
                    "List should have at least 1 item after validation",
                    "too_short",
                )
            ]
        )
    workflows = [workflow_or_404(emu, step.workflow_id) for step in body.steps]
    shared_files = decode_files(body.shared_file_inputs, ("body", "shared_file_inputs"))
    if session_id is not None:
        active_session_or_400(emu, session_id)
    producers = _session_producers(ctx, session_id)
    shared_inputs = plain(body.shared_inputs) or {}
    errors = []
    chain_aliases: set[str] = set()
    step_inputs: list[JsonDict] = []
    for index, (step, workflow) in enumerate(zip(body.steps, workflows, strict=True)):
        own = plain(step.inputs) or {}
        merged = {**shared_inputs, **own}
        step_inputs.append(merged)
        errors += check_refs(
            own, ("body", "steps", index, "inputs"), producers, workflow.get("input_schema")
        )
        shared_only = {k: v for k, v in shared_inputs.items() if k not in own}
        errors += check_refs(
            shared_only, ("body", "shared_inputs"), producers, workflow.get("input_schema")
        )
        alias = unset_to_none(step.session_alias)
        if alias is not None:
            if alias in chain_aliases:
                msg = f"Value error, session_alias {alias!r} is used by more than one step"
                errors.append(error(("body", "steps", index, "session_alias"), msg, "value_error"))
            chain_aliases.add(alias)
            producers[alias] = Producer(alias, workflow.get("output_schema"))
    if errors:
        raise RequestValidationError(errors)
    target, pools = _targets(ctx, machine_id, pool_ids)
    shared_secrets = plain(body.shared_sensitive_inputs) or {}
    keep = bool(unset_to_none(body.keep_session_after_completion))
    runs: list[RunRecord] = []
    for index, (step, workflow) in enumerate(zip(body.steps, workflows, strict=True)):
        first = index == 0
        last = index == len(body.steps) - 1
        secrets = {**shared_secrets, **(plain(step.sensitive_inputs) or {})}
        run = new_run(
            emu,
            workflow,
            input_values=step_inputs[index],
            sensitive_values=secrets or None,
            files=shared_files if first else (),
            is_priority=bool(unset_to_none(body.is_priority)),
            machine_id=target if first and session_id is None else None,
            pool_ids=pools if first and session_id is None else None,
            session_id=session_id if session_id is not None else (runs[0].id if runs else None),
            start_session=first and session_id is None,
            session_alias=unset_to_none(step.session_alias),
            release_session_after=True if last and not keep else None,
        )
        runs.append(run)
    executor.tick(emu)
    chain_session = session_id or runs[0].id
    data = {"session_id": str(chain_session), "run_ids": [str(r.id) for r in runs]}
    return created(through(WorkflowChainResponse, data))


def _matches_search(run: RunRecord, text: str, deep: bool) -> bool:
    needle = text.lower()
    haystack = [str(run.id), str(run.workflow_id), run.session_alias or "", run.main_prompt or ""]
    haystack.append(json.dumps(run.input_values or {}))
    if deep:
        haystack += [json.dumps(run.output_data or {}), json.dumps(run.run_message_history or [])]
        haystack += run.error or []
    return any(needle in item.lower() for item in haystack)


def _included(ctx: Ctx, run: RunRecord, include: str | None) -> list[JsonDict]:
    wanted = {part.strip() for part in (include or "").split(",") if part.strip()}
    out: list[JsonDict] = []
    if "workflow" in wanted:
        out.append({"type": "workflow", "id": str(run.workflow_id)})
    machine = run.machine_id or run.target_machine_id
    if "machine" in wanted and machine is not None:
        out.append({"type": "machine", "id": str(machine)})
    if "pools" in wanted:
        out += [{"type": "pool", "id": str(p)} for p in run.pool_ids or []]
    return out


@handles("list_runs")
def list_runs(ctx: Ctx) -> Response:
    q = ctx.query
    store = ctx.emu.store
    narrowed = store.index.select(
        workflow_id=q["workflow_id"],
        machine_id=q["machine_id"],
        session_id=q["session_id"],
        status=q["status"].value if q["status"] is not None else None,
    )
    # The store keeps runs in creation order, so only a narrowed set needs sorting.
    runs = list(store.runs.values()) if narrowed is None else sorted(narrowed, key=lambda r: r.seq)
    if q["workflow_id"] is not None:
        runs = [r for r in runs if r.workflow_id == q["workflow_id"]]
    if q["machine_id"] is not None:
        runs = [r for r in runs if q["machine_id"] in (r.machine_id, r.target_machine_id)]
    if q["session_id"] is not None:
        runs = [r for r in runs if r.session_id == q["session_id"]]
    if q["status"] is not None:
        runs = [r for r in runs if r.status == q["status"].value]
    if q["created_at_from"] is not None or q["created_at_to"] is not None:
        runs = [r for r in runs if in_range(r.created_at, q["created_at_from"], q["created_at_to"])]
    if q["search"]:
        runs = [r for r in runs if _matches_search(r, q["search"], bool(q["deep_search"]))]
    if q["sort_mode"] is not None and q["sort_mode"].value == "activity":
        runs.sort(key=lambda r: (r.ended_at or r.started_at or r.created_at, r.seq), reverse=True)
    else:
        runs.reverse()
    items, total, skip, limit = paginate(ctx, runs)
    fields = [f.value for f in q["fields"]] if q["fields"] else None
    data: JsonDict = {
        "items": [run_json(r, fields) for r in items],
        "total": total,
        "skip": skip,
        "limit": limit,
    }
    if q["include"]:
        data["included"] = [i for r in items for i in _included(ctx, r, q["include"])]
    return ok(data)


@handles("get_run")
def get_run(ctx: Ctx) -> Response:
    run = run_or_404(ctx.emu, ctx.path["run_id"])
    data = run_json(run, model=RunResponseWithIncludes)
    if ctx.query["include"]:
        data["included"] = _included(ctx, run, ctx.query["include"])
    return ok(data)


@handles("update_run")
def update_run(ctx: Ctx) -> Response:
    emu = ctx.emu
    run = run_or_404(emu, ctx.path["run_id"])
    body: RunUpdate = ctx.body
    status = unset_to_none(body.status)
    if status is not None and run.terminal and status.value != run.status:
        # A terminal status is final, so a late or reordered PATCH cannot revive a run;
        # repeating the status it ended with is harmless and answers 200.
        raise ApiError(
            400,
            f"Run {run.id} already ended with status {run.status}; "
            "its status can no longer change (retry it to run it again)",
        )
    changes = declared(body)
    for key in (
        "output_data",
        "input_values",
        "usage_metadata",
        "run_message_history",
        "post_run_checks",
        "error",
        "release_session_after",
    ):
        if key in changes:
            setattr(run, key, changes[key])
    if "output_attachment_ids" in changes:
        run.output_attachment_ids = [uuid.UUID(i) for i in changes["output_attachment_ids"] or []]
    for key in ("started_at", "ended_at"):
        if key in changes:
            setattr(run, key, parse_time(changes[key]))
    if status is not None and not run.terminal:
        value = status.value
        if value == "cancelled":
            executor.cancel_run(emu, run, emu.now())
        elif value in TERMINAL_STATUSES:
            executor.finish_run(emu, run, value, emu.now(), errors=run.error)
        else:
            run.status = value
    executor.tick(emu)
    return ok(run_json(run))


@handles("delete_run")
def delete_run(ctx: Ctx) -> Response:
    emu = ctx.emu
    run = run_or_404(emu, ctx.path["run_id"])
    if not run.terminal:
        executor.cancel_run(emu, run, emu.now())
    for attachment_id in [*run.input_attachment_ids, *run.output_attachment_ids]:
        emu.store.attachments.pop(attachment_id, None)
    emu.store.delete_run(run)
    executor.tick(emu)
    return no_content()


@handles("retry_run")
def retry_run(ctx: Ctx) -> Response:
    emu = ctx.emu
    run = run_or_404(emu, ctx.path["run_id"])
    body: RunRetry = ctx.body
    if not run.terminal:
        raise ApiError(
            400,
            f"Run {run.id} is {run.status}; only runs in a terminal status "
            "(success, task_failed, error, cancelled) can be retried",
        )
    files = decode_files(body.file_inputs, ("body", "file_inputs"))
    session_id = unset_to_none(body.session_id)
    start_session = bool(unset_to_none(body.start_session))
    reuse = unset_to_none(body.reuse_session)
    if session_id is not None:
        active_session_or_400(emu, session_id)
    elif not start_session and (reuse is None or reuse) and run.session_id is not None:
        session = emu.store.sessions.get(run.session_id)
        session_id = run.session_id if session is not None and not session.released else None
    pool_ids = unset_to_none(body.pool_ids)
    machine_id = unset_to_none(body.machine_id)
    if pool_ids:
        run.pool_ids, run.target_machine_id = pools_or_404(emu, pool_ids), None
    elif machine_id is not None:
        run.target_machine_id, run.pool_ids = machine_or_404(emu, machine_id).id, None
    for attachment_id in run.output_attachment_ids:
        emu.store.attachments.pop(attachment_id, None)
    run.output_attachment_ids = []
    if unset_to_none(body.file_inputs) is not None:
        for attachment_id in run.input_attachment_ids:
            emu.store.attachments.pop(attachment_id, None)
        run.input_attachment_ids = []
        for file in files:
            attach(emu, run, file)
    inputs = plain(body.input_values)
    if inputs is not None:
        run.input_values = inputs
    set_secrets(run, plain(body.sensitive_input_values))
    for name in ("session_alias", "release_session_after", "is_priority"):
        value = unset_to_none(getattr(body, name))
        if value is not None:
            setattr(run, name, value)
    run.start_session = start_session and session_id is None
    if run.start_session:
        session_id = run.id
        emu.store.sessions[run.id] = SessionRecord(run.id)
    run.session_id = session_id
    now = emu.now()
    run.status = "scheduling"
    run.output_data = run.error = run.run_message_history = None
    run.usage_metadata = run.post_run_checks = None
    run.started_at = run.ended_at = None
    run.machine_id = None
    run.queued_t, run.assigned_t, run.started_t = now, None, None
    run.main_done_t = run.checks_done_t = None
    executor.tick(emu)
    return ok(run_json(run))


@handles("generate_run_trajectory")
def generate_run_trajectory(ctx: Ctx) -> Response:
    run = run_or_404(ctx.emu, ctx.path["run_id"])
    if not run.terminal:
        raise ApiError(400, f"Run {run.id} is {run.status}; trajectories come from finished runs")
    trajectory = new_trajectory(
        ctx.emu,
        workflow_id=run.workflow_id,
        trajectory_data=list(run.run_message_history or []),
        run_id=run.id,
        original_input_values=run.input_values,
        is_generated=True,
        name=f"Generated from run {run.id}",
    )
    return ok(through(TrajectoryResponse, trajectory))


@handles("get_run_trajectory")
def get_run_trajectory(ctx: Ctx) -> Response:
    run = run_or_404(ctx.emu, ctx.path["run_id"])
    found = [t for t in ctx.emu.store.trajectories.values() if t.get("run_id") == str(run.id)]
    if not found:
        raise not_found("Trajectory for run", run.id)
    return ok(through(TrajectoryResponse, found[-1]))


@handles("get_run_image_signed_url")
def get_run_image_signed_url(ctx: Ctx) -> Response:
    run = run_or_404(ctx.emu, ctx.path["run_id"])
    expires_in = check_expires_in(ctx.query["expires_in"])
    image_url: str = ctx.query["image_url"]
    if not image_url.startswith("supabase://run-images/"):
        raise ApiError(400, "image_url must be a supabase://run-images/... URL from the run")
    name = image_url.rsplit("/", 1)[-1] or f"{run.id}.png"
    width, height = (1280, 800)
    url = file_url(ctx.emu, ctx.base_url, name, "image/png", png_bytes(width, height), expires_in)
    data = {"supabase_url": image_url, "signed_url": url, "expires_in": expires_in}
    return ok(through(RunImageSignedUrlResponse, data))


@handles("get_run_llm_costs")
def get_run_llm_costs(ctx: Ctx) -> Response:
    run = run_or_404(ctx.emu, ctx.path["run_id"])
    steps = int((run.usage_metadata or {}).get("agentic_steps", 0))
    rows = []
    if steps:
        rows.append(
            {
                "role": "main_agent",
                "billing_platform": "emulator",
                "model": "emulated-model",
                "endpoint_type": "messages",
                "call_count": steps,
                "input_tokens": 1000 * steps,
                "uncached_input_tokens": 1000 * steps,
                "cache_read_tokens": 0,
                "cache_write_5m_tokens": 0,
                "cache_write_1h_tokens": 0,
                "output_tokens": 100 * steps,
                "reasoning_tokens": 0,
                "source": "emulator",
                "cost_usd": 0.01 * steps,
            }
        )
    data = {
        "run_id": str(run.id),
        "has_unpriced": False,
        "rows": rows,
        "total_cost_usd": round(0.01 * steps, 4),
    }
    return ok(through(RunLlmCostsResponse, data))
