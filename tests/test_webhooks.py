from __future__ import annotations

import base64
import hashlib
import hmac
import json
import pickle
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from typing import Any
from uuid import UUID

import pytest

from cyberdesk.client.models import DownedMachinesEvent, RunResponse, RunStatus
from cyberdesk.webhooks import (
    RunCompleteEvent,
    UnknownEvent,
    WebhookErrorReason,
    WebhookSecret,
    WebhookVerificationError,
    construct_event,
    sign,
    verify,
)

SECRET = "whsec_" + base64.b64encode(b"cyberdesk-test-webhook-key").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"some-other-endpoint-key").decode()
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
BODY = b'{"event_type": "ping", "n": 1}'

RUN_COMPLETE: dict[str, Any] = {
    "event_id": "6f1c1f7e-3f5e-4a53-9d7c-0b8f6c1e2a10",
    "event_type": "run_complete",
    "occurred_at": "2025-06-01T11:59:58Z",
    "run": {
        "id": "0d7e5f0c-8a7b-4c52-9a1e-1f2b3c4d5e6f",
        "workflow_id": "7a3c2b1d-0e9f-4a8b-b7c6-d5e4f3a2b1c0",
        "machine_id": None,
        "status": "success",
        "created_at": "2025-06-01T11:58:00Z",
        "session_id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "release_session_after": True,
        "output_data": {"total": 3},
    },
}


def _verify(body: bytes | str = BODY, **overrides: Any) -> dict[str, Any]:
    headers = sign(body, SECRET, msg_id="msg_1", timestamp=NOW)
    return verify(body, {**headers, **overrides}, SECRET, now=NOW)


def _event(payload: dict[str, Any]) -> Any:
    body = json.dumps(payload).encode()
    return construct_event(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)


