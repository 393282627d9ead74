"""Workflow tags and tag groups. A workflow holds at most one tag of each group."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from starlette.responses import Response

from cyberdesk.client.models import (
    ReorderRequest,
    WorkflowTagCreate,
    WorkflowTagGroupCreate,
    WorkflowTagGroupResponse,
    WorkflowTagGroupUpdate,
    WorkflowTagResponse,
    WorkflowTagUpdate,
)

from ..context import Ctx, created, handles, no_content, ok
from ..errors import not_found
from ..records import ORGANIZATION_ID, JsonDict
from ..views import through
from .common import declared, found_or_404

if TYPE_CHECKING:
    from ..state import EmulatorState


def tag_json(emu: EmulatorState, tag: JsonDict) -> JsonDict:
    tag_id = uuid.UUID(tag["id"])
    count = sum(1 for ids in emu.store.workflow_tag_ids.values() if tag_id in ids)
    group = emu.store.tag_groups.get(uuid.UUID(tag["group_id"])) if tag["group_id"] else None
    data = dict(tag, workflow_count=count)
    data["group"] = through(WorkflowTagGroupResponse, group) if group else None
    return through(WorkflowTagResponse, data)


def tag_or_404(emu: EmulatorState, tag_id: uuid.UUID) -> JsonDict:
    return found_or_404(emu.store.tags, tag_id, "Tag")


def add_tag_to_workflow(emu: EmulatorState, workflow_id: uuid.UUID, tag_id: uuid.UUID) -> None:
    """Adds a tag; a grouped tag replaces the workflow's other tag of that group."""
    tag = tag_or_404(emu, tag_id)
    current = emu.store.workflow_tag_ids.setdefault(workflow_id, [])
    if tag["group_id"] is not None:
        current[:] = [
            t
            for t in current
            if t == tag_id or emu.store.tags.get(t, {}).get("group_id") != tag["group_id"]
        ]
    if tag_id not in current:
        current.append(tag_id)


def _group_or_404(emu: EmulatorState, group_id: uuid.UUID) -> JsonDict:
    return found_or_404(emu.store.tag_groups, group_id, "Tag group")


def _stamp(emu: EmulatorState) -> str:
    return emu.wall(emu.now()).isoformat()


def _reorder(
    emu: EmulatorState, items: dict[uuid.UUID, JsonDict], body: ReorderRequest, kind: str
) -> None:
    for ident in body.ids:
        if ident not in items:
            raise not_found(kind, ident)
    for order, ident in enumerate(body.ids):
        items[ident]["order"] = order
        items[ident]["updated_at"] = _stamp(emu)


@handles("create_tag")
def create_tag(ctx: Ctx) -> Response:
    body: WorkflowTagCreate = ctx.body
    data = declared(body)
    if data.get("group_id"):
        _group_or_404(ctx.emu, uuid.UUID(data["group_id"]))
    tag_id = ctx.emu.store.new_id()
    tag: JsonDict = {
        "id": str(tag_id),
        "name": data["name"],
        "description": data.get("description"),
        "emoji": data.get("emoji"),
        "color": data.get("color"),
        "group_id": data.get("group_id"),
        "is_archived": False,
        "order": len(ctx.emu.store.tags),
        "organization_id": ORGANIZATION_ID,
        "created_at": _stamp(ctx.emu),
        "updated_at": _stamp(ctx.emu),
    }
    ctx.emu.store.tags[tag_id] = tag
    return created(tag_json(ctx.emu, tag))


@handles("list_tags")
def list_tags(ctx: Ctx) -> Response:
    tags = sorted(ctx.emu.store.tags.values(), key=lambda t: t["order"])
    if not ctx.query["include_archived"]:
        tags = [t for t in tags if not t["is_archived"]]
    return ok([tag_json(ctx.emu, t) for t in tags])


@handles("get_tag")
def get_tag(ctx: Ctx) -> Response:
    return ok(tag_json(ctx.emu, tag_or_404(ctx.emu, ctx.path["tag_id"])))


