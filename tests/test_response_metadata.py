"""Every ApiResponse tells the response's headers, the request id (on success too) and how
many attempts the call took; both forms, operations and client.request alike."""

from __future__ import annotations

import httpx
import pytest
import respx

from tests.helpers import BASE, RUN_ID, Sleeps, invoke, make_client, run_json

MODES = ["async", "sync"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_success_after_a_retry_says_so(mode: str) -> None:
    client = make_client(Sleeps())
    answers = [
        httpx.Response(503, headers={"x-request-id": "req-1"}),
        httpx.Response(200, json=run_json(), headers={"x-request-id": "req-2", "X-Extra": "e"}),
    ]
    with respx.mock(base_url=BASE) as router:
        router.get(f"/v1/runs/{RUN_ID}").mock(side_effect=answers)
        response = await invoke(client.runs, "get", mode, RUN_ID)
    await client.aclose()
    assert response.error is None
    assert response.request_id == "req-2" and response.attempts == 2
    assert response.headers["x-extra"] == "e"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_failure_carries_the_same_metadata(mode: str) -> None:
    client = make_client(Sleeps(), max_retries=1)
    with respx.mock(base_url=BASE) as router:
        router.get("/v1/anything").mock(
            return_value=httpx.Response(500, headers={"x-request-id": "req-9"})
        )
        response = await invoke(client, "request", mode, "GET", "/v1/anything")
    await client.aclose()
    assert response.status_code == 500 and response.error is not None
    assert response.request_id == "req-9" == response.error.request_id
    assert response.attempts == 2 and response.headers["x-request-id"] == "req-9"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_no_answer_at_all_still_counts_the_attempts(mode: str) -> None:
    client = make_client(Sleeps(), max_retries=2)
    with respx.mock(base_url=BASE) as router:
        router.get(f"/v1/runs/{RUN_ID}").mock(side_effect=httpx.ConnectError("refused"))
        response = await invoke(client.runs, "get", mode, RUN_ID)
    await client.aclose()
    assert response.error is not None and response.attempts == 3
    assert response.request_id is None and dict(response.headers) == {}
