"""The first attempt goes straight to httpx; the retry machinery loads only when needed.

Retry behaviour itself (numbering, events, logs) is pinned by tests/test_retries.py; here:
a call that succeeds at once never imports tenacity, and send/asend count attempts.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import subprocess
import sys
import textwrap

import httpx
import pytest

from cyberdesk import RetryConfig
from cyberdesk._transport import Attempts, asend, send
from tests.helpers import RUN_ID, run_json

BASE = "http://api.test"


def test_a_call_answered_at_once_does_not_load_the_retry_machinery() -> None:
    script = textwrap.dedent(
        """
        import json, sys, httpx
        from cyberdesk import CyberdeskClient
        def answer(request):
            return httpx.Response(200, content=sys.argv[1].encode())
        client = CyberdeskClient("cd_key", base_url="http://api.test",
                                 transport=httpx.MockTransport(answer))
        response = client.runs.get_sync(sys.argv[2])
        assert response.error is None, response
        print("tenacity" in sys.modules)
        """
    )
    body = json.dumps(run_json("running"))
    done = subprocess.run(
        [sys.executable, "-c", script, body, RUN_ID],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "False"


def answers(*statuses: int) -> httpx.MockTransport:
    queue = list(statuses)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(queue.pop(0), json={})

    return httpx.MockTransport(answer)


RETRY = RetryConfig(sleep=lambda _: None, random=lambda: 0.0)


@pytest.mark.parametrize(("statuses", "count"), [((200,), 1), ((503, 503, 200), 3)])
def test_send_counts_its_attempts(statuses: tuple[int, ...], count: int) -> None:
    attempts = Attempts()
    with httpx.Client(base_url=BASE, transport=answers(*statuses)) as client:
        response = send(client, client.build_request("GET", "/v1/x"), RETRY, attempts=attempts)
    assert response.status_code == 200
    assert attempts.count == count


@pytest.mark.parametrize(("statuses", "count"), [((200,), 1), ((503, 503, 200), 3)])
def test_asend_counts_its_attempts(statuses: tuple[int, ...], count: int) -> None:
    async def nap(seconds: float) -> None:
        return None

    retry = RetryConfig(async_sleep=nap, random=lambda: 0.0)

    async def go() -> tuple[int, int]:
        attempts = Attempts()
        async with httpx.AsyncClient(base_url=BASE, transport=answers(*statuses)) as client:
            request = client.build_request("GET", "/v1/x")
            response = await asend(client, request, retry, attempts=attempts)
        return response.status_code, attempts.count

    assert asyncio.run(go()) == (200, count)


@pytest.mark.parametrize("encoding", [None, "gzip"])
def test_a_body_is_read_decoded_with_or_without_a_content_encoding(encoding: str | None) -> None:
    body = json.dumps(run_json("running")).encode()
    wire = gzip.compress(body) if encoding else body
    headers = {"Content-Encoding": encoding} if encoding else {}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(wire))

    with httpx.Client(base_url=BASE, transport=httpx.MockTransport(answer)) as client:
        response = send(client, client.build_request("GET", "/v1/runs"), RETRY)
    assert response.content == body

    async def asent() -> bytes:
        transport = httpx.MockTransport(answer)
        async with httpx.AsyncClient(base_url=BASE, transport=transport) as client:
            return (await asend(client, client.build_request("GET", "/v1/runs"), RETRY)).content

    assert asyncio.run(asent()) == body
