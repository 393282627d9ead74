"""Retries, backoff, Retry-After and idempotency keys, with an injected sleep."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

from cyberdesk import (
    APIConnectionError,
    APITimeoutError,
    CyberdeskClient,
    InternalServerError,
    RateLimitError,
    RetryConfig,
    RetryEvent,
    RunCreate,
)
from tests.helpers import BASE, KEY, RUN_ID, WORKFLOW_ID, Sleeps, make_client, run_json

pytestmark = pytest.mark.anyio


def create(client: CyberdeskClient, *, mode: str, **kwargs: Any) -> Any:
    data = RunCreate(workflow_id=WORKFLOW_ID)
    if mode == "sync":
        return client.runs.create_sync(data, **kwargs)
    return client.runs.create(data, **kwargs)


async def call(client: CyberdeskClient, mode: str, **kwargs: Any) -> Any:
    result = create(client, mode=mode, **kwargs)
    return await result if mode == "async" else result


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
async def test_retry_reuses_idempotency_key(mode: str) -> None:
    sleeps = Sleeps()
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(
            side_effect=[
                httpx.Response(503),
                httpx.Response(502),
                httpx.Response(201, json=run_json()),
            ]
        )
        response = await call(make_client(sleeps), mode)
    assert response.error is None and str(response.data.id) == RUN_ID
    keys = {c.request.headers["Idempotency-Key"] for c in route.calls}
    assert route.call_count == 3 and len(keys) == 1
    assert sleeps == [0.125, 0.25]  # full jitter with random()=0.5: 0.5*0.25, 0.5*0.5


@MODES
async def test_each_call_gets_a_new_key(mode: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
        client = make_client()
        await call(client, mode)
        await call(client, mode)
    first, second = (c.request.headers["Idempotency-Key"] for c in route.calls)
    assert first != second


@MODES
async def test_caller_key_is_kept_on_every_attempt(mode: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(
            side_effect=[httpx.Response(500), httpx.Response(201, json=run_json())]
        )
        await call(make_client(), mode, idempotency_key="order-42")
    assert [c.request.headers["Idempotency-Key"] for c in route.calls] == ["order-42"] * 2


async def test_custom_key_generator_is_used() -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
        client = CyberdeskClient(KEY, idempotency_key_generator=lambda: "generated-1")
        client.runs.create_sync(RunCreate(workflow_id=WORKFLOW_ID))
    assert route.calls[0].request.headers["Idempotency-Key"] == "generated-1"


@MODES
async def test_writes_without_a_key_are_never_retried(mode: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(return_value=httpx.Response(503))
        client = CyberdeskClient(KEY, idempotency_enabled=False)
        response = await call(client, mode)
    assert route.call_count == 1
    assert "Idempotency-Key" not in route.calls[0].request.headers
    assert isinstance(response.error, InternalServerError) and response.error.status_code == 503


async def test_reads_are_retried_without_a_key() -> None:
    sleeps = Sleeps()
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=[httpx.Response(504), httpx.Response(200, json=run_json())]
        )
        response = make_client(sleeps).runs.get_sync(RUN_ID)
    assert response.error is None and route.call_count == 2
    assert "Idempotency-Key" not in route.calls[0].request.headers


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_retryable_statuses_exhaust_after_three_retries(status: int) -> None:
    sleeps = Sleeps()
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(
            return_value=httpx.Response(status, json={"detail": "busy"})
        )
        response = make_client(sleeps).runs.create_sync(RunCreate(workflow_id=WORKFLOW_ID))
    assert route.call_count == 4
    assert response.data is None and response.error.status_code == status
    assert sleeps == [0.125, 0.25, 0.5]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
async def test_final_statuses_are_not_retried(status: int) -> None:
    with respx.mock(base_url=BASE) as mock:
        body = (
            {"detail": [{"loc": ["body"], "msg": "bad", "type": "x"}]}
            if status == 422
            else {"detail": "no"}
        )
        route = mock.post("/v1/runs").mock(return_value=httpx.Response(status, json=body))
        response = make_client().runs.create_sync(RunCreate(workflow_id=WORKFLOW_ID))
    assert route.call_count == 1
    if status == 422:
        assert response.error is None and response.data.detail[0].msg == "bad"
    else:
        assert response.error.status_code == status and response.data is None


async def test_409_in_progress_is_retried_with_the_same_key() -> None:
    sleeps = Sleeps()
    with respx.mock(base_url=BASE) as mock:
        busy = httpx.Response(
            409, headers={"Idempotency-Status": "IN_PROGRESS", "Retry-After": "1"}
        )
        route = mock.post("/v1/runs").mock(side_effect=[busy, httpx.Response(201, json=run_json())])
        response = make_client(sleeps).runs.create_sync(RunCreate(workflow_id=WORKFLOW_ID))
    assert response.error is None and route.call_count == 2
    assert len({c.request.headers["Idempotency-Key"] for c in route.calls}) == 1
    assert sleeps == [1.0]


@pytest.mark.parametrize(
    "retry_after, expected",
    [("3", 3.0), ("0.5", 0.5), ("0", 0.0), ("soon", 0.125), ("-4", 0.125)],
)
async def test_retry_after_seconds(retry_after: str, expected: float) -> None:
    sleeps = Sleeps()
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=[
                httpx.Response(429, headers={"Retry-After": retry_after}),
                httpx.Response(200, json=run_json()),
            ]
        )
        make_client(sleeps).runs.get_sync(RUN_ID)
    assert sleeps == [expected]


async def test_retry_after_as_http_date() -> None:
    sleeps = Sleeps()
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=[
                httpx.Response(503, headers={"Retry-After": when}),
                httpx.Response(200, json=run_json()),
            ]
        )
        make_client(sleeps).runs.get_sync(RUN_ID)
    assert len(sleeps) == 1 and 27 <= sleeps[0] <= 30


async def test_retry_after_beyond_the_ceiling_returns_the_error_instead_of_waiting() -> None:
    sleeps = Sleeps()
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(429, headers={"Retry-After": "120"})
        )
        response = make_client(sleeps, max_retry_after=60).runs.get_sync(RUN_ID)
    assert route.call_count == 1 and sleeps == []
    assert isinstance(response.error, RateLimitError) and response.error.retry_after == 120


async def test_retry_after_longer_than_backoff_cap_is_honoured_not_cut() -> None:
    sleeps = Sleeps()
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=[
                httpx.Response(503, headers={"Retry-After": "20"}),
                httpx.Response(200, json=run_json()),
            ]
        )
        make_client(sleeps).runs.get_sync(RUN_ID)
    assert sleeps == [20.0]


@MODES
async def test_connection_errors_and_timeouts_are_retried_then_reported(mode: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(
            side_effect=[
                httpx.ConnectError("refused"),
                httpx.ReadTimeout("slow"),
                httpx.Response(201, json=run_json()),
            ]
        )
        response = await call(make_client(), mode)
        assert response.error is None and route.call_count == 3

        mock.post("/v1/runs").mock(side_effect=httpx.ReadTimeout("slow"))
        response = await call(make_client(), mode)
    assert isinstance(response.error, APITimeoutError)
    assert response.data is None


async def test_connect_error_survives_as_api_connection_error() -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(f"/v1/runs/{RUN_ID}").mock(side_effect=httpx.ConnectError("refused"))
        response = make_client().runs.get_sync(RUN_ID)
    assert route.call_count == 4
    assert isinstance(response.error, APIConnectionError)
    assert not isinstance(response.error, APITimeoutError)


async def test_max_retries_zero_sends_once() -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(return_value=httpx.Response(503))
        make_client(max_retries=0).runs.create_sync(RunCreate(workflow_id=WORKFLOW_ID))
    assert route.call_count == 1


async def test_on_retry_is_told_attempt_delay_reason_and_status() -> None:
    events: list[RetryEvent] = []
    with respx.mock(base_url=BASE) as mock:
        mock.post("/v1/runs").mock(
            side_effect=[
                httpx.Response(429, headers={"Retry-After": "2"}),
                httpx.ConnectError("refused"),
                httpx.Response(201, json=run_json()),
            ]
        )
        make_client(on_retry=events.append).runs.create_sync(RunCreate(workflow_id=WORKFLOW_ID))
    assert [(e.attempt, e.delay, e.reason, e.status_code) for e in events] == [
        (1, 2.0, "status", 429),
        (2, 0.25, "connection", None),
    ]
    assert all(e.method == "POST" and e.path == "/v1/runs" for e in events)


def test_backoff_stays_within_full_jitter_bounds() -> None:
    for attempt in range(1, 12):
        high = RetryConfig(random=lambda: 1.0).backoff(attempt)
        assert RetryConfig(random=lambda: 0.0).backoff(attempt) == 0.0
        assert high == min(8.0, 0.25 * 2 ** (attempt - 1))


def test_retry_config_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryConfig(max_retries=-1)
    with pytest.raises(ValueError, match="initial_delay"):
        RetryConfig(initial_delay=10, max_delay=1)


async def test_logs_one_debug_record_per_attempt_and_info_per_retry(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="cyberdesk")
    with respx.mock(base_url=BASE) as mock:
        mock.post("/v1/runs").mock(
            side_effect=[httpx.Response(503), httpx.Response(201, json=run_json())]
        )
        make_client().runs.create_sync(
            RunCreate(
                workflow_id=WORKFLOW_ID, sensitive_input_values={"password": "hunter2-secret"}
            )
        )
    records = [r for r in caplog.records if r.name == "cyberdesk"]
    assert [r.levelname for r in records] == ["DEBUG", "INFO", "DEBUG"]
    text = "\n".join(r.getMessage() for r in records)
    assert "POST /v1/runs" in text and "503" in text
    assert KEY not in text and "hunter2-secret" not in text
