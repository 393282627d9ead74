"""Hostile and broken input, one row per case, each with the clear error or graceful result
it must produce.

Arguments that are wrong before anything is sent must raise ValueError/TypeError naming
the argument, with nothing sent. What only the server can judge must come back as its 422
(in ``data.detail``). Answers that make no sense must come back as an error in
``ApiResponse.error`` with a short message, never as an exception or a hang. Fakes (respx,
``httpx.MockTransport``) stand in where the transport does not matter; real loopback servers
(the emulator, a silent socket, a recording server) where it does.
"""

from __future__ import annotations

import re
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from cyberdesk import (
    ApiResponse,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CyberdeskClient,
    InternalServerError,
    RetryConfig,
    RunCreate,
)
from cyberdesk.emulator import EmulatorServer

from .conftest import API_KEY, RecordingServer, SilentServer, make_emulator

BASE = "https://api.cyberdesk.io"
RUN_ID = "550e8400-e29b-41d4-a716-446655440000"
MB = 1024 * 1024


@dataclass
class Env:
    """What a row may use; ``sent`` is set by the row to the requests that went out."""

    tmp_path: Path
    server: EmulatorServer
    workflow_id: str
    sent: int | None = None
    sleeps: list[float] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    def retry(self, max_retries: int = 3) -> RetryConfig:
        async def asleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        return RetryConfig(max_retries=max_retries, sleep=self.sleeps.append, async_sleep=asleep)


@pytest.fixture(scope="module")
def emulator_server() -> Iterator[tuple[EmulatorServer, str]]:
    with EmulatorServer(make_emulator(seed=5)) as server:
        with CyberdeskClient(API_KEY, base_url=server.base_url) as client:
            workflow = client.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
        yield server, str(workflow.id)


@pytest.fixture
def env(tmp_path: Path, emulator_server: tuple[EmulatorServer, str]) -> Env:
    server, workflow_id = emulator_server
    return Env(tmp_path, server, workflow_id)


Act = Callable[[Env], Any]


# -- how a row reaches a server ---------------------------------------------------------------


def offline(call: Callable[[CyberdeskClient, Env], Any]) -> Act:
    """The call against a transport that counts what reaches it (and answers 500)."""

    def act(env: Env) -> Any:
        env.sent = 0

        def handler(request: httpx.Request) -> httpx.Response:
            env.sent = (env.sent or 0) + 1
            return httpx.Response(500)

        client = CyberdeskClient(
            API_KEY, base_url=BASE, transport=httpx.MockTransport(handler), retry=env.retry(0)
        )
        return call(client, env)

    return act


def emulated(call: Callable[[CyberdeskClient, Env], Any]) -> Act:
    """The call against the emulator over loopback, counting the requests sent."""

    def act(env: Env) -> Any:
        env.sent = 0

        def count(request: httpx.Request) -> None:
            env.sent = (env.sent or 0) + 1

        runs_before = len(env.server.emulator.runs)
        with CyberdeskClient(
            API_KEY,
            base_url=env.server.base_url,
            timeout=30,
            retry=env.retry(),
            event_hooks={"request": [count]},
        ) as client:
            result = call(client, env)
        env.notes["new_runs"] = env.server.emulator.runs[runs_before:]
        return result

    return act


def answered_with(response: httpx.Response, max_retries: int = 0) -> Act:
    """``runs.get`` answered by respx with ``response``, memory traced."""

    def act(env: Env) -> Any:
        with respx.mock(base_url=BASE) as mock:
            route = mock.get(f"/v1/runs/{RUN_ID}").mock(return_value=response)
            client = CyberdeskClient(API_KEY, base_url=BASE, retry=env.retry(max_retries))
            tracemalloc.start()
            try:
                result = client.runs.get_sync(RUN_ID)
                env.notes["peak"] = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            env.sent = route.call_count
        return result

    return act


def never_answering(env: Env) -> Any:
    with SilentServer() as silent:
        client = CyberdeskClient(
            API_KEY,
            base_url=silent.url,
            timeout=0.2,
            retry=env.retry(2),
            event_hooks={"request": [lambda r: env.notes.setdefault("attempts", []).append(r)]},
        )
        started = time.monotonic()
        result = client.runs.get_sync(RUN_ID)
        env.notes["elapsed"] = time.monotonic() - started
        client.close()
    env.sent = len(env.notes["attempts"])
    return result


def redirected_elsewhere(env: Env) -> Any:
    with RecordingServer() as other:

        def redirect(method: str, path: str) -> tuple[int, dict[str, str], bytes]:
            return 307, {"Location": f"http://localhost:{other.port}{path}"}, b""

        with (
            RecordingServer(redirect) as api,
            CyberdeskClient(API_KEY, base_url=api.url, retry=env.retry()) as client,
        ):
            result = client.runs.get_sync(RUN_ID)
    env.sent = len(api.requests)
    env.notes.update(api=api.requests, other=other.requests)
    return result


