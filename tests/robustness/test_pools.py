"""Connection pools: none outlives its event loop or ``close()``, ``with_options`` copies
share them, and no URL password shows in a repr, an error or a log.

Sockets are counted in ``/proc/self/fd``; the server runs in another process, so every
socket counted here is the client's. The garbage collector is off while counting, so only
explicit closing counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import httpx
import pytest
import respx

from cyberdesk import CyberdeskClient, RetryConfig

from .conftest import RecordingServer
from .echo_server import echo_server

KEY = "cd_pools_S3CR3T_key_5a5a"
needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")


def open_sockets() -> int:
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            count += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
    return count


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    with echo_server() as url:
        yield url


@pytest.fixture
def no_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def _get(client: CyberdeskClient, count: int = 1) -> None:
    answers = await asyncio.gather(*(client.runs.get(uuid.uuid4()) for _ in range(count)))
    assert all(answer.ok for answer in answers)


@needs_proc
def test_pools_of_finished_event_loops_are_closed(echo_url: str, no_gc: None) -> None:
    before = open_sockets()
    client = CyberdeskClient(KEY, echo_url)
    for _ in range(50):
        asyncio.run(_get(client, 2))
    assert open_sockets() - before == 0
    assert client._http.pools.pool_count() == 0
    client.close()
    assert open_sockets() - before == 0


@needs_proc
def test_close_closes_the_sync_pool_and_an_idle_loops_pool(echo_url: str, no_gc: None) -> None:
    loop = asyncio.new_event_loop()  # its self-pipe is two sockets: counted before
    before = open_sockets()
    client = CyberdeskClient(KEY, echo_url)
    try:
        loop.run_until_complete(_get(client, 3))  # the loop stays open, its pool too
        assert client.runs.get_sync(uuid.uuid4()).ok
        assert open_sockets() - before == 4
        client.close()
        assert open_sockets() - before == 0
    finally:
        loop.close()


@needs_proc
def test_aclose_in_the_loop_closes_everything(echo_url: str, no_gc: None) -> None:
    client = CyberdeskClient(KEY, echo_url)

    async def main() -> int:
        before = open_sockets()  # counted inside the loop, whose self-pipe is two sockets
        await _get(client, 3)
        await asyncio.to_thread(client.runs.get_sync, uuid.uuid4())
        await client.aclose()
        return open_sockets() - before

    assert asyncio.run(main()) == 0


@needs_proc
def test_close_from_inside_a_running_loop_closes_soon(echo_url: str, no_gc: None) -> None:
    client = CyberdeskClient(KEY, echo_url)

    async def main() -> int:
        before = open_sockets()
        await _get(client, 2)
        client.close()  # sync close in async code: the pool closes on the next turns
        for _ in range(5):
            await asyncio.sleep(0)
        return open_sockets() - before

    assert asyncio.run(main()) == 0


@needs_proc
def test_a_loop_closed_without_shutdown_has_its_sockets_closed(echo_url: str, no_gc: None) -> None:
    before = open_sockets()
    client = CyberdeskClient(KEY, echo_url)
    for _ in range(3):
        loop = asyncio.new_event_loop()
        loop.run_until_complete(_get(client, 2))
        loop.close()  # no shutdown_asyncgens: the pool cannot be closed through this loop
    assert open_sockets() - before == 2  # the last loop's pool waits for the next use
    asyncio.run(_get(client))
    assert client._http.pools.pool_count() == 0
    assert open_sockets() - before == 0
    loop = asyncio.new_event_loop()
    loop.run_until_complete(_get(client, 2))
    loop.close()
    client.close()
    assert open_sockets() - before == 0


# -- with_options --------------------------------------------------------------------------


@needs_proc
def test_with_options_per_request_shares_one_pool(echo_url: str, no_gc: None) -> None:
    before = open_sockets()
    client = CyberdeskClient(KEY, echo_url)
    for n in range(1000):
        per_request = client.with_options(timeout=5 + n % 3, headers={"X-Attempt": str(n)})
        assert per_request.runs.get_sync(uuid.uuid4()).ok
    assert client._http.pools.pool_count() == 1
    assert open_sockets() - before == 1

    async def many() -> None:
        for n in range(100):
            await _get(client.with_options(max_retries=n % 2))
        assert client._http.pools.pool_count() == 2  # the sync pool and this loop's

    asyncio.run(many())
    client.close()
    assert open_sockets() - before == 0


def test_with_options_sets_timeout_headers_and_retries_on_the_copy_only() -> None:
    sleeps: list[float] = []
    client = CyberdeskClient(
        KEY,
        "https://api.test",
        timeout=7.0,
        headers={"X-Team": "a"},
        retry=RetryConfig(max_retries=3, sleep=sleeps.append),
    )
    copy = client.with_options(timeout=2.0, max_retries=0, headers={"X-Trace": "t1"})
    run_id = uuid.uuid4()
    with respx.mock(base_url="https://api.test") as mock:
        route = mock.get(f"/v1/runs/{run_id}").mock(return_value=httpx.Response(503))
        assert copy.runs.get_sync(run_id).status_code == 503
        assert route.call_count == 1
        sent = route.calls.last.request
        assert sent.extensions["timeout"]["read"] == 2.0
        assert (sent.headers["X-Team"], sent.headers["X-Trace"]) == ("a", "t1")
        assert sent.headers["Authorization"] == f"Bearer {KEY}"

        assert copy.runs.get_sync(run_id, timeout=0.5).status_code == 503  # per call wins
        assert route.calls.last.request.extensions["timeout"]["read"] == 0.5

        route.reset()
        assert client.runs.get_sync(run_id).status_code == 503
        assert route.call_count == 4  # the original still retries 3 times
        sent = route.calls.last.request
        assert sent.extensions["timeout"]["read"] == 7.0
        assert "X-Trace" not in sent.headers
    assert client._http.pools is copy._http.pools


def test_headers_may_not_override_what_the_sdk_sets() -> None:
    with pytest.raises(ValueError, match="Authorization"):
        CyberdeskClient(KEY, "https://api.test", headers={"Authorization": "Bearer other"})
    client = CyberdeskClient(KEY, "https://api.test")
    with pytest.raises(ValueError, match="Idempotency-Key"):
        client.with_options(headers={"Idempotency-Key": "same-for-all"})
    with pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=-1)
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)


# -- passwords in URLs, logs ---------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://alice:hunter2-S3CR3T@127.0.0.1:9",
        "https://hunter2-S3CR3T@api.test",
        "ftp://a:hunter2-S3CR3T@x",
    ],
)
def test_credentials_in_base_url_are_refused_without_showing_them(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx would send them as Basic auth in place of the API key, and log them.
    with pytest.raises(ValueError, match="base_url") as refused:
        CyberdeskClient(KEY, url)
    assert "hunter2" not in str(refused.value) and "***@" in str(refused.value)
    monkeypatch.setenv("CYBERDESK_BASE_URL", url)
    with pytest.raises(ValueError, match="base_url") as refused:
        CyberdeskClient(KEY)
    assert "hunter2" not in str(refused.value)


def test_errors_and_logs_name_no_url_secret(caplog: pytest.LogCaptureFixture) -> None:
    client = CyberdeskClient(KEY, "http://127.0.0.1:9", retry=RetryConfig(max_retries=0))
    with caplog.at_level(logging.DEBUG):
        error = client.with_options(timeout=1).runs.get_sync(uuid.uuid4()).error
    assert error is not None  # nothing listens on port 9
    texts = [str(error), repr(error), repr(client), *(r.getMessage() for r in caplog.records)]
    assert all(KEY not in text for text in texts)


def _log_run(env_value: str | None, url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CYBERDESK_LOG"}
    if env_value is not None:
        env["CYBERDESK_LOG"] = env_value
    script = (
        "import sys, uuid; from cyberdesk import CyberdeskClient, RetryConfig\n"
        "c = CyberdeskClient(sys.argv[1], sys.argv[2],"
        " retry=RetryConfig(max_retries=2, initial_delay=0.01, max_delay=0.01))\n"
        "print(c.runs.get_sync(uuid.uuid4()).status_code)\n"
        "c.runs.create_sync({'workflow_id': str(uuid.uuid4()),"
        " 'sensitive_input_values': {'pw': sys.argv[3]}})\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script, KEY, url, "run-S3CR3T-input"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cyberdesk_log_turns_on_the_logger_without_secrets() -> None:
    with RecordingServer(lambda method, path: (503, {}, b"busy")) as server:
        quiet = _log_run(None, server.url)
        loud = _log_run("debug", server.url)
        info = _log_run("INFO", server.url)
    assert quiet.returncode == loud.returncode == info.returncode == 0, loud.stderr
    assert quiet.stderr == ""
    assert "cyberdesk DEBUG GET /v1/runs/" in loud.stderr
    assert "cyberdesk INFO retrying POST /v1/runs" in loud.stderr
    assert "retrying GET" in info.stderr and "DEBUG" not in info.stderr
    for text in (loud.stderr, info.stderr):
        assert KEY not in text and "run-S3CR3T-input" not in text


def test_an_unknown_cyberdesk_log_value_warns() -> None:
    with RecordingServer() as server:
        run = _log_run("verbose", server.url)
    assert "CYBERDESK_LOG must be 'debug' or 'info'" in run.stderr


@pytest.mark.anyio
async def test_with_options_applies_to_async_calls_too() -> None:
    client = CyberdeskClient(KEY, "https://api.test", timeout=7.0, headers={"X-Team": "a"})
    copy = client.with_options(timeout=3.0, max_retries=0, headers={"X-Team": "b"})
    run_id = uuid.uuid4()
    with respx.mock(base_url="https://api.test") as mock:
        route = mock.get(f"/v1/runs/{run_id}").mock(return_value=httpx.Response(500))
        assert (await copy.runs.get(run_id)).status_code == 500
        assert route.call_count == 1
        sent = route.calls.last.request
        assert (sent.extensions["timeout"]["read"], sent.headers["X-Team"]) == (3.0, "b")
    assert copy._http.async_client() is client._http.async_client()
    await client.aclose()
