"""Verify and parse the webhooks Cyberdesk delivers through Svix.

Every delivery carries ``svix-id``, ``svix-timestamp`` and ``svix-signature`` headers: the
Standard Webhooks scheme under Svix's header names (``webhook-*`` names are accepted too).
Verification needs the raw request body exactly as received, so read the bytes before
any JSON parsing. It is pure CPU work, so it is called the same way from sync and async
code. Needs the optional dependency: ``pip install "cyberdesk[webhooks]"``.

Parse the endpoint secret once at startup, so a malformed secret fails there rather
than turning every delivery into a 400 that Svix keeps retrying::

    SECRET = WebhookSecret(os.environ["CYBERDESK_WEBHOOK_SECRET"])

FastAPI / Starlette::

    from fastapi import HTTPException, Request

    from cyberdesk.webhooks import RunCompleteEvent, WebhookVerificationError, construct_event

    @app.post("/webhooks/cyberdesk")
    async def cyberdesk_webhook(request: Request) -> dict[str, bool]:
        try:
            event = construct_event(await request.body(), request.headers, SECRET)
        except WebhookVerificationError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
        if isinstance(event, RunCompleteEvent) and event.run.release_session_after is True:
            print(f"run {event.run.id} released session {event.run.session_id}")
        return {"ok": True}

Django::

    from django.http import HttpResponse, HttpResponseBadRequest
    from django.views.decorators.csrf import csrf_exempt
    from django.views.decorators.http import require_POST

    @csrf_exempt
    @require_POST
    def cyberdesk_webhook(request):
        try:
            event = construct_event(request.body, request.headers, SECRET)
        except WebhookVerificationError as exc:
            return HttpResponseBadRequest(str(exc))
        ...
        return HttpResponse(status=204)

Svix may deliver a message more than once; de-duplicate on the ``svix-id`` header.
Error messages never contain the secret or a signature, so they are safe to log or return.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import math
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

from dateutil.parser import isoparse

from cyberdesk.client.models import DownedMachinesEvent, RunResponse

if TYPE_CHECKING:
    from standardwebhooks import Webhook

__all__ = [
    "DownedMachinesEvent",
    "RunCompleteEvent",
    "UnknownEvent",
    "WebhookErrorReason",
    "WebhookEvent",
    "WebhookSecret",
    "WebhookVerificationError",
    "construct_event",
    "sign",
    "verify",
]


class WebhookErrorReason(str, Enum):
    """Why a delivery was rejected."""

    MISSING_HEADER = "missing_header"
    INVALID_TIMESTAMP = "invalid_timestamp"
    TIMESTAMP_TOO_OLD = "timestamp_too_old"
    TIMESTAMP_TOO_NEW = "timestamp_too_new"
    INVALID_SIGNATURE = "invalid_signature"
    INVALID_SECRET = "invalid_secret"
    INVALID_PAYLOAD = "invalid_payload"


class WebhookVerificationError(Exception):
    """A delivery failed verification or parsing; ``reason`` says which check failed."""

    def __init__(self, reason: WebhookErrorReason, message: str) -> None:
        # Both go to Exception so that the error pickles and unpickles intact.
        super().__init__(reason, message)
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return self.message


class WebhookSecret:
    """An endpoint secret (``whsec_<base64>``), decoded and checked; its repr hides it."""

    __slots__ = ("_key",)

    def __init__(self, secret: str) -> None:
        encoded = secret.removeprefix("whsec_")
        try:
            # Strict, unlike standardwebhooks, which drops non-base64 characters and so takes
            # a mistyped secret; the padding stays optional, as it is for Svix.
            key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        except binascii.Error:
            raise WebhookVerificationError(
                WebhookErrorReason.INVALID_SECRET,
                "the webhook secret is not 'whsec_' followed by base64",
            ) from None
        if not key:
            raise WebhookVerificationError(
                WebhookErrorReason.INVALID_SECRET, "the webhook secret is empty"
            )
        self._key = key

    def __repr__(self) -> str:
        return "WebhookSecret('whsec_***')"


@dataclass(frozen=True)
class RunCompleteEvent:
    """A ``run_complete`` event: a run reached a terminal status.

    ``event["run"]`` reads the raw JSON, as in the Cyberdesk guide's handler samples.
    """

    event_id: UUID | None
    event_type: str
    occurred_at: datetime | None
    run: RunResponse
    raw: dict[str, Any] = field(repr=False)

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]


@dataclass(frozen=True)
class UnknownEvent:
    """An event type this SDK version does not know; returned so new types don't break handlers."""

    event_type: str | None
    raw: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]


