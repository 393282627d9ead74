"""Pools: named groups of machines that runs can require (all of them)."""

from __future__ import annotations

import uuid

from starlette.responses import Response

from cyberdesk.client.models import (
    MachinePoolAssignment,
    PoolCreate,
    PoolResponseWithIncludes,
    PoolUpdate,
    PoolWithMachines,
)

from .. import executor
from ..context import Ctx, created, handles, no_content, ok
from ..records import ORGANIZATION_ID, JsonDict
from ..views import machine_json, pool_json
from .common import declared, found_or_404, machine_or_404, page_json


def _pool_or_404(ctx: Ctx) -> JsonDict:
    return found_or_404(ctx.emu.store.pools, ctx.path["pool_id"], "Pool")


def _members(ctx: Ctx, pool: JsonDict) -> list[JsonDict]:
    pool_id = uuid.UUID(pool["id"])
    return [
        machine_json(ctx.emu, m) for m in ctx.emu.store.machines.values() if pool_id in m.pool_ids
    ]


@handles("list_pools")
def list_pools(ctx: Ctx) -> Response:
    pools = list(ctx.emu.store.pools.values())
    return ok(page_json(ctx, pools, lambda p: pool_json(ctx.emu, p)))


@handles("create_pool")
def create_pool(ctx: Ctx) -> Response:
    body: PoolCreate = ctx.body
    data = declared(body)
    pool_id = ctx.emu.store.new_id()
    now = ctx.emu.wall(ctx.emu.now()).isoformat()
    pool: JsonDict = {
        "id": str(pool_id),
        "name": data["name"],
        "description": data.get("description"),
        "pool_parameters": data.get("pool_parameters"),
        "pool_sensitive_parameters": data.get("pool_sensitive_parameters"),
        "organization_id": ORGANIZATION_ID,
        "created_at": now,
        "updated_at": now,
    }
    ctx.emu.store.pools[pool_id] = pool
    return created(pool_json(ctx.emu, pool))


@handles("get_pool")
def get_pool(ctx: Ctx) -> Response:
    pool = _pool_or_404(ctx)
    extra = {"machines": _members(ctx, pool)} if ctx.query["include_machines"] else None
    data = pool_json(ctx.emu, pool, model=PoolResponseWithIncludes, extra=extra)
    if ctx.query["include"] and "machines" in ctx.query["include"]:
        data["included"] = [{"type": "machine", "id": m["id"]} for m in _members(ctx, pool)]
    return ok(data)


@handles("update_pool")
def update_pool(ctx: Ctx) -> Response:
    pool = _pool_or_404(ctx)
    body: PoolUpdate = ctx.body
    changes = {k: v for k, v in declared(body).items() if k in pool}
    if changes.get("name", "") is None:
        del changes["name"]
    pool.update(changes, updated_at=ctx.emu.wall(ctx.emu.now()).isoformat())
    return ok(pool_json(ctx.emu, pool))


@handles("delete_pool")
def delete_pool(ctx: Ctx) -> Response:
    pool = _pool_or_404(ctx)
    pool_id = uuid.UUID(pool["id"])
    for machine in ctx.emu.store.machines.values():
        if pool_id in machine.pool_ids:
            machine.pool_ids.remove(pool_id)
    del ctx.emu.store.pools[pool_id]
    return no_content()


@handles("add_machines_to_pool")
def add_machines_to_pool(ctx: Ctx) -> Response:
    pool = _pool_or_404(ctx)
    body: MachinePoolAssignment = ctx.body
    machines = [machine_or_404(ctx.emu, m) for m in body.machine_ids]
    pool_id = uuid.UUID(pool["id"])
    for machine in machines:
        if pool_id not in machine.pool_ids:
            machine.pool_ids.append(pool_id)
    executor.tick(ctx.emu)
    extra = {"machines": _members(ctx, pool)}
    return ok(pool_json(ctx.emu, pool, model=PoolWithMachines, extra=extra))


@handles("remove_machines_from_pool")
def remove_machines_from_pool(ctx: Ctx) -> Response:
    pool = _pool_or_404(ctx)
    body: MachinePoolAssignment = ctx.body
    machines = [machine_or_404(ctx.emu, m) for m in body.machine_ids]
    pool_id = uuid.UUID(pool["id"])
    for machine in machines:
        if pool_id in machine.pool_ids:
            machine.pool_ids.remove(pool_id)
    return no_content()
