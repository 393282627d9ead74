"""Sending one request: each attempt bounded in time and size, retried as _retry decides.

Every request the SDK makes goes through ``send``/``asend``, whatever httpx client,
transport, proxy or hooks the caller configured, so retries and idempotency keys apply to
all of them, streamed downloads included.

An attempt has one deadline for connecting, sending, the headers and (unless streamed) the
whole body: the largest value of its ``httpx.Timeout`` after now. Async attempts run under
``asyncio.wait_for``. Sync ones cannot be interrupted from outside, so every socket the SDK's
requests open has its reads and writes given only the time left (see ``_guard``); a server
dribbling a byte a second then fails the attempt on time. A body is read up to a size limit
and an error body only up to a short prefix, so a hostile answer cannot grow memory.

The first attempt goes straight to httpx; tenacity is imported and entered only once an
attempt has failed in a way that may be retried.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from typing import Any

import httpx

from ._retry import (
    RetryConfig,
    RetryEvent,
    may_retry_method,
    parse_retry_after,
    status_retry_reason,
)

logger = logging.getLogger("cyberdesk")

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The default cap on a decoded non-streamed body: far above any real answer of the API."""
ERROR_BODY_LIMIT = 64 * 1024
"""How much of an error body (any status from 300 but 422) is read and kept."""

_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

# The deadline of the sync attempt running in this thread (or context), read by the socket
# guards; None outside an attempt, so a streamed body is bounded only between chunks.
_DEADLINE: ContextVar[float | None] = ContextVar("cyberdesk_attempt_deadline", default=None)


class AttemptTimeout(httpx.TimeoutException):
    """An attempt ran past its deadline (retried like any timeout)."""


class ResponseTooLarge(Exception):
    """A success body passed the client's ``max_response_bytes``; never retried."""

    def __init__(self, limit: int, response: httpx.Response):
        super().__init__(f"body larger than max_response_bytes ({limit} bytes); stopped reading")
        self.limit = limit
        self.response = response


