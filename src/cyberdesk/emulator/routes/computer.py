"""The computer API: deterministic stand-ins for a machine's screen, input, files and shell."""

from __future__ import annotations

import base64
import binascii
import uuid

from starlette.responses import Response

from cyberdesk.client.models import (
    CopyToClipboardRequest,
    CyberdriverShutdownRequest,
    CyberdriverUpdateRequest,
    DisplayDimensions,
    FileWriteRequest,
    MouseClickRequest,
    MouseDragRequest,
    MouseMoveRequest,
    MousePosition,
    MouseScrollRequest,
    PowerShellExecRequest,
    PowerShellSessionRequest,
)

from ..context import Ctx, handles, no_content, ok
from ..errors import invalid, not_found
from ..png import png_bytes
from ..records import MachineRecord
from ..views import through
from .common import declared, unset_to_none


def _machine(ctx: Ctx) -> MachineRecord:
    raw = ctx.path["machine_id"]
    try:
        machine_id = uuid.UUID(raw)
    except ValueError:
        raise not_found("Machine", raw) from None
    machine = ctx.emu.store.machines.get(machine_id)
    if machine is None:
        raise not_found("Machine", raw)
    return machine


def _clamp(machine: MachineRecord, x: int, y: int) -> tuple[int, int]:
    width, height = machine.display
    return max(0, min(x, width - 1)), max(0, min(y, height - 1))


def _normalize(path: str) -> str:
    cleaned = path.replace("\\", "/").rstrip("/")
    return "" if cleaned in ("", ".", "~") else cleaned


@handles("get_display_dimensions")
def get_display_dimensions(ctx: Ctx) -> Response:
    width, height = _machine(ctx).display
    return ok(through(DisplayDimensions, {"width": width, "height": height}))


@handles("get_screenshot")
def get_screenshot(ctx: Ctx) -> Response:
    width, height = _machine(ctx).display
    return Response(png_bytes(width, height), media_type="image/png")


@handles("get_mouse_position")
def get_mouse_position(ctx: Ctx) -> Response:
    x, y = _machine(ctx).mouse
    return ok(through(MousePosition, {"x": x, "y": y}))


