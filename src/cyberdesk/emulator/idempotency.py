"""``Idempotency-Key`` handling for every non-GET request.

Choices (the facts leave these open):

* Keys are scoped per API key: ``(sha256(api key), Idempotency-Key)``.
* The request fingerprint is method, path, query string and a hash of the raw body. The same
  key with a different fingerprint answers 400
  ``{"detail": "Idempotency-Key reused with a different request"}``.
* While the first request is being processed a duplicate answers 409 with
  ``Idempotency-Status: in_progress`` and ``Retry-After: 1``.
* A completed answer below 500 is stored and replayed byte for byte with its status and
  headers plus ``Idempotency-Replayed: true``; 5xx answers (and 409 and 429, which are
  transient) are forgotten so a retry runs again. Entries live for 24 hours of emulator
  time.
* Only requests whose body arrived whole get a record: a cut body is never handled (see
  :mod:`cyberdesk.emulator.body`). A whole request's 422 is stored like any completed
  answer: the facts exempt only 5xx, and the same request would fail the same way again.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

RETENTION_SECONDS = 24 * 3600.0
# Rate limiting and conflicts are transient: a retry must get a fresh answer.
UNSTORED = frozenset({409, 429})
MISMATCH_DETAIL = "Idempotency-Key reused with a different request"
IN_PROGRESS_DETAIL = "A request with this Idempotency-Key is still being processed"


@dataclass
class StoredResponse:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


@dataclass
class IdempotencyEntry:
    """One key's record: ``in_progress`` until the first answer is stored."""

    fingerprint: str
    method: str
    path: str
    created_t: float
    state: Literal["in_progress", "completed"] = "in_progress"
    response: StoredResponse | None = None
    replays: int = 0

    def __repr__(self) -> str:
        return f"IdempotencyEntry({self.method} {self.path}, state={self.state})"


@dataclass
class IdempotencyStore:
    """Keys seen by one emulator."""

    clock: Callable[[], float]
    _entries: dict[tuple[str, str], IdempotencyEntry] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    replayed: int = 0

    @staticmethod
    def scope_of(api_key: str) -> str:
        return hashlib.sha256(api_key.encode()).hexdigest()

    def lookup(self, api_key: str, key: str) -> IdempotencyEntry | None:
        """The record of ``key`` as used with ``api_key`` (for assertions in tests)."""
        with self._lock:
            return self._entries.get((self.scope_of(api_key), key))

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def begin(
        self, scope: str, key: str, fingerprint: str, method: str, path: str
    ) -> tuple[str, IdempotencyEntry | None]:
        now = self.clock()
        with self._lock:
            self._expire(now)
            entry = self._entries.get((scope, key))
            if entry is None:
                self._entries[(scope, key)] = IdempotencyEntry(fingerprint, method, path, now)
                return "new", None
            if entry.fingerprint != fingerprint:
                return "mismatch", entry
            if entry.state == "in_progress":
                return "in_progress", entry
            entry.replays += 1
            self.replayed += 1
            return "replay", entry

    def complete(self, scope: str, key: str, response: StoredResponse) -> None:
        with self._lock:
            entry = self._entries.get((scope, key))
            if entry is not None:
                entry.state = "completed"
                entry.response = response

    def abandon(self, scope: str, key: str) -> None:
        with self._lock:
            self._entries.pop((scope, key), None)

    def _expire(self, now: float) -> None:
        # Entries are inserted as time passes, so the stale ones are all at the front.
        while self._entries:
            key, entry = next(iter(self._entries.items()))
            if now - entry.created_t <= RETENTION_SECONDS:
                return
            del self._entries[key]


def _fingerprint(scope: Scope, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (scope["method"], scope["path"], scope.get("query_string", b"").decode()):
        digest.update(part.encode() + b"\0")
    digest.update(body)
    return digest.hexdigest()


async def _json(send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]]) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *extra,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class IdempotencyMiddleware:
    """Pure ASGI: needs ``scope["cyberdesk.api_key"]`` set by the auth layer and
    ``scope["cyberdesk.body"]``, the whole body, read once by the edge."""

    def __init__(self, app: ASGIApp, store: IdempotencyStore) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] == "GET":
            await self.app(scope, receive, send)
            return
        key = next(
            (v.decode("latin-1") for k, v in scope["headers"] if k == b"idempotency-key"), None
        )
        api_key = scope.get("cyberdesk.api_key")
        if not key or api_key is None:
            await self.app(scope, receive, send)
            return
        body: bytes = scope["cyberdesk.body"]
        owner = self.store.scope_of(api_key)
        state, entry = self.store.begin(
            owner, key, _fingerprint(scope, body), scope["method"], scope["path"]
        )
        if state == "mismatch":
            await _json(send, 400, MISMATCH_DETAIL, [])
            return
        if state == "in_progress":
            extra = [(b"idempotency-status", b"in_progress"), (b"retry-after", b"1")]
            await _json(send, 409, IN_PROGRESS_DETAIL, extra)
            return
        if state == "replay" and entry is not None and entry.response is not None:
            stored = entry.response
            headers = [*stored.headers, (b"idempotency-replayed", b"true")]
            await send({"type": "http.response.start", "status": stored.status, "headers": headers})
            await send({"type": "http.response.body", "body": stored.body})
            return
        captured: list[Message] = []

        async def capture(message: Message) -> None:
            captured.append(message)

        try:
            await self.app(scope, receive, capture)
        except BaseException:
            self.store.abandon(owner, key)
            raise
        start = next(m for m in captured if m["type"] == "http.response.start")
        payload = b"".join(
            m.get("body", b"") for m in captured if m["type"] == "http.response.body"
        )
        if start["status"] < 500 and start["status"] not in UNSTORED:
            headers = [(bytes(k), bytes(v)) for k, v in start.get("headers", [])]
            self.store.complete(owner, key, StoredResponse(start["status"], headers, payload))
        else:
            self.store.abandon(owner, key)
        for message in captured:
            await send(message)
