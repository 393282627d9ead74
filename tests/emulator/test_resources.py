"""CRUD, pagination and filters of the resources around runs; auth and error shapes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator
from cyberdesk.emulator.operations import all_operations

from .conformance import SPEC
from .conftest import API_KEY

Workflow = Callable[..., dict[str, Any]]


def test_every_operation_of_openapi_is_routed() -> None:
    ours = {(op.method, op.path) for op in all_operations()}
    spec = {(m.upper(), p) for p, ops in SPEC["paths"].items() for m in ops}
    assert ours == spec
    assert len(ours) == 118


def test_auth(client: TestClient) -> None:
    for headers in (
        {"Authorization": ""},
        {"Authorization": "Bearer nope-secret"},
        {"Authorization": "Basic x"},
    ):
        response = client.get("/v1/runs", headers=headers)
        assert response.status_code == 401
        assert response.json() == {"detail": "Invalid API key"}
        assert "nope-secret" not in response.text
    assert client.get("/v1/runs", headers={"Authorization": f"Bearer {API_KEY}"}).status_code == 200
    assert client.get("/v1/unknown").json() == {"detail": "Not Found"}


def test_validation_error_shape(client: TestClient) -> None:
    response = client.post("/v1/workflows", json={"name": 3, "extra": True})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert {"loc": ["body", "main_prompt"], "msg": "Field required", "type": "missing"} in detail
    assert {
        "loc": ["body", "name"],
        "msg": "Input should be a valid string",
        "type": "string_type",
    } in detail
    assert (
        client.post("/v1/workflows", content=b"[1,").json()["detail"][0]["type"] == "json_invalid"
    )
    forbidden = client.put("/v1/provider-credentials/openai", json={"api_key": "k", "bogus": 1})
    assert forbidden.json()["detail"][0]["type"] == "extra_forbidden"
    assert (
        client.get("/v1/runs/00000000-0000-4000-8000-000000000000")
        .json()["detail"]
        .endswith("not found")
    )


def test_workflows_crud_versions_duplicate_merge(client: TestClient, workflow: Workflow) -> None:
    a = workflow(name="alpha")
    b = workflow(name="beta")
    listed = client.get("/v1/workflows", params={"limit": 1}).json()
    assert listed["total"] == 2 and len(listed["items"]) == 1
    assert (
        client.get("/v1/workflows", params={"search": "alph"}).json()["items"][0]["id"] == a["id"]
    )
    updated = client.patch(f"/v1/workflows/{a['id']}", json={"main_prompt": "new prompt"}).json()
    assert updated["main_prompt"] == "new prompt"
    versions = client.get(f"/v1/workflows/{a['id']}/versions").json()
    assert versions[0]["main_prompt"] == "Do the thing with {x}"
    assert (
        client.patch(f"/v1/workflows/{a['id']}", json={"output_schema": "{nope"}).status_code == 422
    )
    client.post(
        "/v1/trajectories",
        json={
            "workflow_id": a["id"],
            "trajectory_data": [{"a": 1}],
            "dimensions": {"width": 1, "height": 1},
        },
    )
    copy = client.post(f"/v1/workflows/{a['id']}/duplicate", json={"include_trajectories": True})
    assert copy.status_code == 201 and copy.json()["name"] == "alpha (copy)"
    assert (
        client.get("/v1/trajectories", params={"workflow_id": copy.json()["id"]}).json()["total"]
        == 1
    )
    merged = client.post(f"/v1/workflows/{a['id']}/merge", json={"target_workflow_id": b["id"]})
    assert merged.json()["id"] == b["id"]
    assert merged.json()["old_versions"][-1]["merged_from"] == a["id"]
    assert client.delete(f"/v1/workflows/{a['id']}").status_code == 204
    assert client.get(f"/v1/workflows/{a['id']}").status_code == 404


def test_tags_one_per_group_archive_reorder(client: TestClient, workflow: Workflow) -> None:
    wf = workflow()
    group = client.post("/v1/workflow-tag-groups", json={"name": "stage"}).json()
    dev = client.post("/v1/workflow-tags", json={"name": "dev", "group_id": group["id"]}).json()
    prod = client.post("/v1/workflow-tags", json={"name": "prod", "group_id": group["id"]}).json()
    free = client.post("/v1/workflow-tags", json={"name": "free"}).json()
    tags = client.post(
        f"/v1/workflows/{wf['id']}/tags", json={"tag_ids": [dev["id"], free["id"]]}
    ).json()
    assert {t["name"] for t in tags} == {"dev", "free"}
    tags = client.post(f"/v1/workflows/{wf['id']}/tags", json={"tag_ids": [prod["id"]]}).json()
    assert {t["name"] for t in tags} == {"prod", "free"}
    assert next(t for t in tags if t["name"] == "prod")["group"]["name"] == "stage"
    client.post(
        "/v1/workflows/bulk/tags", json={"workflow_ids": [wf["id"]], "tag_ids": [dev["id"]]}
    )
    assert {t["name"] for t in client.get(f"/v1/workflows/{wf['id']}/tags").json()} == {
        "dev",
        "free",
    }
    archived = client.post(f"/v1/workflow-tags/{free['id']}/archive").json()
    assert archived["is_archived"] is True
    assert free["id"] not in {t["id"] for t in client.get("/v1/workflow-tags").json()}
    assert free["id"] in {
        t["id"] for t in client.get("/v1/workflow-tags", params={"include_archived": True}).json()
    }
    client.post(f"/v1/workflow-tags/{free['id']}/unarchive")
    assert (
        client.put(
            "/v1/workflow-tags/reorder", json={"ids": [prod["id"], free["id"], dev["id"]]}
        ).status_code
        == 204
    )
    assert [t["name"] for t in client.get("/v1/workflow-tags").json()] == ["prod", "free", "dev"]
    assert client.delete(f"/v1/workflows/{wf['id']}/tags/{dev['id']}").status_code == 204
    tagged = client.get(
        "/v1/workflows", params={"tag_ids": free["id"], "include_tags": True}
    ).json()
    assert tagged["items"][0]["tags"][0]["name"] == "free"
    second = client.post("/v1/workflow-tag-groups", json={"name": "team"}).json()
    assert (
        client.put(
            "/v1/workflow-tag-groups/reorder", json={"ids": [second["id"], group["id"]]}
        ).status_code
        == 204
    )
    assert [g["name"] for g in client.get("/v1/workflow-tag-groups").json()] == ["team", "stage"]
    assert (
        client.patch(f"/v1/workflow-tag-groups/{group['id']}", json={"emoji": "x"}).json()["emoji"]
        == "x"
    )
    assert client.delete(f"/v1/workflow-tag-groups/{group['id']}").status_code == 204
    assert client.get(f"/v1/workflow-tags/{dev['id']}").json()["group_id"] is None


def test_machines_and_pools(client: TestClient, emu: Emulator) -> None:
    created = client.post(
        "/v1/machines",
        json={
            "fingerprint": "fp",
            "unkey_key_id": "k",
            "name": "new",
            "machine_sensitive_parameters": {"pw": "topsecret"},
        },
    )
    assert created.status_code == 201
    machine = created.json()
    assert "topsecret" not in created.text
    assert client.get("/v1/machines", params={"name": "new"}).json()["total"] == 1
    pool = client.post("/v1/pools", json={"name": "p", "description": "d"}).json()
    with_machines = client.post(
        f"/v1/pools/{pool['id']}/machines", json={"machine_ids": [machine["id"]]}
    ).json()
    assert [m["id"] for m in with_machines["machines"]] == [machine["id"]]
    assert with_machines["machine_count"] == 1
    got = client.get(f"/v1/pools/{pool['id']}", params={"include_machines": True}).json()
    assert got["machines"][0]["id"] == machine["id"]
    assert client.get(f"/v1/machines/{machine['id']}/pools").json()[0]["id"] == pool["id"]
    assert (
        client.patch(f"/v1/pools/{pool['id']}", json={"name": "renamed"}).json()["name"]
        == "renamed"
    )
    assert (
        client.request(
            "DELETE", f"/v1/pools/{pool['id']}/machines", json={"machine_ids": [machine["id"]]}
        ).status_code
        == 204
    )
    assert client.get(f"/v1/pools/{pool['id']}").json()["machine_count"] == 0
    assert client.get("/v1/pools").json()["total"] == 2
    assert client.delete(f"/v1/pools/{pool['id']}").status_code == 204
    assert client.patch(f"/v1/machines/{machine['id']}", json={"name": "x"}).json()["name"] == "x"
    assert client.post(f"/v1/machines/{machine['id']}/cyberdriver/web-session").status_code == 200
    assert client.delete(f"/v1/machines/{machine['id']}").status_code == 204
    assert client.get(f"/v1/machines/{machine['id']}").status_code == 404


def test_trajectories(client: TestClient, emu: Emulator, workflow: Workflow) -> None:
    wf = workflow()
    body = {
        "workflow_id": wf["id"],
        "trajectory_data": [{"step": 1}],
        "dimensions": {"width": 800, "height": 600},
    }
    first = client.post("/v1/trajectories", json=body).json()
    assert first["is_main"] is True
    dup = client.post(f"/v1/trajectories/{first['id']}/duplicate")
    assert dup.status_code == 201 and dup.json()["is_main"] is False
    client.patch(f"/v1/trajectories/{dup.json()['id']}", json={"is_approved": True})
    latest = client.get(f"/v1/workflows/{wf['id']}/latest-trajectory").json()
    assert latest["id"] == dup.json()["id"] and latest["has_been_approved"] is True
    assert client.get("/v1/trajectories", params={"is_approved": True}).json()["total"] == 1
    run = client.post("/v1/runs", json={"workflow_id": wf["id"]}).json()
    assert client.post(f"/v1/runs/{run['id']}/generate-trajectory").status_code == 400
    emu.advance(1)
    generated = client.post(f"/v1/runs/{run['id']}/generate-trajectory").json()
    assert generated["is_generated"] is True
    assert client.get(f"/v1/runs/{run['id']}/trajectory").json()["id"] == generated["id"]
    assert client.get("/v1/trajectories", params={"is_generated": True}).json()["total"] == 1
    assert client.delete(f"/v1/trajectories/{first['id']}").status_code == 204


def test_small_resources(client: TestClient, emu: Emulator) -> None:
    machine = str(emu.machines[0].id)
    conn = client.post("/v1/connections", json={"websocket_id": "ws", "machine_id": machine}).json()
    assert client.get("/v1/connections", params={"machine_id": machine}).json()["total"] == 1
    patched = client.patch(f"/v1/connections/{conn['id']}", json={"status": "disconnected"}).json()
    assert patched["status"] == "disconnected"
    assert client.delete(f"/v1/connections/{conn['id']}").status_code == 204
    log = client.post(
        "/v1/request-logs",
        json={"request_id": "r", "method": "GET", "path": "/", "machine_id": machine},
    ).json()
    assert (
        client.patch(f"/v1/request-logs/{log['id']}", json={"status_code": 200}).json()[
            "status_code"
        ]
        == 200
    )
    assert client.get("/v1/request-logs", params={"status_code": 200}).json()["total"] == 1
    secret = "sk-model-secret-123"
    config = client.post(
        "/v1/model-configurations",
        json={"name": "m", "provider": "anthropic", "model": "c", "api_key": secret},
    )
    assert config.status_code == 201 and secret not in config.text
    assert config.json()["api_key_alias"]
    updated = client.patch(
        f"/v1/model-configurations/{config.json()['id']}",
        json={"clear_api_key": True, "temperature": 0.5},
    )
    assert updated.json()["api_key_alias"] is None and updated.json()["temperature"] == 0.5
    assert secret not in client.get("/v1/model-configurations").text
    cred = client.put("/v1/provider-credentials/openai", json={"api_key": "sk-provider-secret"})
    assert cred.json()["source"] == "organization" and "sk-provider-secret" not in cred.text
    assert client.put("/v1/provider-credentials/google", json={}).status_code == 422
    assert client.post("/v1/provider-credentials/openai/validate").json()["ok"] is True
    assert client.delete("/v1/provider-credentials/openai").json()["source"] == "cyberdesk"
    usage = client.get(
        "/v1/usage/aggregate",
        params={"from_date": "2000-01-01T00:00:00Z", "to_date": "2999-01-01T00:00:00Z"},
    )
    assert usage.json()["runs_counted"] == 0
    assert client.get("/v1/usage/aggregate").status_code == 422
    assert client.get("/v1/health/machines").json()["checked_machines"] == 2


def test_prompt_images(client: TestClient) -> None:
    png = b"\x89PNG\r\n\x1a\nrest"
    uploaded = client.post(
        "/v1/workflows/prompt-image", files={"file": ("shot.png", png, "image/png")}
    )
    assert uploaded.status_code == 201
    body = uploaded.json()
    assert body["size_bytes"] == len(png)
    assert client.get(body["signed_url"]).content == png
    (item,) = client.get("/v1/workflows/prompt-images").json()
    signed = client.get(
        "/v1/workflows/prompt-image/signed-url", params={"path": item["path"]}
    ).json()
    assert signed["supabase_url"] == body["supabase_url"]
    assert (
        client.delete("/v1/workflows/prompt-image", params={"path": item["path"]}).status_code
        == 204
    )
    assert client.get("/v1/workflows/prompt-images").json() == []
    missing = client.post(
        "/v1/workflows/prompt-image", files={"other": ("a.png", png, "image/png")}
    )
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["body", "file"]
    wrong = client.post("/v1/workflows/prompt-image", files={"file": ("a.txt", b"x", "text/plain")})
    assert wrong.status_code == 422


def test_run_extras(client: TestClient, emu: Emulator, workflow: Workflow) -> None:
    wf = workflow(
        post_run_checks=[{"name": "has output", "type": "output_data_passes_schema_validation"}]
    )
    run = client.post("/v1/runs", json={"workflow_id": wf["id"]}).json()
    emu.advance(0.08)
    assert client.get(f"/v1/runs/{run['id']}").json()["status"] == "running_checks"
    emu.advance(1)
    done = client.get(f"/v1/runs/{run['id']}", params={"include": "workflow,machine"}).json()
    assert done["status"] == "success"
    assert done["post_run_checks"][0]["status"] == "success"
    assert {i["type"] for i in done["included"]} == {"workflow", "machine"}
    image = done["run_message_history"][1]["image_url"]
    signed = client.get(
        f"/v1/runs/{run['id']}/image/signed-url", params={"image_url": image}
    ).json()
    assert client.get(signed["signed_url"]).headers["content-type"] == "image/png"
    costs = client.get(f"/v1/runs/{run['id']}/llm-costs").json()
    assert costs["rows"][0]["call_count"] == 3
    assert client.get("/v1/usage/llm-costs").json()["total"] == 1
    assert json.loads(json.dumps(client.get("/_emulator/stats").json()))["runs"] == {"success": 1}
