"""The indexed store: scheduling decides exactly what a scan of every run decided, and the
cost of a request or a tick does not grow with the runs stored."""

from __future__ import annotations

import copy
import random
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator, executor
from cyberdesk.emulator.records import MachineRecord, RunRecord
from cyberdesk.emulator.store import Store

from .conftest import API_KEY, HEADERS, ManualClock, make_client

# -- the scheduler as it was before the indexes, kept as the reference ------------------------


def _reference_candidates(store: Store, run: RunRecord) -> list[MachineRecord]:
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


def reference_assign(store: Store, at: float) -> None:
    """Every waiting run, in one global order, takes its best free candidate machine."""
    waiting = [r for r in store.runs.values() if r.status == "scheduling" and r.assigned_t is None]
    waiting.sort(key=lambda r: (r.session_id is None, not r.is_priority, r.seq))
    for run in waiting:
        if run.session_id is not None and not run.start_session:
            in_session = sorted(
                (r for r in store.runs.values() if r.session_id == run.session_id),
                key=lambda r: r.seq,
            )
            if next((r for r in in_session if not r.terminal), None) is not run:
                continue
        free = [
            m
            for m in _reference_candidates(store, run)
            if m.status == "connected" and m.current_run_id is None
        ]
        if not free:
            continue
        machine = min(free, key=lambda m: m.free_since)
        machine.current_run_id = run.id
        run.machine_id = machine.id
        run.assigned_t = max(at, run.queued_t, machine.free_since)
        if run.start_session and run.session_id is not None:
            session = store.sessions[run.session_id]
            session.machine_id = machine.id
            machine.reserved_session_id = session.id


def _assignments(store: Store) -> dict[str, Any]:
    return {
        "runs": {r.id: (r.machine_id, r.assigned_t) for r in store.runs.values()},
        "machines": {
            m.id: (m.current_run_id, m.reserved_session_id) for m in store.machines.values()
        },
        "sessions": {s.id: s.machine_id for s in store.sessions.values()},
    }


def test_indexed_scheduling_matches_the_full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    real = executor.assign_waiting_runs
    compared = {"ticks": 0, "assigned": 0}

    def checked(emu: Emulator, at: float) -> None:
        expected = copy.deepcopy(emu.store)
        reference_assign(expected, at)
        real(emu, at)
        got = _assignments(emu.store)
        assert got == _assignments(expected)
        compared["ticks"] += 1
        compared["assigned"] += sum(1 for m, _ in got["runs"].values() if m is not None)

    monkeypatch.setattr(executor, "assign_waiting_runs", checked)
    for seed in range(4):
        _random_traffic(seed)
    assert compared["ticks"] > 300 and compared["assigned"] > 100


def _random_traffic(seed: int) -> None:
    rng = random.Random(seed)
    emu = Emulator(api_key=API_KEY, seed=seed, machines=4, clock=ManualClock())
    client = make_client(emu)
    workflows = [
        client.post("/v1/workflows", json={"main_prompt": "p", "name": f"w{i}"}).json()["id"]
        for i in range(2)
    ]
    emu.set_workflow_behavior(workflows[1], status="task_failed", duration=0.2)
    machines = [str(m.id) for m in emu.machines]
    pool = str(emu.pools[0].id)
    sessions: list[str] = []
    runs: list[str] = []

    def target() -> dict[str, Any]:
        choice = rng.random()
        if choice < 0.25:
            return {"machine_id": rng.choice(machines)}
        if choice < 0.5:
            return {"pool_ids": [pool]}
        return {}

    actions: list[Callable[[], None]] = []

    def create() -> None:
        body: dict[str, Any] = {"workflow_id": rng.choice(workflows), **target()}
        body["is_priority"] = rng.random() < 0.3
        if sessions and rng.random() < 0.3:
            body = {"workflow_id": body["workflow_id"], "session_id": rng.choice(sessions)}
        elif rng.random() < 0.2:
            body["start_session"] = True
        answer = client.post("/v1/runs", json=body)
        if answer.status_code == 201:
            run = answer.json()
            runs.append(run["id"])
            if body.get("start_session"):
                sessions.append(run["id"])

    def chain() -> None:
        steps = [{"workflow_id": rng.choice(workflows)} for _ in range(rng.randint(1, 3))]
        answer = client.post("/v1/runs/chain", json={"steps": steps, **target()})
        assert answer.status_code == 201, answer.text
        runs.extend(answer.json()["run_ids"])

    def cancel() -> None:
        if runs:
            client.patch(f"/v1/runs/{rng.choice(runs)}", json={"status": "cancelled"})

    def retry() -> None:
        if runs:
            client.post(f"/v1/runs/{rng.choice(runs)}/retry", json=target())

    def toggle_machine() -> None:
        status = rng.choice(["connected", "connected", "disconnected"])
        client.patch(f"/v1/machines/{rng.choice(machines)}", json={"status": status})

    def advance() -> None:
        emu.advance(rng.choice([0.0, 0.01, 0.03, 0.07, 0.2]))

    actions = [create, create, create, chain, cancel, retry, toggle_machine, advance, advance]
    for _ in range(100):
        rng.choice(actions)()
    for machine in machines:
        client.patch(f"/v1/machines/{machine}", json={"status": "connected"})
    emu.advance(60)


