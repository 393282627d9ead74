"""examples/fastapi_app: the guide's FastAPI patient lookup and a webhook receiver.

Lookups run against an emulator on a manual clock (the app's client sleeps by advancing
it); the last test serves the app with uvicorn and lets the emulator deliver real signed
``run_complete`` webhooks to it.
"""

from __future__ import annotations

import json
import logging
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("standardwebhooks")

import httpx
from examples_helpers import (
    API_KEY,
    EmulatorTime,
    Epic,
    patient_output,
    serve_epic,
)

with warnings.catch_warnings():
    # Starlette's TestClient warns that it will move off httpx; not this example's concern.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient
from fastapi_app.app import SessionRelease, Settings, create_app

from cyberdesk import CyberdeskClient, RunCreate
from cyberdesk.emulator import Emulator
from cyberdesk.webhooks import WebhookVerificationError, sign
from tests.helpers import free_port_socket, serve_asgi, wait_until

LOOKUP = {"patient_id": "12345", "patient_first_name": "John", "patient_last_name": "Doe"}
SECRET = "whsec_" + "c2VjcmV0LWZvci10aGUtZXhhbXBsZS10ZXN0cw=="


def settings_for(epic: Epic, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "api_key": API_KEY,
        "workflow_id": epic.workflow_id,
        "machine_id": epic.machine_id,
        "base_url": epic.base_url,
        "webhook_secret": SECRET,
        **overrides,
    }
    return Settings(**values)


class TrackedClient(CyberdeskClient):
    """Counts how often the app builds a client and whether it closed it."""

    built = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        type(self).built += 1
        self.closed = False

    async def aclose(self) -> None:
        self.closed = True
        await super().aclose()


@contextmanager
def serve(settings: Settings, time: EmulatorTime) -> Iterator[TestClient]:
    """The app under TestClient (which runs its lifespan), its client sleeping in emulator
    time."""

    def client_factory(s: Settings) -> CyberdeskClient:
        return TrackedClient(s.api_key, base_url=s.base_url, retry=time.retry())

    with TestClient(create_app(settings, client_factory=client_factory)) as http:
        yield http


# -- POST /patients/lookup --------------------------------------------------------------


def test_lookup_waits_for_the_run_and_returns_its_output(
    epic: Epic, emulator_time: EmulatorTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="fastapi_app.app")
    TrackedClient.built = 0
    with serve(settings_for(epic), emulator_time) as http:
        response = http.post("/patients/lookup", json=LOOKUP)
        second = http.post("/patients/lookup", json={**LOOKUP, "patient_id": "777"})
        client = http.app.state.cyberdesk  # type: ignore[attr-defined]
        assert not client.closed

    assert response.status_code == 200, response.text
    expected = patient_output(LOOKUP)
    run = epic.emulator.runs[0]
    assert response.json() == {
        "patientId": "12345",
        "runId": str(run.id),
        "demographics": expected["demographics"],
        "medications": expected["medications"],
        "vitals": expected["recentVitals"],
        "lastUpdated": expected["lastUpdated"],
    }
    assert run.status == "success"
    assert run.input_values == LOOKUP
    assert str(run.machine_id) == epic.machine_id
    # runs.wait saw the run queued, then finished, polling in emulator time only.
    seen = [(str(r.args[0]), str(r.args[1])) for r in caplog.records if r.msg == "run %s is %s"]
    assert seen[:2] == [(str(run.id), "scheduling"), (str(run.id), "success")]
    assert emulator_time.slept >= 1.0
    assert second.json()["demographics"]["mrn"] == "MRN-777"
    # One client for the app's lifetime, closed by the lifespan on shutdown.
    assert TrackedClient.built == 1
    assert client.closed


