"""Fault injection from Python and from the control endpoint, over ASGI and real sockets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator, EmulatorServer

from .conftest import API_KEY, HEADERS, ManualClock, make_client

Workflow = Callable[..., dict[str, Any]]


@pytest.fixture
def served(emu: Emulator) -> Iterator[EmulatorServer]:
    with EmulatorServer(emu) as server:
        yield server


def test_scripted_responses_for_next_n_requests(client: TestClient, emu: Emulator) -> None:
    emu.faults.script(
        "GET /v1/machines",
        status=429,
        headers={"Retry-After": "2"},
        body={"detail": "slow down"},
        times=2,
    )
    for _ in range(2):
        response = client.get("/v1/machines")
        assert response.status_code == 429
        assert response.headers["retry-after"] == "2"
        assert response.json() == {"detail": "slow down"}
    assert client.get("/v1/machines").status_code == 200
    assert emu.stats()["faults_injected"]["script"] == 2


def test_route_templates_and_concrete_paths_match(client: TestClient, emu: Emulator) -> None:
    machine = emu.machines[0].id
    emu.faults.script("GET /v1/machines/{machine_id}", status=500, body={"detail": "x"})
    assert client.get(f"/v1/machines/{machine}").status_code == 500
    emu.faults.script(f"/v1/machines/{machine}", status=502, body={"detail": "x"})
    assert client.get(f"/v1/machines/{machine}").status_code == 502
    assert client.get(f"/v1/machines/{machine}").status_code == 200


def _error_pattern(seed: int) -> list[int]:
    emulator = Emulator(api_key=API_KEY, seed=seed, clock=ManualClock())
    emulator.faults.error_rate("GET /v1/health", 0.5, status=503)
    client = make_client(emulator)
    return [client.get("/v1/health").status_code for _ in range(20)]


def test_error_rates_are_deterministic_under_the_seed() -> None:
    first = _error_pattern(7)
    assert first == _error_pattern(7)
    assert set(first) == {200, 503}
    assert first != _error_pattern(8)


def test_control_endpoints(client: TestClient, emu: Emulator) -> None:
    added = client.post(
        "/_emulator/faults",
        json={"faults": [{"kind": "error", "route": "GET /v1/pools", "status": 500, "times": 1}]},
    )
    assert added.status_code == 200
    assert added.json()["faults"][0]["kind"] == "error"
    assert client.get("/v1/pools").status_code == 500
    assert client.get("/v1/pools").status_code == 200
    client.post("/_emulator/faults", json={"kind": "latency", "route": "*", "seconds": 0.0})
    assert len(client.get("/_emulator/faults").json()["faults"]) == 1
    assert client.delete("/_emulator/faults").json() == {"faults": []}
    assert client.post("/_emulator/faults", json={"kind": "nope"}).status_code == 400
    stats = client.get("/_emulator/stats").json()
    assert stats["faults_injected"]["error"] == 1
    assert (
        client.get("/_emulator/stats", headers={"Authorization": "Bearer wrong"}).status_code == 401
    )


def test_drop_over_asgi_is_a_transport_error(client: TestClient, emu: Emulator) -> None:
    emu.faults.drop("GET /v1/health", times=1)
    with pytest.raises(httpx.TransportError):
        client.get("/v1/health")
    assert client.get("/v1/health").status_code == 200


def test_latency_makes_client_timeout_fire(served: EmulatorServer, emu: Emulator) -> None:
    emu.faults.latency("GET /v1/health", 1.0, times=1)
    with httpx.Client(base_url=served.base_url, headers=HEADERS) as http:
        with pytest.raises(httpx.ReadTimeout):
            http.get("/v1/health", timeout=0.2)
        assert http.get("/v1/health").status_code == 200
    assert emu.stats()["faults_injected"]["latency"] == 1


def test_dropped_connection_over_sockets(
    served: EmulatorServer, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    emu.faults.drop("POST /v1/runs", times=1)
    with httpx.Client(base_url=served.base_url, headers=HEADERS) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/v1/runs", json={"workflow_id": wf["id"]}, headers={"Idempotency-Key": "d1"})
        assert emu.runs == []
        assert emu.idempotency.lookup(API_KEY, "d1") is None
        retry = http.post(
            "/v1/runs", json={"workflow_id": wf["id"]}, headers={"Idempotency-Key": "d1"}
        )
    assert retry.status_code == 201
    assert len(emu.runs) == 1


def test_drop_after_commit(served: EmulatorServer, emu: Emulator, workflow: Workflow) -> None:
    wf = workflow()
    emu.faults.drop_after_commit("POST /v1/runs", times=1)
    headers = {"Idempotency-Key": "commit-then-drop"}
    with httpx.Client(base_url=served.base_url, headers=HEADERS) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/v1/runs", json={"workflow_id": wf["id"]}, headers=headers)
        assert len(emu.runs) == 1
        entry = emu.idempotency.lookup(API_KEY, "commit-then-drop")
        assert entry is not None and entry.state == "completed"
        retry = http.post("/v1/runs", json={"workflow_id": wf["id"]}, headers=headers)
    assert retry.status_code == 201
    assert retry.headers["idempotency-replayed"] == "true"
    assert retry.json()["id"] == str(emu.runs[0].id)
    assert len(emu.runs) == 1
    assert emu.stats()["faults_injected"]["drop_after_commit"] == 1
