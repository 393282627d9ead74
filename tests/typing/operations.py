"""Checked by mypy --strict (never run): what users' type checkers see of the operations.

Each ``# type: ignore[...]`` is a call that must be refused; with ``warn_unused_ignores``
mypy fails if one of them starts being accepted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any

from typing_extensions import assert_type

from cyberdesk import ApiResponse, CyberdeskClient
from cyberdesk.client.models import RunResponse, RunResponseWithIncludes


async def both_forms(client: CyberdeskClient) -> None:
    runs = client.runs
    assert_type(await runs.get("id", include="x"), ApiResponse[RunResponseWithIncludes])
    assert_type(runs.get_sync("id", timeout=3.0), ApiResponse[RunResponseWithIncludes])
    pending: Coroutine[Any, Any, ApiResponse[RunResponseWithIncludes]] = runs.get("id")
    await pending
    assert_type(await runs.create({}, idempotency_key="k", max_retries=1), ApiResponse[RunResponse])
    assert_type(
        runs.cancel_sync("id", extra_headers={"X-Trace": "1"}, extra_query={"a": 1}),
        ApiResponse[RunResponse],
    )
    assert_type(runs.update_sync("id", {}, extra_body={"note": "x"}), ApiResponse[RunResponse])
    assert_type(runs.iter(status="running"), AsyncIterator[RunResponse])
    assert_type(runs.iter_sync(page_size=10, timeout=5), Iterator[RunResponse])
    assert_type(await runs.wait("id", timeout=60), ApiResponse[RunResponseWithIncludes])
    assert_type(runs.wait_many_sync(["a"]), list[ApiResponse[RunResponseWithIncludes]])


def refused(client: CyberdeskClient) -> None:
    runs = client.runs
    runs.get_sync("id", idempotency_key="k")  # type: ignore[call-arg]
    runs.get_sync("id", timout=3)  # type: ignore[call-arg]
    runs.get_sync(3)  # type: ignore[arg-type]
    runs.get_sync("id", max_retries="3")  # type: ignore[arg-type]
    runs.create_sync({}, extra_headers={"X": 1})  # type: ignore[dict-item]
    runs.wait_sync("id", max_retries=2)  # type: ignore[call-arg]


async def escape_hatch(client: CyberdeskClient) -> None:
    assert_type(await client.request("GET", "/v1/x", params={"a": 1}), ApiResponse[Any])
    assert_type(
        client.request_sync("POST", "/v1/x", json={}, idempotency_key="k"), ApiResponse[Any]
    )
    client.request_sync("GET", "/v1/x", timout=1)  # type: ignore[call-arg]
