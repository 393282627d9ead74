"""Helpers the handler modules share: lookups, paging, files and new runs."""

from __future__ import annotations

import base64
import binascii
import mimetypes
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from dateutil.parser import isoparse

from cyberdesk.client.types import Unset

from ..context import Ctx
from ..errors import ApiError, not_found
from ..records import (
    AttachmentRecord,
    FileToken,
    JsonDict,
    MachineRecord,
    RunRecord,
    SessionRecord,
)
from ..validation import ErrorDict, RequestValidationError, error
from ..views import sensitive_aliases

if TYPE_CHECKING:
    from ..state import EmulatorState

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
MAX_LIMIT = 1000


def unset_to_none(value: Any) -> Any:
    """The generated models use UNSET for absent keys; handlers treat it like None."""
    return None if isinstance(value, Unset) else value


def plain(value: Any) -> Any:
    """A generated free-form wrapper (``..._type_0``) as the dict it wraps."""
    value = unset_to_none(value)
    if value is None or isinstance(value, (dict, list, str, int, float, bool)):
        return value
    to_dict: Callable[[], Any] | None = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value


def declared(model: Any) -> JsonDict:
    """A request model's JSON without the keys its schema does not declare."""
    data: JsonDict = model.to_dict()
    for key in getattr(model, "additional_properties", {}):
        data.pop(key, None)
    return data


def paginate(ctx: Ctx, items: Sequence[T]) -> tuple[list[T], int, int, int]:
    """The page the ``skip``/``limit`` query asks for, with total, skip and limit."""
    skip: int = ctx.query.get("skip") or 0
    limit: int = ctx.query["limit"] if ctx.query.get("limit") is not None else 100
    errors: list[ErrorDict] = []
    if skip < 0:
        errors.append(
            error(
                ("query", "skip"),
                "Input should be greater than or equal to 0",
                "greater_than_equal",
            )
        )
    if not 1 <= limit <= MAX_LIMIT:
        kind, msg = (
            ("greater_than_equal", "Input should be greater than or equal to 1")
            if limit < 1
            else ("less_than_equal", f"Input should be less than or equal to {MAX_LIMIT}")
        )
        errors.append(error(("query", "limit"), msg, kind))
    if errors:
        raise RequestValidationError(errors)
    return list(items[skip : skip + limit]), len(items), skip, limit


def page_json(ctx: Ctx, items: Sequence[T], render: Callable[[T], Any]) -> JsonDict:
    """The page the query asks for, each item rendered, with total, skip and limit."""
    page, total, skip, limit = paginate(ctx, items)
    return {"items": [render(i) for i in page], "total": total, "skip": skip, "limit": limit}


def in_range(value: datetime | None, low: datetime | None, high: datetime | None) -> bool:
    if value is None:
        return low is None and high is None
    return (low is None or value >= low) and (high is None or value <= high)


def parse_time(text: Any) -> datetime | None:
    return isoparse(text) if isinstance(text, str) else None


def found_or_404(items: Mapping[K, V], key: K, kind: str) -> V:
    """``items[key]``, or a 404 saying which ``kind`` of thing is missing."""
    found = items.get(key)
    if found is None:
        raise not_found(kind, key)
    return found


def workflow_or_404(emu: EmulatorState, workflow_id: uuid.UUID) -> JsonDict:
    return found_or_404(emu.store.workflows, workflow_id, "Workflow")


def machine_or_404(emu: EmulatorState, machine_id: uuid.UUID) -> MachineRecord:
    return found_or_404(emu.store.machines, machine_id, "Machine")


def run_or_404(emu: EmulatorState, run_id: uuid.UUID) -> RunRecord:
    return found_or_404(emu.store.runs, run_id, "Run")