def per_call_timeout(value: Any) -> Act:
    def act(env: Env) -> Any:
        with (
            RecordingServer() as api,
            CyberdeskClient(API_KEY, base_url=api.url, retry=env.retry(0)) as client,
        ):
            try:
                return client.runs.get_sync(RUN_ID, timeout=value)
            finally:
                env.sent = len(api.requests)

    return act


# -- what a row checks beyond the error --------------------------------------------------------


def stored_blob(result: Any, env: Env) -> None:
    (run,) = env.notes["new_runs"]
    assert len(run.input_values["blob"]) == 5 * MB
    assert len(result.data.input_values["blob"]) == 5 * MB


def detail_names(*loc: Any, says: str) -> Callable[[Any, Env], None]:
    def check(result: Any, env: Env) -> None:
        assert result.error is None and not result.ok
        locs = [list(item.loc) for item in result.data.detail]
        assert list(loc) in locs, locs
        assert any(says in item.msg for item in result.data.detail), result.data.detail
        assert env.notes["new_runs"] == []  # nothing was created

    return check


def bounded_memory(result: Any, env: Env) -> None:
    peak = env.notes["peak"]
    assert peak < 6 * 10 * MB, f"peak {peak / MB:.0f} MB of Python memory for a 10 MB page"
    assert len(env.sleeps) == 2  # 502 is retried; three pages read, one kept
    assert len(result.error.body) == 64 * 1024  # a bounded prefix, not the page


def bounded_time(result: Any, env: Env) -> None:
    assert env.notes["elapsed"] < 3.0  # 3 attempts of 0.2 s, retries not slept
    assert len(env.sleeps) == 2


def not_followed(result: Any, env: Env) -> None:
    assert result.error.status_code == 307
    assert env.notes["other"] == []  # the other host never heard of us
    assert "Authorization" in env.notes["api"][0][2]


# -- the table -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    act: Act
    raises: type[BaseException] | tuple[type[BaseException], ...] | None = None
    error: type[BaseException] | None = None
    status: int | None = None
    match: str | None = None
    sent: int | None = None
    then: Callable[[Any, Env], None] | None = None


def row(id: str, case: Case, bug: str | None = None, emulator_bug: str | None = None) -> Any:
    """One case; a known bug marks it as a strict xfail (it must fail until fixed)."""
    reason = f"SDK bug: {bug}" if bug else f"emulator bug: {emulator_bug}" if emulator_bug else ""
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=id, marks=marks)


W = RUN_ID
NONE: Any = None  # None where the model's type says UUID
NOT_BASE64 = "%%% this is not base64 %%%"
HTML = b"<!doctype html><html><body><h1>Welcome</h1>" + b"<p>lorem</p>" * 20 + b"</body></html>"

