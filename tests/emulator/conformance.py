"""Checks emulator answers against openapi.json's response schemas (independently of the
emulator's own route table)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text())
_URI = "urn:cyberdesk:openapi"
_REGISTRY: Registry[Any] = Registry().with_resource(
    _URI, Resource.from_contents(SPEC, default_specification=DRAFT202012)
)
_FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _compile(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\{[^}]+\}", "[^/]+", template)
    return re.compile(f"^{pattern}$")


OPERATIONS: list[tuple[str, str, re.Pattern[str], dict[str, Any]]] = sorted(
    (
        (method.upper(), template, _compile(template), op)
        for template, ops in SPEC["paths"].items()
        for method, op in ops.items()
    ),
    key=lambda item: item[1].count("{"),
)


def find_operation(method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    for op_method, template, pattern, op in OPERATIONS:
        if op_method == method and pattern.match(path):
            return f"{method} {template}", op
    return None


@dataclass
class Recorder:
    """Every answer seen, and every way one broke the contract."""

    seen: set[str] = field(default_factory=set)
    statuses: set[tuple[str, int]] = field(default_factory=set)
    bodies: list[bytes] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def check(self, method: str, path: str, status: int, content_type: str, body: bytes) -> None:
        self.bodies.append(body)
        found = find_operation(method, path)
        if found is None:
            return
        route, op = found
        self.seen.add(route)
        self.statuses.add((route, status))
        generic = status in (400, 401, 404, 409, 429) or status >= 500
        if generic and str(status) not in op["responses"]:
            self._check_detail(route, status, body)
            return
        declared = op["responses"].get(str(status))
        if declared is None:
            self.violations.append(f"{route}: undeclared status {status}: {body[:200]!r}")
            return
        content = declared.get("content")
        if not content:
            if body:
                self.violations.append(f"{route}: {status} should have no body")
            return
        media = next(iter(content))
        if media != "application/json":
            if not content_type.startswith(media):
                self.violations.append(f"{route}: content-type {content_type} is not {media}")
            return
        try:
            data = json.loads(body)
        except ValueError:
            self.violations.append(f"{route}: {status} body is not JSON")
            return
        schema = content[media].get("schema", {})
        validator = jsonschema.Draft202012Validator(
            _anchor(schema),
            registry=_REGISTRY,
            format_checker=_FORMATS,
        )
        for err in validator.iter_errors(data):
            where = "/".join(str(p) for p in err.absolute_path)
            self.violations.append(f"{route} {status} at {where or '<root>'}: {err.message[:300]}")

    def _check_detail(self, route: str, status: int, body: bytes) -> None:
        try:
            data = json.loads(body)
        except ValueError:
            self.violations.append(f"{route}: {status} body is not JSON")
            return
        if not isinstance(data, dict) or not isinstance(data.get("detail"), str):
            self.violations.append(f"{route}: {status} body is not {{'detail': str}}: {data!r}")


def _anchor(schema: dict[str, Any]) -> dict[str, Any]:
    """Rewrites local refs so they resolve inside the registered document."""
    text = json.dumps(schema).replace('"#/components/', f'"{_URI}#/components/')
    result: dict[str, Any] = json.loads(text)
    return result


RECORDER = Recorder()


class RecordingApp:
    """ASGI wrapper that feeds every answer to a :class:`Recorder`."""

    def __init__(self, app: Any, recorder: Recorder = RECORDER) -> None:
        self.app = app
        self.recorder = recorder

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0
        content_type = ""
        chunks: list[bytes] = []
        complete = False

        async def capture(message: Any) -> None:
            nonlocal status, content_type, complete
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = dict(message.get("headers", []))
                content_type = headers.get(b"content-type", b"").decode()
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                complete = not message.get("more_body", False)
            await send(message)

        await self.app(scope, receive, capture)
        if complete:
            self.recorder.check(
                scope["method"], scope["path"], status, content_type, b"".join(chunks)
            )
