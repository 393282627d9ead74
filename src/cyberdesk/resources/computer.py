"""client.computer: drive a machine directly: screen, mouse, keyboard, files, PowerShell."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_bool, as_int, as_str
from .._response import ApiResponse
from ._base import Resource, checked, model_or_fields, present

if TYPE_CHECKING:
    import httpx

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


def _png(response: httpx.Response) -> bytes:
    if not response.content.startswith(_PNG_SIGNATURE):
        kind = response.headers.get("content-type", "no content type")
        raise ValueError(f"expected a PNG image, got {len(response.content)} bytes of {kind}")
    return response.content


def _any_text(name: str, value: Any) -> str:
    return as_str(name, value, allow_empty=True)


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must not be negative, got {value}")
    return float(value)


def _click_fields(x: Any, y: Any, button: Any, down: Any, clicks: Any) -> dict[str, Any]:
    return {
        "x": checked(as_int, "x", x),
        "y": checked(as_int, "y", y),
        "button": checked(as_str, "button", button),
        "down": checked(as_bool, "down", down),
        "clicks": checked(lambda n, v: as_int(n, v, minimum=1), "clicks", clicks),
    }


def _drag_fields(
    start_x: Any, start_y: Any, to_x: Any, to_y: Any, duration: Any, button: Any
) -> dict[str, Any]:
    return {
        "start_x": checked(as_int, "start_x", start_x),
        "start_y": checked(as_int, "start_y", start_y),
        "to_x": checked(as_int, "to_x", to_x),
        "to_y": checked(as_int, "to_y", to_y),
        "duration": checked(_number, "duration", duration),
        "button": checked(as_str, "button", button),
    }


def _scroll_fields(direction: Any, amount: Any, x: Any, y: Any) -> dict[str, Any]:
    return {
        "direction": checked(as_str, "direction", direction),
        "amount": checked(as_int, "amount", amount),
        "x": checked(as_int, "x", x),
        "y": checked(as_int, "y", y),
    }


def _write_fields(path: Any, content: Any, mode: Any) -> dict[str, Any]:
    return {
        "path": checked(as_str, "path", path),
        "content": checked(_any_text, "content", content),
        "mode": checked(as_str, "mode", mode),
    }


def _exec_fields(
    command: Any, same_session: Any, working_directory: Any, session_id: Any, command_timeout: Any
) -> dict[str, Any]:
    return {
        "command": checked(as_str, "command", command),
        "same_session": checked(as_bool, "same_session", same_session),
        "working_directory": checked(as_str, "working_directory", working_directory),
        "session_id": checked(as_str, "session_id", session_id),
        "timeout": checked(_number, "command_timeout", command_timeout),
    }


class Computer(Resource):
    """Direct control of a connected machine, outside any run."""

    # -- display -------------------------------------------------------------------------

    def _screenshot(self, machine_id: MachineId, timeout: TimeoutArg) -> Call[bytes]:
        return Call(
            "computer.get_screenshot",
            {"machine_id": _machine(machine_id)},
            parse=_png,
            timeout=timeout,
        )

    async def screenshot(
        self, machine_id: MachineId, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[bytes]:
        """The machine's screen now, as PNG bytes."""
        return await self._runner.arun(self._screenshot(machine_id, timeout))

    def screenshot_sync(
        self, machine_id: MachineId, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[bytes]:
        """Blocking twin of ``screenshot``."""
        return self._runner.run(self._screenshot(machine_id, timeout))

    def _get_display_dimensions(
        self, machine_id: MachineId, timeout: TimeoutArg
    ) -> Call[DisplayDimensions]:
        return Call(
            "computer.get_display_dimensions",
            {"machine_id": _machine(machine_id)},
            timeout=timeout,
        )

    async def get_display_dimensions(
        self, machine_id: MachineId, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[DisplayDimensions]:
        """The screen's ``width`` and ``height`` in pixels."""
        return await self._runner.arun(self._get_display_dimensions(machine_id, timeout))

    def get_display_dimensions_sync(
        self, machine_id: MachineId, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[DisplayDimensions]:
        """Blocking twin of ``get_display_dimensions``."""
        return self._runner.run(self._get_display_dimensions(machine_id, timeout))

    # -- mouse -----------------------------------------------------------------------------

    def _mouse_move(
        self,
        machine_id: MachineId,
        data: MouseMoveRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[None]:
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields("mouse_move", "MouseMoveRequest", data, fields, ("x", "y")),
        }
        return Call("computer.mouse_move", args, timeout=timeout, idempotency_key=key)

    async def mouse_move(
        self,
        machine_id: MachineId,
        data: MouseMoveRequest | Mapping[str, Any] | None = None,
        *,
        x: int = NOT_GIVEN,
        y: int = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Moves the pointer to (``x``, ``y``)."""
        fields = {"x": checked(as_int, "x", x), "y": checked(as_int, "y", y)}
        return await self._runner.arun(
            self._mouse_move(machine_id, data, fields, idempotency_key, timeout)
        )

    def mouse_move_sync(
        self,
        machine_id: MachineId,
        data: MouseMoveRequest | Mapping[str, Any] | None = None,
        *,
        x: int = NOT_GIVEN,
        y: int = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``mouse_move``."""
        fields = {"x": checked(as_int, "x", x), "y": checked(as_int, "y", y)}
        return self._runner.run(
            self._mouse_move(machine_id, data, fields, idempotency_key, timeout)
        )

    def _mouse_click(
        self,
        machine_id: MachineId,
        data: MouseClickRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[None]:
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields("mouse_click", "MouseClickRequest", data, fields),
        }
        return Call("computer.mouse_click", args, timeout=timeout, idempotency_key=key)

    async def mouse_click(
        self,
        machine_id: MachineId,
        data: MouseClickRequest | Mapping[str, Any] | None = None,
        *,
        x: int | None = NOT_GIVEN,
        y: int | None = NOT_GIVEN,
        button: str = NOT_GIVEN,
        down: bool | None = NOT_GIVEN,
        clicks: int = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Clicks (left, once by default) at (``x``, ``y``) if given; ``down`` presses/releases."""
        fields = _click_fields(x, y, button, down, clicks)
        return await self._runner.arun(
            self._mouse_click(machine_id, data, fields, idempotency_key, timeout)
        )

    def mouse_click_sync(
        self,
        machine_id: MachineId,
        data: MouseClickRequest | Mapping[str, Any] | None = None,
        *,
        x: int | None = NOT_GIVEN,
        y: int | None = NOT_GIVEN,
        button: str = NOT_GIVEN,
        down: bool | None = NOT_GIVEN,
        clicks: int = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``mouse_click``."""
        fields = _click_fields(x, y, button, down, clicks)
        return self._runner.run(
            self._mouse_click(machine_id, data, fields, idempotency_key, timeout)
        )

    def _mouse_drag(
        self,
        machine_id: MachineId,
        data: MouseDragRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[None]:
        required = ("start_x", "start_y", "to_x", "to_y")
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields("mouse_drag", "MouseDragRequest", data, fields, required),
        }
        return Call("computer.mouse_drag", args, timeout=timeout, idempotency_key=key)

    async def mouse_drag(
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
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Drags from (``start_x``, ``start_y``) to (``to_x``, ``to_y``), over ``duration`` s."""
        fields = _drag_fields(start_x, start_y, to_x, to_y, duration, button)
        return await self._runner.arun(
            self._mouse_drag(machine_id, data, fields, idempotency_key, timeout)
        )

    def mouse_drag_sync(
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
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``mouse_drag``."""
        fields = _drag_fields(start_x, start_y, to_x, to_y, duration, button)
        return self._runner.run(
            self._mouse_drag(machine_id, data, fields, idempotency_key, timeout)
        )

    def _mouse_scroll(
        self,
        machine_id: MachineId,
        data: MouseScrollRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[None]:
        required = ("direction", "amount")
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields("mouse_scroll", "MouseScrollRequest", data, fields, required),
        }
        return Call("computer.mouse_scroll", args, timeout=timeout, idempotency_key=key)

    async def mouse_scroll(
        self,
        machine_id: MachineId,
        data: MouseScrollRequest | Mapping[str, Any] | None = None,
        *,
        direction: str = NOT_GIVEN,
        amount: int = NOT_GIVEN,
        x: int | None = NOT_GIVEN,
        y: int | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Scrolls ``amount`` steps in ``direction`` (``"up"``, ``"down"``, ...), at (x, y)."""
        fields = _scroll_fields(direction, amount, x, y)
        return await self._runner.arun(
            self._mouse_scroll(machine_id, data, fields, idempotency_key, timeout)
        )

    def mouse_scroll_sync(
        self,
        machine_id: MachineId,
        data: MouseScrollRequest | Mapping[str, Any] | None = None,
        *,
        direction: str = NOT_GIVEN,
        amount: int = NOT_GIVEN,
        x: int | None = NOT_GIVEN,
        y: int | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``mouse_scroll``."""
        fields = _scroll_fields(direction, amount, x, y)
        return self._runner.run(
            self._mouse_scroll(machine_id, data, fields, idempotency_key, timeout)
        )

    def _get_mouse_position(
        self, machine_id: MachineId, timeout: TimeoutArg
    ) -> Call[MousePosition]:
        return Call(
            "computer.get_mouse_position", {"machine_id": _machine(machine_id)}, timeout=timeout
        )

    async def get_mouse_position(
        self, machine_id: MachineId, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[MousePosition]:
        """Where the pointer is (``x``, ``y``)."""
        return await self._runner.arun(self._get_mouse_position(machine_id, timeout))

    def get_mouse_position_sync(
        self, machine_id: MachineId, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[MousePosition]:
        """Blocking twin of ``get_mouse_position``."""
        return self._runner.run(self._get_mouse_position(machine_id, timeout))

    # -- keyboard and clipboard -----------------------------------------------------------

    def _keyboard_type(
        self,
        machine_id: MachineId,
        data: KeyboardTypeRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[None]:
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields(
                "keyboard_type", "KeyboardTypeRequest", data, fields, ("text",)
            ),
        }
        return Call("computer.keyboard_type", args, timeout=timeout, idempotency_key=key)

    async def keyboard_type(
        self,
        machine_id: MachineId,
        data: KeyboardTypeRequest | Mapping[str, Any] | None = None,
        *,
        text: str = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Types ``text`` into whatever has the focus."""
        fields = {"text": checked(_any_text, "text", text)}
        return await self._runner.arun(
            self._keyboard_type(machine_id, data, fields, idempotency_key, timeout)
        )

    def keyboard_type_sync(
        self,
        machine_id: MachineId,
        data: KeyboardTypeRequest | Mapping[str, Any] | None = None,
        *,
        text: str = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``keyboard_type``."""
        fields = {"text": checked(_any_text, "text", text)}
        return self._runner.run(
            self._keyboard_type(machine_id, data, fields, idempotency_key, timeout)
        )

    def _keyboard_key(
        self,
        machine_id: MachineId,
        data: KeyboardKeyRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[None]:
        if data is None and (fields["text"] is NOT_GIVEN or fields["text"] is None):
            raise TypeError("keyboard_key needs key= (or a KeyboardKeyRequest as data)")
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields("keyboard_key", "KeyboardKeyRequest", data, fields),
        }
        return Call("computer.keyboard_key", args, timeout=timeout, idempotency_key=key)

    async def keyboard_key(
        self,
        machine_id: MachineId,
        data: KeyboardKeyRequest | Mapping[str, Any] | None = None,
        *,
        key: str = NOT_GIVEN,
        down: bool | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Presses a key or combination such as ``"ctrl+c"`` (sent as ``text``)."""
        fields = {"text": checked(as_str, "key", key), "down": checked(as_bool, "down", down)}
        return await self._runner.arun(
            self._keyboard_key(machine_id, data, fields, idempotency_key, timeout)
        )

    def keyboard_key_sync(
        self,
        machine_id: MachineId,
        data: KeyboardKeyRequest | Mapping[str, Any] | None = None,
        *,
        key: str = NOT_GIVEN,
        down: bool | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``keyboard_key``."""
        fields = {"text": checked(as_str, "key", key), "down": checked(as_bool, "down", down)}
        return self._runner.run(
            self._keyboard_key(machine_id, data, fields, idempotency_key, timeout)
        )

    def _copy_to_clipboard(
        self,
        machine_id: MachineId,
        data: CopyToClipboardRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[CopyToClipboardResponse200]:
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields(
                "copy_to_clipboard", "CopyToClipboardRequest", data, fields, ("text",)
            ),
        }
        return Call("computer.copy_to_clipboard", args, timeout=timeout, idempotency_key=key)

    async def copy_to_clipboard(
        self,
        machine_id: MachineId,
        data: CopyToClipboardRequest | Mapping[str, Any] | None = None,
        *,
        text: str = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[CopyToClipboardResponse200]:
        """Puts ``text`` on the machine's clipboard."""
        fields = {"text": checked(_any_text, "text", text)}
        return await self._runner.arun(
            self._copy_to_clipboard(machine_id, data, fields, idempotency_key, timeout)
        )

    def copy_to_clipboard_sync(
        self,
        machine_id: MachineId,
        data: CopyToClipboardRequest | Mapping[str, Any] | None = None,
        *,
        text: str = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[CopyToClipboardResponse200]:
        """Blocking twin of ``copy_to_clipboard``."""
        fields = {"text": checked(_any_text, "text", text)}
        return self._runner.run(
            self._copy_to_clipboard(machine_id, data, fields, idempotency_key, timeout)
        )

    # -- files -------------------------------------------------------------------------------

    def _fs_list(
        self, machine_id: MachineId, path: str | None, timeout: TimeoutArg
    ) -> Call[FsListResponse200]:
        args = {
            "machine_id": _machine(machine_id),
            **present(path=checked(as_str, "path", path)),
        }
        return Call("computer.fs_list", args, timeout=timeout)

    async def fs_list(
        self, machine_id: MachineId, path: str | None = None, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[FsListResponse200]:
        """What a folder on the machine holds (``"."`` when ``path`` is left out)."""
        return await self._runner.arun(self._fs_list(machine_id, path, timeout))

    def fs_list_sync(
        self, machine_id: MachineId, path: str | None = None, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[FsListResponse200]:
        """Blocking twin of ``fs_list``."""
        return self._runner.run(self._fs_list(machine_id, path, timeout))

    def _fs_read(
        self, machine_id: MachineId, path: str, timeout: TimeoutArg
    ) -> Call[FsReadResponse200]:
        args = {"machine_id": _machine(machine_id), "path": as_str("path", path)}
        return Call("computer.fs_read", args, timeout=timeout)

    async def fs_read(
        self, machine_id: MachineId, path: str, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[FsReadResponse200]:
        """The content of a file on the machine."""
        return await self._runner.arun(self._fs_read(machine_id, path, timeout))

    def fs_read_sync(
        self, machine_id: MachineId, path: str, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[FsReadResponse200]:
        """Blocking twin of ``fs_read``."""
        return self._runner.run(self._fs_read(machine_id, path, timeout))

    def _fs_write(
        self,
        machine_id: MachineId,
        data: FileWriteRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[FsWriteResponse200]:
        required = ("path", "content")
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields("fs_write", "FileWriteRequest", data, fields, required),
        }
        return Call("computer.fs_write", args, timeout=timeout, idempotency_key=key)

    async def fs_write(
        self,
        machine_id: MachineId,
        data: FileWriteRequest | Mapping[str, Any] | None = None,
        *,
        path: str = NOT_GIVEN,
        content: str = NOT_GIVEN,
        mode: str = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[FsWriteResponse200]:
        """Writes ``content`` to a file on the machine (``mode`` is ``"write"`` by default)."""
        fields = _write_fields(path, content, mode)
        return await self._runner.arun(
            self._fs_write(machine_id, data, fields, idempotency_key, timeout)
        )

    def fs_write_sync(
        self,
        machine_id: MachineId,
        data: FileWriteRequest | Mapping[str, Any] | None = None,
        *,
        path: str = NOT_GIVEN,
        content: str = NOT_GIVEN,
        mode: str = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[FsWriteResponse200]:
        """Blocking twin of ``fs_write``."""
        fields = _write_fields(path, content, mode)
        return self._runner.run(self._fs_write(machine_id, data, fields, idempotency_key, timeout))

    # -- PowerShell --------------------------------------------------------------------------

    def _powershell_exec(
        self,
        machine_id: MachineId,
        data: PowerShellExecRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[PowershellExecResponse200]:
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields(
                "powershell_exec", "PowerShellExecRequest", data, fields, ("command",)
            ),
        }
        return Call("computer.powershell_exec", args, timeout=timeout, idempotency_key=key)

    async def powershell_exec(
        self,
        machine_id: MachineId,
        data: PowerShellExecRequest | Mapping[str, Any] | None = None,
        *,
        command: str = NOT_GIVEN,
        same_session: bool = NOT_GIVEN,
        working_directory: str | None = NOT_GIVEN,
        session_id: str | None = NOT_GIVEN,
        command_timeout: float | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PowershellExecResponse200]:
        """Runs a PowerShell command; ``command_timeout`` bounds it, ``timeout`` the request."""
        fields = _exec_fields(command, same_session, working_directory, session_id, command_timeout)
        return await self._runner.arun(
            self._powershell_exec(machine_id, data, fields, idempotency_key, timeout)
        )

    def powershell_exec_sync(
        self,
        machine_id: MachineId,
        data: PowerShellExecRequest | Mapping[str, Any] | None = None,
        *,
        command: str = NOT_GIVEN,
        same_session: bool = NOT_GIVEN,
        working_directory: str | None = NOT_GIVEN,
        session_id: str | None = NOT_GIVEN,
        command_timeout: float | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PowershellExecResponse200]:
        """Blocking twin of ``powershell_exec``."""
        fields = _exec_fields(command, same_session, working_directory, session_id, command_timeout)
        return self._runner.run(
            self._powershell_exec(machine_id, data, fields, idempotency_key, timeout)
        )

    def _powershell_session(
        self,
        machine_id: MachineId,
        data: PowerShellSessionRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[PowershellSessionResponse200]:
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields(
                "powershell_session", "PowerShellSessionRequest", data, fields, ("action",)
            ),
        }
        return Call("computer.powershell_session", args, timeout=timeout, idempotency_key=key)

    async def powershell_session(
        self,
        machine_id: MachineId,
        data: PowerShellSessionRequest | Mapping[str, Any] | None = None,
        *,
        action: str = NOT_GIVEN,
        session_id: str | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PowershellSessionResponse200]:
        """Manages a persistent PowerShell session: ``action`` applied to ``session_id``."""
        fields = {
            "action": checked(as_str, "action", action),
            "session_id": checked(as_str, "session_id", session_id),
        }
        return await self._runner.arun(
            self._powershell_session(machine_id, data, fields, idempotency_key, timeout)
        )

    def powershell_session_sync(
        self,
        machine_id: MachineId,
        data: PowerShellSessionRequest | Mapping[str, Any] | None = None,
        *,
        action: str = NOT_GIVEN,
        session_id: str | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PowershellSessionResponse200]:
        """Blocking twin of ``powershell_session``."""
        fields = {
            "action": checked(as_str, "action", action),
            "session_id": checked(as_str, "session_id", session_id),
        }
        return self._runner.run(
            self._powershell_session(machine_id, data, fields, idempotency_key, timeout)
        )

    def _powershell_simple(
        self, machine_id: MachineId, key: str | None, timeout: TimeoutArg
    ) -> Call[PowershellSimpleResponse200]:
        return Call(
            "computer.powershell_simple",
            {"machine_id": _machine(machine_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def powershell_simple(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PowershellSimpleResponse200]:
        """Runs the agent's minimal PowerShell check (can it start PowerShell at all)."""
        return await self._runner.arun(
            self._powershell_simple(machine_id, idempotency_key, timeout)
        )

    def powershell_simple_sync(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PowershellSimpleResponse200]:
        """Blocking twin of ``powershell_simple``."""
        return self._runner.run(self._powershell_simple(machine_id, idempotency_key, timeout))

    def _powershell_test(
        self, machine_id: MachineId, key: str | None, timeout: TimeoutArg
    ) -> Call[PowershellTestResponse200]:
        return Call(
            "computer.powershell_test",
            {"machine_id": _machine(machine_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def powershell_test(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PowershellTestResponse200]:
        """Runs the agent's PowerShell self-test."""
        return await self._runner.arun(self._powershell_test(machine_id, idempotency_key, timeout))

    def powershell_test_sync(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PowershellTestResponse200]:
        """Blocking twin of ``powershell_test``."""
        return self._runner.run(self._powershell_test(machine_id, idempotency_key, timeout))

    # -- the agent (Cyberdriver) -------------------------------------------------------------

    def _keepalive_activity(
        self, machine_id: MachineId, key: str | None, timeout: TimeoutArg
    ) -> Call[None]:
        return Call(
            "computer.cyberdriver_keepalive_activity",
            {"machine_id": _machine(machine_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def keepalive_activity(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Reports activity to the agent's remote keepalive."""
        return await self._runner.arun(
            self._keepalive_activity(machine_id, idempotency_key, timeout)
        )

    def keepalive_activity_sync(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``keepalive_activity``."""
        return self._runner.run(self._keepalive_activity(machine_id, idempotency_key, timeout))

    def _keepalive_enable(
        self, machine_id: MachineId, key: str | None, timeout: TimeoutArg
    ) -> Call[None]:
        return Call(
            "computer.cyberdriver_keepalive_enable",
            {"machine_id": _machine(machine_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def keepalive_enable(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Turns on the agent's remote keepalive."""
        return await self._runner.arun(self._keepalive_enable(machine_id, idempotency_key, timeout))

    def keepalive_enable_sync(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``keepalive_enable``."""
        return self._runner.run(self._keepalive_enable(machine_id, idempotency_key, timeout))

    def _keepalive_disable(
        self, machine_id: MachineId, key: str | None, timeout: TimeoutArg
    ) -> Call[None]:
        return Call(
            "computer.cyberdriver_keepalive_disable",
            {"machine_id": _machine(machine_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def keepalive_disable(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Turns off the agent's remote keepalive."""
        return await self._runner.arun(
            self._keepalive_disable(machine_id, idempotency_key, timeout)
        )

    def keepalive_disable_sync(
        self,
        machine_id: MachineId,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``keepalive_disable``."""
        return self._runner.run(self._keepalive_disable(machine_id, idempotency_key, timeout))

    def _diagnostics(
        self, machine_id: MachineId, timeout: TimeoutArg
    ) -> Call[CyberdriverDiagnosticsResponse200]:
        return Call(
            "computer.cyberdriver_diagnostics",
            {"machine_id": _machine(machine_id)},
            timeout=timeout,
        )

    async def diagnostics(
        self, machine_id: MachineId, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[CyberdriverDiagnosticsResponse200]:
        """What the agent reports about itself and the machine, for troubleshooting."""
        return await self._runner.arun(self._diagnostics(machine_id, timeout))

    def diagnostics_sync(
        self, machine_id: MachineId, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[CyberdriverDiagnosticsResponse200]:
        """Blocking twin of ``diagnostics``."""
        return self._runner.run(self._diagnostics(machine_id, timeout))

    def _update_cyberdriver(
        self,
        machine_id: MachineId,
        data: CyberdriverUpdateRequest | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[CyberdriverUpdateResponse200]:
        args = {
            "machine_id": _machine(machine_id),
            "body": model_or_fields("update_cyberdriver", "CyberdriverUpdateRequest", data, fields),
        }
        return Call("computer.cyberdriver_update", args, timeout=timeout, idempotency_key=key)

    async def update_cyberdriver(
        self,
        machine_id: MachineId,
        data: CyberdriverUpdateRequest | Mapping[str, Any] | None = None,
        *,
        version: str = NOT_GIVEN,
        restart: bool = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[CyberdriverUpdateResponse200]:
        """Updates the agent to ``version`` (latest by default); ``restart=False`` defers it."""
        fields = {
            "version": checked(as_str, "version", version),
            "restart": checked(as_bool, "restart", restart),
        }
        return await self._runner.arun(
            self._update_cyberdriver(machine_id, data, fields, idempotency_key, timeout)
        )

    def update_cyberdriver_sync(
        self,
        machine_id: MachineId,
        data: CyberdriverUpdateRequest | Mapping[str, Any] | None = None,
        *,
        version: str = NOT_GIVEN,
        restart: bool = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[CyberdriverUpdateResponse200]:
        """Blocking twin of ``update_cyberdriver``."""
        fields = {
            "version": checked(as_str, "version", version),
            "restart": checked(as_bool, "restart", restart),
        }
        return self._runner.run(
            self._update_cyberdriver(machine_id, data, fields, idempotency_key, timeout)
        )
