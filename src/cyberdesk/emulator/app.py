"""The Starlette app: one route per operation of the generated client, plus ``/_emulator``.

Layers, outermost first: auth, fault draws and dropped connections
(:class:`EdgeMiddleware`), idempotency, injected latency and failures
(:class:`ServerFaultMiddleware`), then the route, which parses the request, takes the
emulator's lock, applies due transitions and calls the handler.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

import anyio
import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route, compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import control, executor
from .body import INCOMPLETE_DETAIL, BodyIncomplete, BodyTooLarge, read_body, replay
from .context import HANDLERS, Ctx, Handler, UploadedFile
from .errors import ApiError
from .faults import Decision
from .idempotency import IdempotencyMiddleware
from .limits import load_json
from .multipart import parse_form
from .operations import Operation, all_operations
from .routes import load_handlers
from .validation import ErrorDict, RequestValidationError, error, parse_body, parse_params

if TYPE_CHECKING:
    from .state import EmulatorState

logger = logging.getLogger("cyberdesk.emulator")

FILES_PREFIX = "/_emulator/files/"
INVALID_KEY = b'{"detail":"Invalid API key"}'


class InjectedDisconnect(httpx.RemoteProtocolError):
    """Raised by the app to abort a response mid-body, as a dropped connection would.

    It is an httpx transport error so that in-process transports (``ASGITransport``,
    Starlette's ``TestClient``) surface it the way a real socket drop surfaces.
    """

    def __init__(self) -> None:
        super().__init__("Injected fault: connection dropped before the response completed")


class _DropFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, InjectedDisconnect)


def quiet_injected_disconnects() -> None:
    """Keeps uvicorn from logging a traceback for every injected drop."""
    for name in ("uvicorn.error", "uvicorn"):
        target = logging.getLogger(name)
        if not any(isinstance(f, _DropFilter) for f in target.filters):
            target.addFilter(_DropFilter())


def _sorted_operations() -> list[Operation]:
    # Literal segments must win over placeholders: /v1/workflows/prompt-images before
    # /v1/workflows/{workflow_id}.
    return sorted(all_operations(), key=lambda o: (o.path.count("{"), o.path, o.method))


class OperationIndex:
    """Finds the operation (and so the route template) of a method and path."""

    def __init__(self, operations: list[Operation]) -> None:
        self._compiled: list[tuple[re.Pattern[str], Operation]] = [
            (compile_path(op.path)[0], op) for op in operations
        ]

    def find(self, method: str, path: str) -> Operation | None:
        for pattern, op in self._compiled:
            if op.method == method and pattern.match(path):
                return op
        return None


async def _send_bytes(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    all_headers = [(b"content-length", str(len(body)).encode()), *headers]
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})


async def _drop(send: Send) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", b"4096")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b'{"id":"', "more_body": True})
    raise InjectedDisconnect


def _declared_length(scope: Scope) -> int | None:
    raw = next((v for k, v in scope["headers"] if k == b"content-length"), None)
    return int(raw) if raw is not None and raw.isdigit() else None


async def _too_large(send: Send, limit: int, *, close: bool = False) -> None:
    body = json.dumps({"detail": str(BodyTooLarge(limit))}).encode()
    headers = [(b"content-type", b"application/json")]
    if close:
        # A body without a declared end may never end: drop the connection rather than
        # read on (uvicorn discards the rest of a body whose length was declared).
        headers.append((b"connection", b"close"))
    await _send_bytes(send, 413, body, headers)


class EdgeMiddleware:
    """Authenticates, counts, and injects the edge faults."""

    def __init__(self, app: ASGIApp, emu: EmulatorState, index: OperationIndex) -> None:
        self.app = app
        self.emu = emu
        self.index = index

    def _authorized(self, scope: Scope) -> str | None:
        header = next((v for k, v in scope["headers"] if k == b"authorization"), b"")
        scheme, _, token = header.decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        expected = self.emu.api_key
        return token if hmac.compare_digest(token.encode(), expected.encode()) else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(FILES_PREFIX):
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith(("/v1/", "/_emulator/")):
            key = self._authorized(scope)
            if key is None:
                headers = [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]
                await _send_bytes(send, 401, INVALID_KEY, headers)
                return
            scope["cyberdesk.api_key"] = key
        with self.emu.lock:
            self.emu.request_count += 1
        limit = self.emu.max_body_bytes
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await _too_large(send, limit)
            return
        try:
            body = await read_body(receive, limit, declared)
        except BodyTooLarge:
            await _too_large(send, limit, close=True)
            return
        except BodyIncomplete as exc:
            # Nobody is waiting for the answer of a client that went away.
            if not exc.disconnected:
                detail = json.dumps({"detail": INCOMPLETE_DETAIL}).encode()
                headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
                await _send_bytes(send, 400, detail, headers)
            return
        scope["cyberdesk.body"] = body  # the idempotency layer fingerprints it
        await self._dispatch(scope, replay(body, receive), send)

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        method: str = scope["method"]
        operation = self.index.find(method, path)
        if operation is None:
            await self.app(scope, receive, send)
            return
        decision = self.emu.faults.decide(method, operation.path, path)
        scope["cyberdesk.faults"] = decision
        fault = decision.fault
        if fault is not None and fault.kind == "drop":
            await _drop(send)
        elif fault is not None and fault.kind == "drop_after_commit":

            async def swallow(message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)
            await _drop(send)
        else:
            await self.app(scope, receive, send)


def _scripted_body(body: Any) -> tuple[bytes, bytes]:
    if isinstance(body, bytes):
        return body, b"application/octet-stream"
    if isinstance(body, str):
        return body.encode(), b"text/plain; charset=utf-8"
    if body is None:
        return b"", b"application/json"
    return json.dumps(body).encode(), b"application/json"


class ServerFaultMiddleware:
    """Applies the latency, scripted answers and errors the edge drew, inside the
    idempotency scope: to the client they are the server being slow or failing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        decision: Decision | None = scope.get("cyberdesk.faults")
        if decision is None:
            await self.app(scope, receive, send)
            return
        if decision.latency > 0:
            await anyio.sleep(decision.latency)
        fault = decision.fault
        if fault is None or fault.kind not in ("script", "error"):
            await self.app(scope, receive, send)
            return
        if fault.kind == "script":
            body, content_type = _scripted_body(fault.body)
        else:
            body = json.dumps({"detail": f"Injected fault: HTTP {fault.status}"}).encode()
            content_type = b"application/json"
        headers = [(b"content-type", content_type)]
        headers += [(k.lower().encode(), v.encode()) for k, v in fault.headers.items()]
        await _send_bytes(send, fault.status, body, headers)


def _validation_answer(errors: list[ErrorDict]) -> Response:
    return JSONResponse({"detail": errors}, status_code=422)


async def _read_body(
    op: Operation, request: Request, errors: list[ErrorDict]
) -> tuple[Any, dict[str, UploadedFile]]:
    raw = await request.body()
    if op.body_multipart:
        form = parse_form(request.headers.get("content-type", ""), raw) or {}
        if "file" not in form:
            errors.append(error(("body", "file"), "Field required", "missing"))
        return None, form
    if op.body_model is None:
        return None, {}
    if not raw.strip():
        if op.body_required:
            errors.append(error(("body",), "Field required", "missing"))
        return None, {}
    data, problems = load_json(raw)
    if problems:
        errors.extend(problems)
        return None, {}
    try:
        return parse_body(op.body_model, data), {}
    except RequestValidationError as exc:
        errors.extend(exc.errors)
        return None, {}


def _endpoint(
    emu: EmulatorState, op: Operation, handler: Handler
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        errors: list[ErrorDict] = []
        path_values: dict[str, Any] = {}
        query_values: dict[str, Any] = {}
        try:
            path_values = parse_params(
                op.path_params, "path", {k: [str(v)] for k, v in request.path_params.items()}
            )
        except RequestValidationError as exc:
            errors.extend(exc.errors)
        try:
            query_values = parse_params(
                op.query_params,
                "query",
                {k: request.query_params.getlist(k) for k in request.query_params},
            )
        except RequestValidationError as exc:
            errors.extend(exc.errors)
        body, files = await _read_body(op, request, errors)
        if errors:
            return _validation_answer(errors)
        base_url = str(request.base_url).rstrip("/")
        ctx = Ctx(emu, path_values, query_values, request.query_params, body, base_url, files)
        try:
            with emu.lock:
                executor.tick(emu)
                return handler(ctx)
        except RequestValidationError as exc:
            return _validation_answer(exc.errors)
        except ApiError as exc:
            return JSONResponse({"detail": exc.detail}, status_code=exc.status)

    return endpoint


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, InjectedDisconnect):
        logger.error("emulator handler failed", exc_info=exc)
    return JSONResponse({"detail": "Internal Server Error"}, status_code=500)


async def _ticker(emu: EmulatorState) -> None:
    while True:
        try:
            executor.tick(emu)
            await emu.deliver_webhooks()
        except Exception:
            logger.exception("emulator ticker failed")
        await asyncio.sleep(emu.tick_interval)


def build_app(emu: EmulatorState) -> Starlette:
    """The ASGI app serving ``emu``; refuses to build if an operation has no handler."""
    load_handlers()
    operations = _sorted_operations()
    missing = [op.operation_id for op in operations if op.operation_id not in HANDLERS]
    if missing:
        raise RuntimeError(f"operations without a handler: {', '.join(missing)}")
    routes: list[BaseRoute] = [
        Route(op.path, _endpoint(emu, op, HANDLERS[op.operation_id]), methods=[op.method])
        for op in operations
    ]
    routes += control.routes(emu)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(_ticker(emu))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return Starlette(
        routes=routes,
        middleware=[
            Middleware(EdgeMiddleware, emu=emu, index=OperationIndex(operations)),
            Middleware(IdempotencyMiddleware, store=emu.idempotency),
            Middleware(ServerFaultMiddleware),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
        lifespan=lifespan,
    )
