"""``run_complete`` webhooks, signed like Svix and retried with backoff.

Each terminal run produces one message (one ``svix-id``) sent to every configured URL. A
delivery that does not get a 2xx is tried again after ``backoff * 2**(attempt-1)``
emulator seconds, up to ``max_attempts`` attempts, then counted as failed.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import httpx
from standardwebhooks.webhooks import Webhook

Sender = Callable[[str, dict[str, str], bytes], Awaitable[int]]


def generate_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


async def httpx_sender(url: str, headers: dict[str, str], body: bytes) -> int:
    """Posts one delivery; a transport error counts as status 0."""
    try:
        async with httpx.AsyncClient(timeout=5.0) as client:
            response = await client.post(url, content=body, headers=headers)
    except httpx.HTTPError:
        return 0
    return response.status_code


@dataclass
class Delivery:
    """One message on its way to one URL."""

    message_id: str
    url: str
    body: bytes
    next_t: float
    attempts: int = 0
    last_status: int | None = None
    state: str = "pending"

    def __repr__(self) -> str:
        return f"Delivery({self.message_id} -> {self.url}, {self.state}, attempts={self.attempts})"


class WebhookDispatcher:
    """The queue of deliveries for one emulator."""

    def __init__(
        self,
        secret: str,
        urls: list[str],
        sender: Sender | None = None,
        max_attempts: int = 5,
        backoff: float = 0.05,
    ) -> None:
        self._signer = Webhook(secret)
        self._secret = secret
        self.urls = list(urls)
        self.sender: Sender = sender or httpx_sender
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.deliveries: list[Delivery] = []
        self._lock = threading.Lock()

    @property
    def secret(self) -> str:
        return self._secret

    def __repr__(self) -> str:
        return f"WebhookDispatcher(urls={self.urls!r}, deliveries={len(self.deliveries)})"

    def enqueue(self, message_id: str, event: dict[str, Any], now: float) -> None:
        body = json.dumps(event, separators=(",", ":")).encode()
        with self._lock:
            for url in self.urls:
                self.deliveries.append(Delivery(message_id, url, body, now))

    def counts(self) -> dict[str, int]:
        with self._lock:
            states = [d.state for d in self.deliveries]
        return {s: states.count(s) for s in ("delivered", "failed", "pending")}

    def signed_headers(self, message_id: str, body: bytes) -> dict[str, str]:
        now = datetime.now(timezone.utc)
        signature = self._signer.sign(message_id, now, body.decode())
        return {
            "content-type": "application/json",
            "svix-id": message_id,
            "svix-timestamp": str(int(now.timestamp())),
            "svix-signature": signature,
        }

    async def deliver_due(self, now: float) -> int:
        """Attempts every delivery due by ``now``; answers how many were attempted."""
        with self._lock:
            due = [d for d in self.deliveries if d.state == "pending" and d.next_t <= now]
        for delivery in due:
            status = await self.sender(
                delivery.url, self.signed_headers(delivery.message_id, delivery.body), delivery.body
            )
            with self._lock:
                delivery.attempts += 1
                delivery.last_status = status
                if 200 <= status < 300:
                    delivery.state = "delivered"
                elif delivery.attempts >= self.max_attempts:
                    delivery.state = "failed"
                else:
                    delivery.next_t = now + self.backoff * 2 ** (delivery.attempts - 1)
        return len(due)
