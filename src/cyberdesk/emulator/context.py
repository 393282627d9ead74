"""What a handler gets and gives, and the registry tying handlers to operation ids."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.datastructures import QueryParams
from starlette.responses import Response

if TYPE_CHECKING:
    from .state import EmulatorState


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    content_type: str
    data: bytes


@dataclass
class Ctx:
    """One parsed request. Handlers run with the emulator's lock held and time ticked."""

    emu: EmulatorState
    path: dict[str, Any]
    query: dict[str, Any]
    raw_query: QueryParams
    body: Any
    base_url: str
    files: dict[str, UploadedFile] = field(default_factory=dict)

    def given(self, name: str) -> bool:
        """True when the query string carries ``name`` (defaults aside)."""
        return name in self.raw_query


Handler = Callable[[Ctx], Response]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Registers the handler of one operation (named like the generated client's module)."""

    def register(func: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = func
        return func

    return register


class JSONAnswer(Response):
    """JSON with the compact separators the real API uses."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        # allow_nan=False: an answer is strict JSON or a loud failure, never a bare NaN.
        return json.dumps(
            content, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode()


def ok(content: Any, status: int = 200) -> Response:
    return JSONAnswer(content, status_code=status)


def created(content: Any) -> Response:
    return JSONAnswer(content, status_code=201)


def no_content() -> Response:
    return Response(status_code=204)