def test_a_failed_run_is_a_502_carrying_the_runs_errors(
    epic: Epic, emulator_time: EmulatorTime
) -> None:
    epic.fail_runs("Patient 12345 not found in Epic")
    with serve(settings_for(epic), emulator_time) as http:
        response = http.post("/patients/lookup", json=LOOKUP)

    assert response.status_code == 502
    run = epic.emulator.runs[0]
    assert response.json() == {
        "detail": {
            "message": "Run task_failed",
            "run_id": str(run.id),
            "status": "task_failed",
            "errors": ["Patient 12345 not found in Epic"],
        }
    }


def test_a_run_still_going_at_the_timeout_is_a_504(epic: Epic, emulator_time: EmulatorTime) -> None:
    epic.emulator.set_workflow_behavior(epic.workflow_id, outputs=patient_output, duration=3600)
    with serve(settings_for(epic, run_timeout=120), emulator_time) as http:
        response = http.post("/patients/lookup", json=LOOKUP)

    assert response.status_code == 504
    run = epic.emulator.runs[0]
    assert response.json()["detail"] == {
        "message": "Request timed out",
        "run_id": str(run.id),
        "status": "running",
    }
    assert 120 <= emulator_time.slept < 130  # the wait gave up at its timeout, not later
    assert run.status == "running"  # the run itself goes on


@pytest.mark.parametrize(
    ("change", "expected_message"),
    [
        ({"workflow_id": str(uuid.UUID(int=7))}, "Failed to create run: "),
        ({"api_key": "cd_wrong_key"}, "Failed to create run: "),
    ],
    ids=["unknown-workflow", "wrong-api-key"],
)
def test_an_api_error_is_a_502_with_its_message(
    epic: Epic, emulator_time: EmulatorTime, change: dict[str, str], expected_message: str
) -> None:
    with serve(settings_for(epic, **change), emulator_time) as http:
        response = http.post("/patients/lookup", json=LOOKUP)

    assert response.status_code == 502
    message = response.json()["detail"]["message"]
    assert message.startswith(expected_message)
    assert "cd_wrong_key" not in message  # the SDK keeps keys out of error messages
    assert epic.emulator.runs == []


def test_output_that_is_not_patient_data_is_a_502(epic: Epic, emulator_time: EmulatorTime) -> None:
    epic.emulator.set_workflow_behavior(epic.workflow_id, outputs={"summary": "nothing"})
    with serve(settings_for(epic), emulator_time) as http:
        response = http.post("/patients/lookup", json=LOOKUP)

    assert response.status_code == 502
    detail = response.json()["detail"]
    assert detail["message"] == "Run output is not patient data"
    assert set(detail["fields"]) == {"demographics", "medications", "vitals", "lastUpdated"}


def test_a_malformed_lookup_is_a_422_and_starts_no_run(
    epic: Epic, emulator_time: EmulatorTime
) -> None:
    with serve(settings_for(epic), emulator_time) as http:
        response = http.post("/patients/lookup", json={"patient_id": "12345"})
    assert response.status_code == 422
    assert epic.emulator.runs == []


# -- configuration ------------------------------------------------------------------------


def test_settings_come_from_the_environment_for_uvicorn_factory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from uvicorn.importer import import_from_string

    workflow_id, machine_id = str(uuid.uuid4()), str(uuid.uuid4())
    for name in ("CYBERDESK_BASE_URL", "CYBERDESK_WEBHOOK_SECRET", "EPIC_RUN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CYBERDESK_API_KEY", API_KEY)
    monkeypatch.setenv("EPIC_WORKFLOW_ID", workflow_id)
    monkeypatch.setenv("EPIC_MACHINE_ID", machine_id)

    # What `uvicorn --factory fastapi_app.app:create_app` does.
    app = import_from_string("fastapi_app.app:create_app")()

    settings = app.state.settings
    assert (settings.workflow_id, settings.machine_id) == (workflow_id, machine_id)
    assert settings.webhook_secret is None and settings.base_url is None
    assert API_KEY not in repr(settings)

    monkeypatch.delenv("EPIC_WORKFLOW_ID")
    with pytest.raises(RuntimeError, match="EPIC_WORKFLOW_ID"):
        create_app()
    with pytest.raises(ValueError, match="workflow_id must be a UUID"):
        Settings(api_key=API_KEY, workflow_id="my-epic-workflow")