@handles("update_tag")
def update_tag(ctx: Ctx) -> Response:
    tag = tag_or_404(ctx.emu, ctx.path["tag_id"])
    body: WorkflowTagUpdate = ctx.body
    changes = {
        k: v
        for k, v in declared(body).items()
        if k in tag and not (v is None and k in ("name", "is_archived"))
    }
    if changes.get("group_id"):
        _group_or_404(ctx.emu, uuid.UUID(changes["group_id"]))
    tag.update(changes, updated_at=_stamp(ctx.emu))
    return ok(tag_json(ctx.emu, tag))


@handles("delete_tag")
def delete_tag(ctx: Ctx) -> Response:
    tag = tag_or_404(ctx.emu, ctx.path["tag_id"])
    tag_id = uuid.UUID(tag["id"])
    for ids in ctx.emu.store.workflow_tag_ids.values():
        if tag_id in ids:
            ids.remove(tag_id)
    del ctx.emu.store.tags[tag_id]
    return no_content()


def _set_archived(ctx: Ctx, archived: bool) -> Response:
    tag = tag_or_404(ctx.emu, ctx.path["tag_id"])
    tag.update(is_archived=archived, updated_at=_stamp(ctx.emu))
    return ok(tag_json(ctx.emu, tag))


@handles("archive_tag")
def archive_tag(ctx: Ctx) -> Response:
    return _set_archived(ctx, True)


@handles("unarchive_tag")
def unarchive_tag(ctx: Ctx) -> Response:
    return _set_archived(ctx, False)


@handles("reorder_tags")
def reorder_tags(ctx: Ctx) -> Response:
    _reorder(ctx.emu, ctx.emu.store.tags, ctx.body, "Tag")
    return no_content()


@handles("create_tag_group")
def create_tag_group(ctx: Ctx) -> Response:
    body: WorkflowTagGroupCreate = ctx.body
    data = declared(body)
    group_id = ctx.emu.store.new_id()
    group: JsonDict = {
        "id": str(group_id),
        "name": data["name"],
        "description": data.get("description"),
        "emoji": data.get("emoji"),
        "color": data.get("color"),
        "order": len(ctx.emu.store.tag_groups),
        "organization_id": ORGANIZATION_ID,
        "created_at": _stamp(ctx.emu),
        "updated_at": _stamp(ctx.emu),
    }
    ctx.emu.store.tag_groups[group_id] = group
    return created(through(WorkflowTagGroupResponse, group))


@handles("list_tag_groups")
def list_tag_groups(ctx: Ctx) -> Response:
    groups = sorted(ctx.emu.store.tag_groups.values(), key=lambda g: g["order"])
    return ok([through(WorkflowTagGroupResponse, g) for g in groups])


@handles("get_tag_group")
def get_tag_group(ctx: Ctx) -> Response:
    return ok(through(WorkflowTagGroupResponse, _group_or_404(ctx.emu, ctx.path["group_id"])))


@handles("update_tag_group")
def update_tag_group(ctx: Ctx) -> Response:
    group = _group_or_404(ctx.emu, ctx.path["group_id"])
    body: WorkflowTagGroupUpdate = ctx.body
    changes = {k: v for k, v in declared(body).items() if k in group}
    if changes.get("name", "") is None:
        del changes["name"]
    group.update(changes, updated_at=_stamp(ctx.emu))
    return ok(through(WorkflowTagGroupResponse, group))


@handles("delete_tag_group")
def delete_tag_group(ctx: Ctx) -> Response:
    group = _group_or_404(ctx.emu, ctx.path["group_id"])
    for tag in ctx.emu.store.tags.values():
        if tag["group_id"] == group["id"]:
            tag["group_id"] = None
    del ctx.emu.store.tag_groups[uuid.UUID(group["id"])]
    return no_content()


@handles("reorder_tag_groups")
def reorder_tag_groups(ctx: Ctx) -> Response:
    _reorder(ctx.emu, ctx.emu.store.tag_groups, ctx.body, "Tag group")
    return no_content()
