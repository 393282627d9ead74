"""Machines: registration, updates (including releasing a reservation) and pool membership."""

from __future__ import annotations

import uuid

from starlette.responses import Response

from cyberdesk.client.models import (
    CyberdriverWebSessionResponse,
    MachineCreate,
    MachinePoolUpdate,
    MachineResponseWithIncludes,
    MachineUpdate,
)

from .. import executor
from ..context import Ctx, created, handles, no_content, ok
from ..records import MachineRecord
from ..views import machine_json, pool_json, through
from .common import declared, in_range, machine_or_404, page_json, parse_time, plain, pools_or_404


@handles("list_machines")
def list_machines(ctx: Ctx) -> Response:
    q = ctx.query
    machines = list(ctx.emu.store.machines.values())
    if q["search"]:
        needle = q["search"].lower()
        machines = [
            m for m in machines if needle in f"{m.name or ''} {m.hostname or ''} {m.id}".lower()
        ]
    if q["name"]:
        machines = [m for m in machines if m.name == q["name"]]
    if q["status"] is not None:
        machines = [m for m in machines if m.status == q["status"].value]
    if q["created_at_from"] is not None or q["created_at_to"] is not None:
        machines = [
            m for m in machines if in_range(m.created_at, q["created_at_from"], q["created_at_to"])
        ]
    return ok(page_json(ctx, machines, lambda m: machine_json(ctx.emu, m)))


@handles("create_machine")
def create_machine(ctx: Ctx) -> Response:
    body: MachineCreate = ctx.body
    data = declared(body)
    now = ctx.emu.wall(ctx.emu.now())
    machine = MachineRecord(
        id=ctx.emu.store.new_id(),
        name=data.get("name"),
        fingerprint=data["fingerprint"],
        unkey_key_id=data["unkey_key_id"],
        created_at=now,
        last_seen=now,
        version=data.get("version"),
        hostname=data.get("hostname"),
        os_info=data.get("os_info"),
        machine_parameters=data.get("machine_parameters"),
        machine_sensitive_parameters=data.get("machine_sensitive_parameters"),
        free_since=ctx.emu.now(),
    )
    ctx.emu.store.machines[machine.id] = machine
    executor.tick(ctx.emu)
    return created(machine_json(ctx.emu, machine))


@handles("get_machine")
def get_machine(ctx: Ctx) -> Response:
    machine = machine_or_404(ctx.emu, ctx.path["machine_id"])
    data = machine_json(ctx.emu, machine, model=MachineResponseWithIncludes)
    if ctx.query["include"] and "pools" in ctx.query["include"]:
        data["included"] = [{"type": "pool", "id": str(p)} for p in machine.pool_ids]
    return ok(data)


def release_reservation(ctx: Ctx, machine: MachineRecord) -> None:
    """``reserved_session_id: null``: cancels the machine's scheduling or running work and
    frees it."""
    emu = ctx.emu
    now = emu.now()
    session_id = machine.reserved_session_id
    index = emu.store.index
    related = {**index.by_machine.get(machine.id, {})}
    if session_id is not None:
        related.update(index.by_session.get(session_id, {}))
    for run in sorted(related.values(), key=lambda r: r.seq):
        on_machine = run.machine_id == machine.id and not run.terminal
        in_session = session_id is not None and run.session_id == session_id and not run.terminal
        if on_machine or in_session:
            run.release_session_after = (
                True if run.session_id == session_id else run.release_session_after
            )
            executor.cancel_run(emu, run, now)
    if session_id is not None:
        executor.release_session(emu, session_id, now, reason="machine reservation cleared")
    machine.reserved_session_id = None


@handles("update_machine")
def update_machine(ctx: Ctx) -> Response:
    machine = machine_or_404(ctx.emu, ctx.path["machine_id"])
    body: MachineUpdate = ctx.body
    changes = declared(body)
    for key in ("name", "version", "hostname", "os_info", "machine_parameters"):
        if key in changes:
            setattr(machine, key, plain(changes[key]))
    if "machine_sensitive_parameters" in changes:
        machine.machine_sensitive_parameters = changes["machine_sensitive_parameters"]
    if changes.get("status") is not None:
        machine.status = changes["status"]
    if changes.get("alerts_enabled") is not None:
        machine.alerts_enabled = changes["alerts_enabled"]
    if changes.get("last_seen") is not None:
        machine.last_seen = parse_time(changes["last_seen"]) or machine.last_seen
    if "reserved_session_id" in changes:
        if changes["reserved_session_id"] is None:
            release_reservation(ctx, machine)
        else:
            machine.reserved_session_id = uuid.UUID(changes["reserved_session_id"])
    executor.tick(ctx.emu)
    return ok(machine_json(ctx.emu, machine))


@handles("delete_machine")
def delete_machine(ctx: Ctx) -> Response:
    emu = ctx.emu
    machine = machine_or_404(emu, ctx.path["machine_id"])
    on_machine = sorted(
        emu.store.index.by_machine.get(machine.id, {}).values(), key=lambda r: r.seq
    )
    for run in on_machine:
        if not run.terminal and machine.id in (run.machine_id, run.target_machine_id):
            executor.finish_run(
                emu, run, "error", emu.now(), errors=[f"Machine {machine.id} was deleted"]
            )
    for run in on_machine:
        if run.machine_id == machine.id:
            run.machine_id = None
        if run.target_machine_id == machine.id:
            run.target_machine_id = None
    del emu.store.machines[machine.id]
    executor.tick(emu)
    return no_content()


@handles("get_machine_pools")
def get_machine_pools(ctx: Ctx) -> Response:
    machine = machine_or_404(ctx.emu, ctx.path["machine_id"])
    return ok([pool_json(ctx.emu, ctx.emu.store.pools[p]) for p in machine.pool_ids])


@handles("update_machine_pools")
def update_machine_pools(ctx: Ctx) -> Response:
    machine = machine_or_404(ctx.emu, ctx.path["machine_id"])
    body: MachinePoolUpdate = ctx.body
    machine.pool_ids = list(dict.fromkeys(pools_or_404(ctx.emu, body.pool_ids)))
    executor.tick(ctx.emu)
    return ok(machine_json(ctx.emu, machine))


@handles("create_cyberdriver_web_session")
def create_cyberdriver_web_session(ctx: Ctx) -> Response:
    machine = machine_or_404(ctx.emu, ctx.path["machine_id"])
    data = {
        "machine_id": str(machine.id),
        "rustdesk_peer_id": f"emu-{machine.id.hex[:9]}",
        "desktop_label": machine.name or str(machine.id),
        "selected_organization_id": "org_emulator",
        "token": ctx.emu.store.token(),
        "expires_at": int(ctx.emu.wall(ctx.emu.now()).timestamp()) + 3600,
        "mode": "emulated",
        "endpoints": {"hbbs_url": "emulator://hbbs", "hbbr_url": "emulator://hbbr"},
        "public_key": "emulator-public-key",
        "features": {"clipboard": True, "file_transfer": False},
    }
    return ok(through(CyberdriverWebSessionResponse, data))
