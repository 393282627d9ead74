"""client.request / request_sync: any path, with the client's key, retries and idempotency."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from cyberdesk import CyberdeskClient, NotFoundError, RetryConfig
from tests.helpers import BASE, KEY, Sleeps, make_client

MODES = ["async", "sync"]


async def request(client: CyberdeskClient, mode: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return client.request_sync(*args, **kwargs)
    return await client.request(*args, **kwargs)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_get_sends_the_key_and_params_and_decodes_json(mode: str) -> None:
    client = make_client()
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v1/new-thing").mock(
            return_value=httpx.Response(200, json={"items": [1, 2]})
        )
        response = await request(
            client, mode, "get", "/v1/new-thing", params={"a": 1}, headers={"X-Trace": "t"}
        )
    await client.aclose()
    sent = route.calls.last.request
    assert sent.headers["Authorization"] == f"Bearer {KEY}"
    assert sent.headers["X-Trace"] == "t"
    assert "Idempotency-Key" not in sent.headers
    assert dict(sent.url.params) == {"a": "1"}
    assert response.ok and response.status_code == 200 and response.data == {"items": [1, 2]}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_write_is_retried_with_one_idempotency_key(mode: str) -> None:
    sleeps = Sleeps()
    client = make_client(sleeps)
    with respx.mock(base_url=BASE) as router:
        route = router.post("/v1/new-thing").mock(
            side_effect=[httpx.Response(503), httpx.Response(201, json={"id": "x"})]
        )
        response = await request(client, mode, "POST", "/v1/new-thing", json={"name": "a"})
    await client.aclose()
    keys = {call.request.headers["Idempotency-Key"] for call in route.calls}
    assert route.call_count == 2 and len(keys) == 1 and len(sleeps) == 1
    assert all(json.loads(call.request.content) == {"name": "a"} for call in route.calls)
    assert response.data == {"id": "x"} and response.status_code == 201


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_an_empty_body_is_none_and_a_failure_is_an_error(mode: str) -> None:
    client = make_client()
    with respx.mock(base_url=BASE) as router:
        router.delete("/v1/thing/1").mock(return_value=httpx.Response(204))
        router.get("/v1/thing/2").mock(
            return_value=httpx.Response(404, json={"detail": "Not found"})
        )
        gone = await request(client, mode, "DELETE", "/v1/thing/1", idempotency_key="k-1")
        missing = await request(client, mode, "GET", "/v1/thing/2")
    await client.aclose()
    assert gone.ok and gone.data is None and gone.status_code == 204
    assert missing.data is None and isinstance(missing.error, NotFoundError)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_the_path_is_joined_to_a_base_url_with_a_prefix(mode: str) -> None:
    client = CyberdeskClient(
        KEY, base_url="http://127.0.0.1:9/api", retry=RetryConfig(max_retries=0)
    )
    with respx.mock() as router:
        route = router.get("http://127.0.0.1:9/api/v1/x").mock(
            return_value=httpx.Response(200, json=[])
        )
        response = await request(client, mode, "GET", "/v1/x")
    await client.aclose()
    assert route.call_count == 1 and response.data == []


REFUSED: list[tuple[tuple[Any, ...], dict[str, Any], type[Exception], str]] = [
    (("GET", "https://elsewhere.example/v1/runs"), {}, ValueError, "relative to the client"),
    (("GET", "//elsewhere.example/v1/runs"), {}, ValueError, "relative to the client"),
    (("GET", "v1/runs"), {}, ValueError, "start with '/'"),
    (("GET", "/v1/runs\r\nX-Injected: 1"), {}, ValueError, "control characters"),
    (("TRACE", "/v1/runs"), {}, ValueError, "method must be one of"),
    (("GET", 3), {}, TypeError, "path must be a string"),
    (("GET", "/v1/runs"), {"json": {"a": 1}}, ValueError, "a GET has no body"),
    (("GET", "/v1/runs"), {"idempotency_key": "k"}, TypeError, "applies to writes"),
    (("POST", "/v1/runs"), {"headers": {"Authorization": "x"}}, ValueError,
     "headers cannot set Authorization"),
    (("POST", "/v1/runs"), {"headers": {"idempotency-key": "x"}}, ValueError,
     "pass idempotency_key= instead"),
    (("GET", "/v1/runs"), {"params": [("a", 1)]}, TypeError, "params must be a mapping"),
    (("GET", "/v1/runs"), {"timout": 1}, TypeError, "unexpected keyword argument 'timout'"),
]  # fmt: skip


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("args", "kwargs", "error", "message"), REFUSED)
async def test_a_bad_request_is_refused_before_anything_is_sent(
    args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception], message: str, mode: str
) -> None:
    client = make_client()
    with respx.mock(assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200))
        with pytest.raises(error, match=message.replace("(", r"\(")):
            await request(client, mode, *args, **kwargs)
    await client.aclose()
    assert route.call_count == 0
