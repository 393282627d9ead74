"""Workflows: CRUD, versions, duplicate and merge, tags, and prompt images."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from starlette.responses import Response

from cyberdesk.client.models import (
    AddTagsRequest,
    BulkAddTagsRequest,
    WorkflowCreate,
    WorkflowDuplicateRequest,
    WorkflowMergeRequest,
    WorkflowPromptImageListItem,
    WorkflowPromptImageResponse,
    WorkflowPromptImageSignedUrlResponse,
    WorkflowResponse,
    WorkflowResponseWithIncludes,
    WorkflowUpdate,
)

from ..context import Ctx, created, handles, no_content, ok
from ..errors import invalid, not_found
from ..records import ORGANIZATION_ID, USER_ID, JsonDict
from ..schema_values import parse_schema
from ..views import through
from .common import (
    declared,
    file_url,
    found_or_404,
    in_range,
    page_json,
    parse_time,
    unset_to_none,
    workflow_or_404,
)
from .tags import add_tag_to_workflow, tag_json, tag_or_404
from .trajectories import new_trajectory

VERSIONED_FIELDS = ("name", "main_prompt", "input_schema", "output_schema")
PROMPT_IMAGE_PREFIX = "supabase://workflow-prompt-images/"
PROMPT_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")


def _stamp(ctx: Ctx) -> str:
    return ctx.emu.wall(ctx.emu.now()).isoformat()


def _check_schemas(data: JsonDict) -> None:
    for key in ("input_schema", "output_schema"):
        if data.get(key) is not None and parse_schema(data[key]) is None:
            raise invalid(("body", key), f"{key} must be a JSON schema object given as JSON text")


def _post_run_checks(
    ctx: Ctx, checks: list[JsonDict] | None, old: list[JsonDict]
) -> list[JsonDict]:
    existing = {c["id"]: c for c in old}
    out = []
    for order, check in enumerate(checks or []):
        previous = existing.get(check.get("id") or "")
        out.append(
            {
                **check,
                "id": previous["id"] if previous else str(ctx.emu.store.new_id()),
                "organization_id": ORGANIZATION_ID,
                "user_id": USER_ID,
                "order": order,
                "created_at": previous["created_at"] if previous else _stamp(ctx),
                "updated_at": _stamp(ctx),
            }
        )
    return out


def workflow_json(ctx: Ctx, workflow: JsonDict, tags: bool = True, model: Any = None) -> JsonDict:
    data = dict(workflow)
    if tags:
        tag_ids = ctx.emu.store.workflow_tag_ids.get(uuid.UUID(workflow["id"]), [])
        data["tags"] = [tag_json(ctx.emu, ctx.emu.store.tags[t]) for t in tag_ids]
    return through(model or WorkflowResponse, data)


def _new_workflow(ctx: Ctx, fields: JsonDict) -> JsonDict:
    workflow_id = ctx.emu.store.new_id()
    prompt = str(fields.get("main_prompt") or "")
    workflow: JsonDict = {
        "id": str(workflow_id),
        "name": fields.get("name"),
        "main_prompt": prompt,
        "input_schema": fields.get("input_schema"),
        "output_schema": fields.get("output_schema"),
        "includes_file_exports": bool(fields.get("includes_file_exports")),
        "is_webhooks_enabled": bool(fields.get("is_webhooks_enabled")),
        "terminal_command_allowlist": fields.get("terminal_command_allowlist"),
        "model_metadata": fields.get("model_metadata"),
        "post_run_check_failure_cleanup_prompt": fields.get(
            "post_run_check_failure_cleanup_prompt"
        ),
        "post_run_checks": _post_run_checks(ctx, fields.get("post_run_checks"), []),
        "includes_input_variables": "{" in prompt,
        "workflow_metadata": None,
        "old_versions": [],
        "user_id": USER_ID,
        "organization_id": ORGANIZATION_ID,
        "created_at": _stamp(ctx),
        "updated_at": _stamp(ctx),
    }
    ctx.emu.store.workflows[workflow_id] = workflow
    return workflow


@handles("create_workflow")
def create_workflow(ctx: Ctx) -> Response:
    body: WorkflowCreate = ctx.body
    data = {k: v for k, v in declared(body).items() if k != "additional_properties"}
    _check_schemas(data)
    return created(workflow_json(ctx, _new_workflow(ctx, data)))


@handles("list_workflows")
def list_workflows(ctx: Ctx) -> Response:
    q = ctx.query
    items = list(ctx.emu.store.workflows.values())
    if q["search"]:
        needle = q["search"].lower()
        items = [w for w in items if needle in f"{w['name'] or ''} {w['main_prompt']}".lower()]
    for key in ("created_at", "updated_at"):
        low, high = q[f"{key}_from"], q[f"{key}_to"]
        if low is not None or high is not None:
            items = [w for w in items if in_range(parse_time(w[key]), low, high)]
    if q["tag_ids"]:
        wanted = {part.strip() for part in q["tag_ids"].split(",") if part.strip()}
        items = [
            w
            for w in items
            if wanted & {str(t) for t in ctx.emu.store.workflow_tag_ids.get(uuid.UUID(w["id"]), [])}
        ]
    items.sort(key=lambda w: w["updated_at"], reverse=True)
    tags = bool(q["include_tags"])
    return ok(page_json(ctx, items, lambda w: workflow_json(ctx, w, tags=tags)))


@handles("get_workflow")
def get_workflow(ctx: Ctx) -> Response:
    workflow = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    data = workflow_json(ctx, workflow, model=WorkflowResponseWithIncludes)
    if ctx.query["include"] and "tags" in ctx.query["include"]:
        data["included"] = [{"type": "tag", "id": t["id"]} for t in data.get("tags") or []]
    return ok(data)


@handles("update_workflow")
def update_workflow(ctx: Ctx) -> Response:
    workflow = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    body: WorkflowUpdate = ctx.body
    changes = {k: v for k, v in declared(body).items() if k in workflow}
    _check_schemas(changes)
    for key in ("main_prompt", "includes_file_exports", "is_webhooks_enabled"):
        if changes.get(key, "") is None:
            del changes[key]
    if any(key in changes and changes[key] != workflow[key] for key in VERSIONED_FIELDS):
        snapshot = {key: workflow[key] for key in VERSIONED_FIELDS}
        snapshot["version"] = len(workflow["old_versions"]) + 1
        snapshot["saved_at"] = workflow["updated_at"]
        workflow["old_versions"].append(snapshot)
    if "post_run_checks" in changes:
        changes["post_run_checks"] = _post_run_checks(
            ctx, changes["post_run_checks"], workflow["post_run_checks"]
        )
    workflow.update(changes, updated_at=_stamp(ctx))
    workflow["includes_input_variables"] = "{" in workflow["main_prompt"]
    return ok(workflow_json(ctx, workflow))


@handles("delete_workflow")
def delete_workflow(ctx: Ctx) -> Response:
    workflow = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    workflow_id = uuid.UUID(workflow["id"])
    del ctx.emu.store.workflows[workflow_id]
    ctx.emu.store.workflow_tag_ids.pop(workflow_id, None)
    return no_content()


@handles("get_workflow_versions")
def get_workflow_versions(ctx: Ctx) -> Response:
    workflow = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    return ok(list(workflow["old_versions"]))


def _copy_trajectories(ctx: Ctx, source: JsonDict, target: JsonDict) -> None:
    for trajectory in list(ctx.emu.store.trajectories.values()):
        if trajectory["workflow_id"] == source["id"]:
            new_trajectory(
                ctx.emu,
                workflow_id=uuid.UUID(target["id"]),
                trajectory_data=copy.deepcopy(trajectory["trajectory_data"]),
                original_input_values=trajectory["original_input_values"],
                is_generated=trajectory["is_generated"],
                is_approved=trajectory["is_approved"],
                name=trajectory["name"],
                description=trajectory["description"],
                dimensions=dict(trajectory["dimensions"]),
            )


@handles("duplicate_workflow")
def duplicate_workflow(ctx: Ctx) -> Response:
    source = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    body: WorkflowDuplicateRequest | None = ctx.body
    fields = copy.deepcopy(source)
    fields["name"] = f"{source['name'] or 'Workflow'} (copy)"
    copy_of = _new_workflow(ctx, fields)
    copy_of["post_run_checks"] = _post_run_checks(ctx, source["post_run_checks"], [])
    tag_ids = ctx.emu.store.workflow_tag_ids.get(uuid.UUID(source["id"]), [])
    ctx.emu.store.workflow_tag_ids[uuid.UUID(copy_of["id"])] = list(tag_ids)
    if body is not None and unset_to_none(body.include_trajectories):
        _copy_trajectories(ctx, source, copy_of)
    return created(workflow_json(ctx, copy_of))


@handles("merge_workflow")
def merge_workflow(ctx: Ctx) -> Response:
    """Folds this workflow into the target: its versions (and trajectories when asked)."""
    source = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    body: WorkflowMergeRequest = ctx.body
    target = workflow_or_404(ctx.emu, body.target_workflow_id)
    if target is source:
        raise invalid(("body", "target_workflow_id"), "a workflow cannot be merged into itself")
    snapshot = {key: source[key] for key in VERSIONED_FIELDS}
    snapshot.update(version=len(target["old_versions"]) + 1, merged_from=source["id"])
    target["old_versions"].append(snapshot)
    if unset_to_none(body.copy_trajectories):
        _copy_trajectories(ctx, source, target)
    target["updated_at"] = _stamp(ctx)
    return ok(workflow_json(ctx, target))


@handles("get_workflow_tags")
def get_workflow_tags(ctx: Ctx) -> Response:
    workflow = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    tag_ids = ctx.emu.store.workflow_tag_ids.get(uuid.UUID(workflow["id"]), [])
    return ok([tag_json(ctx.emu, ctx.emu.store.tags[t]) for t in tag_ids])


@handles("add_tags_to_workflow")
def add_tags_to_workflow(ctx: Ctx) -> Response:
    workflow = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    body: AddTagsRequest = ctx.body
    for tag_id in body.tag_ids:
        tag_or_404(ctx.emu, tag_id)
    workflow_id = uuid.UUID(workflow["id"])
    for tag_id in body.tag_ids:
        add_tag_to_workflow(ctx.emu, workflow_id, tag_id)
    tag_ids = ctx.emu.store.workflow_tag_ids.get(workflow_id, [])
    return ok([tag_json(ctx.emu, ctx.emu.store.tags[t]) for t in tag_ids])


@handles("remove_tag_from_workflow")
def remove_tag_from_workflow(ctx: Ctx) -> Response:
    workflow = workflow_or_404(ctx.emu, ctx.path["workflow_id"])
    tag_ids = ctx.emu.store.workflow_tag_ids.get(uuid.UUID(workflow["id"]), [])
    if ctx.path["tag_id"] not in tag_ids:
        raise not_found("Tag on workflow", ctx.path["tag_id"])
    tag_ids.remove(ctx.path["tag_id"])
    return no_content()


@handles("bulk_add_tags_to_workflows")
def bulk_add_tags_to_workflows(ctx: Ctx) -> Response:
    body: BulkAddTagsRequest = ctx.body
    for workflow_id in body.workflow_ids:
        workflow_or_404(ctx.emu, workflow_id)
    for tag_id in body.tag_ids:
        tag_or_404(ctx.emu, tag_id)
    for workflow_id in body.workflow_ids:
        for tag_id in body.tag_ids:
            add_tag_to_workflow(ctx.emu, workflow_id, tag_id)
    return no_content()


def _image_or_404(ctx: Ctx) -> tuple[str, str, str, bytes, Any]:
    path: str = ctx.query["path"].removeprefix(PROMPT_IMAGE_PREFIX)
    found = found_or_404(ctx.emu.store.prompt_images, path, "Prompt image")
    return (path, *found)


@handles("upload_workflow_prompt_image")
def upload_workflow_prompt_image(ctx: Ctx) -> Response:
    upload = ctx.files["file"]
    content_type = upload.content_type
    if content_type not in PROMPT_IMAGE_TYPES:
        raise invalid(("body", "file"), f"file must be an image ({', '.join(PROMPT_IMAGE_TYPES)})")
    path = f"{ORGANIZATION_ID}/{ctx.emu.store.token(8)}/{upload.filename}"
    ctx.emu.store.prompt_images[path] = (
        upload.filename,
        content_type,
        upload.data,
        ctx.emu.wall(ctx.emu.now()),
    )
    url = file_url(ctx.emu, ctx.base_url, upload.filename, content_type, upload.data, 3600)
    data = {
        "supabase_url": PROMPT_IMAGE_PREFIX + path,
        "signed_url": url,
        "filename": upload.filename,
        "content_type": content_type,
        "size_bytes": len(upload.data),
    }
    return created(through(WorkflowPromptImageResponse, data))


@handles("list_workflow_prompt_images")
def list_workflow_prompt_images(ctx: Ctx) -> Response:
    items = [
        through(
            WorkflowPromptImageListItem,
            {
                "supabase_url": PROMPT_IMAGE_PREFIX + path,
                "path": path,
                "filename": filename,
                "created_at": stamp.isoformat(),
                "size_bytes": len(data),
            },
        )
        for path, (filename, _, data, stamp) in ctx.emu.store.prompt_images.items()
    ]
    return ok(items)


@handles("get_workflow_prompt_image_signed_url")
def get_workflow_prompt_image_signed_url(ctx: Ctx) -> Response:
    path, filename, content_type, data, _ = _image_or_404(ctx)
    url = file_url(ctx.emu, ctx.base_url, filename, content_type, data, 3600)
    payload = {"supabase_url": PROMPT_IMAGE_PREFIX + path, "signed_url": url, "expires_in": 3600}
    return ok(through(WorkflowPromptImageSignedUrlResponse, payload))


@handles("delete_workflow_prompt_image")
def delete_workflow_prompt_image(ctx: Ctx) -> Response:
    path, *_ = _image_or_404(ctx)
    del ctx.emu.store.prompt_images[path]
    return no_content()
