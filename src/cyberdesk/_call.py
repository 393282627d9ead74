"""Call specs and the runners that carry them out.

An operation is described once, as a ``Call``: which generated endpoint module, with which
arguments and request options. ``Runner.run`` and ``Runner.arun`` send it (with retries) and
turn what comes back into an ``ApiResponse``; both forms of every operation are derived
from the one method that makes its ``Call`` (``_operation.py``). Multi-step work (waiting,
paging) is a generator of steps that ``drive``/``adrive`` carry out, so it too is written
once.
"""

from __future__ import annotations

import importlib
import json
import weakref
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

import httpx

from ._attempt import ResponseTooLarge
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    CyberdeskError,
    status_error_class,
)
from ._options import apply as apply_options
from ._options import checked_max_retries
from ._response import ApiResponse, api_response
from ._retry import RetryConfig, parse_retry_after
from ._transport import Attempts, asend, send

if TYPE_CHECKING:
    import asyncio

    from ._http import HttpState

T = TypeVar("T")
R = TypeVar("R")


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Any = _NotGiven()
"""Default of an optional field: "left out", where an explicit None is sent as null."""


@dataclass(frozen=True)
class Call(Generic[T]):
    """One request: the generated endpoint (``"runs.get_run"``) and its arguments."""

    endpoint: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    parse: Callable[[httpx.Response], T] | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    """The caller's ``RequestOptions``/``WriteOptions`` for this call."""

    def module(self) -> ModuleType:
        # Imported on first use: `import cyberdesk` loads no endpoint or model.
        found = _ENDPOINTS.get(self.endpoint)
        if found is None:
            found = importlib.import_module(f"cyberdesk.client.api.{self.endpoint}")
            _ENDPOINTS[self.endpoint] = found
        return found


_ENDPOINTS: dict[str, ModuleType] = {}


# The flow steps are named tuples: immutable like frozen dataclasses, at a tenth of the
# cost to define (every first call in a process pays for it).
class Sleep(NamedTuple):
    """A flow step: pause for ``seconds`` (with the runner's injectable sleep)."""

    seconds: float


class Gather(NamedTuple):
    """A flow step: several calls at once (concurrently in async); answers come in order.

    ``deadline`` (a ``time.monotonic()`` value) is when the flow stops waiting: no attempt of
    these calls runs past it and none is retried after it. Blocking, the calls go one after
    another, and once an answer meets ``stop_on`` the rest are not sent (answered None).
    """

    calls: tuple[Call[Any], ...]
    deadline: float | None = None
    stop_on: Callable[[ApiResponse[Any]], bool] | None = None


class Sink(Protocol):
    """Where a Download step puts the body: told the headers first, then each chunk."""

    def open(self, headers: httpx.Headers) -> None: ...

    def write(self, chunk: bytes) -> None: ...

    @property
    def size(self) -> int:
        """How many bytes were written."""


class Download(NamedTuple):
    """A flow step: stream a call's body into ``sink``; answers ``ApiResponse[int]`` (bytes)."""

    call: Call[Any]
    sink: Sink
    chunk_size: int | None = None


Flow = Generator[Call[Any] | Gather | Sleep | Download, Any, R]
_STEPS = (Call, Gather, Sleep, Download)  # what an iterated flow yields to be carried out


class _ParseClient:
    # The generated parsers only read this flag; undocumented statuses are handled here.
    raise_on_unexpected_status = False


_PARSE_CLIENT = _ParseClient()


def _absolute(base: httpx.URL, path: str) -> str:
    """``path`` joined to the client's base URL as httpx would, in one parse instead of three."""
    if base.query or base.fragment or "/." in path or not path.startswith("/"):
        return path  # dot segments and odd bases: httpx's own merge
    prefix = str(base)  # httpx gives base URLs a trailing slash, but prints "https://host"
    return f"{prefix}{path}" if not prefix.endswith("/") else f"{prefix}{path[1:]}"