# -- POST /webhooks/cyberdesk -----------------------------------------------------------


def run_complete(*, session_id: str | None = None, release: bool | None = None) -> bytes:
    """A ``run_complete`` body as Cyberdesk sends it (the run as the API shows runs)."""
    run = {
        "id": str(uuid.uuid4()),
        "workflow_id": str(uuid.uuid4()),
        "machine_id": str(uuid.uuid4()),
        "status": "success",
        "created_at": "2024-05-01T09:30:00Z",
        "session_id": session_id,
        "release_session_after": release,
    }
    event = {
        "event_id": str(uuid.uuid4()),
        "event_type": "run_complete",
        "occurred_at": "2024-05-01T09:31:00Z",
        "run": run,
    }
    return json.dumps(event).encode()


@pytest.fixture
def webhook_app() -> Iterator[TestClient]:
    """The app alone: the webhook route makes no API call, so no emulator is needed."""
    settings = Settings(api_key=API_KEY, workflow_id=str(uuid.uuid4()), webhook_secret=SECRET)
    with TestClient(create_app(settings)) as http:
        yield http


def test_a_signed_delivery_is_accepted_and_a_session_release_recorded(
    webhook_app: TestClient,
) -> None:
    session_id = str(uuid.uuid4())
    released = run_complete(session_id=session_id, release=True)
    plain = run_complete()

    for body in (released, plain):
        response = webhook_app.post("/webhooks/cyberdesk", content=body, headers=sign(body, SECRET))
        assert response.status_code == 204, response.text

    inbox = webhook_app.app.state.webhooks  # type: ignore[attr-defined]
    run_id = json.loads(released)["run"]["id"]
    assert [str(e.run.id) for e in inbox.completed_runs] == [
        run_id,
        json.loads(plain)["run"]["id"],
    ]
    assert inbox.session_releases == [SessionRelease(session_id, run_id, "success")]


def _tampered_body(body: bytes) -> tuple[bytes, dict[str, str]]:
    headers = sign(body, SECRET)
    return body.replace(b'"success"', b'"task_failed"'), headers


def _other_secret(body: bytes) -> tuple[bytes, dict[str, str]]:
    return body, sign(body, "whsec_" + "b3RoZXItc2VjcmV0LWVudGlyZWx5")


def _unsigned(body: bytes) -> tuple[bytes, dict[str, str]]:
    return body, {}


def _reparsed_json(body: bytes) -> tuple[bytes, dict[str, str]]:
    # What a handler that re-serialised request.json() would verify: same data, other bytes.
    return json.dumps(json.loads(body), indent=2).encode(), sign(body, SECRET)


@pytest.mark.parametrize("forge", [_tampered_body, _other_secret, _unsigned, _reparsed_json])
def test_a_delivery_that_fails_verification_is_a_400_and_ignored(
    webhook_app: TestClient, forge: Any
) -> None:
    body, headers = forge(run_complete(session_id=str(uuid.uuid4()), release=True))
    response = webhook_app.post("/webhooks/cyberdesk", content=body, headers=headers)

    assert response.status_code == 400
    assert "whsec_" not in response.text
    inbox = webhook_app.app.state.webhooks  # type: ignore[attr-defined]
    assert inbox.completed_runs == [] and inbox.session_releases == []


def test_a_redelivered_message_is_handled_once(webhook_app: TestClient) -> None:
    body = run_complete(session_id=str(uuid.uuid4()), release=True)
    headers = sign(body, SECRET, msg_id="msg_redelivered")
    # Svix re-signs a retry with a new timestamp; the svix-id stays the same.
    retry_headers = sign(body, SECRET, msg_id="msg_redelivered")

    first = webhook_app.post("/webhooks/cyberdesk", content=body, headers=headers)
    again = webhook_app.post("/webhooks/cyberdesk", content=body, headers=retry_headers)

    assert (first.status_code, again.status_code) == (204, 204)
    inbox = webhook_app.app.state.webhooks  # type: ignore[attr-defined]
    assert len(inbox.completed_runs) == 1
    assert len(inbox.session_releases) == 1


