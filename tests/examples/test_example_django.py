"""examples/django_app: the guide's PatientLookupView and a webhook view, through Django's
test client against an emulator on a manual clock.

The example's own settings module is loaded (``DJANGO_SETTINGS_MODULE=django_app.settings``)
and ``settings.CYBERDESK`` is overridden per test, which also proves that the lazy client
follows its settings.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

django = pytest.importorskip("django")
pytest.importorskip("standardwebhooks")

from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment, teardown_test_environment  # noqa: E402
from examples_helpers import API_KEY, EXAMPLES, EmulatorTime, Epic, patient_output  # noqa: E402

from cyberdesk.webhooks import sign  # noqa: E402

LOOKUP = {"patient_id": "12345", "patient_first_name": "John", "patient_last_name": "Doe"}
SECRET = "whsec_" + "ZGphbmdvLWV4YW1wbGUtd2ViaG9vay1zZWNyZXQ="


@pytest.fixture(scope="module", autouse=True)
def django_project() -> Iterator[None]:
    """Django configured once for this module, from the example's own settings."""
    from django.conf import settings

    if settings.configured and getattr(settings, "ROOT_URLCONF", None) != "django_app.urls":
        pytest.skip("Django is already configured with other settings in this process")
    previous = os.environ.get("DJANGO_SETTINGS_MODULE")
    os.environ["DJANGO_SETTINGS_MODULE"] = "django_app.settings"
    try:
        django.setup()  # loads the settings: the variable is not read again
    finally:
        if previous is None:
            del os.environ["DJANGO_SETTINGS_MODULE"]
        else:
            os.environ["DJANGO_SETTINGS_MODULE"] = previous
    setup_test_environment()  # allows the test client's "testserver" host
    yield
    teardown_test_environment()


@pytest.fixture(autouse=True)
def _clear_cache() -> None:
    from django.core.cache import cache

    cache.clear()


@contextmanager
def cyberdesk_settings(
    epic: Epic | None = None, time: EmulatorTime | None = None, **changes: Any
) -> Iterator[None]:
    """settings.CYBERDESK pointing at ``epic`` (the webhook view alone needs no emulator)."""
    from django.conf import settings

    config = {**settings.CYBERDESK, "API_KEY": API_KEY, "WEBHOOK_SECRET": SECRET}
    if epic is not None and time is not None:
        config.update(
            BASE_URL=epic.base_url,
            EPIC_WORKFLOW_ID=epic.workflow_id,
            EPIC_MACHINE_ID=epic.machine_id,
            RETRY=time.retry(),  # the client sleeps by advancing the emulator's clock
        )
    config.update(changes)
    with override_settings(CYBERDESK=config):
        yield


def post_json(client: Client, path: str, body: Any) -> Any:
    return client.post(path, data=json.dumps(body), content_type="application/json")


# -- PatientLookupView ----------------------------------------------------------------------


def test_lookup_view_waits_for_the_run_and_returns_its_output(
    epic: Epic, emulator_time: EmulatorTime, caplog: pytest.LogCaptureFixture
) -> None:
    from django_app.cyberdesk_client import get_client

    caplog.set_level(logging.INFO, logger="django_app.views")
    with cyberdesk_settings(epic, emulator_time):
        response = post_json(Client(), "/patients/lookup", LOOKUP)
        shared = get_client()
        second = post_json(Client(), "/patients/lookup", {**LOOKUP, "patient_id": "777"})
        assert get_client() is shared  # one client for every request

    assert response.status_code == 200, response.content
    run = epic.emulator.runs[0]
    expected = patient_output(LOOKUP)
    assert response.json() == {
        "patientId": "12345",
        "runId": str(run.id),
        "demographics": expected["demographics"],
        "medications": expected["medications"],
        "vitals": expected["recentVitals"],
        "lastUpdated": expected["lastUpdated"],
    }
    assert run.status == "success" and run.input_values == LOOKUP
    seen = [str(r.args[1]) for r in caplog.records if r.msg == "run %s is %s"]
    assert seen[:2] == ["scheduling", "success"]
    assert emulator_time.slept >= 1.0
    assert second.json()["demographics"]["mrn"] == "MRN-777"


def test_a_failed_run_is_a_502_carrying_the_runs_errors(
    epic: Epic, emulator_time: EmulatorTime
) -> None:
    epic.fail_runs("Patient 12345 not found in Epic")
    with cyberdesk_settings(epic, emulator_time):
        response = post_json(Client(), "/patients/lookup", LOOKUP)

    assert response.status_code == 502
    assert response.json() == {
        "error": "Run task_failed",
        "run_id": str(epic.emulator.runs[0].id),
        "status": "task_failed",
        "errors": ["Patient 12345 not found in Epic"],
    }


def test_a_run_still_going_at_the_timeout_is_a_504(epic: Epic, emulator_time: EmulatorTime) -> None:
    epic.emulator.set_workflow_behavior(epic.workflow_id, outputs=patient_output, duration=3600)
    with cyberdesk_settings(epic, emulator_time, RUN_TIMEOUT=60):
        response = post_json(Client(), "/patients/lookup", LOOKUP)

    assert response.status_code == 504
    assert response.json() == {
        "error": "Request timed out",
        "run_id": str(epic.emulator.runs[0].id),
        "status": "running",
    }
    assert 60 <= emulator_time.slept < 70


