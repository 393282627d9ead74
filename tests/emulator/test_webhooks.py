"""run_complete webhooks: Svix-style signatures that standardwebhooks verifies, retries."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import uvicorn
from standardwebhooks import Webhook
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cyberdesk.emulator import Emulator, EmulatorServer

from .conftest import API_KEY, ManualClock, make_client

SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


class Receiver:
    """A tiny webhook endpoint on a real socket that fails its first ``fail_first`` calls."""

    def __init__(self, fail_first: int = 0) -> None:
        self.fail_first = fail_first
        self.calls: list[tuple[dict[str, str], bytes]] = []
        app = Starlette(routes=[Route("/hook", self.hook, methods=["POST"])])
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    async def hook(self, request: Request) -> Response:
        self.calls.append((dict(request.headers), await request.body()))
        return Response(status_code=500 if len(self.calls) <= self.fail_first else 204)

    def __enter__(self) -> str:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.005)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/hook"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(5)


def _wait(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, str]]:
    hook = Receiver(fail_first=1)
    with hook as url:
        yield hook, url


def test_signed_delivery_with_retry(receiver: tuple[Receiver, str]) -> None:
    hook, url = receiver
    emu = Emulator(api_key=API_KEY, webhook_url=url, webhook_secret=SECRET, webhook_backoff=0.05)
    with EmulatorServer(emu):
        client = make_client(emu)
        wf = client.post("/v1/workflows", json={"main_prompt": "p"}).json()
        run = client.post(
            "/v1/runs",
            json={
                "workflow_id": wf["id"],
                "input_values": {"a": 1},
                "sensitive_input_values": {"pw": "hunter2"},
            },
        ).json()
        _wait(lambda: emu.webhooks.counts()["delivered"] == 1)
    assert len(hook.calls) == 2
    headers, body = hook.calls[-1]
    assert headers["svix-signature"].startswith("v1,")
    translated = {
        "webhook-id": headers["svix-id"],
        "webhook-timestamp": headers["svix-timestamp"],
        "webhook-signature": headers["svix-signature"],
    }
    event = Webhook(SECRET).verify(body, translated)
    assert event["event_type"] == "run_complete"
    assert event["run"]["id"] == run["id"]
    assert event["run"]["status"] == "success"
    assert event["run"]["sensitive_input_aliases"] == {
        "pw": event["run"]["sensitive_input_aliases"]["pw"]
    }
    assert b"hunter2" not in body
    assert hook.calls[0][0]["svix-id"] == headers["svix-id"]
    assert emu.stats()["webhooks"] == {"delivered": 1, "failed": 0, "pending": 0}


def test_failed_after_bounded_attempts() -> None:
    attempts: list[str] = []

    async def sender(url: str, headers: dict[str, str], body: bytes) -> int:
        attempts.append(headers["svix-id"])
        return 503

    emu = Emulator(
        api_key=API_KEY,
        clock=ManualClock(),
        webhook_url="http://receiver.invalid/hook",
        webhook_sender=sender,
        webhook_max_attempts=3,
        webhook_backoff=1.0,
    )
    client = make_client(emu)
    wf = client.post("/v1/workflows", json={"main_prompt": "p"}).json()
    client.post("/v1/runs", json={"workflow_id": wf["id"]})
    emu.advance(1)
    for _ in range(4):
        asyncio.run(emu.deliver_webhooks())
        emu.advance(2.5)
    assert len(attempts) == 3
    assert emu.webhooks.counts() == {"delivered": 0, "failed": 1, "pending": 0}


def test_webhook_urls_from_control_endpoint() -> None:
    delivered: list[dict[str, Any]] = []

    async def sender(url: str, headers: dict[str, str], body: bytes) -> int:
        delivered.append({"url": url, "id": headers["svix-id"]})
        return 200

    emu = Emulator(api_key=API_KEY, clock=ManualClock(), webhook_sender=sender)
    client = make_client(emu)
    response = client.post("/_emulator/webhooks", json={"url": "http://example.test/a"})
    assert response.json()["urls"] == ["http://example.test/a"]
    assert "whsec" not in response.text
    wf = client.post("/v1/workflows", json={"main_prompt": "p"}).json()
    client.post("/v1/runs", json={"workflow_id": wf["id"]})
    emu.advance(1)
    asyncio.run(emu.deliver_webhooks())
    assert [d["url"] for d in delivered] == ["http://example.test/a"]
    assert client.post("/_emulator/webhooks", json={"url": "ftp://x"}).status_code == 400
