"""One bad request never breaks the emulator (issue 12, item 8).

Each hostile body gets the API's 422 shape (or 413 when it is too large), nothing from it
is stored, every answer is strict JSON, and the requests after it answer as before. All
over real sockets (uvicorn on loopback), the way users run the emulator in CI.
"""

from __future__ import annotations

import json
import tracemalloc
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator, EmulatorServer
from cyberdesk.emulator.limits import DEFAULT_MAX_BODY_BYTES, MAX_JSON_DEPTH

from .conftest import API_KEY, make_emulator

HEADERS = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
MiB = 1024 * 1024


def strict_json(body: bytes) -> Any:
    """``body`` parsed as RFC 8259 JSON: UTF-8 only, no NaN/Infinity, no lone surrogates."""

    def refuse(name: str) -> Any:
        raise AssertionError(f"not JSON: {name}")

    value = json.loads(body.decode("utf-8"), parse_constant=refuse)
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    text.encode("utf-8")  # a lone surrogate cannot be encoded
    return value


def assert_422_shape(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 422, response.text
    data = strict_json(response.content)
    assert isinstance(data, dict) and list(data) == ["detail"]
    detail = data["detail"]
    assert isinstance(detail, list) and detail
    for item in detail:
        assert isinstance(item["loc"], list) and item["loc"][0] == "body"
        assert isinstance(item["msg"], str) and isinstance(item["type"], str)
    return detail


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(make_emulator(seed=12)) as running:
        yield running


@pytest.fixture
def http(server: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def workflow_id(server: EmulatorServer) -> str:
    with httpx.Client(base_url=server.base_url, headers=HEADERS) as client:
        answer = client.post("/v1/workflows", json={"main_prompt": "p", "name": "w"})
        assert answer.status_code == 201
        found: str = answer.json()["id"]
        return found


def counts(emu: Emulator) -> tuple[int, ...]:
    with emu.lock:
        store = emu.store
        return (len(store.workflows), len(store.runs), len(store.attachments), len(emu.behaviors))


def assert_still_healthy(http: httpx.Client, emu: Emulator) -> None:
    for path in ("/v1/workflows", "/v1/runs", "/v1/machines"):
        answer = http.get(path)
        assert answer.status_code == 200, (path, answer.text)
        strict_json(answer.content)


def nested(depth: int, leaf: str = "1") -> str:
    return '{"a":' * depth + leaf + "}" * depth


def nested_list(depth: int) -> str:
    return "[" * depth + "]" * depth


WORKFLOW_BODIES = {
    "lone surrogate in a value": '{"main_prompt": "x\\ud800y", "name": "w"}',
    "lone low surrogate": '{"main_prompt": "\\udc00", "name": "w"}',
    "lone surrogate in an extra key": '{"main_prompt": "p", "\\ud800": 1}',
}

RUN_BODIES = {
    "lone surrogate in an input value": '{"workflow_id": "WF", "input_values": {"k": "\\ud800"}}',
    "lone surrogate in an input key": '{"workflow_id": "WF", "input_values": {"\\udfff": "v"}}',
    "NaN": '{"workflow_id": "WF", "input_values": {"x": NaN}}',
    "Infinity": '{"workflow_id": "WF", "input_values": {"x": Infinity}}',
    "-Infinity": '{"workflow_id": "WF", "input_values": {"x": [-Infinity]}}',
    "1e400": '{"workflow_id": "WF", "input_values": {"x": 1e400}}',
    "-1e400 in a list": '{"workflow_id": "WF", "input_values": {"x": [1, -1e400]}}',
    "nested 1,000 objects": '{"workflow_id": "WF", "input_values": ' + nested(1000) + "}",
    "nested 1,000 lists": '{"workflow_id": "WF", "input_values": {"x": ' + nested_list(1000) + "}}",
    "nested 100,000 lists": '{"workflow_id": "WF", "input_values": {"x": '
    + nested_list(100_000)
    + "}}",
    "NaN in model_metadata": '{"workflow_id": "WF", "model_metadata": {"t": NaN}}',
}


@pytest.mark.parametrize("body", WORKFLOW_BODIES.values(), ids=list(WORKFLOW_BODIES))
def test_hostile_workflow_bodies_get_422_and_store_nothing(
    server: EmulatorServer, http: httpx.Client, body: str
) -> None:
    before = counts(server.emulator)
    assert_422_shape(http.post("/v1/workflows", content=body.encode()))
    assert counts(server.emulator) == before
    assert_still_healthy(http, server.emulator)


@pytest.mark.parametrize("body", RUN_BODIES.values(), ids=list(RUN_BODIES))
def test_hostile_run_bodies_get_422_and_store_nothing(
    server: EmulatorServer, http: httpx.Client, workflow_id: str, body: str
) -> None:
    before = counts(server.emulator)
    assert_422_shape(http.post("/v1/runs", content=body.replace("WF", workflow_id).encode()))
    assert counts(server.emulator) == before
    assert_still_healthy(http, server.emulator)


def test_the_422_names_where_the_bad_value_is(http: httpx.Client, workflow_id: str) -> None:
    body = '{"workflow_id": "WF", "input_values": {"a": [1, NaN], "b": "\\ud800"}}'
    detail = assert_422_shape(http.post("/v1/runs", content=body.replace("WF", workflow_id)))
    assert {tuple(d["loc"]) for d in detail} == {
        ("body", "input_values", "a", 1),
        ("body", "input_values", "b"),
    }


def test_json_nested_up_to_the_limit_is_accepted(
    server: EmulatorServer, http: httpx.Client, workflow_id: str
) -> None:
    # The body is one level, each "a" another: the deepest object sits at the limit.
    def body(depth: int) -> str:
        return f'{{"workflow_id": "{workflow_id}", "input_values": {nested(depth)}}}'

    created = http.post("/v1/runs", content=body(MAX_JSON_DEPTH - 1))
    assert created.status_code == 201, created.text[:300]
    assert_still_healthy(http, server.emulator)
    too_deep = body(MAX_JSON_DEPTH)
    assert_422_shape(http.post("/v1/runs", content=too_deep))


def test_a_patch_with_nan_does_not_poison_the_run(
    server: EmulatorServer, http: httpx.Client, workflow_id: str
) -> None:
    run = http.post("/v1/runs", json={"workflow_id": workflow_id}).json()
    for body in ('{"output_data": {"x": NaN}}', '{"error": ["\\ud800"]}'):
        assert_422_shape(http.patch(f"/v1/runs/{run['id']}", content=body))
    answer = http.get(f"/v1/runs/{run['id']}")
    assert answer.status_code == 200 and strict_json(answer.content)["output_data"] is None
    assert_still_healthy(http, server.emulator)


def test_a_control_request_with_nan_is_refused(
    server: EmulatorServer, http: httpx.Client, workflow_id: str
) -> None:
    before = counts(server.emulator)
    answer = http.put(
        f"/_emulator/workflows/{workflow_id}/behavior", content='{"outputs": {"x": NaN}}'
    )
    assert answer.status_code == 400, answer.text
    strict_json(answer.content)
    assert counts(server.emulator) == before


def test_a_multipart_filename_that_is_not_utf8_is_refused(
    server: EmulatorServer, http: httpx.Client
) -> None:
    boundary = "b0undary"
    body = (
        f"--{boundary}\r\n".encode()
        + b'Content-Disposition: form-data; name="file"; filename="\xff\xfe.png"\r\n'
        + b"Content-Type: image/png\r\n\r\n\x89PNG\r\n"
        + f"--{boundary}--\r\n".encode()
    )
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    answer = http.post("/v1/workflows/prompt-image", content=body, headers=headers)
    assert answer.status_code in (201, 422), answer.text
    strict_json(answer.content)
    assert_still_healthy(http, server.emulator)


def test_a_body_over_the_cap_is_refused_by_its_content_length(
    server: EmulatorServer, http: httpx.Client, workflow_id: str
) -> None:
    before = counts(server.emulator)
    filler = "x" * (DEFAULT_MAX_BODY_BYTES + 1)
    answer = http.post("/v1/runs", json={"workflow_id": workflow_id, "main_prompt": filler})
    assert answer.status_code == 413, answer.text[:300]
    assert strict_json(answer.content) == {
        "detail": f"Request body is larger than the emulator's limit of "
        f"{DEFAULT_MAX_BODY_BYTES} bytes"
    }
    assert counts(server.emulator) == before
    assert_still_healthy(http, server.emulator)


def test_a_streamed_body_over_the_cap_is_cut_off_without_being_buffered(
    server: EmulatorServer, http: httpx.Client
) -> None:
    chunk = b" " * MiB
    sent = 0

    def endless() -> Iterator[bytes]:
        nonlocal sent
        yield b'{"main_prompt": "'
        while sent < 200 * MiB:
            sent += len(chunk)
            yield chunk

    tracemalloc.start()
    try:
        answer: httpx.Response | None = http.post(
            "/v1/workflows", content=endless(), headers={"Idempotency-Key": str(uuid.uuid4())}
        )
    except httpx.TransportError:
        answer = None  # the server may close before the client has written everything
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    if answer is not None:
        assert answer.status_code == 413, answer.text[:300]
    assert sent < 100 * MiB, "the emulator read on far past its limit"
    assert peak < DEFAULT_MAX_BODY_BYTES + 24 * MiB, f"peak {peak / MiB:.0f} MiB"
    assert_still_healthy(http, server.emulator)


def test_the_cap_is_configurable() -> None:
    emu = make_emulator(seed=1, max_body_bytes=1000)
    with (
        EmulatorServer(emu) as small,
        httpx.Client(base_url=small.base_url, headers=HEADERS) as client,
    ):
        answer = client.post("/v1/workflows", json={"main_prompt": "p" * 2000})
        assert answer.status_code == 413
        assert client.post("/v1/workflows", json={"main_prompt": "p"}).status_code == 201
    with pytest.raises(ValueError, match="max_body_bytes"):
        make_emulator(max_body_bytes=0)


@pytest.mark.parametrize("raw", ["1_000", " 30 ", "\u0663\u0660", "30.0", ""])
def test_an_integer_query_parameter_is_plain_ascii_digits(raw: str) -> None:
    # int() accepts all of these; the API's validation does not.
    client = TestClient(make_emulator().app, headers=HEADERS)
    answer = client.get("/v1/runs", params={"limit": raw})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"] == ["query", "limit"]