@handles("mouse_move")
def mouse_move(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    body: MouseMoveRequest = ctx.body
    machine.mouse = _clamp(machine, body.x, body.y)
    return no_content()


@handles("mouse_click")
def mouse_click(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    body: MouseClickRequest = ctx.body
    x, y = unset_to_none(body.x), unset_to_none(body.y)
    if x is not None and y is not None:
        machine.mouse = _clamp(machine, x, y)
    return no_content()


@handles("mouse_drag")
def mouse_drag(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    body: MouseDragRequest = ctx.body
    machine.mouse = _clamp(machine, body.to_x, body.to_y)
    return no_content()


@handles("mouse_scroll")
def mouse_scroll(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    body: MouseScrollRequest = ctx.body
    if body.direction not in ("up", "down", "left", "right"):
        raise invalid(("body", "direction"), "direction must be up, down, left or right")
    x, y = unset_to_none(body.x), unset_to_none(body.y)
    if x is not None and y is not None:
        machine.mouse = _clamp(machine, x, y)
    return no_content()


@handles("keyboard_type")
def keyboard_type(ctx: Ctx) -> Response:
    _machine(ctx)
    return no_content()


@handles("keyboard_key")
def keyboard_key(ctx: Ctx) -> Response:
    _machine(ctx)
    return no_content()


@handles("copy_to_clipboard")
def copy_to_clipboard(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    body: CopyToClipboardRequest = ctx.body
    machine.clipboard = body.text
    return ok({"success": True, "clipboard": machine.clipboard})


@handles("fs_list")
def fs_list(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    base = _normalize(ctx.query["path"])
    prefix = f"{base}/" if base else ""
    entries: dict[str, dict[str, object]] = {}
    for path, data in sorted(machine.files.items()):
        if not path.startswith(prefix):
            continue
        head, _, rest = path[len(prefix) :].partition("/")
        if rest:
            entries.setdefault(head, {"name": head, "type": "directory", "size": 0})
        else:
            entries[head] = {"name": head, "type": "file", "size": len(data)}
    return ok({"path": ctx.query["path"], "entries": list(entries.values())})


@handles("fs_read")
def fs_read(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    path = _normalize(ctx.query["path"])
    if path not in machine.files:
        raise not_found("File", ctx.query["path"])
    data = machine.files[path]
    return ok(
        {"path": ctx.query["path"], "content": base64.b64encode(data).decode(), "size": len(data)}
    )


@handles("fs_write")
def fs_write(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    body: FileWriteRequest = ctx.body
    try:
        data = base64.b64decode(body.content, validate=True)
    except (binascii.Error, ValueError):
        raise invalid(("body", "content"), "content is not valid base64") from None
    mode = unset_to_none(body.mode) or "write"
    if mode not in ("write", "append"):
        raise invalid(("body", "mode"), "mode must be write or append")
    path = _normalize(body.path)
    machine.files[path] = (machine.files.get(path, b"") if mode == "append" else b"") + data
    return ok({"success": True, "path": body.path, "size": len(machine.files[path])})


@handles("powershell_exec")
def powershell_exec(ctx: Ctx) -> Response:
    _machine(ctx)
    body: PowerShellExecRequest = ctx.body
    return ok(
        {
            "stdout": f"{body.command}\n",
            "stderr": "",
            "exit_code": 0,
            "session_id": unset_to_none(body.session_id),
        }
    )


@handles("powershell_session")
def powershell_session(ctx: Ctx) -> Response:
    _machine(ctx)
    body: PowerShellSessionRequest = ctx.body
    session_id = unset_to_none(body.session_id) or f"ps-{ctx.emu.store.token(6)}"
    return ok({"action": body.action, "session_id": session_id, "success": True})


@handles("powershell_simple")
def powershell_simple(ctx: Ctx) -> Response:
    _machine(ctx)
    return ok({"output": "Hello from the emulated PowerShell", "exit_code": 0})


@handles("powershell_test")
def powershell_test(ctx: Ctx) -> Response:
    _machine(ctx)
    return ok({"success": True, "output": "PowerShell is available (emulated)"})


@handles("cyberdriver_diagnostics")
def cyberdriver_diagnostics(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    width, height = machine.display
    return ok(
        {
            "machine_id": str(machine.id),
            "version": machine.version,
            "status": machine.status,
            "display": {"width": width, "height": height},
            "keepalive_enabled": machine.keepalive_enabled,
        }
    )


def _keepalive(ctx: Ctx, enabled: bool | None) -> Response:
    machine = _machine(ctx)
    if enabled is not None:
        machine.keepalive_enabled = enabled
    machine.last_seen = ctx.emu.wall(ctx.emu.now())
    return no_content()


@handles("cyberdriver_keepalive_activity")
def cyberdriver_keepalive_activity(ctx: Ctx) -> Response:
    return _keepalive(ctx, None)


@handles("cyberdriver_keepalive_enable")
def cyberdriver_keepalive_enable(ctx: Ctx) -> Response:
    return _keepalive(ctx, True)


@handles("cyberdriver_keepalive_disable")
def cyberdriver_keepalive_disable(ctx: Ctx) -> Response:
    return _keepalive(ctx, False)


@handles("cyberdriver_update")
def cyberdriver_update(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    body: CyberdriverUpdateRequest = ctx.body
    version = unset_to_none(body.version) or "latest"
    machine.version = version
    restart = unset_to_none(body.restart)
    return ok(
        {"status": "updated", "version": version, "restart": True if restart is None else restart}
    )


@handles("cyberdriver_shutdown")
def cyberdriver_shutdown(ctx: Ctx) -> Response:
    machine = _machine(ctx)
    body: CyberdriverShutdownRequest | None = ctx.body
    data = declared(body) if body is not None else {}
    machine.status = "disconnected"
    return ok(
        {
            "status": "shutdown_requested",
            "source": data.get("source", "cloud-api"),
            "reason": data.get("reason", "user_disabled_machine"),
        }
    )
