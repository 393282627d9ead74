"""An async call waiting for a free connection gives up at its deadline, and leaks no place."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid

import httpx

from cyberdesk import CyberdeskClient

from .hostile import HostileServer, head, read_request


def respond(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    # The machines list is slow; every other request is answered at once.
    while line:
        if "/v1/machines" in line and stopping.wait(0.8):
            return
        body = json.dumps({"detail": "nope"}).encode()
        conn.sendall(head(503, {"Content-Length": str(len(body))}) + body)
        line = read_request(conn)


def test_wait_for_a_place_ends_at_the_deadline_and_gives_the_place_back() -> None:
    async def scenario(url: str) -> tuple[float, str, int]:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        client = CyberdeskClient("cd_key", base_url=url, limits=limits, timeout=5)
        slow = asyncio.ensure_future(client.request("GET", "/v1/machines", max_retries=0))
        await asyncio.sleep(0.05)
        started = time.monotonic()
        waited = await client.runs.wait(str(uuid.uuid4()), timeout=0.2, poll_interval=0.05)
        took = time.monotonic() - started
        await slow
        # The timed-out waiter's place is back: the next call gets through.
        after = await asyncio.wait_for(client.runs.get(str(uuid.uuid4()), max_retries=0), 2)
        await client.aclose()
        return took, type(waited.error).__name__, after.status_code or 0

    with HostileServer(respond) as server:
        took, error, status = asyncio.run(scenario(server.url))
    assert error == "WaitTimeoutError"
    assert took < 0.6
    assert status == 503
