"""In-memory state of one emulator: typed records for what the executor drives, and the
public JSON of simpler resources (kept as the response model's ``to_dict`` form)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .run_index import INDEXED_FIELDS, RunIndex

JsonDict = dict[str, Any]

TERMINAL_STATUSES = frozenset({"success", "task_failed", "error", "cancelled"})
ACTIVE_STATUSES = frozenset({"scheduling", "running", "running_checks"})

DEFAULT_DISPLAY = (1280, 800)


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
    index: RunIndex | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        # Writers set plain attributes; the store's indexes follow the ones they key on.
        object.__setattr__(self, name, value)
        if name in INDEXED_FIELDS and self.index is not None:
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


@dataclass
class Store:
    """Everything one emulator holds. Read it freely from tests; write through the API."""

    seed: int
    machines: dict[uuid.UUID, MachineRecord] = field(default_factory=dict)
    runs: dict[uuid.UUID, RunRecord] = field(default_factory=dict)
    sessions: dict[uuid.UUID, SessionRecord] = field(default_factory=dict)
    attachments: dict[uuid.UUID, AttachmentRecord] = field(default_factory=dict)
    pools: dict[uuid.UUID, JsonDict] = field(default_factory=dict)
    workflows: dict[uuid.UUID, JsonDict] = field(default_factory=dict)
    workflow_tag_ids: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)
    tags: dict[uuid.UUID, JsonDict] = field(default_factory=dict)
    tag_groups: dict[uuid.UUID, JsonDict] = field(default_factory=dict)
    trajectories: dict[uuid.UUID, JsonDict] = field(default_factory=dict)
    connections: dict[uuid.UUID, JsonDict] = field(default_factory=dict)
    request_logs: dict[uuid.UUID, JsonDict] = field(default_factory=dict)
    model_configurations: dict[uuid.UUID, JsonDict] = field(default_factory=dict)
    model_api_keys: dict[uuid.UUID, str] = field(default_factory=dict, repr=False)
    provider_credentials: dict[str, JsonDict] = field(default_factory=dict)
    prompt_images: dict[str, tuple[str, str, bytes, datetime]] = field(
        default_factory=dict, repr=False
    )
    file_tokens: dict[str, FileToken] = field(default_factory=dict, repr=False)
    run_seq: int = 0
    rng: random.Random = field(init=False, repr=False)
    index: RunIndex = field(default_factory=RunIndex, repr=False)
    # Sessions by the machine they hold (released ones are pruned as they are met).
    machine_sessions: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def add_run(self, run: RunRecord) -> None:
        """Stores ``run`` and keeps it indexed from now on."""
        self.runs[run.id] = run
        self.index.add(run)
        run.index = self.index

    def delete_run(self, run: RunRecord) -> None:
        del self.runs[run.id]
        self.index.remove(run)
        run.index = None

    def live_sessions_on(self, machine_id: uuid.UUID) -> list[SessionRecord]:
        """Sessions holding ``machine_id`` that are not released."""
        ids = self.machine_sessions.get(machine_id)
        if not ids:
            return []
        live = [s for s in (self.sessions.get(i) for i in ids) if s is not None]
        live = [s for s in live if not s.released and s.machine_id == machine_id]
        self.machine_sessions[machine_id] = [s.id for s in live]
        return live

    def new_id(self) -> uuid.UUID:
        """A random-looking UUID4 that depends only on the seed and the call order."""
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def token(self, nbytes: int = 16) -> str:
        return self.rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()

    def next_seq(self) -> int:
        self.run_seq += 1
        return self.run_seq

    def runs_by_session(self, session_id: uuid.UUID) -> list[RunRecord]:
        return self.index.session_runs(session_id)
