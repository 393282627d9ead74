"""Which queued run goes to which machine, and when.

Rules: only ``connected`` machines with no current run take work; a machine reserved by a
session takes only that session's runs, oldest first; ``machine_id`` wins over ``pool_ids``
and never falls back; ``pool_ids`` match machines in all of them; priority runs go first
among runs outside sessions.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from .store import MachineRecord, RunRecord

if TYPE_CHECKING:
    from .emulator import Emulator


def _is_free(machine: MachineRecord) -> bool:
    return machine.status == "connected" and machine.current_run_id is None


def _candidates(emu: Emulator, run: RunRecord) -> list[MachineRecord]:
    store = emu.store
    if run.session_id is not None and not run.start_session:
        session = store.sessions.get(run.session_id)
        if session is None or session.released or session.machine_id is None:
            return []
        machine = store.machines.get(session.machine_id)
        return [machine] if machine is not None else []
    if run.target_machine_id is not None:
        machine = store.machines.get(run.target_machine_id)
        found = [machine] if machine is not None else []
    else:
        wanted = set(run.pool_ids or [])
        found = [m for m in store.machines.values() if wanted.issubset(m.pool_ids)]
    return [m for m in found if m.reserved_session_id is None]


def _next_in_session(emu: Emulator, session_id: uuid.UUID) -> RunRecord | None:
    for run in emu.store.runs_by_session(session_id):
        if not run.terminal:
            return run
    return None


def assign_waiting_runs(emu: Emulator, at: float) -> None:
    """Gives every waiting run that can start a free machine, as of emulator time ``at``."""
    waiting = [
        r for r in emu.store.runs.values() if r.status == "scheduling" and r.assigned_t is None
    ]
    waiting.sort(key=lambda r: (r.session_id is None, not r.is_priority, r.seq))
    for run in waiting:
        if run.session_id is not None and not run.start_session:
            assert run.session_id is not None
            if _next_in_session(emu, run.session_id) is not run:
                continue
        free = [m for m in _candidates(emu, run) if _is_free(m)]
        if not free:
            continue
        machine = min(free, key=lambda m: m.free_since)
        machine.current_run_id = run.id
        run.machine_id = machine.id
        run.assigned_t = max(at, run.queued_t, machine.free_since)
        if run.start_session and run.session_id is not None:
            session = emu.store.sessions[run.session_id]
            session.machine_id = machine.id
            machine.reserved_session_id = session.id
