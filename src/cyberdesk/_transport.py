"""Sending one request with retries: the loop is tenacity's, the decisions are _retry's.

Every request the SDK makes goes through ``send``/``asend``, whatever httpx client,
transport, proxy or hooks the caller configured, so retries and idempotency keys apply to
all of them, streamed downloads included.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import tenacity

from ._retry import (
    RetryConfig,
    RetryEvent,
    may_retry_method,
    parse_retry_after,
    status_retry_reason,
)

logger = logging.getLogger("cyberdesk")

_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class _Policy:
    """The tenacity callbacks for one call: decides, waits, reports."""

    def __init__(self, config: RetryConfig, request: httpx.Request):
        self.config = config
        self.method = request.method
        self.path = request.url.path
        self.retryable = may_retry_method(request.method, "Idempotency-Key" in request.headers)
        self.reason: str | None = None
        self.status_code: int | None = None

    def stop(self, state: tenacity.RetryCallState) -> bool:
        return not self.retryable or state.attempt_number > self.config.max_retries

    def should_retry(self, state: tenacity.RetryCallState) -> bool:
        outcome = state.outcome
        assert outcome is not None
        self.status_code = None
        if outcome.failed:
            error = outcome.exception()
            self.reason = (
                ("timeout" if isinstance(error, httpx.TimeoutException) else "connection")
                if isinstance(error, _RETRYABLE_ERRORS)
                else None
            )
            return self.reason is not None
        response: httpx.Response = outcome.result()
        self.status_code = response.status_code
        self.reason = status_retry_reason(
            self.config, response.status_code, response.headers.get("Idempotency-Status")
        )
        if self.reason is None:
            return False
        wish = parse_retry_after(response.headers.get("Retry-After"))
        # Waiting longer than the caller allowed would hang it; shortening the wait would
        # defy the server. Neither: give the error back.
        return wish is None or wish <= self.config.max_retry_after

    def wait(self, state: tenacity.RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            wish = parse_retry_after(outcome.result().headers.get("Retry-After"))
            if wish is not None:
                return wish
        return self.config.backoff(state.attempt_number)

    def before_sleep(self, state: tenacity.RetryCallState) -> None:
        delay = state.upcoming_sleep
        logger.debug(
            "%s %s attempt %d: %s; retrying in %.2f s",
            self.method, self.path, state.attempt_number, self.status_code or self.reason, delay,
        )  # fmt: skip
        logger.info(
            "retrying %s %s after %s (attempt %d, waiting %.2f s)",
            self.method, self.path, self.status_code or self.reason, state.attempt_number, delay,
        )  # fmt: skip
        if self.config.on_retry is not None:
            self.config.on_retry(
                RetryEvent(
                    attempt=state.attempt_number,
                    delay=delay,
                    reason=self.reason or "status",
                    status_code=self.status_code,
                    method=self.method,
                    path=self.path,
                )
            )

    def give_up(self, state: tenacity.RetryCallState) -> Any:
        outcome = state.outcome
        assert outcome is not None
        return outcome.result()  # the last response, or the last exception raised again

    def log_final(self, attempt: int, response: httpx.Response | None) -> None:
        logger.debug(
            "%s %s attempt %d: %s",
            self.method, self.path, attempt, response.status_code if response else self.reason,
        )  # fmt: skip

    def kwargs(self) -> dict[str, Any]:
        return {
            "stop": self.stop,
            "wait": self.wait,
            "retry": self.should_retry,
            "before_sleep": self.before_sleep,
            "retry_error_callback": self.give_up,
            "reraise": True,
        }


def send(
    client: httpx.Client, request: httpx.Request, config: RetryConfig, *, stream: bool = False
) -> httpx.Response:
    """Send ``request``, retrying as ``config`` says; raises httpx errors that survive."""
    policy = _Policy(config, request)
    attempts = 0

    def attempt() -> httpx.Response:
        nonlocal attempts
        attempts += 1
        response = client.send(request, stream=stream)
        if stream and response.status_code >= 300:
            response.read()  # an error body is small and must not hold the connection
        return response

    retrying = tenacity.Retrying(sleep=config.sleep, **policy.kwargs())
    try:
        response: httpx.Response = retrying(attempt)
    except httpx.HTTPError:
        policy.log_final(attempts, None)
        raise
    policy.log_final(attempts, response)
    return response


async def asend(
    client: httpx.AsyncClient, request: httpx.Request, config: RetryConfig, *, stream: bool = False
) -> httpx.Response:
    """The async twin of ``send``."""
    policy = _Policy(config, request)
    attempts = 0

    async def attempt() -> httpx.Response:
        nonlocal attempts
        attempts += 1
        response = await client.send(request, stream=stream)
        if stream and response.status_code >= 300:
            await response.aread()
        return response

    retrying = tenacity.AsyncRetrying(sleep=config.async_sleep, **policy.kwargs())
    try:
        response: httpx.Response = await retrying(attempt)
    except httpx.HTTPError:
        policy.log_final(attempts, None)
        raise
    policy.log_final(attempts, response)
    return response