def test_the_webhook_route_is_off_without_a_secret() -> None:
    body = run_complete()
    settings = Settings(api_key=API_KEY, workflow_id=str(uuid.uuid4()))
    with TestClient(create_app(settings)) as http:
        response = http.post("/webhooks/cyberdesk", content=body, headers=sign(body, SECRET))
    assert response.status_code == 503


def test_a_malformed_secret_stops_the_app_at_startup() -> None:
    settings = Settings(api_key=API_KEY, workflow_id=str(uuid.uuid4()), webhook_secret="whsec_%")
    with pytest.raises(WebhookVerificationError):
        create_app(settings)


# -- end to end: the emulator delivers to the app over HTTP ---------------------------------


def test_the_emulator_delivers_signed_run_complete_events_to_the_app() -> None:
    app_socket = free_port_socket()  # the app's address is needed before the emulator starts
    hook_url = f"http://127.0.0.1:{app_socket.getsockname()[1]}/webhooks/cyberdesk"
    emulator = Emulator(api_key=API_KEY, machines=4, webhook_url=hook_url)
    with serve_epic(emulator) as epic:
        settings = settings_for(epic, webhook_secret=emulator.webhook_secret, poll_interval=0.02)
        app = create_app(settings)
        with serve_asgi(app, app_socket) as app_url:
            with httpx.Client(base_url=app_url, timeout=30) as http:
                looked_up = http.post("/patients/lookup", json=LOOKUP)
            assert looked_up.status_code == 200, looked_up.text

            # A run in a session of its own that releases the session when it ends.
            with epic.client() as client:
                started = client.runs.create_sync(
                    RunCreate(
                        workflow_id=epic.workflow_id,
                        machine_id=epic.machine_id,
                        start_session=True,
                        release_session_after=True,
                    )
                ).unwrap()
                done = client.runs.wait_sync(started.id, poll_interval=0.02).unwrap()
            inbox = app.state.webhooks
            wait_until(lambda: len(inbox.completed_runs) == 2)

    lookup_run = looked_up.json()["runId"]
    assert sorted(str(e.run.id) for e in inbox.completed_runs) == sorted(
        [lookup_run, str(started.id)]
    )
    assert inbox.session_releases == [
        SessionRelease(str(done.session_id), str(started.id), "success")
    ]
    assert emulator.stats()["webhooks"] == {"delivered": 2, "failed": 0, "pending": 0}


# -- GET /runs: SDK models as FastAPI responses --------------------------------------------


def test_routes_return_the_sdks_models_as_json(epic: Epic, emulator_time: EmulatorTime) -> None:
    from fastapi.encoders import jsonable_encoder

    with serve(settings_for(epic), emulator_time) as http:
        created = http.post("/patients/lookup", json=LOOKUP)
        assert created.status_code == 200, created.text
        run_id = created.json()["runId"]
        one = http.get(f"/runs/{run_id}")
        listed = http.get("/runs", params={"limit": 5})
        missing = http.get(f"/runs/{uuid.uuid4()}")
        schema = http.get("/openapi.json")
        client = http.app.state.cyberdesk  # type: ignore[attr-defined]
        run = client.runs.get_sync(run_id).unwrap()

    assert one.status_code == 200, one.text
    assert one.json() == run.to_dict() == json.loads(run.to_json())
    assert one.json()["status"] == "success" and one.json()["id"] == run_id
    assert listed.status_code == 200, listed.text
    assert [r["id"] for r in listed.json()] == [run_id]
    assert missing.status_code == 404
    # jsonable_encoder (what FastAPI does with a return value it has no model for) works too.
    assert jsonable_encoder(run) == run.to_dict()
    # Documented in the app's OpenAPI, as objects.
    assert schema.status_code == 200, schema.text
    components = schema.json()["components"]["schemas"]
    assert components["RunResponseWithIncludes"]["type"] == "object"