CASES = [
    # Wrong before anything is sent: an exception naming the argument, no request.
    row("malformed-uuid-in-path", Case(
        offline(lambda c, e: c.runs.get_sync("not-a-uuid")),
        raises=ValueError, match=r"^run_id must be a UUID, got 'not-a-uuid'$", sent=0)),
    row("malformed-uuid-in-body", Case(
        offline(lambda c, e: c.runs.create_sync({"workflow_id": "123-nope"})),
        raises=ValueError, match=r"^data\.workflow_id must be a UUID", sent=0)),
    row("malformed-uuid-in-list", Case(
        offline(lambda c, e: c.runs.create_sync({"workflow_id": W, "pool_ids": [W, "x"]})),
        raises=ValueError, match=r"^data\.pool_ids\[1\] must be a UUID", sent=0)),
    row("wrong-type-id", Case(
        offline(lambda c, e: c.runs.get_sync(12)),
        raises=TypeError, match=r"^run_id must be a UUID or a UUID string, got int$", sent=0)),
    row("wrong-type-body", Case(
        offline(lambda c, e: c.runs.create_sync(42)),
        raises=TypeError, match=r"^data must be a RunCreate or a dict, got int$", sent=0)),
    row("wrong-type-query", Case(
        offline(lambda c, e: c.runs.list_sync(limit="10")),
        raises=TypeError, match=r"^limit must be an integer, got str$", sent=0)),
    row("unknown-enum-argument", Case(
        offline(lambda c, e: c.runs.list_sync(status="finished")),
        raises=ValueError, match=r"^status must be one of .*success.*; got 'finished'$", sent=0)),
    row("none-for-required-id", Case(
        offline(lambda c, e: c.runs.get_sync(None)),
        raises=TypeError, match=r"^run_id must be a UUID .* got NoneType$", sent=0)),
    row("none-for-required-field-in-dict", Case(
        offline(lambda c, e: c.runs.create_sync({"workflow_id": None})),
        raises=ValueError, match=r"^data is not a valid RunCreate", sent=0)),
    row("required-field-missing", Case(
        offline(lambda c, e: c.runs.create_sync({"input_values": {"a": 1}})),
        raises=ValueError, match=r"^data is missing the required field 'workflow_id'$", sent=0)),
    row("none-for-required-field-in-model", Case(
        offline(lambda c, e: c.runs.create_sync(RunCreate(workflow_id=NONE))),
        raises=(TypeError, ValueError), match=r"workflow_id", sent=0)),
    row("nested-required-field-missing", Case(
        offline(lambda c, e: c.runs.create_sync(
            {"workflow_id": W, "file_inputs": [{"filename": "a.txt"}]})),
        raises=(TypeError, ValueError), match=r"content", sent=0)),
    row("file-path-that-does-not-exist", Case(
        offline(lambda c, e: c.workflows.upload_prompt_image_sync(
            file_path=e.tmp_path / "missing.png")),
        raises=ValueError, match=r"^file_path '.*missing\.png' is not an existing file$", sent=0)),
    row("per-call-timeout-of-the-wrong-type", Case(
        per_call_timeout("30"), raises=(TypeError, ValueError), match=r"\btimeout\b", sent=0)),
    # Only the server can judge: its 422 in data.detail, or success.
    row("huge-input-values-5MB", Case(
        emulated(lambda c, e: c.runs.create_sync(
            {"workflow_id": e.workflow_id, "input_values": {"blob": "x" * 5 * MB}})),
        status=201, sent=1, then=stored_blob)),
    row("file-content-not-base64", Case(
        emulated(lambda c, e: c.runs.create_sync({
            "workflow_id": e.workflow_id,
            "file_inputs": [{"filename": "a.txt", "content": NOT_BASE64}]})),
        status=422, sent=1,
        then=detail_names("body", "file_inputs", 0, "content", says="base64"))),
    row("wrong-container-type-in-body", Case(
        emulated(lambda c, e: c.runs.create_sync(
            {"workflow_id": e.workflow_id, "input_values": "not a mapping"})),
        raises=TypeError, match=r"RunCreate\.input_values must be a mapping.*got str$", sent=0)),
    # Answers that make no sense: an error in the ApiResponse, short, never an exception.
    row("2xx-not-json", Case(
        answered_with(httpx.Response(200, text="hello, world")),
        error=APIResponseValidationError, status=200, sent=1,
        match=r"^HTTP 200 from GET /v1/runs/\S+ has a body that does not parse")),
    row("2xx-truncated-json", Case(
        answered_with(httpx.Response(
            200, content=b'{"id": "550e8400-e29b', headers={"Content-Type": "application/json"})),
        error=APIResponseValidationError, status=200, sent=1, match=r"does not parse")),
    row("2xx-html-page", Case(
        answered_with(httpx.Response(200, content=HTML, headers={"Content-Type": "text/html"})),
        error=APIResponseValidationError, status=200, sent=1, match=r"does not parse")),
    row("2xx-empty-body", Case(
        answered_with(httpx.Response(200, content=b"")),
        error=APIResponseValidationError, status=200, sent=1, match=r"\(empty body\)$")),
    row("2xx-json-of-the-wrong-shape", Case(
        answered_with(httpx.Response(200, json={"id": 5, "status": ["x"]})),
        error=APIResponseValidationError, status=200, sent=1, match=r"does not parse")),
    row("10MB-error-page", Case(
        answered_with(httpx.Response(
            502, content=b"<html>" + b"x" * 10 * MB + b"</html>",
            headers={"Content-Type": "text/html"}), max_retries=2),
        error=InternalServerError, status=502, sent=3,
        # error.body keeps the page's first 64 KiB, which the message excerpts
        match=r"^HTTP 502 from GET /v1/runs/\S+: <html>x+\.\.\. \(65536 characters\)$",
        then=bounded_memory)),
    # The transport: a server that never answers, a redirect to another host.
    row("server-never-answers", Case(
        never_answering, error=APITimeoutError, sent=3,
        match=r"^GET /v1/runs/\S+ timed out \(ReadTimeout\)$", then=bounded_time)),
    row("redirect-to-another-host", Case(
        redirected_elsewhere, error=APIStatusError, status=307, sent=1, match=r"^HTTP 307",
        then=not_followed)),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_hostile_input(case: Case, env: Env) -> None:
    result: Any = None
    if case.raises is not None:
        with pytest.raises(case.raises) as caught:
            case.act(env)
        assert case.match is None or re.search(case.match, str(caught.value)), caught.value
        assert len(str(caught.value)) < 300
    else:
        result = case.act(env)
        assert isinstance(result, ApiResponse)
        if case.error is None:
            assert result.error is None, result.error
        else:
            assert type(result.error) is case.error, repr(result.error)
            assert result.data is None
            message = str(result.error)
            assert case.match is None or re.search(case.match, message), message
            assert len(message) < 700, f"{len(message)} characters"
        if case.status is not None:
            assert result.status_code == case.status
    if case.sent is not None:
        assert env.sent == case.sent
    if case.then is not None:
        case.then(result, env)
