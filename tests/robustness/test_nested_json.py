"""Deeply nested JSON is an unusable answer, never a RecursionError out of the SDK."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable
from typing import Any

import pytest

from cyberdesk import CyberdeskClient, RetryConfig
from cyberdesk._errors import APIResponseValidationError, APIStatusError
from tests.robustness.conftest import API_KEY
from tests.robustness.hostile import HostileServer, head

RUN_ID = "00000000-0000-0000-0000-000000000007"
NESTED = b"[" * 100_000 + b"]" * 100_000


def answering(status: int) -> Callable[[socket.socket, str, threading.Event], None]:
    def respond(conn: socket.socket, line: str, stopping: threading.Event) -> None:
        headers = {"Content-Type": "application/json", "Content-Length": str(len(NESTED))}
        conn.sendall(head(status, headers) + NESTED)

    return respond


def get_both_ways(url: str) -> list[Any]:
    retry = RetryConfig(max_retries=0)
    with CyberdeskClient(API_KEY, base_url=url, timeout=5, retry=retry) as client:
        blocking = client.runs.get_sync(RUN_ID)

        async def get() -> Any:
            return await client.runs.get(RUN_ID)

        return [blocking, asyncio.run(get())]


def test_a_deeply_nested_success_body_is_a_validation_error() -> None:
    with HostileServer(answering(200)) as server:
        responses = get_both_ways(server.url)
    for response in responses:
        assert response.data is None
        assert isinstance(response.error, APIResponseValidationError), response
        assert response.status_code == 200


@pytest.mark.parametrize("status", [400, 404, 500])
def test_a_deeply_nested_error_body_is_a_status_error_with_text(status: int) -> None:
    with HostileServer(answering(status)) as server:
        responses = get_both_ways(server.url)
    for response in responses:
        assert isinstance(response.error, APIStatusError), response
        assert response.error.status_code == status
        assert isinstance(response.error.body, str)
        assert response.error.body.startswith("[[[")
