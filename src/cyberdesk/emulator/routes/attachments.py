"""Run attachments: input files given at creation, output files a run produced."""

from __future__ import annotations

import base64
import binascii
from urllib.parse import quote

from starlette.responses import Response

from cyberdesk.client.models import (
    RunAttachmentCreate,
    RunAttachmentDownloadUrlResponse,
    RunAttachmentUpdate,
)

from ..context import Ctx, created, handles, no_content, ok
from ..errors import invalid
from ..records import AttachmentRecord
from ..views import attachment_json, through
from .common import (
    check_expires_in,
    declared,
    file_url,
    found_or_404,
    page_json,
    parse_time,
    run_or_404,
    unset_to_none,
)


def _attachment_or_404(ctx: Ctx) -> AttachmentRecord:
    return found_or_404(ctx.emu.store.attachments, ctx.path["attachment_id"], "Attachment")


def content_disposition(filename: str) -> str:
    # Control characters would make the header illegal (h11 refuses it).
    filename = "".join(ch if ch.isprintable() else "_" for ch in filename)
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


@handles("list_run_attachments")
def list_run_attachments(ctx: Ctx) -> Response:
    q = ctx.query
    items = sorted(ctx.emu.store.attachments.values(), key=lambda a: a.created_at)
    if q["run_id"] is not None:
        items = [a for a in items if a.run_id == q["run_id"]]
    if q["attachment_type"] is not None:
        items = [a for a in items if a.attachment_type == q["attachment_type"].value]
    return ok(page_json(ctx, items, attachment_json))


@handles("create_run_attachment")
def create_run_attachment(ctx: Ctx) -> Response:
    body: RunAttachmentCreate = ctx.body
    run = run_or_404(ctx.emu, body.run_id)
    try:
        data = base64.b64decode(body.content, validate=True)
    except (binascii.Error, ValueError):
        raise invalid(("body", "content"), "content is not valid base64") from None
    record = AttachmentRecord(
        id=ctx.emu.store.new_id(),
        run_id=run.id,
        filename=body.filename,
        content_type=body.content_type,
        attachment_type=body.attachment_type.value,
        data=data,
        created_at=ctx.emu.wall(ctx.emu.now()),
        target_path=unset_to_none(body.target_path),
        cleanup_imports_after_run=bool(unset_to_none(body.cleanup_imports_after_run)),
        expires_at=unset_to_none(body.expires_at),
    )
    ctx.emu.store.attachments[record.id] = record
    target = (
        run.input_attachment_ids if record.attachment_type == "input" else run.output_attachment_ids
    )
    target.append(record.id)
    return created(attachment_json(record))


@handles("get_run_attachment")
def get_run_attachment(ctx: Ctx) -> Response:
    return ok(attachment_json(_attachment_or_404(ctx)))


@handles("update_run_attachment")
def update_run_attachment(ctx: Ctx) -> Response:
    attachment = _attachment_or_404(ctx)
    body: RunAttachmentUpdate = ctx.body
    changes = declared(body)
    if "expires_at" in changes:
        attachment.expires_at = parse_time(changes["expires_at"])
    return ok(attachment_json(attachment))


@handles("delete_run_attachment")
def delete_run_attachment(ctx: Ctx) -> Response:
    attachment = _attachment_or_404(ctx)
    run = ctx.emu.store.runs.get(attachment.run_id)
    if run is not None:
        for ids in (run.input_attachment_ids, run.output_attachment_ids):
            if attachment.id in ids:
                ids.remove(attachment.id)
    del ctx.emu.store.attachments[attachment.id]
    return no_content()


@handles("download_run_attachment")
def download_run_attachment(ctx: Ctx) -> Response:
    attachment = _attachment_or_404(ctx)
    # The contract declares the raw bytes as application/octet-stream whatever the file is.
    return Response(
        attachment.data,
        media_type="application/octet-stream",
        headers={"content-disposition": content_disposition(attachment.filename)},
    )


@handles("get_run_attachment_download_url")
def get_run_attachment_download_url(ctx: Ctx) -> Response:
    attachment = _attachment_or_404(ctx)
    expires_in = check_expires_in(ctx.query["expires_in"])
    url = file_url(
        ctx.emu,
        ctx.base_url,
        attachment.filename,
        attachment.content_type,
        attachment.data,
        expires_in,
    )
    return ok(through(RunAttachmentDownloadUrlResponse, {"url": url, "expires_in": expires_in}))
