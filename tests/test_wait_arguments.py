"""runs.wait refuses timings that would never run out, before any request is sent."""

from __future__ import annotations

import asyncio
import math
from typing import Any

import httpx
import pytest

from cyberdesk import CyberdeskClient

RUN = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


def recording_client(sent: list[httpx.Request]) -> CyberdeskClient:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    return CyberdeskClient(
        "cd_key",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(ahandler),
    )


BAD = [
    ({"timeout": math.nan}, "timeout"),
    ({"timeout": math.inf}, "timeout"),
    ({"timeout": -1.0}, "timeout"),
    ({"poll_interval": math.nan}, "poll_interval"),
    ({"poll_interval": 0}, "poll_interval"),
    ({"max_interval": math.nan}, "max_interval"),
    ({"max_interval": math.inf}, "max_interval"),
    ({"poll_interval": 2.0, "max_interval": 1.0}, "max_interval"),
]


@pytest.mark.parametrize(("kwargs", "name"), BAD)
def test_wait_sync_names_the_bad_argument_and_sends_nothing(
    kwargs: dict[str, Any], name: str
) -> None:
    sent: list[httpx.Request] = []
    client = recording_client(sent)
    with pytest.raises(ValueError, match=name):
        client.runs.wait_sync(RUN, **kwargs)
    with pytest.raises(ValueError, match=name):
        client.runs.wait_many_sync([RUN], **kwargs)
    assert sent == []


@pytest.mark.parametrize(("kwargs", "name"), BAD[:2])
def test_async_wait_names_the_bad_argument_and_sends_nothing(
    kwargs: dict[str, Any], name: str
) -> None:
    sent: list[httpx.Request] = []
    client = recording_client(sent)
    with pytest.raises(ValueError, match=name):
        asyncio.run(client.runs.wait(RUN, **kwargs))
    assert sent == []


def test_wait_rejects_a_non_number_timeout() -> None:
    with pytest.raises(TypeError, match="timeout"):
        recording_client([]).runs.wait_sync(RUN, timeout="5")  # type: ignore[arg-type]
