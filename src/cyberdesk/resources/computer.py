"""client.computer: drive a machine directly: screen, mouse, keyboard, files, PowerShell."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call
from .._coerce import as_bool, as_int, as_str
from .._operation import operation
from .._options import RequestOptions, WriteOptions
from ._base import Resource, checked, model_or_fields, present

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..client.models import (
        CopyToClipboardRequest,
        CopyToClipboardResponse200,
        CyberdriverDiagnosticsResponse200,
        CyberdriverUpdateRequest,
        CyberdriverUpdateResponse200,
        DisplayDimensions,
        FileWriteRequest,
        FsListResponse200,
        FsReadResponse200,
        FsWriteResponse200,
        KeyboardKeyRequest,
        KeyboardTypeRequest,
        MouseClickRequest,
        MouseDragRequest,
        MouseMoveRequest,
        MousePosition,
        MouseScrollRequest,
        PowerShellExecRequest,
        PowershellExecResponse200,
        PowerShellSessionRequest,
        PowershellSessionResponse200,
        PowershellSimpleResponse200,
        PowershellTestResponse200,
    )

MachineId = str | UUID
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _machine(machine_id: Any) -> str:
    """The path's machine id: any non-empty string (a UUID object is accepted too)."""
    return str(machine_id) if isinstance(machine_id, UUID) else as_str("machine_id", machine_id)


def _on(machine_id: Any) -> dict[str, str]:
    """The path arguments of a command that needs only the machine."""
    return {"machine_id": _machine(machine_id)}


def _png(response: httpx.Response) -> bytes:
    if not response.content.startswith(_PNG_SIGNATURE):
        kind = response.headers.get("content-type", "no content type")
        raise ValueError(f"expected a PNG image, got {len(response.content)} bytes of {kind}")
    return response.content


