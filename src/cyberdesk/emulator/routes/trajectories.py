"""Trajectories: recorded action sequences a workflow can replay."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from starlette.responses import Response

from cyberdesk.client.models import (
    TrajectoryCreate,
    TrajectoryResponse,
    TrajectoryResponseWithIncludes,
    TrajectoryUpdate,
)

from ..context import Ctx, created, handles, no_content, ok
from ..errors import not_found
from ..records import ORGANIZATION_ID, USER_ID, JsonDict
from ..views import through
from .common import declared, found_or_404, in_range, page_json, parse_time, workflow_or_404

if TYPE_CHECKING:
    from ..state import EmulatorState

DEFAULT_DIMENSIONS = {"width": 1280, "height": 800}


def new_trajectory(
    emu: EmulatorState,
    *,
    workflow_id: uuid.UUID,
    trajectory_data: list[Any],
    run_id: uuid.UUID | None = None,
    original_input_values: JsonDict | None = None,
    is_generated: bool = False,
    is_approved: bool = False,
    name: str | None = None,
    description: str | None = None,
    dimensions: dict[str, int] | None = None,
) -> JsonDict:
    """Stores a trajectory; the first one of a workflow becomes its main one."""
    now = emu.wall(emu.now()).isoformat()
    trajectory_id = emu.store.new_id()
    has_main = any(
        t["workflow_id"] == str(workflow_id) and t["is_main"]
        for t in emu.store.trajectories.values()
    )
    data: JsonDict = {
        "id": str(trajectory_id),
        "workflow_id": str(workflow_id),
        "trajectory_data": trajectory_data,
        "dimensions": dimensions or dict(DEFAULT_DIMENSIONS),
        "is_approved": is_approved,
        "has_been_approved": is_approved,
        "is_generated": is_generated,
        "is_main": not has_main,
        "created_at": now,
        "updated_at": now,
        "name": name,
        "description": description,
        "run_id": str(run_id) if run_id else None,
        "original_input_values": original_input_values,
        "user_id": USER_ID,
        "organization_id": ORGANIZATION_ID,
    }
    emu.store.trajectories[trajectory_id] = data
    return data


def _trajectory_or_404(ctx: Ctx) -> JsonDict:
    return found_or_404(ctx.emu.store.trajectories, ctx.path["trajectory_id"], "Trajectory")


@handles("create_trajectory")
def create_trajectory(ctx: Ctx) -> Response:
    body: TrajectoryCreate = ctx.body
    workflow_or_404(ctx.emu, body.workflow_id)
    data = declared(body)
    trajectory = new_trajectory(
        ctx.emu,
        workflow_id=body.workflow_id,
        trajectory_data=data["trajectory_data"],
        run_id=uuid.UUID(data["run_id"]) if data.get("run_id") else None,
        original_input_values=data.get("original_input_values"),
        is_approved=bool(data.get("is_approved")),
        name=data.get("name"),
        description=data.get("description"),
        dimensions=data["dimensions"],
    )
    return created(through(TrajectoryResponse, trajectory))


@handles("list_trajectories")
def list_trajectories(ctx: Ctx) -> Response:
    q = ctx.query
    items = list(ctx.emu.store.trajectories.values())
    if q["workflow_id"] is not None:
        items = [t for t in items if t["workflow_id"] == str(q["workflow_id"])]
    if q["run_id"] is not None:
        items = [t for t in items if t["run_id"] == str(q["run_id"])]
    if q["is_approved"] is not None:
        items = [t for t in items if t["is_approved"] == q["is_approved"]]
    # The generated default (True) is not applied: without the parameter every
    # trajectory is listed, including the ones users create.
    if ctx.given("is_generated") and q["is_generated"] is not None:
        items = [t for t in items if t["is_generated"] == q["is_generated"]]
    if q["search"]:
        needle = q["search"].lower()
        items = [t for t in items if needle in json.dumps([t["name"], t["description"]]).lower()]
    for key in ("created_at", "updated_at"):
        low, high = q[f"{key}_from"], q[f"{key}_to"]
        if low is not None or high is not None:
            items = [t for t in items if in_range(parse_time(t[key]), low, high)]
    items.sort(key=lambda t: t["created_at"], reverse=True)
    return ok(page_json(ctx, items, lambda t: through(TrajectoryResponse, t)))


@handles("get_trajectory")
def get_trajectory(ctx: Ctx) -> Response:
    data = through(TrajectoryResponseWithIncludes, _trajectory_or_404(ctx))
    if ctx.query["include"] and "workflow" in ctx.query["include"]:
        data["included"] = [{"type": "workflow", "id": data["workflow_id"]}]
    return ok(data)


@handles("update_trajectory")
def update_trajectory(ctx: Ctx) -> Response:
    trajectory = _trajectory_or_404(ctx)
    body: TrajectoryUpdate = ctx.body
    changes = {k: v for k, v in declared(body).items() if k in trajectory}
    for key in ("trajectory_data", "is_approved", "is_main"):
        if changes.get(key, 0) is None:
            del changes[key]
    trajectory.update(changes)
    if trajectory["is_approved"]:
        trajectory["has_been_approved"] = True
    if changes.get("is_main"):
        for other in ctx.emu.store.trajectories.values():
            if other is not trajectory and other["workflow_id"] == trajectory["workflow_id"]:
                other["is_main"] = False
    trajectory["updated_at"] = ctx.emu.wall(ctx.emu.now()).isoformat()
    return ok(through(TrajectoryResponse, trajectory))


@handles("delete_trajectory")
def delete_trajectory(ctx: Ctx) -> Response:
    trajectory = _trajectory_or_404(ctx)
    del ctx.emu.store.trajectories[uuid.UUID(trajectory["id"])]
    return no_content()


@handles("duplicate_trajectory")
def duplicate_trajectory(ctx: Ctx) -> Response:
    source = _trajectory_or_404(ctx)
    copy = new_trajectory(
        ctx.emu,
        workflow_id=uuid.UUID(source["workflow_id"]),
        trajectory_data=json.loads(json.dumps(source["trajectory_data"])),
        run_id=uuid.UUID(source["run_id"]) if source["run_id"] else None,
        original_input_values=source["original_input_values"],
        is_generated=source["is_generated"],
        name=f"{source['name'] or 'Trajectory'} (copy)",
        description=source["description"],
        dimensions=dict(source["dimensions"]),
    )
    return created(through(TrajectoryResponse, copy))


@handles("get_latest_trajectory_for_workflow")
def get_latest_trajectory_for_workflow(ctx: Ctx) -> Response:
    workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    mine = [
        t
        for t in ctx.emu.store.trajectories.values()
        if t["workflow_id"] == str(ctx.path["workflow_id"])
    ]
    approved = [t for t in mine if t["is_approved"]]
    pool = approved or mine
    if not pool:
        raise not_found("Trajectory for workflow", ctx.path["workflow_id"])
    latest = max(pool, key=lambda t: (t["updated_at"], t["created_at"]))
    return ok(through(TrajectoryResponse, latest))
