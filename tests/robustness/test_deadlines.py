"""A server that dribbles or hangs cannot hold a call, or a wait, past its timeout.

``timeout`` bounds each attempt as a whole (connect, headers, body), so a call returns
``APITimeoutError`` within ``(max_retries + 1) * timeout`` plus backoff however slowly the
bytes come; ``runs.wait(timeout=T)`` returns ``WaitTimeoutError`` within T plus a little,
whatever the polls do. Each call runs in a worker thread joined with a bound, so a
regression fails the test instead of hanging it.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from cyberdesk import CyberdeskClient, RetryConfig
from cyberdesk._errors import APITimeoutError, WaitTimeoutError
from cyberdesk.cli.app import cli as cyberdesk_cli
from tests.robustness.conftest import API_KEY
from tests.robustness.hostile import HostileServer, dribble, head

RUN_ID = str(uuid.UUID(int=7))
TIMEOUT = 0.5
MAX_RETRIES = 1
BACKOFF = RetryConfig(max_retries=MAX_RETRIES, initial_delay=0.01, max_delay=0.02)
BOUND = (MAX_RETRIES + 1) * TIMEOUT + 0.02 + 0.6  # attempts, backoff, scheduling slack
GIVE_UP = 6.0  # the worker is abandoned (and the test fails) after this long


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    """``call()``'s result and duration; fails after GIVE_UP seconds rather than hang."""
    outcome: list[Any] = []

    def work() -> None:
        started = time.monotonic()
        result = call()
        outcome.append((result, time.monotonic() - started))

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(GIVE_UP)
    if not outcome:
        pytest.fail(f"still running after {GIVE_UP} s")
    result: tuple[Any, float] = outcome[0]
    return result


def dribbled_body(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    body = b'{"id": "' + RUN_ID.encode() + b'", "padding": "' + b"x" * 10_000 + b'"}'
    conn.sendall(head(200, {"Content-Type": "application/json", "Content-Length": str(len(body))}))
    dribble(conn, body, 0.05, stopping)


def dribbled_headers(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    dribble(conn, b"X-Padding: " + b"a" * 10_000 + b"\r\n\r\n{}", 0.05, stopping)


def silent(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    stopping.wait(30)


def busy(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    """A 503 asking for a 2 s pause before each retry."""
    conn.sendall(head(503, {"Retry-After": "2", "Content-Length": "2"}) + b"{}")


@pytest.fixture(params=[dribbled_body, dribbled_headers], ids=["body", "headers"])
def dribbling(request: pytest.FixtureRequest) -> Iterator[HostileServer]:
    with HostileServer(request.param) as server:
        yield server


def client_for(server: HostileServer, timeout: float = TIMEOUT, **kwargs: Any) -> CyberdeskClient:
    return CyberdeskClient(
        API_KEY, base_url=server.url, timeout=timeout, retry=kwargs.pop("retry", BACKOFF), **kwargs
    )


def test_a_dribbling_server_times_out_a_blocking_call(dribbling: HostileServer) -> None:
    with client_for(dribbling) as client:
        response, took = timed(lambda: client.runs.get_sync(RUN_ID))
    assert isinstance(response.error, APITimeoutError), response
    assert took < BOUND
    assert dribbling.requests == MAX_RETRIES + 1


class OwnTransport(httpx.HTTPTransport):
    """A transport of the caller's own, whose sockets the SDK reaches only through a trace."""


def test_a_dribbling_server_times_out_a_blocking_call_over_a_custom_transport(
    dribbling: HostileServer,
) -> None:
    with client_for(dribbling, transport=OwnTransport()) as client:
        response, took = timed(lambda: client.runs.get_sync(RUN_ID))
    assert isinstance(response.error, APITimeoutError), response
    assert took < BOUND
    assert dribbling.requests == MAX_RETRIES + 1


def test_a_dribbling_server_times_out_an_async_call(dribbling: HostileServer) -> None:
    async def get() -> Any:
        async with client_for(dribbling) as client:
            return await client.runs.get(RUN_ID)

    response, took = timed(lambda: asyncio.run(get()))
    assert isinstance(response.error, APITimeoutError), response
    assert took < BOUND
    assert dribbling.requests == MAX_RETRIES + 1


def test_a_per_call_timeout_bounds_the_attempt(dribbling: HostileServer) -> None:
    async def get() -> Any:
        async with client_for(dribbling, timeout=30) as client:
            return await client.runs.get(RUN_ID, timeout=TIMEOUT)

    response, took = timed(lambda: asyncio.run(get()))
    assert isinstance(response.error, APITimeoutError), response
    assert took < BOUND
    with client_for(dribbling, timeout=30) as client:
        response, took = timed(lambda: client.runs.get_sync(RUN_ID, timeout=TIMEOUT))
    assert isinstance(response.error, APITimeoutError), response
    assert took < BOUND


# -- waiting -----------------------------------------------------------------------------------

WAIT = 1.0
WAIT_SLACK = 0.6
RETRY = RetryConfig(max_retries=3, initial_delay=0.25)  # real sleeps: the clock is the point


@pytest.fixture(params=[silent, dribbled_body, busy], ids=["silent", "dribbling", "busy"])
def stalling(request: pytest.FixtureRequest) -> Iterator[HostileServer]:
    with HostileServer(request.param) as server:
        yield server


def assert_wait_timed_out(response: Any, took: float) -> None:
    assert isinstance(response.error, WaitTimeoutError), response
    assert took < WAIT + WAIT_SLACK


def test_wait_sync_returns_within_its_timeout(stalling: HostileServer) -> None:
    with client_for(stalling, timeout=3, retry=RETRY) as client:
        response, took = timed(lambda: client.runs.wait_sync(RUN_ID, timeout=WAIT))
    assert_wait_timed_out(response, took)


def test_wait_returns_within_its_timeout(stalling: HostileServer) -> None:
    async def wait() -> Any:
        async with client_for(stalling, timeout=3, retry=RETRY) as client:
            return await client.runs.wait(RUN_ID, timeout=WAIT)

    response, took = timed(lambda: asyncio.run(wait()))
    assert_wait_timed_out(response, took)


def test_wait_many_returns_within_its_timeout(stalling: HostileServer) -> None:
    ids = [RUN_ID, str(uuid.UUID(int=8))]

    async def wait() -> Any:
        async with client_for(stalling, timeout=3, retry=RETRY) as client:
            return await client.runs.wait_many(ids, timeout=WAIT)

    responses, took = timed(lambda: asyncio.run(wait()))
    for response in responses:
        assert_wait_timed_out(response, took)
    with client_for(stalling, timeout=3, retry=RETRY) as client:
        responses, took = timed(lambda: client.runs.wait_many_sync(ids, timeout=WAIT))
    for response in responses:
        assert_wait_timed_out(response, took)


def test_the_cli_wait_returns_within_its_timeout(stalling: HostileServer) -> None:
    def wait() -> Any:
        return CliRunner().invoke(
            cyberdesk_cli,
            ["--base-url", stalling.url, "runs", "wait", RUN_ID, "--timeout", str(WAIT)],
            env={"CYBERDESK_API_KEY": API_KEY},
            obj={"timeout": 3, "retry": RETRY},
        )

    result, took = timed(wait)
    assert result.exit_code == 3, result.output
    assert took < WAIT + WAIT_SLACK
