"""The client's own bounds (timeout, max_response_bytes) hold for every value they accept."""

from __future__ import annotations

import httpx
import pytest

from cyberdesk import APIResponseValidationError, CyberdeskClient
from cyberdesk._attempt import ERROR_BODY_LIMIT
from tests.helpers import BASE, KEY


@pytest.mark.parametrize("cap", [ERROR_BODY_LIMIT - 1, ERROR_BODY_LIMIT, ERROR_BODY_LIMIT + 1])
def test_a_success_body_over_the_cap_is_refused_whatever_the_cap(cap: int) -> None:
    # A cap equal to the error-body prefix once truncated the body instead of refusing it.
    body = b'{"items": "' + b"x" * (2 * ERROR_BODY_LIMIT) + b'"}'

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    client = CyberdeskClient(
        KEY, BASE, transport=httpx.MockTransport(answer), max_response_bytes=cap
    )
    response = client.request_sync("GET", "/v1/anything")
    client.close()
    assert isinstance(response.error, APIResponseValidationError)
    assert f"max_response_bytes ({cap} bytes)" in str(response.error)


@pytest.mark.parametrize("seconds", [float("nan"), float("inf"), float("-inf")])
def test_a_timeout_that_is_not_a_finite_number_is_refused_up_front(seconds: float) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        CyberdeskClient(KEY, BASE, timeout=seconds)
    client = CyberdeskClient(KEY, BASE)
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        client.with_options(timeout=seconds)