class Attempts:
    """Counts the attempts of one call, for the caller to report."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


# -- deadlines ----------------------------------------------------------------------------------


def _time_left(error: type[Exception], timeout: float | None) -> float | None:
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


def _guard(stream: Any) -> None:
    """Gives every read and write on ``stream`` no more than its attempt's time left."""
    if getattr(stream, "_cyberdesk_guarded", False):
        return
    import httpcore

    read, write = stream.read, stream.write

    def guarded_read(max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = read(max_bytes, _time_left(httpcore.ReadTimeout, timeout))
        return data

    def guarded_write(buffer: bytes, timeout: float | None = None) -> None:
        write(buffer, _time_left(httpcore.WriteTimeout, timeout))

    stream.read, stream.write = guarded_read, guarded_write
    stream._cyberdesk_guarded = True


def _chained_trace(user: Callable[[str, dict[str, Any]], Any] | None) -> Callable[..., Any]:
    # httpcore hands each new connection's stream (TCP, then TLS) to the request's trace
    # callback: the one place a sync caller can reach the socket before reading from it.
    def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith(("connect_tcp.complete", "start_tls.complete", "socket.complete")):
            stream = info.get("return_value")
            if stream is not None and hasattr(stream, "read"):
                _guard(stream)
        if user is not None:
            user(event, info)

    return trace


class _Budget:
    """The time each attempt of one request may take, and the request's own deadline."""

    def __init__(self, request: httpx.Request, deadline: float | None):
        self.timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        values = [v for v in self.timeouts.values() if v is not None]
        self.seconds = max(values) if values else None
        self.deadline = deadline

    def start(self, request: httpx.Request) -> float | None:
        """The deadline of an attempt starting now; each phase's timeout is cut to it."""
        now = time.monotonic()
        ends = (self.deadline, None if self.seconds is None else now + self.seconds)
        known = [end for end in ends if end is not None]
        if not known:
            return None
        deadline = min(known)
        left = deadline - now
        if left <= 0:
            raise AttemptTimeout("no time left for another attempt", request=request)
        request.extensions["timeout"] = {
            k: left if v is None else min(v, left) for k, v in self.timeouts.items()
        }
        return deadline


# -- bounded bodies -----------------------------------------------------------------------------


def _limit_for(response: httpx.Response, max_bytes: int) -> int:
    status = response.status_code
    return max_bytes if status < 300 or status == 422 else ERROR_BODY_LIMIT


class _Collector:
    """Gathers a body up to its limit, then stores it as the response's content."""

    def __init__(self, response: httpx.Response, max_bytes: int, deadline: float | None):
        self.response = response
        self.limit = _limit_for(response, max_bytes)
        self.deadline = deadline
        self.buffer = bytearray()

    def add(self, chunk: bytes) -> bool:
        """Takes a chunk; False once the body is long enough (an error body's prefix)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise AttemptTimeout("the attempt's deadline passed", request=self.response.request)
        room = self.limit - len(self.buffer)
        if len(chunk) <= room:
            self.buffer += chunk
            return True
        if self.limit != ERROR_BODY_LIMIT:
            raise ResponseTooLarge(self.limit, self.response)
        self.buffer += chunk[:room]
        return False

    def done(self) -> None:
        # What httpx's own read() does once it has the body: later .content/.json() use it.
        self.response._content = bytes(self.buffer)


def _read_bounded(response: httpx.Response, max_bytes: int, deadline: float | None) -> None:
    collector = _Collector(response, max_bytes, deadline)
    chunks: Iterator[bytes] = response.iter_bytes()
    for chunk in chunks:
        if not collector.add(chunk):
            break
    response.close()
    collector.done()


async def _aread_bounded(response: httpx.Response, max_bytes: int) -> None:
    collector = _Collector(response, max_bytes, None)  # wait_for holds the deadline
    chunks: AsyncIterator[bytes] = response.aiter_bytes()
    async for chunk in chunks:
        if not collector.add(chunk):
            break
    await response.aclose()
    collector.done()


# -- one attempt --------------------------------------------------------------------------------


def _attempt(
    client: httpx.Client, request: httpx.Request, budget: _Budget, stream: bool, max_bytes: int
) -> httpx.Response:
    deadline = budget.start(request)
    token = _DEADLINE.set(deadline)
    try:
        response = client.send(request, stream=True)
        try:
            if not (stream and response.status_code < 300):
                _read_bounded(response, max_bytes, deadline)
        except BaseException:
            response.close()
            raise
        return response
    finally:
        _DEADLINE.reset(token)


async def _asend_once(
    client: httpx.AsyncClient, request: httpx.Request, stream: bool, max_bytes: int
) -> httpx.Response:
    response = await client.send(request, stream=True)
    try:
        if not (stream and response.status_code < 300):
            await _aread_bounded(response, max_bytes)
    except BaseException:
        await response.aclose()
        raise
    return response


async def _aattempt(
    client: httpx.AsyncClient,
    request: httpx.Request,
    budget: _Budget,
    stream: bool,
    max_bytes: int,
) -> httpx.Response:
    deadline = budget.start(request)
    sending = _asend_once(client, request, stream, max_bytes)
    if deadline is None:
        return await sending
    try:
        return await asyncio.wait_for(sending, deadline - time.monotonic())
    except asyncio.TimeoutError:
        raise AttemptTimeout("the attempt's deadline passed", request=request) from None


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


class _First:
    """The first attempt's outcome, handed to tenacity as its attempt 1 so numbering holds."""

    def __init__(self, response: httpx.Response | None, error: BaseException | None):
        self.response = response
        self.error = error
        self.used = False

    def replay(self) -> httpx.Response | None:
        """The first outcome again (raised, if an error), once; then None."""
        if self.used:
            return None
        self.used = True
        if self.error is not None:
            raise self.error
        return self.response


def _settled(policy: _Policy, first: _First) -> bool:
    """True when the first attempt's outcome is final: the common case, no tenacity needed."""
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
    policy = _Policy(config, request, deadline)
    budget = _Budget(request, deadline)
    request.extensions["trace"] = _chained_trace(request.extensions.get("trace"))

    def attempt() -> httpx.Response:
        tally.count += 1
        return _attempt(client, request, budget, stream, max_bytes)

    try:
        first = _First(attempt(), None)
    except (httpx.HTTPError, ResponseTooLarge) as exc:
        first = _First(None, exc)
    try:
        if _settled(policy, first):
            response = first.replay()
        else:
            import tenacity

            def again() -> httpx.Response:
                replayed = first.replay()
                return attempt() if replayed is None else replayed

            retrying = tenacity.Retrying(sleep=config.sleep, **policy.kwargs())
            response = retrying(again)
    except (httpx.HTTPError, ResponseTooLarge):
        policy.log_final(tally.count, None)
        raise
    assert response is not None
    policy.log_final(tally.count, response)
    return response


async def asend(
    client: httpx.AsyncClient,
    request: httpx.Request,
    config: RetryConfig,
    *,
    stream: bool = False,
    deadline: float | None = None,
    max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    attempts: Attempts | None = None,
) -> httpx.Response:
    """The async twin of ``send``."""
    tally = attempts or Attempts()
    policy = _Policy(config, request, deadline)
    budget = _Budget(request, deadline)

    async def attempt() -> httpx.Response:
        tally.count += 1
        return await _aattempt(client, request, budget, stream, max_bytes)

    try:
        first = _First(await attempt(), None)
    except (httpx.HTTPError, ResponseTooLarge) as exc:
        first = _First(None, exc)

    async def again() -> httpx.Response:
        replayed = first.replay()
        return await attempt() if replayed is None else replayed

    try:
        if _settled(policy, first):
            response = first.replay()
        else:
            import tenacity

            retrying = tenacity.AsyncRetrying(sleep=config.async_sleep, **policy.kwargs())
            response = await retrying(again)
    except (httpx.HTTPError, ResponseTooLarge):
        policy.log_final(tally.count, None)
        raise
    assert response is not None
    policy.log_final(tally.count, response)
    return response