def pools_or_404(emu: EmulatorState, pool_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    found = []
    for pool_id in pool_ids:
        if pool_id not in emu.store.pools:
            raise not_found("Pool", pool_id)
        found.append(pool_id)
    return found


def active_session_or_400(emu: EmulatorState, session_id: uuid.UUID) -> None:
    if found_or_404(emu.store.sessions, session_id, "Session").released:
        raise ApiError(400, f"Session {session_id} has been released; start a new session")


@dataclass(frozen=True)
class DecodedFile:
    filename: str
    data: bytes
    target_path: str | None
    cleanup: bool


def decode_files(files: Any, loc: tuple[str | int, ...]) -> list[DecodedFile]:
    """``FileInput`` models with their base64 content decoded; 422 naming a bad one."""
    out = []
    errors = []
    for index, item in enumerate(unset_to_none(files) or []):
        try:
            data = base64.b64decode(item.content, validate=True)
        except (binascii.Error, ValueError):
            msg = "Value error, content is not valid base64"
            errors.append(error((*loc, index, "content"), msg, "value_error"))
            continue
        cleanup = unset_to_none(item.cleanup_imports_after_run) or False
        out.append(DecodedFile(item.filename, data, unset_to_none(item.target_path), cleanup))
    if errors:
        raise RequestValidationError(errors)
    return out


def attach(
    emu: EmulatorState, run: RunRecord, file: DecodedFile, attachment_type: str = "input"
) -> AttachmentRecord:
    record = AttachmentRecord(
        id=emu.store.new_id(),
        run_id=run.id,
        filename=file.filename,
        content_type=mimetypes.guess_type(file.filename)[0] or "application/octet-stream",
        attachment_type=attachment_type,
        data=file.data,
        created_at=emu.wall(emu.now()),
        target_path=file.target_path or f"~/CyberdeskTransfers/{file.filename}",
        cleanup_imports_after_run=file.cleanup,
    )
    emu.store.attachments[record.id] = record
    if attachment_type == "input":
        run.input_attachment_ids.append(record.id)
    else:
        run.output_attachment_ids.append(record.id)
    return record


def set_secrets(run: RunRecord, values: Mapping[str, Any] | None) -> None:
    """Keeps secret values out of everything public: runs show aliases only."""
    run.sensitive_values = dict(values or {})
    run.sensitive_aliases = sensitive_aliases(run.sensitive_values, run.id) if values else None


def new_run(
    emu: EmulatorState,
    workflow: JsonDict,
    *,
    input_values: JsonDict | None,
    sensitive_values: Mapping[str, Any] | None,
    files: Sequence[DecodedFile] = (),
    is_priority: bool = False,
    main_prompt: str | None = None,
    model_metadata: JsonDict | None = None,
    machine_id: uuid.UUID | None = None,
    pool_ids: list[uuid.UUID] | None = None,
    session_id: uuid.UUID | None = None,
    start_session: bool = False,
    session_alias: str | None = None,
    release_session_after: bool | None = None,
) -> RunRecord:
    """Stores a new ``scheduling`` run; a run that starts a session names it after itself."""
    now = emu.now()
    run = RunRecord(
        id=emu.store.new_id(),
        workflow_id=uuid.UUID(workflow["id"]),
        seq=emu.store.next_seq(),
        created_at=emu.wall(now),
        created_t=now,
        queued_t=now,
        is_priority=is_priority,
        main_prompt=main_prompt or workflow.get("main_prompt"),
        model_metadata=model_metadata or workflow.get("model_metadata"),
        target_machine_id=machine_id,
        pool_ids=None if machine_id else pool_ids,
        input_values=input_values,
        session_alias=session_alias,
        release_session_after=release_session_after,
        start_session=start_session,
    )
    if start_session:
        run.session_id = run.id
        emu.store.sessions[run.id] = SessionRecord(run.id)
    else:
        run.session_id = session_id
    set_secrets(run, sensitive_values)
    emu.store.add_run(run)
    for file in files:
        attach(emu, run, file)
    return run


def file_url(
    emu: EmulatorState,
    base_url: str,
    filename: str,
    content_type: str,
    data: bytes,
    expires_in: int,
) -> str:
    token = emu.store.token()
    emu.store.file_tokens[token] = FileToken(filename, content_type, data, emu.now() + expires_in)
    return f"{base_url}/_emulator/files/{token}"


def check_expires_in(value: int, low: int = 10, high: int = 3600) -> int:
    if value < low:
        raise RequestValidationError(
            [
                error(
                    ("query", "expires_in"),
                    f"Input should be greater than or equal to {low}",
                    "greater_than_equal",
                )
            ]
        )
    if value > high:
        raise RequestValidationError(
            [
                error(
                    ("query", "expires_in"),
                    f"Input should be less than or equal to {high}",
                    "less_than_equal",
                )
            ]
        )
    return value
