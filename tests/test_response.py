"""ApiResponse: the three outcomes, what every call fills in, and what stays as before."""

from __future__ import annotations

import pickle

import httpx
import pytest
import respx

from cyberdesk import (
    APIConnectionError,
    ApiResponse,
    HTTPValidationError,
    NotFoundError,
    RunResponse,
)
from cyberdesk._response import Failure, Invalid, Success
from tests.helpers import BASE, RUN_ID, make_client, run_json


def test_calling_api_response_builds_the_outcome_its_values_describe() -> None:
    error = NotFoundError(status_code=404, body={"detail": "no"})
    detail = HTTPValidationError.from_dict({"detail": [{"loc": ["body"], "msg": "m", "type": "t"}]})
    ok, invalid, failed = (
        ApiResponse(1, None, 200),
        ApiResponse(detail, None, 422),
        ApiResponse(None, error, 404),
    )
    assert (type(ok), type(invalid), type(failed)) == (Success, Invalid, Failure)
    assert all(isinstance(r, ApiResponse) for r in (ok, invalid, failed))
    assert ApiResponse[RunResponse] is not None  # still usable as an annotation at run time
    assert (ok.ok, invalid.ok, failed.ok) == (True, False, False)
    assert (ok.validation_error, invalid.validation_error) == (None, detail)
    assert ok.unwrap() == 1
    with pytest.raises(ValueError, match="validation failed"):
        invalid.unwrap()
    with pytest.raises(NotFoundError):
        failed.unwrap()
    assert ok == ApiResponse(1, None, 200, headers={"x": "y"}, request_id="r", attempts=3)
    copied = pickle.loads(pickle.dumps(ApiResponse(None, APIConnectionError("down"))))
    assert type(copied) is Failure and str(copied.error) == "down"


def test_reading_a_result_attribute_from_a_422_says_what_it_is() -> None:
    detail = HTTPValidationError.from_dict({"detail": []})
    with pytest.raises(AttributeError, match="422 validation error"):
        detail.id  # type: ignore[attr-defined]  # noqa: B018
    assert getattr(detail, "status", None) is None
    assert not hasattr(detail, "__deepcopy_hook__")


def test_every_answer_carries_its_headers_and_request_id() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=[
                httpx.Response(200, json=run_json(), headers={"X-Request-Id": "req_1"}),
                httpx.Response(404, json={"detail": "gone"}, headers={"X-Request-Id": "req_2"}),
                httpx.Response(422, json={"detail": []}, headers={"X-Request-Id": "req_3"}),
            ]
        )
        client = make_client()
        found, missing, invalid = (client.runs.get_sync(RUN_ID) for _ in range(3))
    assert (found.request_id, missing.request_id, invalid.request_id) == ("req_1", "req_2", "req_3")
    assert found.headers["x-request-id"] == "req_1" and found.attempts == 1
    assert found.error is None and missing.error is not None
    assert invalid.error is None and invalid.data is not None and invalid.data.detail == []
    assert "req_1" not in repr(found)  # metadata stays out of reprs and equality
