"""A request whose body never arrived whole is never handled.

A client that dies, is killed or gives up (an attempt's deadline cancels it between writing
the headers and the body) while sending leaves the server a cut body. Handling it would
answer 422 and store that answer under the request's ``Idempotency-Key``, so the client's
retry of the whole request would meet 400 "reused with a different request". Here raw
sockets on loopback cut requests at chosen points; the whole request sent again with the
same key must then be handled as if it were the first.
"""

from __future__ import annotations

import json
import queue
import socket
import uuid
from collections.abc import Iterator

import httpx
import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cyberdesk.emulator import Emulator, EmulatorServer

from .conftest import API_KEY

WAIT = 5.0  # seconds the server gets to finish with a request; never reached when it works


class Finished:
    """ASGI middleware that reports the path of every HTTP call the app has returned from,
    so a test knows the server is done with a cut request without sleeping."""

    def __init__(self, app: ASGIApp, calls: queue.Queue[str]) -> None:
        self.app = app
        self.calls = calls

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        finally:
            if scope["type"] == "http":
                self.calls.put(scope["path"])


@pytest.fixture
def finished() -> queue.Queue[str]:
    return queue.Queue()


@pytest.fixture
def server(emu: Emulator, finished: queue.Queue[str]) -> Iterator[EmulatorServer]:
    emu.app.add_middleware(Finished, calls=finished)
    with EmulatorServer(emu) as running:
        yield running


@pytest.fixture
def workflow_id(server: EmulatorServer, finished: queue.Queue[str]) -> str:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    answer = httpx.post(
        f"{server.base_url}/v1/workflows", json={"main_prompt": "p"}, headers=headers
    )
    assert answer.status_code == 201
    assert finished.get(timeout=WAIT) == "/v1/workflows"
    found: str = answer.json()["id"]
    return found


def head(key: str, framing: str) -> bytes:
    lines = [
        "POST /v1/runs HTTP/1.1",
        "Host: 127.0.0.1",
        f"Authorization: Bearer {API_KEY}",
        "Content-Type: application/json",
        f"Idempotency-Key: {key}",
        framing,
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def send_and_close(server: EmulatorServer, data: bytes) -> None:
    assert server.port is not None
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
        sock.sendall(data)


def run_body(workflow_id: str) -> bytes:
    return json.dumps({"workflow_id": workflow_id, "input_values": {"n": 1}}).encode()


def assert_untouched_then_retry_succeeds(
    server: EmulatorServer, emu: Emulator, finished: queue.Queue[str], key: str, body: bytes
) -> None:
    assert finished.get(timeout=WAIT) == "/v1/runs"  # the server is done with the cut request
    assert emu.idempotency.lookup(API_KEY, key) is None
    assert emu.runs == []
    retry = httpx.post(
        f"{server.base_url}/v1/runs",
        content=body,
        headers={
            "Authorization": f"Bearer {API_KEY}",
            "Content-Type": "application/json",
            "Idempotency-Key": key,
        },
        timeout=WAIT,
    )
    assert retry.status_code == 201, retry.text
    assert "idempotency-replayed" not in retry.headers
    assert [str(run.id) for run in emu.runs] == [retry.json()["id"]]
    entry = emu.idempotency.lookup(API_KEY, key)
    assert entry is not None and entry.response is not None and entry.response.status == 201


@pytest.mark.parametrize("sent", ["none", "half", "all but one byte"])
def test_a_body_cut_short_of_its_content_length_is_not_handled(
    server: EmulatorServer,
    emu: Emulator,
    finished: queue.Queue[str],
    workflow_id: str,
    sent: str,
) -> None:
    body = run_body(workflow_id)
    cut = {"none": 0, "half": len(body) // 2, "all but one byte": len(body) - 1}[sent]
    key = str(uuid.uuid4())
    send_and_close(server, head(key, f"Content-Length: {len(body)}") + body[:cut])
    assert_untouched_then_retry_succeeds(server, emu, finished, key, body)


def test_a_chunked_body_cut_before_its_last_chunk_is_not_handled(
    server: EmulatorServer, emu: Emulator, finished: queue.Queue[str], workflow_id: str
) -> None:
    body = run_body(workflow_id)
    first = body[: len(body) // 2]
    key = str(uuid.uuid4())
    chunk = f"{len(first):x}\r\n".encode() + first + b"\r\n"
    send_and_close(server, head(key, "Transfer-Encoding: chunked") + chunk)
    assert_untouched_then_retry_succeeds(server, emu, finished, key, body)


@pytest.mark.anyio
async def test_a_body_shorter_than_its_content_length_is_refused_in_process(
    emu: Emulator,
) -> None:
    """An ASGI server that ends the body early without a disconnect gets a 400, and the
    request is not handled (in-process transports can do this; uvicorn cannot)."""
    key = "short-body"
    body = run_body(str(uuid.uuid4()))
    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/runs",
        "raw_path": b"/v1/runs",
        "query_string": b"",
        "root_path": "",
        "server": ("127.0.0.1", 80),
        "client": ("127.0.0.1", 1234),
        "headers": [
            (b"host", b"emu"),
            (b"authorization", f"Bearer {API_KEY}".encode()),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"idempotency-key", key.encode()),
        ],
    }
    messages: list[Message] = [
        {"type": "http.request", "body": body[:10], "more_body": False},
    ]
    sent: list[Message] = []

    async def receive() -> Message:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    await emu.app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 400
    answer = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert json.loads(answer) == {"detail": "Request body ended before its Content-Length"}
    assert emu.idempotency.lookup(API_KEY, key) is None
