"""Run lifecycle, outputs, listing, scheduling, sessions, retry, bulk and files."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import jsonschema
from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator

from .conftest import OUTPUT_SCHEMA, create_run, get_run

Workflow = Callable[..., dict[str, Any]]


def test_lifecycle_scheduling_running_success(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    run = create_run(client, workflow_id=wf["id"], input_values={"x": 1})
    assert run["status"] == "scheduling"
    assert run["started_at"] is None
    emu.advance(0.02)
    running = get_run(client, run["id"])
    assert running["status"] == "running"
    assert running["started_at"] is not None
    emu.advance(0.05)
    done = get_run(client, run["id"])
    assert done["status"] == "success"
    assert done["ended_at"] > done["started_at"]
    assert done["output_data"] == {"x": 1}
    assert done["machine_id"] in {str(m.id) for m in emu.machines}
    assert any(item.get("type") == "image" for item in done["run_message_history"])


def test_output_conforms_to_output_schema(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow(output_schema=OUTPUT_SCHEMA)
    run = create_run(client, workflow_id=wf["id"], input_values={"result": "from input"})
    emu.advance(1)
    output = get_run(client, run["id"])["output_data"]
    jsonschema.validate(output, json.loads(OUTPUT_SCHEMA))
    assert set(output) == {"result", "count", "details"}
    assert set(output["details"]) == {"score", "tags"}
    assert output["result"] == "from input"
    assert isinstance(output["count"], int)


def test_behavior_outputs_status_error_and_files(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    emu.set_workflow_behavior(
        wf["id"],
        status="task_failed",
        error=["no patient"],
        duration=2.0,
        output_files={"r.txt": b"hi"},
    )
    run = create_run(client, workflow_id=wf["id"])
    emu.advance(1.0)
    assert get_run(client, run["id"])["status"] == "running"
    emu.advance(1.1)
    done = get_run(client, run["id"])
    assert done["status"] == "task_failed"
    assert done["error"] == ["no patient"]
    (attachment_id,) = done["output_attachment_ids"]
    listed = client.get(
        "/v1/run-attachments", params={"run_id": run["id"], "attachment_type": "output"}
    )
    assert [a["id"] for a in listed.json()["items"]] == [attachment_id]
    assert client.get(f"/v1/run-attachments/{attachment_id}/download").content == b"hi"


def test_cancel_via_patch_frees_machine(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    emu.set_workflow_behavior(wf["id"], duration=60)
    run = create_run(client, workflow_id=wf["id"], machine_id=str(emu.machines[0].id))
    emu.advance(0.1)
    response = client.patch(f"/v1/runs/{run['id']}", json={"status": "cancelled"})
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    machine = client.get(f"/v1/machines/{emu.machines[0].id}").json()
    assert machine["is_available"] is True
    again = client.patch(f"/v1/runs/{run['id']}", json={"status": "cancelled"})
    assert again.status_code == 200  # repeating the status a run ended with changes nothing
    revived = client.patch(f"/v1/runs/{run['id']}", json={"status": "running"})
    assert revived.status_code == 400


def test_list_filters_pagination_and_fields(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    a, b = workflow(), workflow()
    runs = [create_run(client, workflow_id=a["id"], input_values={"i": i}) for i in range(3)]
    other = create_run(client, workflow_id=b["id"], input_values={"needle": "haystack"})
    page = client.get("/v1/runs", params={"skip": 1, "limit": 2}).json()
    assert page["total"] == 4 and page["skip"] == 1 and page["limit"] == 2
    assert len(page["items"]) == 2
    by_workflow = client.get("/v1/runs", params={"workflow_id": a["id"]}).json()
    assert {r["id"] for r in by_workflow["items"]} == {r["id"] for r in runs}
    assert (
        client.get("/v1/runs", params={"search": "haystack"}).json()["items"][0]["id"]
        == other["id"]
    )
    emu.advance(1)
    assert client.get("/v1/runs", params={"status": "success"}).json()["total"] == 4
    assert client.get("/v1/runs", params={"status": "scheduling"}).json()["total"] == 0
    created = runs[0]["created_at"]
    window = client.get("/v1/runs", params={"created_at_from": created, "created_at_to": created})
    assert window.json()["total"] == 4
    later = client.get("/v1/runs", params={"created_at_from": "2999-01-01T00:00:00Z"}).json()
    assert later["total"] == 0
    projected = client.get("/v1/runs", params={"fields": ["input_values", "session_id"]}).json()
    for item in projected["items"]:
        assert set(item) == {
            "id",
            "workflow_id",
            "machine_id",
            "status",
            "created_at",
            "input_values",
            "session_id",
        }
    minimal = client.get("/v1/runs", params={"fields": []}).json()["items"][0]
    assert "run_message_history" in minimal
    bad = client.get("/v1/runs", params={"limit": 0})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["query", "limit"]
    assert client.get("/v1/runs", params={"status": "nope"}).status_code == 422


def test_machine_id_waits_for_busy_machine(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    emu.set_workflow_behavior(wf["id"], duration=1.0)
    target = str(emu.machines[0].id)
    first = create_run(client, workflow_id=wf["id"], machine_id=target)
    pools = [str(p.id) for p in emu.pools]
    second = create_run(client, workflow_id=wf["id"], machine_id=target, pool_ids=pools)
    assert second["pool_ids"] is None
    emu.advance(0.5)
    assert get_run(client, first["id"])["status"] == "running"
    assert get_run(client, second["id"])["status"] == "scheduling"
    emu.advance(0.6)
    assert get_run(client, first["id"])["status"] == "success"
    assert get_run(client, second["id"])["status"] == "running"
    assert get_run(client, second["id"])["machine_id"] == target


def test_pools_match_by_intersection_and_only_connected(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    m1, m2 = (str(m.id) for m in emu.machines)
    p1 = client.post("/v1/pools", json={"name": "a"}).json()["id"]
    p2 = client.post("/v1/pools", json={"name": "b"}).json()["id"]
    client.put(f"/v1/machines/{m1}/pools", json={"pool_ids": [p1]})
    client.put(f"/v1/machines/{m2}/pools", json={"pool_ids": [p1, p2]})
    run = create_run(client, workflow_id=wf["id"], pool_ids=[p1, p2])
    emu.advance(1)
    assert get_run(client, run["id"])["machine_id"] == m2
    client.patch(f"/v1/machines/{m2}", json={"status": "disconnected"})
    waiting = create_run(client, workflow_id=wf["id"], pool_ids=[p1, p2])
    emu.advance(1)
    assert get_run(client, waiting["id"])["status"] == "scheduling"
    client.patch(f"/v1/machines/{m2}", json={"status": "connected"})
    emu.advance(1)
    assert get_run(client, waiting["id"])["status"] == "success"


def test_one_run_per_machine(client: TestClient, emu: Emulator, workflow: Workflow) -> None:
    wf = workflow()
    emu.set_workflow_behavior(wf["id"], duration=1.0)
    runs = [create_run(client, workflow_id=wf["id"]) for _ in range(3)]
    emu.advance(0.5)
    statuses = [get_run(client, r["id"])["status"] for r in runs]
    assert statuses == ["running", "running", "scheduling"]
    assert len({get_run(client, r["id"])["machine_id"] for r in runs[:2]}) == 2


def test_session_runs_back_to_back_without_interleaving(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    emu.set_workflow_behavior(wf["id"], duration=0.5)
    starter = create_run(
        client, workflow_id=wf["id"], start_session=True, machine_id=str(emu.machines[0].id)
    )
    session_id = starter["session_id"]
    assert session_id == starter["id"]
    emu.advance(0.1)
    machine = client.get(f"/v1/machines/{emu.machines[0].id}").json()
    assert machine["reserved_session_id"] == session_id
    outsider = create_run(client, workflow_id=wf["id"], machine_id=str(emu.machines[0].id))
    step2 = create_run(client, workflow_id=wf["id"], session_id=session_id)
    step3 = create_run(
        client, workflow_id=wf["id"], session_id=session_id, release_session_after=True
    )
    emu.advance(5)
    runs = [get_run(client, r["id"]) for r in (starter, step2, step3, outsider)]
    assert [r["status"] for r in runs] == ["success"] * 4
    assert {r["machine_id"] for r in runs[:3]} == {str(emu.machines[0].id)}
    assert runs[0]["ended_at"] <= runs[1]["started_at"]
    assert runs[1]["ended_at"] <= runs[2]["started_at"]
    assert runs[3]["started_at"] >= runs[2]["ended_at"]
    assert runs[2]["release_session_after"] is True
    machine = client.get(f"/v1/machines/{emu.machines[0].id}").json()
    assert machine["reserved_session_id"] is None
    listed = client.get("/v1/runs", params={"session_id": session_id}).json()
    assert listed["total"] == 3


def test_failed_session_run_releases_session(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    ok_wf, bad_wf = workflow(), workflow()
    emu.set_workflow_behavior(bad_wf["id"], status="error", error=["boom"])
    starter = create_run(client, workflow_id=bad_wf["id"], start_session=True)
    queued = create_run(client, workflow_id=ok_wf["id"], session_id=starter["id"])
    emu.advance(1)
    failed = get_run(client, starter["id"])
    assert failed["status"] == "error" and failed["release_session_after"] is True
    assert get_run(client, queued["id"])["status"] == "cancelled"
    late = client.post("/v1/runs", json={"workflow_id": ok_wf["id"], "session_id": starter["id"]})
    assert late.status_code == 400 and "released" in late.json()["detail"]


def test_patch_reserved_session_null_cancels_and_frees(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    emu.set_workflow_behavior(wf["id"], duration=60)
    starter = create_run(client, workflow_id=wf["id"], start_session=True)
    emu.advance(0.1)
    machine_id = get_run(client, starter["id"])["machine_id"]
    queued = create_run(client, workflow_id=wf["id"], session_id=starter["id"])
    response = client.patch(f"/v1/machines/{machine_id}", json={"reserved_session_id": None})
    assert response.status_code == 200
    assert response.json()["reserved_session_id"] is None
    assert response.json()["is_available"] is True
    assert get_run(client, starter["id"])["status"] == "cancelled"
    assert get_run(client, queued["id"])["status"] == "cancelled"


def test_retry_rules(client: TestClient, emu: Emulator, workflow: Workflow) -> None:
    wf = workflow()
    emu.set_workflow_behavior(wf["id"], output_files={"out.txt": b"x"})
    files = [{"filename": "in.txt", "content": base64.b64encode(b"input").decode()}]
    run = create_run(client, workflow_id=wf["id"], input_values={"q": 1}, file_inputs=files)
    refused = client.post(f"/v1/runs/{run['id']}/retry", json={})
    assert refused.status_code == 400
    assert "terminal" in refused.json()["detail"]
    emu.advance(1)
    done = get_run(client, run["id"])
    old_output = done["output_attachment_ids"]
    assert old_output and done["input_attachment_ids"]
    retried = client.post(f"/v1/runs/{run['id']}/retry", json={"input_values": {"q": 2}})
    assert retried.status_code == 200
    body = retried.json()
    assert body["id"] == run["id"]
    assert body["status"] == "scheduling"
    assert body["output_data"] is None and body["run_message_history"] is None
    assert body["output_attachment_ids"] == []
    assert body["input_attachment_ids"] == done["input_attachment_ids"]
    assert client.get(f"/v1/run-attachments/{old_output[0]}").status_code == 404
    emu.advance(1)
    new_files = [{"filename": "new.txt", "content": base64.b64encode(b"new").decode()}]
    replaced = client.post(f"/v1/runs/{run['id']}/retry", json={"file_inputs": new_files}).json()
    (new_id,) = replaced["input_attachment_ids"]
    assert new_id not in done["input_attachment_ids"]
    assert client.get(f"/v1/run-attachments/{new_id}/download").content == b"new"


def test_bulk_create(client: TestClient, emu: Emulator, workflow: Workflow) -> None:
    wf = workflow()
    response = client.post(
        "/v1/runs/bulk", json={"workflow_id": wf["id"], "count": 5, "input_values": {"a": 1}}
    )
    assert response.status_code == 201
    body = response.json()
    assert len(body["created_runs"]) == 5 and body["failed_count"] == 0
    assert len(emu.runs) == 5
    too_many = client.post("/v1/runs/bulk", json={"workflow_id": wf["id"], "count": 1001})
    assert too_many.status_code == 422
    assert too_many.json()["detail"][0]["loc"] == ["body", "count"]
    emu.advance(5)
    assert {r.status for r in emu.runs} == {"success"}


def test_file_inputs_become_input_attachments(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    files = [
        {
            "filename": "report.txt",
            "content": base64.b64encode(b"hello").decode(),
            "cleanup_imports_after_run": True,
        }
    ]
    run = create_run(client, workflow_id=wf["id"], file_inputs=files)
    (attachment_id,) = run["input_attachment_ids"]
    meta = client.get(f"/v1/run-attachments/{attachment_id}").json()
    assert meta["attachment_type"] == "input" and meta["size_bytes"] == 5
    assert meta["cleanup_imports_after_run"] is True
    download = client.get(f"/v1/run-attachments/{attachment_id}/download")
    assert download.content == b"hello"
    assert 'filename="report.txt"' in download.headers["content-disposition"]
    url = client.get(
        f"/v1/run-attachments/{attachment_id}/download-url", params={"expires_in": 60}
    ).json()
    assert url["expires_in"] == 60
    assert url["url"].startswith("http://testserver/_emulator/files/")
    fetched = client.get(url["url"], headers={"Authorization": ""})
    assert fetched.status_code == 200 and fetched.content == b"hello"
    emu.advance(61)
    assert client.get(url["url"]).status_code == 404
    assert (
        client.get(
            f"/v1/run-attachments/{attachment_id}/download-url", params={"expires_in": 5}
        ).status_code
        == 422
    )


def test_bad_base64_is_422_naming_the_field(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    files = [
        {"filename": "ok.txt", "content": base64.b64encode(b"x").decode()},
        {"filename": "bad.txt", "content": "not base64!!"},
    ]
    response = client.post("/v1/runs", json={"workflow_id": wf["id"], "file_inputs": files})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "file_inputs", 1, "content"]
    assert emu.runs == []


def test_attachment_expiry_update_and_delete(
    client: TestClient, emu: Emulator, workflow: Workflow
) -> None:
    wf = workflow()
    run = create_run(client, workflow_id=wf["id"])
    created = client.post(
        "/v1/run-attachments",
        json={
            "run_id": run["id"],
            "filename": "a.bin",
            "content": base64.b64encode(b"\x00\x01").decode(),
            "content_type": "application/octet-stream",
            "attachment_type": "output",
        },
    )
    assert created.status_code == 201
    attachment_id = created.json()["id"]
    updated = client.put(
        f"/v1/run-attachments/{attachment_id}", json={"expires_at": "2030-01-01T00:00:00Z"}
    )
    assert updated.json()["expires_at"].startswith("2030-01-01")
    assert client.delete(f"/v1/run-attachments/{attachment_id}").status_code == 204
    assert get_run(client, run["id"])["output_attachment_ids"] == []
    assert client.delete(f"/v1/runs/{run['id']}").status_code == 204
    assert client.get(f"/v1/runs/{run['id']}").status_code == 404
