"""runs.wait / wait_many and the iterators, against respx with an injected sleep."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from cyberdesk import NotFoundError, WaitTimeoutError
from tests.helpers import BASE, RUN_ID, Sleeps, make_client, run_json

pytestmark = pytest.mark.anyio
OTHER_ID = "650e8400-e29b-41d4-a716-446655440000"


def statuses(*names: str) -> list[httpx.Response]:
    return [httpx.Response(200, json=run_json(n)) for n in names]


async def wait(mode: str, client: Any, run_id: str, **kwargs: Any) -> Any:
    if mode == "sync":
        return client.runs.wait_sync(run_id, **kwargs)
    return await client.runs.wait(run_id, **kwargs)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
async def test_wait_polls_until_terminal_with_a_growing_interval(mode: str) -> None:
    sleeps, seen = Sleeps(), []
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=statuses("scheduling", "running", "running", "running_checks", "success")
        )
        response = await wait(
            mode, make_client(sleeps), RUN_ID, poll_interval=1, max_interval=2,
            on_status=lambda run: seen.append(str(run.status)),
        )  # fmt: skip
    assert response.error is None and response.data.status == "success"
    assert route.call_count == 5
    assert sleeps == [1, 1.5, 2, 2]
    assert seen == ["scheduling", "running", "running_checks", "success"]


@MODES
async def test_unknown_status_is_not_terminal(mode: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=statuses("queued_for_review", "task_failed")
        )
        response = await wait(mode, make_client(), RUN_ID)
    assert response.data.status == "task_failed"


@MODES
async def test_wait_timeout_is_a_typed_error_in_the_response(mode: str) -> None:
    sleeps = Sleeps()
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(200, json=run_json("running"))
        )
        response = await wait(
            mode, make_client(sleeps), RUN_ID, timeout=5, poll_interval=1, max_interval=1
        )
    assert response.data is None and isinstance(response.error, WaitTimeoutError)
    assert response.error.last_status == "running" and "5" in str(response.error)
    assert sum(sleeps) == 5


@MODES
async def test_transient_failures_while_polling_do_not_end_the_wait(mode: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=[
                httpx.Response(200, json=run_json("running")),
                *[httpx.Response(503)] * 4,  # survives the client's own retries
                httpx.ConnectError("blip"), httpx.ConnectError("blip"), httpx.ConnectError("blip"),
                httpx.ConnectError("blip"),
                httpx.Response(200, json=run_json("success")),
            ]
        )  # fmt: skip
        response = await wait(mode, make_client(), RUN_ID)
    assert response.error is None and response.data.status == "success"


@MODES
async def test_a_final_error_ends_the_wait_at_once(mode: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(404, json={"detail": "Run not found"})
        )
        response = await wait(mode, make_client(), RUN_ID)
    assert isinstance(response.error, NotFoundError) and route.call_count == 1


@MODES
async def test_wait_many_returns_each_final_run_in_order(mode: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(side_effect=statuses("running", "running", "success"))
        mock.get(f"/v1/runs/{OTHER_ID}").mock(
            side_effect=[httpx.Response(200, json=run_json("error", id=OTHER_ID))]
        )
        client = make_client()
        ids = [RUN_ID, OTHER_ID]
        results = (
            client.runs.wait_many_sync(ids) if mode == "sync" else await client.runs.wait_many(ids)
        )
    assert [str(r.data.status) for r in results] == ["success", "error"]
    assert [str(r.data.id) for r in results] == ids


def page(items: list[dict[str, Any]], total: int, skip: int) -> httpx.Response:
    return httpx.Response(200, json={"items": items, "total": total, "skip": skip, "limit": 2})


@MODES
async def test_iterator_yields_every_item_of_three_pages_once(mode: str) -> None:
    ids = [f"550e8400-e29b-41d4-a716-44665544000{i}" for i in range(5)]
    runs = [run_json(id=i) for i in ids]
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/v1/runs").mock(
            side_effect=[page(runs[0:2], 5, 0), page(runs[2:4], 5, 2), page(runs[4:5], 5, 4)]
        )
        client = make_client()
        if mode == "sync":
            got = [str(r.id) for r in client.runs.iter_sync(page_size=2, status="success")]
        else:
            got = [str(r.id) async for r in client.runs.iter(page_size=2, status="success")]
    assert got == ids
    assert [dict(c.request.url.params) for c in route.calls] == [
        {"skip": str(s), "limit": "2", "status": "success", "deep_search": "false"}
        for s in (0, 2, 4)
    ]


async def test_iterator_stops_on_an_empty_page_even_if_total_lies() -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/v1/runs").mock(side_effect=[page([run_json()], 10, 0), page([], 10, 1)])
        got = list(make_client().runs.iter_sync(page_size=2))
    assert len(got) == 1 and route.call_count == 2


async def test_iterator_raises_the_error_of_a_failed_page() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get("/v1/runs").mock(
            side_effect=[
                page([run_json()], 3, 0),
                httpx.Response(401, json={"detail": "Invalid API key"}),
            ]
        )
        iterator = make_client().runs.iter_sync(page_size=1)
        next(iterator)
        with pytest.raises(Exception, match="401"):
            next(iterator)
