"""Idempotency-Key: replay, in-progress duplicates, mismatches, 5xx not stored."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator

from .conftest import API_KEY, HEADERS

Workflow = Callable[..., dict[str, Any]]


def test_completed_response_is_replayed(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    headers = {"Idempotency-Key": "key-1"}
    first = client.post("/v1/runs", json={"workflow_id": wf["id"]}, headers=headers)
    second = client.post("/v1/runs", json={"workflow_id": wf["id"]}, headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.content == first.content
    assert second.headers["idempotency-replayed"] == "true"
    assert "idempotency-replayed" not in first.headers
    assert len(emu.runs) == 1
    entry = emu.idempotency.lookup(API_KEY, "key-1")
    assert entry is not None and entry.state == "completed" and entry.replays == 1
    other_key = client.post(
        "/v1/runs", json={"workflow_id": wf["id"]}, headers={"Idempotency-Key": "key-2"}
    )
    assert other_key.json()["id"] != first.json()["id"]


def test_key_reused_with_another_request_is_400(client: TestClient, workflow: Workflow) -> None:
    wf = workflow()
    headers = {"Idempotency-Key": "reused"}
    assert (
        client.post("/v1/runs", json={"workflow_id": wf["id"]}, headers=headers).status_code == 201
    )
    changed = client.post(
        "/v1/runs", json={"workflow_id": wf["id"], "is_priority": True}, headers=headers
    )
    assert changed.status_code == 400
    assert changed.json() == {"detail": "Idempotency-Key reused with a different request"}
    other_path = client.post("/v1/pools", json={"name": "x"}, headers=headers)
    assert other_path.status_code == 400


def test_validation_errors_are_replayed_too(client: TestClient) -> None:
    headers = {"Idempotency-Key": "bad-body"}
    first = client.post("/v1/runs", json={}, headers=headers)
    again = client.post("/v1/runs", json={}, headers=headers)
    assert first.status_code == again.status_code == 422
    assert again.headers["idempotency-replayed"] == "true"


def test_5xx_is_not_stored(client: TestClient, emu: Emulator, workflow: Workflow) -> None:
    wf = workflow()
    emu.faults.script("POST /v1/runs", status=503, body={"detail": "try later"}, times=1)
    headers = {"Idempotency-Key": "flaky"}
    failed = client.post("/v1/runs", json={"workflow_id": wf["id"]}, headers=headers)
    assert failed.status_code == 503
    assert emu.idempotency.lookup(API_KEY, "flaky") is None
    retried = client.post("/v1/runs", json={"workflow_id": wf["id"]}, headers=headers)
    assert retried.status_code == 201
    assert "idempotency-replayed" not in retried.headers
    assert len(emu.runs) == 1


def test_keys_are_scoped_per_api_key(client: TestClient, emu: Emulator, workflow: Workflow) -> None:
    wf = workflow()
    client.post("/v1/runs", json={"workflow_id": wf["id"]}, headers={"Idempotency-Key": "k"})
    assert emu.idempotency.lookup("another-key", "k") is None


@pytest.mark.anyio
async def test_duplicate_in_progress_is_409(emu: Emulator, workflow: Workflow) -> None:
    wf = workflow()
    emu.faults.latency("POST /v1/runs", 0.3, times=1)
    transport = httpx.ASGITransport(app=emu.app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emu", headers=HEADERS
    ) as client:
        headers = {"Idempotency-Key": "slow"}
        body = {"workflow_id": wf["id"]}
        slow = asyncio.create_task(client.post("/v1/runs", json=body, headers=headers))
        await asyncio.sleep(0.05)
        duplicate = await client.post("/v1/runs", json=body, headers=headers)
        first = await slow
        replay = await client.post("/v1/runs", json=body, headers=headers)
    assert duplicate.status_code == 409
    assert duplicate.headers["idempotency-status"] == "in_progress"
    assert duplicate.headers["retry-after"] == "1"
    assert first.status_code == 201
    assert replay.status_code == 201 and replay.json()["id"] == first.json()["id"]
    assert len(emu.runs) == 1