def _body_of(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        return response.text


def _request_id(response: httpx.Response) -> str | None:
    headers = response.headers
    names = headers.keys()  # one pass over the headers, not one per name
    for name in ("x-request-id", "request-id", "x-cyberdesk-request-id"):
        if name in names:
            return headers[name]
    return None


def to_api_response(
    call: Call[T], response: httpx.Response, *, attempts: int = 1
) -> ApiResponse[T]:
    """Turns a complete response into data, validation detail, or an error.

    ``attempts`` is how many attempts the call took (for ``ApiResponse`` to report).
    """
    status = response.status_code
    if 200 <= status < 300 or status == 422:
        try:
            if call.parse is not None and status != 422:
                parsed: Any = call.parse(response)
            else:
                parsed = call.module()._parse_response(client=_PARSE_CLIENT, response=response)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            method, path = response.request.method, response.request.url.path
            what = "empty body" if not response.content else f"{type(exc).__name__}: {exc}"
            return api_response(
                None,
                APIResponseValidationError(
                    f"HTTP {status} from {method} {path} has a body that does not parse ({what})",
                    status_code=status,
                    method=method,
                    path=path,
                ),
                status,
                headers=response.headers,
                request_id=_request_id(response),
                attempts=attempts,
            )
        if parsed is not None or not response.content or status == 204:
            return api_response(
                parsed,
                None,
                status,
                headers=response.headers,
                request_id=_request_id(response),
                attempts=attempts,
            )
    error_class = status_error_class(status)
    error = error_class(
        status_code=status,
        body=_body_of(response),
        method=response.request.method,
        path=response.request.url.path,
        request_id=_request_id(response),
        headers={k: v for k, v in response.headers.items() if k.lower() != "set-cookie"},
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )
    return api_response(
        None,
        error,
        status,
        headers=response.headers,
        request_id=error.request_id,
        attempts=attempts,
    )


def _succeeded(call: Call[Any], response: httpx.Response) -> httpx.Response:
    """``response`` if it is a 2xx; otherwise raises the error it carries."""
    if 200 <= response.status_code < 300:
        return response
    error = to_api_response(call, response).error
    if error is None:  # a 422 from a streamed call has no ApiResponse to carry its detail
        error = status_error_class(422)(
            status_code=422,
            body=_body_of(response),
            method=response.request.method,
            path=response.request.url.path,
        )
    raise error


def transport_error(
    exc: httpx.HTTPError | ResponseTooLarge, request: httpx.Request
) -> CyberdeskError:
    method, path = request.method, request.url.path
    if isinstance(exc, ResponseTooLarge):
        status = exc.response.status_code
        return APIResponseValidationError(
            f"HTTP {status} from {method} {path}: {exc}",
            status_code=status,
            method=method,
            path=path,
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{method} {path} timed out ({type(exc).__name__})", method=method, path=path
        )
    if isinstance(exc, httpx.LocalProtocolError):
        # h11/h2 quote the offending header (Authorization, extra headers) in the message.
        reason = f"{type(exc).__name__} (a request header value is not valid HTTP)"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return APIConnectionError(f"{method} {path} failed: {reason}", method=method, path=path)


@contextmanager
def _raising(request: httpx.Request) -> Iterator[None]:
    """Turns a transport failure in the block into the CyberdeskError it means.

    The error never chains to an exception that quotes a header value.
    """
    try:
        yield
    except (httpx.HTTPError, ResponseTooLarge) as exc:
        cause = None if isinstance(exc, httpx.LocalProtocolError) else exc
        raise transport_error(exc, request) from cause


def _refused(error: CyberdeskError, attempts: int = 1) -> ApiResponse[Any]:
    """The ApiResponse of a call that got no usable answer after ``attempts`` attempts."""
    return api_response(None, error, getattr(error, "status_code", None), attempts=attempts)


_GATES: weakref.WeakKeyDictionary[httpx.AsyncClient, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


class Runner:
    """Carries out calls and flows over the client's pooled httpx clients."""

    def __init__(self, http: HttpState):
        self._http = http

    def _gate(self, client: httpx.AsyncClient) -> asyncio.Semaphore | None:
        """Admits no more requests to ``client``'s pool than it keeps connections.

        Without it a burst on a new pool queues every request inside httpcore, which then
        opens (and drops) far more connections than its limit and times requests out while
        they wait; here they wait before their attempt's clock starts. One gate per pool,
        shared by every client (``with_options``) sending through it.
        """
        size = self._http.concurrency
        if size is None:
            return None
        gate = _GATES.get(client)
        if gate is None:
            import asyncio  # here: `import cyberdesk` and sync calls need no event loop

            gate = _GATES[client] = asyncio.Semaphore(size)
        return gate

    def build(self, call: Call[Any], client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        kwargs = call.module()._get_kwargs(**call.kwargs)
        headers = {**self._http.headers, **(kwargs.pop("headers", {}) or {})}
        method = kwargs.pop("method").upper()
        if call.options:
            apply_options(call.options, method, headers, kwargs)
        if method != "GET":
            key = call.options.get("idempotency_key") or self._http.new_idempotency_key()
            if key is not None:
                headers["Idempotency-Key"] = key
        if headers:
            kwargs["headers"] = headers
        if not kwargs.get("params", True):
            del kwargs["params"]  # an empty dict would make httpx rebuild the URL
        kwargs.setdefault("timeout", self._http.timeout)
        url = _absolute(client.base_url, kwargs.pop("url"))
        return client.build_request(method, url, **kwargs)

    def retry_for(self, call: Call[Any]) -> RetryConfig:
        """The client's retry policy, with the call's own ``max_retries`` if it has one."""
        if "max_retries" not in call.options:
            return self._http.retry
        return replace(
            self._http.retry, max_retries=checked_max_retries(call.options["max_retries"])
        )

    def run(self, call: Call[T], deadline: float | None = None) -> ApiResponse[T]:
        client = self._http.sync_client()
        request = self.build(call, client)
        attempts = Attempts()
        try:
            response = send(
                client,
                request,
                self.retry_for(call),
                deadline=deadline,
                max_bytes=self._http.max_response_bytes,
                attempts=attempts,
            )
        except (httpx.HTTPError, ResponseTooLarge) as exc:
            return _refused(transport_error(exc, request), attempts.count)
        return to_api_response(call, response, attempts=attempts.count)

    async def arun(self, call: Call[T], deadline: float | None = None) -> ApiResponse[T]:
        client = self._http.async_client()
        request = self.build(call, client)
        attempts = Attempts()
        try:
            response = await asend(
                client,
                request,
                self.retry_for(call),
                deadline=deadline,
                max_bytes=self._http.max_response_bytes,
                attempts=attempts,
                gate=self._gate(client),
            )
        except (httpx.HTTPError, ResponseTooLarge) as exc:
            return _refused(transport_error(exc, request), attempts.count)
        return to_api_response(call, response, attempts=attempts.count)

    @contextmanager
    def stream(self, call: Call[Any]) -> Iterator[httpx.Response]:
        """The response to ``call`` with its body unread; raises CyberdeskError on failure."""
        client = self._http.sync_client()
        request = self.build(call, client)
        with _raising(request):
            response = send(
                client,
                request,
                self.retry_for(call),
                stream=True,
                max_bytes=self._http.max_response_bytes,
            )
        try:
            with _raising(request):
                yield _succeeded(call, response)
        finally:
            response.close()

    @asynccontextmanager
    async def astream(self, call: Call[Any]) -> AsyncIterator[httpx.Response]:
        """The async twin of ``stream``."""
        client = self._http.async_client()
        request = self.build(call, client)
        # Not admitted through the gate: the caller's code runs while a stream is open, and
        # a call it awaited on the same client must not wait for a place the stream holds.
        with _raising(request):
            response = await asend(
                client,
                request,
                self.retry_for(call),
                stream=True,
                max_bytes=self._http.max_response_bytes,
            )
        try:
            with _raising(request):
                yield _succeeded(call, response)
        finally:
            await response.aclose()

    def _download(self, step: Download) -> ApiResponse[int]:
        try:
            with self.stream(step.call) as response:
                step.sink.open(response.headers)
                for chunk in response.iter_bytes(step.chunk_size):
                    step.sink.write(chunk)
        except CyberdeskError as exc:
            return _refused(exc)
        return api_response(step.sink.size, None, response.status_code)

    async def _adownload(self, step: Download) -> ApiResponse[int]:
        try:
            async with self.astream(step.call) as response:
                step.sink.open(response.headers)
                async for chunk in response.aiter_bytes(step.chunk_size):
                    step.sink.write(chunk)
        except CyberdeskError as exc:
            return _refused(exc)
        return api_response(step.sink.size, None, response.status_code)

    def _gather(self, step: Gather) -> list[ApiResponse[Any] | None]:
        answers: list[ApiResponse[Any] | None] = []
        for call in step.calls:
            answer = self.run(call, step.deadline)
            answers.append(answer)
            if step.stop_on is not None and step.stop_on(answer):
                return answers + [None] * (len(step.calls) - len(answers))
        return answers

    async def _agather(self, step: Gather) -> list[ApiResponse[Any]]:
        import asyncio  # here: `import cyberdesk` and sync calls need no event loop

        return await asyncio.gather(*(self.arun(call, step.deadline) for call in step.calls))

    def _perform(self, step: Any) -> Any:
        """Carries out one step of a flow, blocking; what the flow is sent back."""
        if isinstance(step, Sleep):
            self._http.retry.sleep(step.seconds)
            return None
        if isinstance(step, Gather):
            return self._gather(step)
        if isinstance(step, Download):
            return self._download(step)
        return self.run(step)

    async def _aperform(self, step: Any) -> Any:
        """Carries out one step of a flow in the event loop; what the flow is sent back."""
        if isinstance(step, Sleep):
            await self._http.retry.async_sleep(step.seconds)
            return None
        if isinstance(step, Gather):
            return await self._agather(step)
        if isinstance(step, Download):
            return await self._adownload(step)
        return await self.arun(step)

    def drive(self, flow: Flow[R]) -> R:
        """Runs a flow to its end, blocking."""
        try:
            step = next(flow)
            while True:
                step = flow.send(self._perform(step))
        except StopIteration as done:
            result: R = done.value
            return result

    async def adrive(self, flow: Flow[R]) -> R:
        """Runs a flow to its end in the event loop."""
        try:
            step = next(flow)
            while True:
                step = flow.send(await self._aperform(step))
        except StopIteration as done:
            result: R = done.value
            return result

    def iterate(self, flow: Generator[Any, Any, None]) -> Iterator[Any]:
        """Runs a flow (paging, a batch), handing out everything it yields that is no step.

        The flow is closed with the iterator, even one abandoned midway (a batch's journal).
        """
        try:
            step = next(flow)
            while True:
                if isinstance(step, _STEPS):
                    step = flow.send(self._perform(step))
                else:
                    yield step
                    step = next(flow)
        except StopIteration:
            return
        finally:
            flow.close()

    async def aiterate(self, flow: Generator[Any, Any, None]) -> AsyncIterator[Any]:
        """The async twin of ``iterate``."""
        try:
            step = next(flow)
            while True:
                if isinstance(step, _STEPS):
                    step = flow.send(await self._aperform(step))
                else:
                    yield step
                    step = next(flow)
        except StopIteration:
            return
        finally:
            flow.close()
