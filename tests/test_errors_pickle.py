"""Every SDK error survives pickling (a process pool, a multiprocessing queue) whole, and
carries no credential into the pickle."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

import cyberdesk
from cyberdesk._call import Call, to_api_response
from cyberdesk._errors import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    CyberdeskError,
    WaitTimeoutError,
)

SECRET = "cd_live_PICKLE_S3CR3T_9a8b"


def _all_error_classes() -> list[type[CyberdeskError]]:
    found: list[type[CyberdeskError]] = []
    todo: list[type[CyberdeskError]] = [CyberdeskError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


ERROR_CLASSES = _all_error_classes()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)
optional_text = st.none() | st.text(min_size=1, max_size=40)


@st.composite
def errors(draw: st.DrawFn) -> CyberdeskError:
    cls = draw(st.sampled_from(ERROR_CLASSES))
    if issubclass(cls, APIStatusError):
        return cls(
            status_code=draw(st.integers(300, 599)),
            body=draw(json_values),
            method=draw(st.none() | st.sampled_from(["GET", "POST", "PATCH"])),
            path=draw(optional_text),
            request_id=draw(optional_text),
            headers=draw(st.dictionaries(st.text(min_size=1, max_size=10), st.text(), max_size=3)),
            retry_after=draw(st.none() | st.floats(0, 100)),
        )
    if issubclass(cls, APIResponseValidationError):
        return cls(
            draw(st.text()),
            status_code=draw(st.integers(200, 299)),
            method=draw(st.none() | st.just("GET")),
            path=draw(optional_text),
        )
    if issubclass(cls, APIError):
        return cls(draw(st.text()), method=draw(optional_text), path=draw(optional_text))
    if issubclass(cls, WaitTimeoutError):
        return cls(draw(st.text(max_size=40)), draw(st.floats(0.001, 1e6)), draw(optional_text))
    return cls(draw(st.text()))  # a class added later without its own case lands here


def _same(a: BaseException, b: BaseException) -> None:
    assert type(a) is type(b)
    assert str(a) == str(b)
    assert a.args == b.args
    assert a.__dict__ == b.__dict__


def test_every_error_class_is_covered() -> None:
    names = {cls.__name__ for cls in ERROR_CLASSES}
    assert {"NotFoundError", "APIResponseValidationError", "WaitTimeoutError"} <= names
    assert all(cls in ERROR_CLASSES for cls in (APIError, CyberdeskError))
    public = {
        name
        for name in dir(cyberdesk)
        if isinstance(getattr(cyberdesk, name), type)
        and issubclass(getattr(cyberdesk, name), CyberdeskError)
    }
    assert public <= names


@given(errors(), st.sampled_from(range(pickle.HIGHEST_PROTOCOL + 1)))
def test_errors_round_trip_through_pickle(error: CyberdeskError, protocol: int) -> None:
    _same(error, pickle.loads(pickle.dumps(error, protocol=protocol)))


def test_a_status_error_keeps_its_fields_and_no_credential() -> None:
    request = httpx.Request(
        "GET", "https://api.example/v1/runs/abc", headers={"Authorization": f"Bearer {SECRET}"}
    )
    response = httpx.Response(
        404,
        json={"detail": "Run not found"},
        headers={
            "x-request-id": "req_42",
            "set-cookie": f"session={SECRET}",
            "authorization": f"Bearer {SECRET}",  # a proxy echoing the request
            "proxy-authorization": SECRET,
            "x-api-key": SECRET,
        },
        request=request,
    )
    error = to_api_response(Call("runs.get_run"), response).error
    assert isinstance(error, cyberdesk.NotFoundError)
    data = pickle.dumps(error)
    assert SECRET.encode() not in data
    copy = pickle.loads(data)
    _same(error, copy)
    assert (copy.status_code, copy.request_id, copy.body) == (404, "req_42", error.body)
    assert copy.message == "HTTP 404 from GET /v1/runs/abc: Run not found (request id req_42)"
    assert SECRET not in repr(copy.__dict__)


def _error_in_worker(kind: str) -> CyberdeskError:
    if kind == "wait":
        return WaitTimeoutError("run-1", 5.0, "running")
    if kind == "validation":
        return APIResponseValidationError("bad body", status_code=200, method="GET", path="/v1/x")
    return cyberdesk.RateLimitError(
        status_code=429, body={"detail": "slow down"}, request_id="req_7", retry_after=2.0
    )


def test_a_process_pool_returns_errors() -> None:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        got: list[Any] = list(pool.map(_error_in_worker, ["wait", "validation", "status"]))
    for kind, error in zip(["wait", "validation", "status"], got, strict=True):
        _same(error, _error_in_worker(kind))
    assert got[2].retry_after == 2.0 and got[2].request_id == "req_7"
