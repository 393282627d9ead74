"""A burst of async calls as a new client's first use stays within the pool's connections.

Without a bound inside the SDK, httpcore takes every request of the burst into its queue,
opens connections far past its limit and times requests out while they wait. The SDK
admits only as many requests as the pool keeps connections, and an attempt's clock starts
once it is admitted, so a burst waits its turn instead of failing.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from typing import Any

import httpx
import pytest

from cyberdesk import CyberdeskClient, RetryConfig
from tests.helpers import ATTACHMENT_ID, RUN_ID, run_json
from tests.robustness.conftest import API_KEY
from tests.robustness.hostile import HostileServer, head

BURST = 300
LATENCY = 0.1
TIMEOUT = 1.0  # less than the burst takes (BURST / 20 * LATENCY): waiting is not timed
BODY = json.dumps(run_json("running")).encode()


def answer_soon(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    stopping.wait(LATENCY)
    headers = {"Content-Type": "application/json", "Content-Length": str(len(BODY))}
    conn.sendall(head(200, headers) + BODY)


@pytest.mark.parametrize(
    ("limits", "most"),
    [(httpx.Limits(max_connections=20), 20), (None, 100)],
    ids=["20-connections", "httpx-default-limits"],
)
def test_a_burst_on_a_new_client_opens_no_more_than_the_pool_allows(
    limits: httpx.Limits | None, most: int
) -> None:
    async def burst(url: str) -> list[Any]:
        async with CyberdeskClient(
            API_KEY,
            base_url=url,
            timeout=TIMEOUT,
            retry=RetryConfig(max_retries=0),
            **({} if limits is None else {"limits": limits}),
        ) as client:
            return await asyncio.gather(*(client.runs.get(RUN_ID) for _ in range(BURST)))

    with HostileServer(answer_soon) as server:
        responses = asyncio.run(burst(server.url))
        connections = server.connections
    errors = [r.error for r in responses if r.error is not None]
    assert errors == []
    assert all(str(r.data.id) == RUN_ID for r in responses)
    assert connections <= most


def answer_by_path(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    body = b"x" * 1000 if "/download" in line else BODY
    conn.sendall(head(200, {"Content-Length": str(len(body))}) + body)


def test_a_call_awaited_inside_an_open_download_is_not_kept_waiting() -> None:
    async def nested(url: str) -> tuple[int, Any]:
        async with CyberdeskClient(
            API_KEY,
            base_url=url,
            timeout=TIMEOUT,
            limits=httpx.Limits(max_connections=2, max_keepalive_connections=1),
        ) as client:
            size, inner = 0, None
            async for chunk in client.run_attachments.iter_bytes(ATTACHMENT_ID):
                size += len(chunk)
                inner = await asyncio.wait_for(client.runs.get(RUN_ID), 5)
            return size, inner

    with HostileServer(answer_by_path) as server:
        size, inner = asyncio.run(nested(server.url))
    assert size == 1000
    assert inner is not None and inner.error is None
