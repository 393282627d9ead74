"""Sending one request: each attempt bounded in time and size, retried as _retry decides.

Every request the SDK makes goes through ``send``/``asend``, whatever httpx client,
transport, proxy or hooks the caller configured, so retries and idempotency keys apply to
all of them, streamed downloads included.

Each attempt is bounded in time and size by ``_attempt``.

The first attempt goes straight to httpx; tenacity is imported and entered only once an
attempt has failed in a way that may be retried.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

import httpx

from ._attempt import (
    DEFAULT_MAX_RESPONSE_BYTES,
    Budget,
    ResponseTooLarge,
    aattempt_once,
    attempt_once,
    guarded_trace,
    guards_sockets,
)
from ._retry import (
    RetryConfig,
    may_retry_method,
    parse_retry_after,
    status_retry_reason,
)

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("cyberdesk")

_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class Attempts:
    """Counts the attempts of one call, for the caller to report."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


# -- retrying -----------------------------------------------------------------------------------


class _Policy:
    """Decides, waits and reports for one call; its methods serve as tenacity callbacks."""

    def __init__(self, config: RetryConfig, request: httpx.Request, deadline: float | None):
        self.config = config
        self.method = request.method
        self.path = request.url.path
        self.retryable = may_retry_method(request.method, "Idempotency-Key" in request.headers)
        self.deadline = deadline
        self.reason: str | None = None
        self.status_code: int | None = None
        self._delays: dict[int, float] = {}

    def wants_retry(self, response: httpx.Response | None, error: BaseException | None) -> bool:
        """Whether this outcome may be retried (ignoring how many attempts are left)."""
        self.status_code = None
        if error is not None:
            self.reason = (
                ("timeout" if isinstance(error, httpx.TimeoutException) else "connection")
                if isinstance(error, _RETRYABLE_ERRORS)
                else None
            )
            return self.reason is not None
        assert response is not None
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

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        if attempt not in self._delays:
            wish = (
                None if response is None else parse_retry_after(response.headers.get("Retry-After"))
            )
            self._delays[attempt] = self.config.backoff(attempt) if wish is None else wish
        return self._delays[attempt]

    def out_of_attempts(self, attempt: int, response: httpx.Response | None) -> bool:
        if not self.retryable or attempt > self.config.max_retries:
            return True
        # A retry that could only start at or after the caller's deadline is not made.
        return (
            self.deadline is not None
            and time.monotonic() + self.delay(attempt, response) >= self.deadline
        )

    # tenacity's view of the same decisions

    @staticmethod
    def _response(state: Any) -> httpx.Response | None:
        outcome = state.outcome
        return None if outcome is None or outcome.failed else outcome.result()

    def stop(self, state: Any) -> bool:
        return self.out_of_attempts(state.attempt_number, self._response(state))

    def should_retry(self, state: Any) -> bool:
        outcome = state.outcome
        assert outcome is not None
        if outcome.failed:
            return self.wants_retry(None, outcome.exception())
        return self.wants_retry(outcome.result(), None)

    def wait(self, state: Any) -> float:
        return self.delay(state.attempt_number, self._response(state))

    def before_sleep(self, state: Any) -> None:
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
            from ._retry_event import RetryEvent

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

    def give_up(self, state: Any) -> Any:
        outcome = state.outcome
        assert outcome is not None
        return outcome.result()  # the last response, or the last exception raised again

    def kwargs(self) -> dict[str, Any]:
        return {
            "stop": self.stop,
            "wait": self.wait,
            "retry": self.should_retry,
            "before_sleep": self.before_sleep,
            "retry_error_callback": self.give_up,
            "reraise": True,
        }


class _First:
    """The first attempt's outcome, handed to tenacity as its attempt 1 so numbering holds."""

    def __init__(self, response: httpx.Response | None, error: BaseException | None):
        self.response = response
        self.error = error
        self.used = False

    def result(self) -> httpx.Response:
        """The first outcome: its response, or its error raised again."""
        if self.error is not None:
            raise self.error
        assert self.response is not None
        return self.response

    def replay(self) -> httpx.Response | None:
        """The first outcome again (raised, if an error), once; then None."""
        if self.used:
            return None
        self.used = True
        if self.error is not None:
            raise self.error
        return self.response


def _final(config: RetryConfig, response: httpx.Response) -> bool:
    """A status that is never retried: most answers end here without building a policy."""
    status = response.status_code
    return status != 409 and status not in config.retry_statuses


def _log_final(request: httpx.Request, attempt: int, outcome: object) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s attempt %d: %s", request.method, request.url.path, attempt, outcome)