def _svix_signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """Svix's scheme written out with the standard library alone."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    mac = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def _reason(excinfo: pytest.ExceptionInfo[WebhookVerificationError]) -> WebhookErrorReason:
    return excinfo.value.reason


def test_sign_then_verify_returns_the_body() -> None:
    assert _verify() == {"event_type": "ping", "n": 1}


def test_str_body_verifies_like_bytes() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    assert verify(BODY.decode(), headers, SECRET, now=NOW) == json.loads(BODY)


def test_tampered_body_is_rejected() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    with pytest.raises(WebhookVerificationError) as excinfo:
        verify(BODY.replace(b"1", b"2"), headers, SECRET, now=NOW)
    assert _reason(excinfo) is WebhookErrorReason.INVALID_SIGNATURE


def test_wrong_secret_is_rejected() -> None:
    headers = sign(BODY, OTHER_SECRET, timestamp=NOW)
    with pytest.raises(WebhookVerificationError) as excinfo:
        verify(BODY, headers, SECRET, now=NOW)
    assert _reason(excinfo) is WebhookErrorReason.INVALID_SIGNATURE


def test_changed_msg_id_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError) as excinfo:
        _verify(**{"svix-id": "msg_2"})
    assert _reason(excinfo) is WebhookErrorReason.INVALID_SIGNATURE


@pytest.mark.parametrize(
    ("tolerance", "age", "reason"),
    [
        (300, timedelta(seconds=300), None),
        (300, timedelta(seconds=301), WebhookErrorReason.TIMESTAMP_TOO_OLD),
        (300, timedelta(seconds=-301), WebhookErrorReason.TIMESTAMP_TOO_NEW),
        (timedelta(hours=1), timedelta(minutes=59), None),
        (timedelta(hours=1), timedelta(minutes=-61), WebhookErrorReason.TIMESTAMP_TOO_NEW),
        (10, timedelta(seconds=11), WebhookErrorReason.TIMESTAMP_TOO_OLD),
    ],
)
def test_timestamp_tolerance(
    tolerance: timedelta | int, age: timedelta, reason: WebhookErrorReason | None
) -> None:
    headers = sign(BODY, SECRET, timestamp=NOW - age)
    if reason is None:
        assert verify(BODY, headers, SECRET, now=NOW, tolerance=tolerance)
        return
    with pytest.raises(WebhookVerificationError) as excinfo:
        verify(BODY, headers, SECRET, now=NOW, tolerance=tolerance)
    assert _reason(excinfo) is reason


def test_timestamps_are_checked_against_the_clock_by_default() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    with pytest.raises(WebhookVerificationError) as excinfo:
        verify(BODY, headers, SECRET)
    assert _reason(excinfo) is WebhookErrorReason.TIMESTAMP_TOO_OLD
    assert verify(BODY, sign(BODY, SECRET), SECRET) == json.loads(BODY)


@pytest.mark.parametrize("value", ["abc", "1748779200.5", "-1748779200", "1e9", " 1748779200"])
def test_malformed_timestamp_header_is_rejected(value: str) -> None:
    with pytest.raises(WebhookVerificationError) as excinfo:
        _verify(**{"svix-timestamp": value})
    assert _reason(excinfo) is WebhookErrorReason.INVALID_TIMESTAMP


def test_naive_now_is_refused() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    with pytest.raises(ValueError, match="timezone-aware"):
        verify(BODY, headers, SECRET, now=NOW.replace(tzinfo=None))


def test_one_matching_signature_among_several_is_enough() -> None:
    good = sign(BODY, SECRET, msg_id="msg_1", timestamp=NOW)["svix-signature"]
    rotated = sign(BODY, OTHER_SECRET, msg_id="msg_1", timestamp=NOW)["svix-signature"]
    header = f"v1,bm90LWEtc2ln v1a,{good[3:]} garbage v1 v1,!!,! {rotated} {good}"
    assert _verify(**{"svix-signature": header}) == json.loads(BODY)


@pytest.mark.parametrize("versions", [("v2",), ("v1a", "v0"), ("V1",)])
def test_signatures_of_unknown_versions_only_are_rejected(versions: tuple[str, ...]) -> None:
    good = sign(BODY, SECRET, msg_id="msg_1", timestamp=NOW)["svix-signature"]
    header = " ".join(f"{version},{good[3:]}" for version in versions)
    with pytest.raises(WebhookVerificationError) as excinfo:
        _verify(**{"svix-signature": header})
    assert _reason(excinfo) is WebhookErrorReason.INVALID_SIGNATURE


@pytest.mark.parametrize("missing", ["svix-id", "svix-timestamp", "svix-signature"])
@pytest.mark.parametrize("empty", [False, True])
def test_each_missing_header_is_rejected(missing: str, empty: bool) -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    if empty:
        headers[missing] = ""
    else:
        del headers[missing]
    with pytest.raises(WebhookVerificationError, match=missing) as excinfo:
        verify(BODY, headers, SECRET, now=NOW)
    assert _reason(excinfo) is WebhookErrorReason.MISSING_HEADER


def test_standard_webhooks_header_names_are_accepted() -> None:
    headers = {
        name.replace("svix-", "webhook-"): value
        for name, value in sign(BODY, SECRET, timestamp=NOW).items()
    }
    assert verify(BODY, headers, SECRET, now=NOW) == json.loads(BODY)


@pytest.mark.parametrize("case", [str.upper, str.title])
def test_header_names_are_case_insensitive(case: Any) -> None:
    headers = {case(name): value for name, value in sign(BODY, SECRET, timestamp=NOW).items()}
    assert verify(BODY, headers, SECRET, now=NOW) == json.loads(BODY)


def test_starlette_request_headers_work() -> None:
    datastructures = pytest.importorskip("starlette.datastructures")
    raw = [(k.title().encode(), v.encode()) for k, v in sign(BODY, SECRET, timestamp=NOW).items()]
    headers = datastructures.Headers(raw=raw)
    assert verify(BODY, headers, SECRET, now=NOW) == json.loads(BODY)


def test_known_answer_vector_matches_an_independent_hmac() -> None:
    # The example in Svix's verification docs, recomputed here without the library.
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    msg_id, timestamp = "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330
    body = b'{"test": 2432232314}'
    signature = _svix_signature(secret, msg_id, timestamp, body)
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

    headers = {"svix-id": msg_id, "svix-timestamp": str(timestamp), "svix-signature": signature}
    when = datetime.fromtimestamp(timestamp, timezone.utc)
    assert verify(body, headers, secret, now=when) == {"test": 2432232314}
    assert sign(body, secret, msg_id=msg_id, timestamp=timestamp) == headers
    assert sign(body, secret, msg_id=msg_id, timestamp=when.replace(microsecond=999)) == headers


def test_secret_without_prefix_or_padding_is_accepted() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    bare = SECRET.removeprefix("whsec_").rstrip("=")
    assert verify(BODY, headers, bare, now=NOW) == json.loads(BODY)
    assert verify(BODY, headers, WebhookSecret(SECRET), now=NOW) == json.loads(BODY)


@pytest.mark.parametrize("secret", ["whsec_", "whsec_not base64!", "whsec_abcde", "cd_live_key"])
def test_malformed_secret_is_rejected(secret: str) -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    with pytest.raises(WebhookVerificationError) as excinfo:
        verify(BODY, headers, secret, now=NOW)
    assert _reason(excinfo) is WebhookErrorReason.INVALID_SECRET
    with pytest.raises(WebhookVerificationError):
        WebhookSecret(secret)


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe{}"])
def test_signed_body_that_is_not_a_json_object_is_rejected(body: bytes) -> None:
    timestamp = int(NOW.timestamp())
    # Signed over the raw bytes, as Svix would, so only the body itself is at fault.
    headers = {
        "svix-id": "msg_1",
        "svix-timestamp": str(timestamp),
        "svix-signature": _svix_signature(SECRET, "msg_1", timestamp, body),
    }
    with pytest.raises(WebhookVerificationError) as excinfo:
        verify(body, headers, SECRET, now=NOW)
    assert _reason(excinfo) is WebhookErrorReason.INVALID_PAYLOAD


def test_run_complete_becomes_a_typed_event() -> None:
    event = _event(RUN_COMPLETE)
    assert isinstance(event, RunCompleteEvent)
    assert event.event_type == "run_complete"
    assert event.event_id == UUID(RUN_COMPLETE["event_id"])
    assert event.occurred_at == datetime(2025, 6, 1, 11, 59, 58, tzinfo=timezone.utc)
    assert isinstance(event.run, RunResponse)
    assert isinstance(event.run.status, RunStatus)
    assert event.run.status is RunStatus.SUCCESS
    assert event.run.release_session_after is True
    assert event.raw == RUN_COMPLETE


def test_run_complete_supports_the_guides_dict_access() -> None:
    event = _event(RUN_COMPLETE)
    assert event["run"]["release_session_after"] is True
    assert event["run"].get("release_session_after") is True
    assert event["run"]["session_id"] == RUN_COMPLETE["run"]["session_id"]
    assert event["run"]["status"] == "success"


def test_run_complete_with_a_new_status_still_parses() -> None:
    payload = {**RUN_COMPLETE, "run": {**RUN_COMPLETE["run"], "status": "timed_out"}}
    event = _event(payload)
    assert isinstance(event, RunCompleteEvent)
    assert event.run.status == "timed_out"


def test_run_complete_without_a_run_is_rejected() -> None:
    payload = {k: v for k, v in RUN_COMPLETE.items() if k != "run"}
    with pytest.raises(WebhookVerificationError) as excinfo:
        _event(payload)
    assert _reason(excinfo) is WebhookErrorReason.INVALID_PAYLOAD


def test_downed_machines_becomes_the_generated_model() -> None:
    event = _event(
        {
            "event_type": "downed_machines",
            "organization_id": "org_1",
            "machines": [
                {
                    "machine_id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                    "organization_id": "org_1",
                    "status": "disconnected",
                    "last_seen": "2025-06-01T11:50:00Z",
                    "reason": "heartbeat timeout",
                }
            ],
        }
    )
    assert isinstance(event, DownedMachinesEvent)
    assert event.machines[0].reason == "heartbeat timeout"


@pytest.mark.parametrize("payload", [{"event_type": "run_started", "x": 1}, {"x": 1}])
def test_unknown_event_type_is_returned_not_raised(payload: dict[str, Any]) -> None:
    event = _event(payload)
    assert isinstance(event, UnknownEvent)
    assert event.event_type == payload.get("event_type")
    assert event.raw == payload
    assert event["x"] == 1


def _failures() -> list[tuple[str, Any]]:
    good = sign(BODY, SECRET, msg_id="msg_1", timestamp=NOW)
    stale = sign(BODY, SECRET, timestamp=NOW - timedelta(hours=1))
    bad_body = b"{not json"
    return [
        ("wrong secret", lambda: verify(BODY, good, OTHER_SECRET, now=NOW)),
        ("tampered", lambda: verify(BODY + b" ", good, SECRET, now=NOW)),
        ("stale", lambda: verify(BODY, stale, SECRET, now=NOW)),
        ("missing", lambda: verify(BODY, {"svix-id": "msg_1"}, SECRET, now=NOW)),
        ("bad secret", lambda: verify(BODY, good, SECRET + "!", now=NOW)),
        ("bad json", lambda: verify(bad_body, sign(bad_body, SECRET), SECRET)),
    ]


@pytest.mark.parametrize(("name", "fail"), _failures(), ids=[name for name, _ in _failures()])
def test_errors_never_show_the_secret_or_signature(name: str, fail: Any) -> None:
    signature = sign(BODY, SECRET, msg_id="msg_1", timestamp=NOW)["svix-signature"]
    forbidden = [SECRET, SECRET.removeprefix("whsec_")[:12], signature[3:]]
    with pytest.raises(WebhookVerificationError) as excinfo:
        fail()
    error: BaseException | None = excinfo.value
    while error is not None:
        for shown in (str(error), repr(error)):
            assert not any(value in shown for value in forbidden), (name, shown)
        error = error.__cause__ or error.__context__


def test_objects_never_show_the_secret() -> None:
    secret = WebhookSecret(SECRET)
    event = _event(RUN_COMPLETE)
    unknown = _event({"event_type": "new"})
    for shown in (repr(secret), str(secret), repr(event), repr(unknown)):
        assert SECRET.removeprefix("whsec_")[:12] not in shown
        assert "cyberdesk-test" not in shown


def test_error_pickles_with_its_reason() -> None:
    error = WebhookVerificationError(WebhookErrorReason.INVALID_SIGNATURE, "no match")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.reason, str(copy)) == (WebhookErrorReason.INVALID_SIGNATURE, "no match")


def test_missing_standardwebhooks_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "standardwebhooks", None)
    with pytest.raises(ImportError, match=r'pip install "cyberdesk\[webhooks\]"'):
        _verify()
    with pytest.raises(ImportError, match=r'pip install "cyberdesk\[webhooks\]"'):
        sign(BODY, SECRET)


def test_importing_the_module_does_not_import_standardwebhooks() -> None:
    code = "import sys, cyberdesk.webhooks; print('standardwebhooks' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