# -- flat cost ---------------------------------------------------------------------------------


def _stored(client: TestClient, workflow_id: str, total: int) -> None:
    while (stored := client.get("/v1/runs", params={"limit": 1}).json()["total"]) < total:
        count = min(1000, total - stored)
        answer = client.post("/v1/runs/bulk", json={"workflow_id": workflow_id, "count": count})
        assert answer.status_code == 201


class _CountingRuns(dict[uuid.UUID, RunRecord]):
    """The store's runs, counting every walk over all of them."""

    walks = 0

    def __iter__(self) -> Any:
        self.walks += 1
        return super().__iter__()

    def values(self) -> Any:
        self.walks += 1
        return super().values()

    def items(self) -> Any:
        self.walks += 1
        return super().items()

    def keys(self) -> Any:
        self.walks += 1
        return super().keys()


@pytest.mark.parametrize("size", [100, 10_000])
def test_requests_and_ticks_never_walk_every_stored_run(size: int) -> None:
    # Cost that does not grow with the runs stored, said without a clock: a tick, a create
    # and a read touch the indexes and the one run, never the whole table.
    emu = Emulator(api_key=API_KEY, seed=1, machines=2, clock=ManualClock())
    # Unrecorded: checking 10,000 runs against openapi.json is not what is tested.
    client = TestClient(emu.app, headers=HEADERS)
    workflow_id = client.post("/v1/workflows", json={"main_prompt": "p"}).json()["id"]
    emu.set_workflow_behavior(workflow_id, duration=3600)
    _stored(client, workflow_id, size)
    runs = emu.store.runs = _CountingRuns(emu.store.runs)
    body = {"workflow_id": workflow_id, "input_values": {"row": 1}}
    for _ in range(5):
        emu.tick()
        run_id = client.post("/v1/runs", json=body).json()["id"]
        assert client.get(f"/v1/runs/{run_id}").status_code == 200
    assert runs.walks == 0
    # The clock stands still: two runs hold the machines, the rest wait in their queue.
    assert emu.stats()["runs"] == {"scheduling": size + 5}
    assert len(emu.store.index.timed) == 2


def test_a_deleted_run_leaves_every_index() -> None:
    emu = Emulator(api_key=API_KEY, seed=2, machines=1, clock=ManualClock())
    client = make_client(emu)
    workflow_id = client.post("/v1/workflows", json={"main_prompt": "p"}).json()["id"]
    run_ids = [
        client.post("/v1/runs", json={"workflow_id": workflow_id}).json()["id"] for _ in range(3)
    ]
    assert client.delete(f"/v1/runs/{run_ids[2]}").status_code == 204
    index = emu.store.index
    gone = uuid.UUID(run_ids[2])
    assert all(gone not in runs for runs in index.by_status.values())
    assert gone not in index.by_workflow[uuid.UUID(workflow_id)]
    assert client.get("/v1/runs", params={"status": "scheduling"}).json()["total"] == 2
    emu.advance(10)
    assert client.get("/v1/runs", params={"status": "success"}).json()["total"] == 2