def _command(
    op: str,
    model: str,
    machine_id: Any,
    data: Any,
    fields: dict[str, Any],
    required: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A command's path and body: ``data`` (a model or dict) or the keyword ``fields``."""
    body = model_or_fields(op, model, data, fields, required)
    return {"machine_id": _machine(machine_id), "body": body}


def _any_text(name: str, value: Any) -> str:
    return as_str(name, value, allow_empty=True)


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    if not math.isfinite(value):  # NaN and infinity are not JSON: refused now, by name
        raise ValueError(f"{name} must be a finite number of seconds, got {value!r}")
    if value < 0:
        raise ValueError(f"{name} must not be negative, got {value}")
    return float(value)


class Computer(Resource):
    """Direct control of a connected machine, outside any run."""

    # -- display -------------------------------------------------------------------------
    @operation
    def screenshot(self, machine_id: MachineId, **options: Unpack[RequestOptions]) -> Call[bytes]:
        """The machine's screen now, as PNG bytes."""
        return Call("computer.get_screenshot", _on(machine_id), parse=_png, options=options)

    @operation
    def get_display_dimensions(
        self, machine_id: MachineId, **options: Unpack[RequestOptions]
    ) -> Call[DisplayDimensions]:
        """The screen's ``width`` and ``height`` in pixels."""
        return Call("computer.get_display_dimensions", _on(machine_id), options=options)

    # -- mouse -----------------------------------------------------------------------------
    @operation
    def mouse_move(
        self,
        machine_id: MachineId,
        data: MouseMoveRequest | Mapping[str, Any] | None = None,
        *,
        x: int = NOT_GIVEN,
        y: int = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[None]:
        """Moves the pointer to (``x``, ``y``)."""
        fields = {"x": checked(as_int, "x", x), "y": checked(as_int, "y", y)}
        args = _command("mouse_move", "MouseMoveRequest", machine_id, data, fields, ("x", "y"))
        return Call("computer.mouse_move", args, options=options)

    @operation
    def mouse_click(
        self,
        machine_id: MachineId,
        data: MouseClickRequest | Mapping[str, Any] | None = None,
        *,
        x: int | None = NOT_GIVEN,
        y: int | None = NOT_GIVEN,
        button: str = NOT_GIVEN,
        down: bool | None = NOT_GIVEN,
        clicks: int = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[None]:
        """Clicks (left, once by default) at (``x``, ``y``) if given; ``down`` presses/releases."""
        fields = {
            "x": checked(as_int, "x", x),
            "y": checked(as_int, "y", y),
            "button": checked(as_str, "button", button),
            "down": checked(as_bool, "down", down),
            "clicks": checked(lambda n, v: as_int(n, v, minimum=1), "clicks", clicks),
        }
        args = _command("mouse_click", "MouseClickRequest", machine_id, data, fields)
        return Call("computer.mouse_click", args, options=options)

    @operation
    def mouse_drag(
        self,
        machine_id: MachineId,
        data: MouseDragRequest | Mapping[str, Any] | None = None,
        *,
        start_x: int = NOT_GIVEN,
        start_y: int = NOT_GIVEN,
        to_x: int = NOT_GIVEN,
        to_y: int = NOT_GIVEN,
        duration: float | None = NOT_GIVEN,
        button: str | None = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[None]:
        """Drags from (``start_x``, ``start_y``) to (``to_x``, ``to_y``), over ``duration`` s."""
        fields = {
            "start_x": checked(as_int, "start_x", start_x),
            "start_y": checked(as_int, "start_y", start_y),
            "to_x": checked(as_int, "to_x", to_x),
            "to_y": checked(as_int, "to_y", to_y),
            "duration": checked(_number, "duration", duration),
            "button": checked(as_str, "button", button),
        }
        required = ("start_x", "start_y", "to_x", "to_y")
        args = _command("mouse_drag", "MouseDragRequest", machine_id, data, fields, required)
        return Call("computer.mouse_drag", args, options=options)

    @operation
    def mouse_scroll(
        self,
        machine_id: MachineId,
        data: MouseScrollRequest | Mapping[str, Any] | None = None,
        *,
        direction: str = NOT_GIVEN,
        amount: int = NOT_GIVEN,
        x: int | None = NOT_GIVEN,
        y: int | None = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[None]:
        """Scrolls ``amount`` steps in ``direction`` (``"up"``, ``"down"``, ...), at (x, y)."""
        fields = {
            "direction": checked(as_str, "direction", direction),
            "amount": checked(as_int, "amount", amount),
            "x": checked(as_int, "x", x),
            "y": checked(as_int, "y", y),
        }
        required = ("direction", "amount")
        args = _command("mouse_scroll", "MouseScrollRequest", machine_id, data, fields, required)
        return Call("computer.mouse_scroll", args, options=options)

    @operation
    def get_mouse_position(
        self, machine_id: MachineId, **options: Unpack[RequestOptions]
    ) -> Call[MousePosition]:
        """Where the pointer is (``x``, ``y``)."""
        return Call("computer.get_mouse_position", _on(machine_id), options=options)

    # -- keyboard and clipboard -----------------------------------------------------------
    @operation
    def keyboard_type(
        self,
        machine_id: MachineId,
        data: KeyboardTypeRequest | Mapping[str, Any] | None = None,
        *,
        text: str = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[None]:
        """Types ``text`` into whatever has the focus."""
        fields = {"text": checked(_any_text, "text", text)}
        args = _command("keyboard_type", "KeyboardTypeRequest", machine_id, data, fields, ("text",))
        return Call("computer.keyboard_type", args, options=options)

    @operation
    def keyboard_key(
        self,
        machine_id: MachineId,
        data: KeyboardKeyRequest | Mapping[str, Any] | None = None,
        *,
        key: str = NOT_GIVEN,
        down: bool | None = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[None]:
        """Presses a key or combination such as ``"ctrl+c"`` (sent as ``text``)."""
        fields = {"text": checked(as_str, "key", key), "down": checked(as_bool, "down", down)}
        if data is None and (fields["text"] is NOT_GIVEN or fields["text"] is None):
            raise TypeError("keyboard_key needs key= (or a KeyboardKeyRequest as data)")
        args = _command("keyboard_key", "KeyboardKeyRequest", machine_id, data, fields)
        return Call("computer.keyboard_key", args, options=options)

    @operation
    def copy_to_clipboard(
        self,
        machine_id: MachineId,
        data: CopyToClipboardRequest | Mapping[str, Any] | None = None,
        *,
        text: str = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[CopyToClipboardResponse200]:
        """Puts ``text`` on the machine's clipboard."""
        fields = {"text": checked(_any_text, "text", text)}
        args = _command(
            "copy_to_clipboard", "CopyToClipboardRequest", machine_id, data, fields, ("text",)
        )
        return Call("computer.copy_to_clipboard", args, options=options)

    # -- files -------------------------------------------------------------------------------
    @operation
    def fs_list(
        self, machine_id: MachineId, path: str | None = None, **options: Unpack[RequestOptions]
    ) -> Call[FsListResponse200]:
        """What a folder on the machine holds (``"."`` when ``path`` is left out)."""
        args = {"machine_id": _machine(machine_id), **present(path=checked(as_str, "path", path))}
        return Call("computer.fs_list", args, options=options)

    @operation
    def fs_read(
        self, machine_id: MachineId, path: str, **options: Unpack[RequestOptions]
    ) -> Call[FsReadResponse200]:
        """The content of a file on the machine."""
        args = {"machine_id": _machine(machine_id), "path": as_str("path", path)}
        return Call("computer.fs_read", args, options=options)

    @operation
    def fs_write(
        self,
        machine_id: MachineId,
        data: FileWriteRequest | Mapping[str, Any] | None = None,
        *,
        path: str = NOT_GIVEN,
        content: str = NOT_GIVEN,
        mode: str = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[FsWriteResponse200]:
        """Writes ``content`` to a file on the machine (``mode`` is ``"write"`` by default)."""
        fields = {
            "path": checked(as_str, "path", path),
            "content": checked(_any_text, "content", content),
            "mode": checked(as_str, "mode", mode),
        }
        required = ("path", "content")
        args = _command("fs_write", "FileWriteRequest", machine_id, data, fields, required)
        return Call("computer.fs_write", args, options=options)

    # -- PowerShell --------------------------------------------------------------------------
    @operation
    def powershell_exec(
        self,
        machine_id: MachineId,
        data: PowerShellExecRequest | Mapping[str, Any] | None = None,
        *,
        command: str = NOT_GIVEN,
        same_session: bool = NOT_GIVEN,
        working_directory: str | None = NOT_GIVEN,
        session_id: str | None = NOT_GIVEN,
        command_timeout: float | None = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[PowershellExecResponse200]:
        """Runs a PowerShell command; ``command_timeout`` bounds it, ``timeout`` the request."""
        fields = {
            "command": checked(as_str, "command", command),
            "same_session": checked(as_bool, "same_session", same_session),
            "working_directory": checked(as_str, "working_directory", working_directory),
            "session_id": checked(as_str, "session_id", session_id),
            "timeout": checked(_number, "command_timeout", command_timeout),
        }
        args = _command(
            "powershell_exec", "PowerShellExecRequest", machine_id, data, fields, ("command",)
        )
        return Call("computer.powershell_exec", args, options=options)

    @operation
    def powershell_session(
        self,
        machine_id: MachineId,
        data: PowerShellSessionRequest | Mapping[str, Any] | None = None,
        *,
        action: str = NOT_GIVEN,
        session_id: str | None = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[PowershellSessionResponse200]:
        """Manages a persistent PowerShell session: ``action`` applied to ``session_id``."""
        fields = {
            "action": checked(as_str, "action", action),
            "session_id": checked(as_str, "session_id", session_id),
        }
        args = _command(
            "powershell_session", "PowerShellSessionRequest", machine_id, data, fields, ("action",)
        )
        return Call("computer.powershell_session", args, options=options)

    @operation
    def powershell_simple(
        self, machine_id: MachineId, **options: Unpack[WriteOptions]
    ) -> Call[PowershellSimpleResponse200]:
        """Runs the agent's minimal PowerShell check (can it start PowerShell at all)."""
        return Call("computer.powershell_simple", _on(machine_id), options=options)

    @operation
    def powershell_test(
        self, machine_id: MachineId, **options: Unpack[WriteOptions]
    ) -> Call[PowershellTestResponse200]:
        """Runs the agent's PowerShell self-test."""
        return Call("computer.powershell_test", _on(machine_id), options=options)

    # -- the agent (Cyberdriver) -------------------------------------------------------------
    @operation
    def keepalive_activity(
        self, machine_id: MachineId, **options: Unpack[WriteOptions]
    ) -> Call[None]:
        """Reports activity to the agent's remote keepalive."""
        return Call("computer.cyberdriver_keepalive_activity", _on(machine_id), options=options)

    @operation
    def keepalive_enable(
        self, machine_id: MachineId, **options: Unpack[WriteOptions]
    ) -> Call[None]:
        """Turns on the agent's remote keepalive."""
        return Call("computer.cyberdriver_keepalive_enable", _on(machine_id), options=options)

    @operation
    def keepalive_disable(
        self, machine_id: MachineId, **options: Unpack[WriteOptions]
    ) -> Call[None]:
        """Turns off the agent's remote keepalive."""
        return Call("computer.cyberdriver_keepalive_disable", _on(machine_id), options=options)

    @operation
    def diagnostics(
        self, machine_id: MachineId, **options: Unpack[RequestOptions]
    ) -> Call[CyberdriverDiagnosticsResponse200]:
        """What the agent reports about itself and the machine, for troubleshooting."""
        return Call("computer.cyberdriver_diagnostics", _on(machine_id), options=options)

    @operation
    def update_cyberdriver(
        self,
        machine_id: MachineId,
        data: CyberdriverUpdateRequest | Mapping[str, Any] | None = None,
        *,
        version: str = NOT_GIVEN,
        restart: bool = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[CyberdriverUpdateResponse200]:
        """Updates the agent to ``version`` (latest by default); ``restart=False`` defers it."""
        fields = {
            "version": checked(as_str, "version", version),
            "restart": checked(as_bool, "restart", restart),
        }
        args = _command("update_cyberdriver", "CyberdriverUpdateRequest", machine_id, data, fields)
        return Call("computer.cyberdriver_update", args, options=options)

    # The blocking twins, each with its original's signature and docstring.
    screenshot_sync = screenshot.sync
    get_display_dimensions_sync = get_display_dimensions.sync
    mouse_move_sync = mouse_move.sync
    mouse_click_sync = mouse_click.sync
    mouse_drag_sync = mouse_drag.sync
    mouse_scroll_sync = mouse_scroll.sync
    get_mouse_position_sync = get_mouse_position.sync
    keyboard_type_sync = keyboard_type.sync
    keyboard_key_sync = keyboard_key.sync
    copy_to_clipboard_sync = copy_to_clipboard.sync
    fs_list_sync = fs_list.sync
    fs_read_sync = fs_read.sync
    fs_write_sync = fs_write.sync
    powershell_exec_sync = powershell_exec.sync
    powershell_session_sync = powershell_session.sync
    powershell_simple_sync = powershell_simple.sync
    powershell_test_sync = powershell_test.sync
    keepalive_activity_sync = keepalive_activity.sync
    keepalive_enable_sync = keepalive_enable.sync
    keepalive_disable_sync = keepalive_disable.sync
    diagnostics_sync = diagnostics.sync
    update_cyberdriver_sync = update_cyberdriver.sync