def _settled(policy: _Policy, first: _First) -> bool:
    """True when the first attempt's outcome is final, so tenacity is not needed."""
    if not policy.wants_retry(first.response, first.error):
        return True
    return policy.out_of_attempts(1, first.response)


def send(
    client: httpx.Client,
    request: httpx.Request,
    config: RetryConfig,
    *,
    stream: bool = False,
    deadline: float | None = None,
    max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    attempts: Attempts | None = None,
) -> httpx.Response:
    """Send ``request``, retrying as ``config`` says; raises httpx errors that survive.

    ``deadline`` (a ``time.monotonic()`` value) is when the caller stops waiting: no attempt
    runs past it and no retry starts after it.
    """
    tally = attempts or Attempts()
    budget = Budget(request, deadline)
    if not guards_sockets(client):
        request.extensions["trace"] = guarded_trace(request.extensions.get("trace"))

    tally.count += 1
    try:
        response = attempt_once(client, request, budget, stream, max_bytes)
    except (httpx.HTTPError, ResponseTooLarge) as exc:
        first = _First(None, exc)
    else:
        if _final(config, response):
            _log_final(request, 1, response.status_code)
            return response
        first = _First(response, None)

    def attempt() -> httpx.Response:
        tally.count += 1
        return attempt_once(client, request, budget, stream, max_bytes)

    policy = _Policy(config, request, deadline)
    try:
        if _settled(policy, first):
            response = first.result()
        else:
            import tenacity

            def again() -> httpx.Response:
                replayed = first.replay()
                return attempt() if replayed is None else replayed

            retrying = tenacity.Retrying(sleep=config.sleep, **policy.kwargs())
            response = retrying(again)
    except (httpx.HTTPError, ResponseTooLarge):
        _log_final(request, tally.count, policy.reason)
        raise
    _log_final(request, tally.count, response.status_code)
    return response


async def _admitted(
    gate: asyncio.Semaphore, deadline: float | None, request: httpx.Request
) -> None:
    """Takes a place at ``gate``, waiting no later than ``deadline``."""
    if deadline is None:
        await gate.acquire()
        return
    import asyncio

    # asyncio.wait, not wait_for: on 3.10 wait_for can drop a place acquired as it times out.
    taking = asyncio.ensure_future(gate.acquire())
    try:
        await asyncio.wait({taking}, timeout=max(deadline - time.monotonic(), 0.0))
    except BaseException:
        _abandon(gate, taking)
        raise
    if not taking.done():
        _abandon(gate, taking)
        raise httpx.PoolTimeout("no free connection before the deadline", request=request)


def _abandon(gate: asyncio.Semaphore, taking: asyncio.Future[Any]) -> None:
    """Cancels a pending acquire; a place it gets anyway is given straight back."""

    def give_back(done: asyncio.Future[Any]) -> None:
        if not done.cancelled() and done.exception() is None:
            gate.release()

    taking.add_done_callback(give_back)
    taking.cancel()


async def asend(
    client: httpx.AsyncClient,
    request: httpx.Request,
    config: RetryConfig,
    *,
    stream: bool = False,
    deadline: float | None = None,
    max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    attempts: Attempts | None = None,
    gate: asyncio.Semaphore | None = None,
) -> httpx.Response:
    """The async twin of ``send``; each attempt first waits for a place at ``gate``.

    The attempt's time starts once it has its place: waiting for one is not a timeout.
    """
    tally = attempts or Attempts()
    budget = Budget(request, deadline)

    async def attempt() -> httpx.Response:
        tally.count += 1
        if gate is None:
            return await aattempt_once(client, request, budget, stream, max_bytes)
        await _admitted(gate, deadline, request)
        try:
            return await aattempt_once(client, request, budget, stream, max_bytes)
        finally:
            gate.release()

    try:
        response = await attempt()
    except (httpx.HTTPError, ResponseTooLarge) as exc:
        first = _First(None, exc)
    else:
        if _final(config, response):
            _log_final(request, 1, response.status_code)
            return response
        first = _First(response, None)

    async def again() -> httpx.Response:
        replayed = first.replay()
        return await attempt() if replayed is None else replayed

    policy = _Policy(config, request, deadline)
    try:
        if _settled(policy, first):
            response = first.result()
        else:
            import tenacity

            retrying = tenacity.AsyncRetrying(sleep=config.async_sleep, **policy.kwargs())
            response = await retrying(again)
    except (httpx.HTTPError, ResponseTooLarge):
        _log_final(request, tally.count, policy.reason)
        raise
    _log_final(request, tally.count, response.status_code)
    return response
