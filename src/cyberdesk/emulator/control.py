"""``/_emulator``: control endpoints for tests and tools (they need the API key too).

* ``GET|POST|DELETE /_emulator/faults`` — list, add (one fault object or
  ``{"faults": [...]}``), clear. A fault is ``{"kind": "script"|"error"|"latency"|"drop"|
  "drop_after_commit", "route": "POST /v1/runs", "rate": 1.0, "times": null, "status": 503,
  "headers": {}, "body": ..., "seconds": 0.0}``.
* ``GET /_emulator/stats`` — request, run, fault, idempotency and webhook counters.
* ``GET|POST|DELETE /_emulator/webhooks`` — list, add ``{"url": ...}``, remove all URLs.
* ``POST /_emulator/advance`` — ``{"seconds": 1.5}`` moves emulator time.
* ``PUT /_emulator/workflows/{workflow_id}/behavior`` — what runs of a workflow do:
  ``{"outputs", "status", "error", "duration", "output_files": {name: base64}}``.
* ``GET /_emulator/files/{token}`` — the downloads behind ``download-url`` and signed URLs
  (the token is the credential; links expire).
"""

from __future__ import annotations

import base64
import binascii
import uuid
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import executor
from .faults import Fault
from .limits import load_json
from .routes.attachments import content_disposition

if TYPE_CHECKING:
    from .state import EmulatorState


async def _json_body(request: Request) -> Any:
    # Strict JSON only: a NaN handed to a behavior would break every answer showing it.
    data, errors = load_json(await request.body())
    return None if errors else data


def _bad(detail: str) -> Response:
    return JSONResponse({"detail": detail}, status_code=400)


def routes(emu: EmulatorState) -> list[BaseRoute]:
    """The control routes of ``emu``."""

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            emu.faults.clear()
        elif request.method == "POST":
            data = await _json_body(request)
            items = data.get("faults") if isinstance(data, dict) and "faults" in data else [data]
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                return _bad('send a fault object or {"faults": [...]}')
            try:
                parsed = [Fault.from_json(item) for item in items]
            except ValueError as exc:
                return _bad(str(exc))
            for fault in parsed:
                emu.faults.add(fault)
        return JSONResponse({"faults": [f.to_json() for f in emu.faults.rules]})

    async def stats(request: Request) -> Response:
        return JSONResponse(emu.stats())

    async def webhooks(request: Request) -> Response:
        if request.method == "DELETE":
            emu.webhooks.urls.clear()
        elif request.method == "POST":
            data = await _json_body(request)
            url = data.get("url") if isinstance(data, dict) else None
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                return _bad('send {"url": "http(s)://..."}')
            if url not in emu.webhooks.urls:
                emu.webhooks.urls.append(url)
        return JSONResponse({"urls": list(emu.webhooks.urls), "deliveries": emu.webhooks.counts()})

    async def advance(request: Request) -> Response:
        data = await _json_body(request)
        seconds = data.get("seconds") if isinstance(data, dict) else None
        if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0:
            return _bad('send {"seconds": <non-negative number>}')
        executor.advance(emu, float(seconds))
        return JSONResponse({"now": emu.now()})

    async def behavior(request: Request) -> Response:
        try:
            workflow_id = uuid.UUID(request.path_params["workflow_id"])
        except ValueError:
            return _bad("workflow_id must be a UUID")
        data = await _json_body(request)
        if not isinstance(data, dict):
            return _bad("send a JSON object")
        try:
            files = {
                name: base64.b64decode(content, validate=True)
                for name, content in (data.get("output_files") or {}).items()
            }
            emu.set_workflow_behavior(
                workflow_id,
                outputs=data.get("outputs"),
                status=data.get("status", "success"),
                error=data.get("error"),
                duration=data.get("duration"),
                output_files=files,
            )
        except (binascii.Error, ValueError, TypeError, AttributeError) as exc:
            return _bad(f"invalid behavior: {exc}")
        return JSONResponse(
            {"workflow_id": str(workflow_id), "status": data.get("status", "success")}
        )

    async def files(request: Request) -> Response:
        token = request.path_params["token"]
        with emu.lock:
            found = emu.store.file_tokens.get(token)
            expired = found is not None and found.expires_t < emu.now()
        if found is None or expired:
            return JSONResponse({"detail": "Download link not found or expired"}, status_code=404)
        return Response(
            found.data,
            media_type=found.content_type,
            headers={"content-disposition": content_disposition(found.filename)},
        )

    return [
        Route("/_emulator/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_emulator/stats", stats, methods=["GET"]),
        Route("/_emulator/webhooks", webhooks, methods=["GET", "POST", "DELETE"]),
        Route("/_emulator/advance", advance, methods=["POST"]),
        Route("/_emulator/workflows/{workflow_id}/behavior", behavior, methods=["PUT"]),
        Route("/_emulator/files/{token}", files, methods=["GET"]),
    ]