def test_an_api_error_is_a_502_with_its_message(epic: Epic, emulator_time: EmulatorTime) -> None:
    with cyberdesk_settings(epic, emulator_time, EPIC_WORKFLOW_ID=str(uuid.UUID(int=7))):
        response = post_json(Client(), "/patients/lookup", LOOKUP)

    assert response.status_code == 502
    assert response.json()["error"].startswith("Failed to create run: ")
    assert epic.emulator.runs == []


@pytest.mark.parametrize("body", ["not json", {"patient_id": "1"}, ["a list"]])
def test_a_malformed_request_is_a_400_and_starts_no_run(
    epic: Epic, emulator_time: EmulatorTime, body: Any
) -> None:
    with cyberdesk_settings(epic, emulator_time):
        data = body if isinstance(body, str) else json.dumps(body)
        response = Client().post("/patients/lookup", data=data, content_type="application/json")
    assert response.status_code == 400
    assert epic.emulator.runs == []


def test_both_views_take_posts_without_a_csrf_token(
    epic: Epic, emulator_time: EmulatorTime
) -> None:
    strict = Client(enforce_csrf_checks=True)  # as a real server-to-server caller
    body = run_complete()
    with cyberdesk_settings(epic, emulator_time):
        assert post_json(strict, "/patients/lookup", LOOKUP).status_code == 200
        hook = strict.post(
            "/webhooks/cyberdesk",
            data=body,
            content_type="application/json",
            headers=sign(body, SECRET),
        )
        assert hook.status_code == 204
        assert strict.get("/patients/lookup").status_code == 405


def test_a_missing_api_key_is_reported_as_misconfiguration() -> None:
    from django.core.exceptions import ImproperlyConfigured

    with (
        cyberdesk_settings(API_KEY=""),
        pytest.raises(ImproperlyConfigured, match="CYBERDESK_API_KEY"),
    ):
        post_json(Client(), "/patients/lookup", LOOKUP)


# -- cyberdesk_webhook ----------------------------------------------------------------------


def run_complete(*, session_id: str | None = None, release: bool | None = None) -> bytes:
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


@contextmanager
def received() -> Iterator[tuple[list[Any], list[dict[str, Any]]]]:
    """What the webhook view signalled: run_completed events and session releases."""
    from django_app.views import run_completed, session_released

    events: list[Any] = []
    releases: list[dict[str, Any]] = []

    def on_run(sender: Any, event: Any, **kwargs: Any) -> None:
        events.append(event)

    def on_release(sender: Any, **kwargs: Any) -> None:
        releases.append({k: kwargs[k] for k in ("session_id", "run_id", "status")})

    run_completed.connect(on_run)
    session_released.connect(on_release)
    try:
        yield events, releases
    finally:
        run_completed.disconnect(on_run)
        session_released.disconnect(on_release)


def deliver(body: bytes, headers: dict[str, str]) -> Any:
    return Client().post(
        "/webhooks/cyberdesk", data=body, content_type="application/json", headers=headers
    )


def test_a_signed_delivery_is_accepted_and_signals_the_session_release() -> None:
    session_id = str(uuid.uuid4())
    body = run_complete(session_id=session_id, release=True)
    with cyberdesk_settings(), received() as (events, releases):
        response = deliver(body, sign(body, SECRET))

    assert response.status_code == 204
    run_id = json.loads(body)["run"]["id"]
    assert [str(e.run.id) for e in events] == [run_id]
    assert releases == [{"session_id": session_id, "run_id": run_id, "status": "success"}]


@pytest.mark.parametrize("forgery", ["tampered", "other-secret", "unsigned"])
def test_a_delivery_that_fails_verification_is_a_400_and_ignored(forgery: str) -> None:
    body = run_complete(session_id=str(uuid.uuid4()), release=True)
    headers = {
        "tampered": sign(body, SECRET),
        "other-secret": sign(body, "whsec_b3RoZXItc2VjcmV0LWVudGlyZWx5"),
        "unsigned": {},
    }[forgery]
    if forgery == "tampered":
        body = body.replace(b'"success"', b'"task_failed"')
    with cyberdesk_settings(), received() as (events, releases):
        response = deliver(body, headers)

    assert response.status_code == 400
    assert events == [] and releases == []


def test_a_redelivered_message_is_handled_once() -> None:
    body = run_complete(session_id=str(uuid.uuid4()), release=True)
    with cyberdesk_settings(), received() as (events, releases):
        first = deliver(body, sign(body, SECRET, msg_id="msg_1"))
        again = deliver(body, sign(body, SECRET, msg_id="msg_1"))
        other = deliver(body, sign(body, SECRET, msg_id="msg_2"))

    assert (first.status_code, again.status_code, other.status_code) == (204, 204, 204)
    assert len(events) == 2 and len(releases) == 2  # msg_1 once, msg_2 once


def test_a_delivery_whose_handling_failed_is_handled_on_redelivery() -> None:
    from django_app.views import run_completed

    body = run_complete()
    calls: list[int] = []

    def flaky(sender: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database unavailable")

    run_completed.connect(flaky)
    try:
        with cyberdesk_settings():
            with pytest.raises(RuntimeError):
                deliver(body, sign(body, SECRET, msg_id="msg_flaky"))
            retried = deliver(body, sign(body, SECRET, msg_id="msg_flaky"))
    finally:
        run_completed.disconnect(flaky)
    assert retried.status_code == 204
    assert len(calls) == 2


def test_manage_py_check_loads_the_project_from_a_clean_process() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CYBERDESK_", "DJANGO_"))}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "django_app" / "manage.py"), "check"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "no issues" in done.stdout
