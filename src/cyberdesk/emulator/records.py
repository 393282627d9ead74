"""The typed records of one emulator: what the executor drives and the computer API touches."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

JsonDict = dict[str, Any]

TERMINAL_STATUSES = frozenset({"success", "task_failed", "error", "cancelled"})
ACTIVE_STATUSES = frozenset({"scheduling", "running", "running_checks"})

DEFAULT_DISPLAY = (1280, 800)
ORGANIZATION_ID = "org_emulator"
"""The one organization every record belongs to."""
USER_ID = "00000000-0000-4000-8000-000000000001"
"""The user shown as the author of what the emulator stores."""


class RunWatcher(Protocol):
    """What a stored run tells when a field it is indexed by changes (the store's index)."""

    @property
    def watched(self) -> frozenset[str]: ...

    def reindex(self, run: RunRecord) -> None: ...


@dataclass
class MachineRecord:
    """A desktop the executor can run on, with the small state the computer API touches."""

    id: uuid.UUID
    name: str | None
    fingerprint: str
    unkey_key_id: str
    created_at: datetime
    last_seen: datetime
    status: str = "connected"
    alerts_enabled: bool = True
    version: str | None = None
    hostname: str | None = None
    os_info: str | None = None
    machine_parameters: JsonDict | None = None
    machine_sensitive_parameters: dict[str, str] | None = None
    reserved_session_id: uuid.UUID | None = None
    linked_keepalive_machine_id: uuid.UUID | None = None
    physical_server_id: str | None = None
    pool_ids: list[uuid.UUID] = field(default_factory=list)
    current_run_id: uuid.UUID | None = None
    free_since: float = 0.0
    display: tuple[int, int] = DEFAULT_DISPLAY
    mouse: tuple[int, int] = (0, 0)
    clipboard: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    keepalive_enabled: bool = True

    def __repr__(self) -> str:
        return f"MachineRecord(id={self.id}, name={self.name!r}, status={self.status})"


@dataclass
class RunRecord:
    """A run, with the executor's timing in emulator seconds (``*_t``)."""

    id: uuid.UUID
    workflow_id: uuid.UUID
    seq: int
    created_at: datetime
    created_t: float
    status: str = "scheduling"
    is_priority: bool = False
    main_prompt: str | None = None
    model_metadata: JsonDict | None = None
    target_machine_id: uuid.UUID | None = None
    machine_id: uuid.UUID | None = None
    pool_ids: list[uuid.UUID] | None = None
    input_values: JsonDict | None = None
    sensitive_values: JsonDict = field(default_factory=dict)
    sensitive_aliases: dict[str, str] | None = None
    session_id: uuid.UUID | None = None
    session_alias: str | None = None
    start_session: bool = False
    release_session_after: bool | None = None
    output_data: JsonDict | None = None
    error: list[str] | None = None
    run_message_history: list[JsonDict] | None = None
    usage_metadata: JsonDict | None = None
    post_run_checks: list[JsonDict] | None = None
    input_attachment_ids: list[uuid.UUID] = field(default_factory=list)
    output_attachment_ids: list[uuid.UUID] = field(default_factory=list)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    queued_t: float = 0.0
    assigned_t: float | None = None
    started_t: float | None = None
    main_done_t: float | None = None
    checks_done_t: float | None = None
    webhook_pending: bool = False
    index: RunWatcher | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        # Writers set plain attributes; the store's indexes follow the ones they key on.
        object.__setattr__(self, name, value)
        if self.index is not None and name in self.index.watched:
            self.index.reindex(self)

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES

    def __repr__(self) -> str:
        # Inputs and secrets stay out of reprs (and so out of logs and tracebacks).
        return f"RunRecord(id={self.id}, workflow_id={self.workflow_id}, status={self.status})"


@dataclass
class SessionRecord:
    """A machine reservation; its id is the id of the run that started it."""

    id: uuid.UUID
    machine_id: uuid.UUID | None = None
    released: bool = False


@dataclass
class AttachmentRecord:
    """A run attachment with its bytes."""

    id: uuid.UUID
    run_id: uuid.UUID
    filename: str
    content_type: str
    attachment_type: str
    data: bytes
    created_at: datetime
    target_path: str | None = None
    cleanup_imports_after_run: bool = False
    expires_at: datetime | None = None

    @property
    def storage_path(self) -> str:
        return f"run-attachments/{self.run_id}/{self.id}/{self.filename}"

    def __repr__(self) -> str:
        return f"AttachmentRecord(id={self.id}, filename={self.filename!r})"


@dataclass(frozen=True)
class FileToken:
    """A download link the emulator serves at ``/_emulator/files/<token>``."""

    filename: str
    content_type: str
    data: bytes
    expires_t: float
