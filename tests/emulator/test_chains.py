"""Chains: one session, merged inputs, secrets, refs checked at creation and at run time."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator

from .conformance import RECORDER
from .conftest import OUTPUT_SCHEMA, get_run

Workflow = Callable[..., dict[str, Any]]
SECRETS = ("shared-secret-value", "step-secret-value", "override-secret-value")


def _chain(client: TestClient, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/runs/chain", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def test_chain_session_refs_and_inputs(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    producer = workflow(output_schema=OUTPUT_SCHEMA)
    consumer = workflow()
    before = len(RECORDER.bodies)
    chain = _chain(
        client,
        {
            "shared_inputs": {"topic": "shared", "mode": "fast"},
            "shared_sensitive_inputs": {"api_key": SECRETS[0], "token": SECRETS[2]},
            "shared_file_inputs": [
                {"filename": "in.txt", "content": base64.b64encode(b"data").decode()}
            ],
            "steps": [
                {
                    "workflow_id": producer["id"],
                    "session_alias": "step1",
                    "inputs": {"topic": "own"},
                },
                {
                    "workflow_id": consumer["id"],
                    "session_alias": "step2",
                    "inputs": {
                        "query": {"$ref": "step1.outputs.result"},
                        "nested": {"score": {"$ref": "step1.outputs.details.score"}},
                    },
                    "sensitive_inputs": {"password": SECRETS[1], "token": "step-token"},
                },
            ],
        },
    )
    first_id, second_id = chain["run_ids"]
    assert chain["session_id"] == first_id
    first = get_run(client, first_id)
    assert first["input_values"] == {"topic": "own", "mode": "fast"}
    assert len(first["input_attachment_ids"]) == 1
    assert set(first["sensitive_input_aliases"]) == {"api_key", "token"}
    second = get_run(client, second_id)
    assert second["session_id"] == first_id
    assert second["release_session_after"] is True
    assert first["release_session_after"] is None
    assert second["input_attachment_ids"] == []
    assert set(second["sensitive_input_aliases"]) == {"api_key", "password", "token"}
    assert emu.run(second_id).sensitive_values["token"] == "step-token"
    emu.advance(2)
    first, second = get_run(client, first_id), get_run(client, second_id)
    assert first["status"] == second["status"] == "success"
    assert second["input_values"]["query"] == first["output_data"]["result"]
    assert second["input_values"]["nested"]["score"] == first["output_data"]["details"]["score"]
    assert first["machine_id"] == second["machine_id"]
    machine = client.get(f"/v1/machines/{first['machine_id']}").json()
    assert machine["reserved_session_id"] is None
    client.get("/v1/runs")
    seen = b"".join(RECORDER.bodies[before:])
    for secret in SECRETS:
        assert secret.encode() not in seen


def test_chain_rejects_session_with_machine(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    body = {
        "session_id": "00000000-0000-4000-8000-000000000123",
        "machine_id": str(emu.machines[0].id),
        "steps": [{"workflow_id": wf["id"]}],
    }
    response = client.post("/v1/runs/chain", json=body)
    assert response.status_code == 422
    assert "either session_id or machine_id/pool_ids" in response.json()["detail"][0]["msg"]
    assert emu.runs == []


def test_refs_validated_at_creation(client: TestClient, emu: Emulator, workflow: Workflow) -> None:
    producer = workflow(output_schema=OUTPUT_SCHEMA)
    consumer = workflow(
        input_schema=json.dumps({"type": "object", "properties": {"n": {"type": "integer"}}})
    )
    cases = [
        ({"q": {"$ref": "nobody.outputs.result"}}, "unknown session_alias"),
        ({"q": {"$ref": "step1.outputs.missing"}}, "not declared"),
        ({"q": {"$ref": "step1.results"}}, "must look like"),
        ({"n": {"$ref": "step1.outputs.result"}}, "expects integer"),
    ]
    for inputs, message in cases:
        response = client.post(
            "/v1/runs/chain",
            json={
                "steps": [
                    {"workflow_id": producer["id"], "session_alias": "step1"},
                    {"workflow_id": consumer["id"], "inputs": inputs},
                ]
            },
        )
        assert response.status_code == 422, inputs
        (detail,) = response.json()["detail"]
        assert detail["loc"][:4] == ["body", "steps", 1, "inputs"]
        assert message in detail["msg"]
    assert emu.runs == []


def test_missing_upstream_value_errors_at_run_time(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    producer = workflow(output_schema=OUTPUT_SCHEMA)
    consumer = workflow()
    emu.set_workflow_behavior(producer["id"], outputs={"count": 3})
    chain = _chain(
        client,
        {
            "keep_session_after_completion": True,
            "steps": [
                {"workflow_id": producer["id"], "session_alias": "step1"},
                {"workflow_id": consumer["id"], "inputs": {"q": {"$ref": "step1.outputs.result"}}},
            ],
        },
    )
    emu.advance(2)
    first, second = (get_run(client, i) for i in chain["run_ids"])
    assert first["status"] == "success"
    assert second["status"] == "error"
    assert "step1.outputs.result" in second["error"][0]
    assert second["release_session_after"] is True


def test_keep_session_then_join_with_session_id(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    producer = workflow(output_schema=OUTPUT_SCHEMA)
    chain = _chain(
        client,
        {
            "pool_ids": [str(emu.pools[0].id)],
            "keep_session_after_completion": True,
            "steps": [{"workflow_id": producer["id"], "session_alias": "warmup"}],
        },
    )
    emu.advance(1)
    first = get_run(client, chain["run_ids"][0])
    assert first["machine_id"] in {str(m) for m in emu.pools[0].machine_ids}
    machine = client.get(f"/v1/machines/{first['machine_id']}").json()
    assert machine["reserved_session_id"] == chain["session_id"]
    follow = _chain(
        client,
        {
            "session_id": chain["session_id"],
            "steps": [
                {"workflow_id": producer["id"], "inputs": {"r": {"$ref": "warmup.outputs.count"}}}
            ],
        },
    )
    assert follow["session_id"] == chain["session_id"]
    emu.advance(1)
    joined = get_run(client, follow["run_ids"][0])
    assert joined["status"] == "success"
    assert joined["machine_id"] == first["machine_id"]
    assert joined["input_values"]["r"] == first["output_data"]["count"]
    assert client.get(f"/v1/machines/{first['machine_id']}").json()["reserved_session_id"] is None


def test_run_refs_need_a_session(client: TestClient, workflow: Workflow) -> None:
    wf = workflow()
    response = client.post(
        "/v1/runs", json={"workflow_id": wf["id"], "input_values": {"a": {"$ref": "s.outputs.x"}}}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "input_values"]
