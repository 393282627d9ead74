"""In-memory state of one emulator: the typed records (:mod:`cyberdesk.emulator.records`)
and the public JSON of simpler resources (kept as the response model's ``to_dict`` form)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from .records import AttachmentRecord, FileToken, JsonDict, MachineRecord, RunRecord, SessionRecord
from .run_index import RunIndex


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
