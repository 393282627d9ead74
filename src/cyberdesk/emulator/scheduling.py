"""Which queued run goes to which machine, and when.

Rules: only ``connected`` machines with no current run take work; a machine reserved by a
session takes only that session's runs, oldest first; ``machine_id`` wins over ``pool_ids``
and never falls back; ``pool_ids`` match machines in all of them; priority runs go first
among runs outside sessions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import MachineRecord, RunRecord
from .run_index import serves

if TYPE_CHECKING:
    from .state import EmulatorState


def _is_free(machine: MachineRecord) -> bool:
    return machine.status == "connected" and machine.current_run_id is None


def _waiting(run: RunRecord) -> bool:
    return run.status == "scheduling" and run.assigned_t is None


def _assign(emu: EmulatorState, run: RunRecord, machine: MachineRecord, at: float) -> None:
    machine.current_run_id = run.id
    run.machine_id = machine.id
    run.assigned_t = max(at, run.queued_t, machine.free_since)
    if run.start_session and run.session_id is not None:
        session = emu.store.sessions[run.session_id]
        session.machine_id = machine.id
        machine.reserved_session_id = session.id
        emu.store.machine_sessions.setdefault(machine.id, []).append(session.id)


def _next_session_run(emu: EmulatorState, machine: MachineRecord) -> RunRecord | None:
    """The run a free machine owes to a session holding it: each session's oldest
    unfinished run, when it is still waiting."""
    best: RunRecord | None = None
    for session in emu.store.live_sessions_on(machine.id):
        run = next((r for r in emu.store.runs_by_session(session.id) if not r.terminal), None)
        if run is None or not _waiting(run) or run.start_session:
            continue
        if best is None or (not run.is_priority, run.seq) < (not best.is_priority, best.seq):
            best = run
    return best


def assign_waiting_runs(emu: EmulatorState, at: float) -> None:
    """Gives every waiting run that can start a free machine, as of emulator time ``at``.

    Only free machines and the heads of the queues are looked at, so a tick costs the same
    with ten queued runs or ten thousand.
    """
    free = [m for m in emu.store.machines.values() if _is_free(m)]
    if not free:
        return
    # A session's runs go only to the machine the session holds.
    for machine in list(free):
        run = _next_session_run(emu, machine)
        if run is not None:
            _assign(emu, run, machine, at)
            free.remove(machine)
    index = emu.store.index
    while free:
        best: tuple[tuple[bool, bool, int], RunRecord, list[MachineRecord]] | None = None
        for key in list(index.queues):
            takers = [m for m in free if m.reserved_session_id is None and serves(key, m)]
            if not takers:
                continue
            head = index.queue_head(key)
            if head is not None and (best is None or head[0] < best[0]):
                best = (head[0], head[1], takers)
        if best is None:
            return
        _, run, takers = best
        machine = min(takers, key=lambda m: m.free_since)
        _assign(emu, run, machine, at)
        free.remove(machine)
