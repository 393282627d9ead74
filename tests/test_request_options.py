"""Per-call request options on both forms: what reaches the wire, on every attempt, and
what is refused before anything is sent."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest
import respx

from tests.helpers import (
    ATTACHMENT_ID,
    BASE,
    KEY,
    RUN_ID,
    WORKFLOW_ID,
    Sleeps,
    invoke,
    make_client,
    run_json,
)

MODES = ["async", "sync"]
CREATE = {"workflow_id": WORKFLOW_ID}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_extras_reach_the_wire_on_every_attempt_of_a_retried_call(mode: str) -> None:
    sleeps = Sleeps()
    client = make_client(sleeps, max_retries=0)  # the call's own max_retries turns retries on
    with respx.mock(base_url=BASE) as router:
        route = router.post("/v1/runs").mock(
            side_effect=[httpx.Response(503), httpx.Response(201, json=run_json())]
        )
        response = await invoke(
            client.runs,
            "create",
            mode,
            CREATE,
            max_retries=1,
            idempotency_key="key-1",
            extra_headers={"X-Trace": "t-1"},
            extra_query={"trace": "on"},
            extra_body={"note": "from the caller"},
        )
    await client.aclose()

    assert response.error is None and response.status_code == 201
    assert route.call_count == 2 and len(sleeps) == 1
    for call in route.calls:
        request = call.request
        assert request.headers["X-Trace"] == "t-1"
        assert request.headers["Idempotency-Key"] == "key-1"
        assert request.headers["Authorization"] == f"Bearer {KEY}"
        assert request.url.params["trace"] == "on"
        assert json.loads(request.content) == {**CREATE, "note": "from the caller"}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_max_retries_of_a_call_overrides_the_clients(mode: str) -> None:
    client = make_client(max_retries=3)
    with respx.mock(base_url=BASE) as router:
        route = router.get(f"/v1/runs/{RUN_ID}").mock(return_value=httpx.Response(503))
        response = await invoke(client.runs, "get", mode, RUN_ID, max_retries=0)
        assert route.call_count == 1
        assert response.status_code == 503 and response.error is not None
        await invoke(client.runs, "get", mode, RUN_ID)
        assert route.call_count == 1 + 4  # the client's own policy is untouched
    await client.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_timeout_of_a_call_applies_to_that_call_only(mode: str) -> None:
    client = make_client()
    with respx.mock(base_url=BASE) as router:
        route = router.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(200, json=run_json())
        )
        await invoke(client.runs, "get", mode, RUN_ID, timeout=2.5)
        await invoke(client.runs, "get", mode, RUN_ID, timeout=httpx.Timeout(1.0, read=9.0))
        await invoke(client.runs, "get", mode, RUN_ID)
    await client.aclose()
    timeouts = [call.request.extensions["timeout"] for call in route.calls]
    assert timeouts[0] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert timeouts[1]["read"] == 9.0 and timeouts[1]["connect"] == 1.0
    assert timeouts[2]["read"] == 60.0


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_options_apply_to_every_page_of_an_iterator(mode: str) -> None:
    client = make_client()
    pages = [
        httpx.Response(200, json={"items": [run_json()], "total": 2, "skip": 0, "limit": 1}),
        httpx.Response(200, json={"items": [run_json()], "total": 2, "skip": 1, "limit": 1}),
    ]
    options: dict[str, Any] = {"extra_headers": {"X-Trace": "t-2"}, "extra_query": {"q": "1"}}
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v1/runs").mock(side_effect=pages)
        if mode == "sync":
            items = list(client.runs.iter_sync(page_size=1, **options))
        else:
            items = [run async for run in client.runs.iter(page_size=1, **options)]
    await client.aclose()
    assert len(items) == 2
    for call in route.calls:
        assert call.request.headers["X-Trace"] == "t-2"
        assert call.request.url.params["q"] == "1"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_extra_query_replaces_a_parameter_of_the_operation(mode: str) -> None:
    client = make_client()
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v1/runs").mock(
            return_value=httpx.Response(200, json={"items": [], "total": 0, "skip": 0, "limit": 5})
        )
        await invoke(client.runs, "list", mode, limit=5, extra_query={"limit": 7, "new": True})
    await client.aclose()
    sent = dict(route.calls.last.request.url.params)
    assert sent == {"skip": "0", "deep_search": "false", "limit": "7", "new": "true"}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_body_less_write_sends_extra_body_as_its_body(mode: str) -> None:
    client = make_client()
    with respx.mock(base_url=BASE) as router:
        route = router.post(f"/v1/runs/{RUN_ID}/generate-trajectory").mock(
            return_value=httpx.Response(500)
        )
        await invoke(client.runs, "generate_trajectory", mode, RUN_ID, extra_body={"a": 1})
    await client.aclose()
    assert json.loads(route.calls.last.request.content) == {"a": 1}


REFUSED: list[tuple[str, str, tuple[Any, ...], dict[str, Any], type[Exception], str]] = [
    ("get", "GET", (RUN_ID,), {"extra_headers": {"Authorization": "Bearer x"}}, ValueError,
     "extra_headers cannot set Authorization: the client's API key"),
    ("create", "POST", (CREATE,), {"extra_headers": {"authorization": "x"}}, ValueError,
     "cannot set authorization"),
    ("create", "POST", (CREATE,), {"extra_headers": {"IDEMPOTENCY-KEY": "k"}}, ValueError,
     "pass idempotency_key= instead"),
    ("get", "GET", (RUN_ID,), {"timout": 3}, TypeError,
     "Runs.get() got an unexpected keyword argument 'timout'"),
    ("get", "GET", (RUN_ID,), {"idempotency_key": "k"}, TypeError,
     "idempotency_key applies to writes only"),
    ("get", "GET", (RUN_ID,), {"extra_body": {"a": 1}}, ValueError, "a GET has no body"),
    ("get", "GET", (RUN_ID,), {"timeout": "3"}, TypeError, "timeout must be seconds"),
    ("get", "GET", (RUN_ID,), {"timeout": -1}, ValueError, "timeout must be a positive"),
    ("get", "GET", (RUN_ID,), {"max_retries": -1}, ValueError, "max_retries must be 0 or more"),
    ("get", "GET", (RUN_ID,), {"max_retries": 1.5}, TypeError, "max_retries must be an integer"),
    ("get", "GET", (RUN_ID,), {"extra_headers": {"X-A": 1}}, TypeError,
     "extra_headers['X-A'] must be a string"),
    ("get", "GET", (RUN_ID,), {"extra_headers": {"X-A": "1\r\nX-Injected: 1"}}, ValueError,
     "must not contain line breaks"),
    ("get", "GET", (RUN_ID,), {"extra_query": [("a", 1)]}, TypeError,
     "extra_query must be a mapping"),
    ("create", "POST", (CREATE,), {"idempotency_key": ""}, TypeError,
     "idempotency_key must be a non-empty string"),
]  # fmt: skip


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "method", "args", "options", "error", "message"), REFUSED)
async def test_bad_options_are_refused_before_sending(
    name: str,
    method: str,
    args: tuple[Any, ...],
    options: dict[str, Any],
    error: type[Exception],
    message: str,
    mode: str,
) -> None:
    client = make_client()
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.route(method=method).mock(return_value=httpx.Response(200))
        with pytest.raises(error) as raised:
            await invoke(client.runs, name, mode, *args, **options)
    await client.aclose()
    expected = message.replace("Runs.get()", f"Runs.{name}{'_sync' if mode == 'sync' else ''}()")
    assert expected in str(raised.value)
    assert route.call_count == 0


def test_help_lists_the_options_on_both_forms() -> None:
    client = make_client()
    for method in (client.runs.create, client.runs.create_sync):
        params = inspect.signature(method).parameters
        for name in ("idempotency_key", "timeout", "max_retries", "extra_headers"):
            assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
        assert "options" not in params
    assert "idempotency_key" not in inspect.signature(client.runs.get_sync).parameters
    assert client.runs.get is client.runs.get  # bound once, then read from the instance
    assert inspect.iscoroutinefunction(client.runs.get)
    assert client.runs.get_sync.__doc__.startswith("Blocking twin of ``get``")
    assert "One run" in client.runs.get_sync.__doc__
    client.close()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_extra_body_is_refused_for_a_multipart_upload(mode: str) -> None:
    client = make_client()
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.post("/v1/workflows/prompt-image").mock(return_value=httpx.Response(201))
        with pytest.raises(ValueError, match="extra_body merges into JSON bodies"):
            await invoke(
                client.workflows,
                "upload_prompt_image",
                mode,
                file_content=b"\x89PNG\r\n\x1a\n",
                filename="a.png",
                extra_body={"a": 1},
            )
    await client.aclose()
    assert route.call_count == 0


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_downloads_take_the_options_too(mode: str, tmp_path: Any) -> None:
    data = f"/v1/run-attachments/{ATTACHMENT_ID}/download"
    client = make_client()
    options: dict[str, Any] = {"timeout": 4.0, "extra_headers": {"X-Trace": "t-3"}}
    with respx.mock(base_url=BASE) as router:
        route = router.get(data).mock(return_value=httpx.Response(200, content=b"x" * 10))
        target = tmp_path / "out.bin"
        if mode == "sync":
            saved = client.run_attachments.save_to_file_sync(ATTACHMENT_ID, target, **options)
            chunks = list(client.run_attachments.iter_bytes_sync(ATTACHMENT_ID, **options))
        else:
            saved = await client.run_attachments.save_to_file(ATTACHMENT_ID, target, **options)
            stream = client.run_attachments.iter_bytes(ATTACHMENT_ID, **options)
            chunks = [chunk async for chunk in stream]
    await client.aclose()
    assert saved.data == {"path": str(target), "size": 10} and b"".join(chunks) == b"x" * 10
    for call in route.calls:
        assert call.request.headers["X-Trace"] == "t-3"
        assert call.request.extensions["timeout"]["read"] == 4.0


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_call_options_go_over_those_of_a_with_options_client(mode: str) -> None:
    base = make_client(max_retries=0)
    client = base.with_options(headers={"X-Client": "c", "X-Both": "client"}, timeout=9.0)
    with respx.mock(base_url=BASE) as router:
        route = router.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=run_json())]
        )
        response = await invoke(
            client.runs, "get", mode, RUN_ID, max_retries=1, extra_headers={"X-Both": "call"}
        )
    await client.aclose()
    assert response.status_code == 200 and route.call_count == 2
    for call in route.calls:
        assert call.request.headers["X-Client"] == "c"
        assert call.request.headers["X-Both"] == "call"
        assert call.request.extensions["timeout"]["read"] == 9.0
