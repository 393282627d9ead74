"""One attempt of one request: bounded in time (connect, headers, body) and in size.

An attempt has one deadline for connecting, sending, the headers and (unless streamed) the
whole body: the largest value of its ``httpx.Timeout`` after now, or the caller's own
deadline if sooner. Async attempts run under ``asyncio.wait_for``. Sync ones cannot be
interrupted from outside, so every socket the SDK's requests open has its reads and writes
given only the time left (see ``_guard``); a server dribbling a byte a second then fails the
attempt on time. A body is read up to a size limit and an error body only up to a short
prefix, so a hostile answer cannot grow memory.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from typing import Any

import httpx

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The default cap on a decoded non-streamed body: far above any real answer of the API."""
ERROR_BODY_LIMIT = 64 * 1024
"""How much of an error body (any status from 300 but 422) is read and kept."""

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


# -- deadlines ----------------------------------------------------------------------------------


def _time_left(error: type[Exception], timeout: float | None) -> float | None:
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


def _guard(stream: Any) -> Any:
    """Gives every read and write on ``stream`` (and on TLS over it) no more than its
    attempt's time left; returns ``stream``."""
    if getattr(stream, "_cyberdesk_guarded", False):
        return stream
    import httpcore

    read, write, start_tls = stream.read, stream.write, stream.start_tls

    def guarded_read(max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = read(max_bytes, _time_left(httpcore.ReadTimeout, timeout))
        return data

    def guarded_write(buffer: bytes, timeout: float | None = None) -> None:
        if buffer:  # h11 hands over empty writes too (a GET's body and its end)
            write(buffer, _time_left(httpcore.WriteTimeout, timeout))

    def guarded_start_tls(*args: Any, **kwargs: Any) -> Any:
        return _guard(start_tls(*args, **kwargs))

    stream.read, stream.write, stream.start_tls = guarded_read, guarded_write, guarded_start_tls
    stream._cyberdesk_guarded = True
    return stream


class _GuardingBackend:
    """httpcore's network backend, with every stream it opens guarded (see ``_guard``)."""

    def __init__(self, backend: Any):
        self.backend = backend

    def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        return _guard(self.backend.connect_tcp(*args, **kwargs))

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> Any:
        return _guard(self.backend.connect_unix_socket(*args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self.backend.sleep(seconds)


def _guard_backends(client: httpx.Client) -> bool:
    """Puts a guarding backend under each of ``client``'s transports; False if one is not
    httpx's own (its connections are then guarded through each request's trace)."""
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    pools: list[Any] = []
    for transport in transports:
        if transport is None:
            continue
        pool: Any = getattr(transport, "_pool", None)
        if type(transport) is not httpx.HTTPTransport or not hasattr(pool, "_network_backend"):
            return False
        pools.append(pool)
    for pool in pools:
        if not isinstance(pool._network_backend, _GuardingBackend):
            pool._network_backend = _GuardingBackend(pool._network_backend)
    return True


def guards_sockets(client: httpx.Client) -> bool:
    """Whether every connection ``client`` opens is guarded without a trace on its requests.

    Decided (and the backends put in place) on the client's first request.
    """
    guarded: bool | None = getattr(client, "_cyberdesk_backends_guarded", None)
    if guarded is None:
        guarded = _guard_backends(client)
        client._cyberdesk_backends_guarded = guarded  # type: ignore[attr-defined]
    return guarded


def guarded_trace(user: Callable[[str, dict[str, Any]], Any] | None) -> Callable[..., Any]:
    # httpcore hands each new connection's stream (TCP, then TLS) to the request's trace
    # callback: the one place a sync caller can reach the socket of a transport it did not
    # make before reading from it.
    def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith(("connect_tcp.complete", "start_tls.complete", "socket.complete")):
            stream = info.get("return_value")
            if stream is not None and hasattr(stream, "read"):
                _guard(stream)
        if user is not None:
            user(event, info)

    return trace


class Budget:
    """The time each attempt of one request may take, and the request's own deadline."""

    def __init__(self, request: httpx.Request, deadline: float | None):
        self.timeouts: dict[str, float | None] = request.extensions.get("timeout") or {}
        values = [v for v in self.timeouts.values() if v is not None]
        self.seconds = max(values) if values else None
        self.deadline = deadline

    def start(self, request: httpx.Request) -> float | None:
        """The deadline of an attempt starting now; each phase's timeout is cut to it."""
        now = time.monotonic()
        own = None if self.seconds is None else now + self.seconds
        if self.deadline is None or (own is not None and own <= self.deadline):
            return own  # no phase's own timeout is longer than the attempt's budget
        left = self.deadline - now
        if left <= 0:
            raise AttemptTimeout("no time left for another attempt", request=request)
        request.extensions["timeout"] = {
            k: left if v is None else min(v, left) for k, v in self.timeouts.items()
        }
        return self.deadline


# -- bounded bodies -----------------------------------------------------------------------------


class _Collector:
    """Gathers a body up to its limit, then stores it as the response's content."""

    __slots__ = ("deadline", "limit", "parts", "response", "size", "whole")

    def __init__(self, response: httpx.Response, max_bytes: int, deadline: float | None):
        self.response = response
        status = response.status_code
        # A success or a 422 (its detail) is kept whole or refused; other errors, a prefix.
        self.whole = status < 300 or status == 422
        self.limit = max_bytes if self.whole else ERROR_BODY_LIMIT
        self.deadline = deadline
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> bool:
        """Takes a chunk; False once the body is long enough (an error body's prefix)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise AttemptTimeout("the attempt's deadline passed", request=self.response.request)
        self.size += len(chunk)
        if self.size <= self.limit:
            self.parts.append(chunk)
            return True
        if self.whole:
            raise ResponseTooLarge(self.limit, self.response)
        self.parts.append(chunk[: len(chunk) - (self.size - self.limit)])
        return False

    def done(self) -> None:
        # What httpx's own read() does once it has the body: later .content/.json() use it.
        self.response._content = b"".join(self.parts)


def _raw_is_body(response: httpx.Response) -> bool:
    # Without a content-encoding httpx's decoding is the identity: the raw chunks are the
    # body, and reading them skips its decoder and re-chunking. A response made with its
    # content (a mock transport's) has no raw stream left; iter_bytes hands its content.
    return not response.is_stream_consumed and "content-encoding" not in response.headers


def _read_bounded(response: httpx.Response, max_bytes: int, deadline: float | None) -> None:
    collector = _Collector(response, max_bytes, deadline)
    raw = _raw_is_body(response)
    chunks: Iterator[bytes] = response.iter_raw() if raw else response.iter_bytes()
    for chunk in chunks:
        if not collector.add(chunk):
            break
    response.close()
    collector.done()


async def _aread_bounded(response: httpx.Response, max_bytes: int) -> None:
    collector = _Collector(response, max_bytes, None)  # wait_for holds the deadline
    chunks: AsyncIterator[bytes] = (
        response.aiter_raw() if _raw_is_body(response) else response.aiter_bytes()
    )
    async for chunk in chunks:
        if not collector.add(chunk):
            break
    await response.aclose()
    collector.done()


# -- one attempt --------------------------------------------------------------------------------


def attempt_once(
    client: httpx.Client, request: httpx.Request, budget: Budget, stream: bool, max_bytes: int
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


async def aattempt_once(
    client: httpx.AsyncClient,
    request: httpx.Request,
    budget: Budget,
    stream: bool,
    max_bytes: int,
) -> httpx.Response:
    deadline = budget.start(request)
    sending = _asend_once(client, request, stream, max_bytes)
    if deadline is None:
        return await sending
    import asyncio  # here: `import cyberdesk` and sync calls need no event loop

    try:
        return await asyncio.wait_for(sending, deadline - time.monotonic())
    except asyncio.TimeoutError:
        raise AttemptTimeout("the attempt's deadline passed", request=request) from None