WebhookEvent: TypeAlias = RunCompleteEvent | DownedMachinesEvent | UnknownEvent


def verify(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str | WebhookSecret,
    *,
    tolerance: timedelta | int = 300,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Check a delivery's signature and timestamp; return its JSON body.

    ``payload`` is the raw request body. ``headers`` is any mapping (a dict, Starlette's or
    Django's ``request.headers``); names are matched case-insensitively. ``tolerance`` (in
    seconds if an int) bounds the clock difference to ``now`` (default: the current time).
    Raises ``WebhookVerificationError``.
    """
    body = _text(payload)
    signer = _signer(secret)
    msg_id, timestamp, signatures = _read_headers(headers)
    sent_at = _check_timestamp(timestamp, tolerance, now)
    expected = signer.sign(msg_id=msg_id, timestamp=sent_at, data=body).encode()
    # Comparing whole "v1,<base64>" entries skips other versions and malformed entries
    # without parsing them; standardwebhooks 1.1's own parser raises ValueError on those.
    if not any(hmac.compare_digest(entry.encode(), expected) for entry in signatures.split()):
        raise WebhookVerificationError(
            WebhookErrorReason.INVALID_SIGNATURE, "no webhook signature matches the secret"
        )
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise WebhookVerificationError(
            WebhookErrorReason.INVALID_PAYLOAD, f"the webhook body is not JSON: {exc}"
        ) from exc
    if not isinstance(data, dict):
        raise WebhookVerificationError(
            WebhookErrorReason.INVALID_PAYLOAD, "the webhook body is not a JSON object"
        )
    return data


def construct_event(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str | WebhookSecret,
    *,
    tolerance: timedelta | int = 300,
    now: datetime | None = None,
) -> WebhookEvent:
    """Verify a delivery like ``verify``, then parse it into a typed event.

    Unknown event types come back as ``UnknownEvent``; a known type whose payload does not
    match its schema raises ``WebhookVerificationError`` with reason ``INVALID_PAYLOAD``.
    """
    raw = verify(payload, headers, secret, tolerance=tolerance, now=now)
    event_type = raw.get("event_type")
    try:
        if event_type == "run_complete":
            event_id, occurred_at = raw.get("event_id"), raw.get("occurred_at")
            return RunCompleteEvent(
                event_id=None if event_id is None else UUID(event_id),
                event_type=event_type,
                occurred_at=None if occurred_at is None else isoparse(occurred_at),
                # The webhook's run payload has the same fields as RunResponse, which is
                # what the rest of the SDK hands out for a run.
                run=RunResponse.from_dict(raw["run"]),
                raw=raw,
            )
        if event_type == "downed_machines":
            return DownedMachinesEvent.from_dict(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookVerificationError(
            WebhookErrorReason.INVALID_PAYLOAD,
            f"the {event_type} payload does not match its schema: {exc!r}",
        ) from exc
    return UnknownEvent(event_type if isinstance(event_type, str) else None, raw)


def sign(
    payload: bytes | str,
    secret: str | WebhookSecret,
    *,
    msg_id: str | None = None,
    timestamp: datetime | int | None = None,
) -> dict[str, str]:
    """Sign a body as Svix would; return its ``svix-*`` headers (for tests and examples)."""
    signer = _signer(secret)
    if msg_id is None:
        msg_id = f"msg_{uuid.uuid4().hex}"
    if timestamp is None:
        seconds = math.floor(time.time())
    elif isinstance(timestamp, datetime):
        seconds = math.floor(_unix(timestamp))
    else:
        seconds = timestamp
    sent_at = datetime.fromtimestamp(seconds, timezone.utc)
    return {
        "svix-id": msg_id,
        "svix-timestamp": str(seconds),
        "svix-signature": signer.sign(msg_id=msg_id, timestamp=sent_at, data=_text(payload)),
    }


def _signer(secret: str | WebhookSecret) -> Webhook:
    try:
        from standardwebhooks import Webhook
    except ImportError as exc:
        raise ImportError(
            'cyberdesk.webhooks needs standardwebhooks: pip install "cyberdesk[webhooks]"'
        ) from exc
    key = secret if isinstance(secret, WebhookSecret) else WebhookSecret(secret)
    return Webhook(key._key)


def _read_headers(headers: Mapping[str, str]) -> tuple[str, str, str]:
    lowered = {name.lower(): value for name, value in headers.items()}

    def read(name: str) -> str:
        value = lowered.get(f"svix-{name}") or lowered.get(f"webhook-{name}")
        if not value:
            raise WebhookVerificationError(
                WebhookErrorReason.MISSING_HEADER, f"the svix-{name} header is missing"
            )
        return value

    return read("id"), read("timestamp"), read("signature")


def _check_timestamp(header: str, tolerance: timedelta | int, now: datetime | None) -> datetime:
    # Checked here rather than by standardwebhooks, whose window is a fixed five minutes
    # around the wall clock.
    if not (header.isascii() and header.isdigit()):
        raise WebhookVerificationError(
            WebhookErrorReason.INVALID_TIMESTAMP, "the svix-timestamp header is not Unix seconds"
        )
    seconds = int(header)
    limit = tolerance.total_seconds() if isinstance(tolerance, timedelta) else tolerance
    current = time.time() if now is None else _unix(now)
    if seconds < current - limit:
        raise WebhookVerificationError(
            WebhookErrorReason.TIMESTAMP_TOO_OLD,
            f"the webhook timestamp is more than {limit:g} s in the past",
        )
    if seconds > current + limit:
        raise WebhookVerificationError(
            WebhookErrorReason.TIMESTAMP_TOO_NEW,
            f"the webhook timestamp is more than {limit:g} s in the future",
        )
    return datetime.fromtimestamp(seconds, timezone.utc)


def _unix(moment: datetime) -> float:
    # Python reads a naive datetime as local time, standardwebhooks as UTC: refuse to guess.
    if moment.tzinfo is None:
        raise ValueError("pass a timezone-aware datetime, e.g. datetime.now(timezone.utc)")
    return moment.timestamp()


_RAW_BODY = (
    "pass the raw request body bytes, as received (FastAPI: await request.body(), "
    "Django: request.body, Flask: request.get_data()): the signature covers those exact bytes"
)


def _text(payload: object) -> str:
    """The body as text; a parsed or re-encoded body cannot be verified, so it is refused."""
    if isinstance(payload, (bytes, bytearray, memoryview)):
        try:
            # standardwebhooks signs text, which it encodes as UTF-8 again: the same bytes.
            return bytes(payload).decode()
        except UnicodeDecodeError:
            raise WebhookVerificationError(
                WebhookErrorReason.INVALID_PAYLOAD, "the webhook body is not UTF-8"
            ) from None
    if isinstance(payload, str):
        try:
            payload.encode()
        except UnicodeEncodeError:
            raise TypeError(
                f"the webhook body is a str that is not valid text; {_RAW_BODY}"
            ) from None
        return payload
    raise TypeError(f"the webhook body must be bytes, got {type(payload).__name__}; {_RAW_BODY}")
