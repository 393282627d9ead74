"""The computer API: screenshots, input, clipboard, files and shell."""

from __future__ import annotations

import base64
import struct
import zlib

from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator


def test_screenshot_is_a_png_of_the_display_size(client: TestClient, emu: Emulator) -> None:
    machine = emu.machines[0].id
    dims = client.get(f"/v1/computer/{machine}/display/dimensions").json()
    shot = client.get(f"/v1/computer/{machine}/display/screenshot")
    assert shot.headers["content-type"] == "image/png"
    data = shot.content
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (dims["width"], dims["height"])
    crc = struct.unpack(">I", data[29:33])[0]
    assert crc == zlib.crc32(data[12:29]) & 0xFFFFFFFF


def test_mouse_keyboard_clipboard(client: TestClient, emu: Emulator) -> None:
    base = f"/v1/computer/{emu.machines[0].id}"
    assert client.post(f"{base}/input/mouse/move", json={"x": 10, "y": 20}).status_code == 204
    assert client.get(f"{base}/input/mouse/position").json() == {"x": 10, "y": 20}
    client.post(f"{base}/input/mouse/click", json={"x": 5, "y": 6, "button": "right"})
    client.post(
        f"{base}/input/mouse/drag", json={"start_x": 0, "start_y": 0, "to_x": 99999, "to_y": 30}
    )
    assert client.get(f"{base}/input/mouse/position").json() == {"x": 1279, "y": 30}
    client.post(f"{base}/input/mouse/scroll", json={"direction": "down", "amount": 3})
    assert (
        client.post(
            f"{base}/input/mouse/scroll", json={"direction": "sideways", "amount": 1}
        ).status_code
        == 422
    )
    assert client.post(f"{base}/input/keyboard/type", json={"text": "hello"}).status_code == 204
    assert client.post(f"{base}/input/keyboard/key", json={"text": "ctrl+c"}).status_code == 204
    assert (
        client.post(f"{base}/copy_to_clipboard", json={"text": "copied"}).json()["clipboard"]
        == "copied"
    )
    assert client.post(f"{base}/input/mouse/move", json={"x": "a", "y": 1}).status_code == 422
    assert client.get("/v1/computer/not-a-machine/display/dimensions").status_code == 404


def test_file_system_and_shell(client: TestClient, emu: Emulator) -> None:
    base = f"/v1/computer/{emu.machines[0].id}"
    content = base64.b64encode(b"abc").decode()
    written = client.post(f"{base}/fs/write", json={"path": "C:/data/a.txt", "content": content})
    assert written.json()["size"] == 3
    client.post(
        f"{base}/fs/write", json={"path": "C:/data/a.txt", "content": content, "mode": "append"}
    )
    read = client.get(f"{base}/fs/read", params={"path": "C:/data/a.txt"}).json()
    assert base64.b64decode(read["content"]) == b"abcabc"
    listing = client.get(f"{base}/fs/list", params={"path": "C:/data"}).json()
    assert listing["entries"] == [{"name": "a.txt", "type": "file", "size": 6}]
    root = client.get(f"{base}/fs/list").json()
    assert root["entries"] == [{"name": "C:", "type": "directory", "size": 0}]
    assert client.get(f"{base}/fs/read", params={"path": "nope"}).status_code == 404
    assert client.get(f"{base}/fs/read").status_code == 422
    out = client.post(f"{base}/shell/powershell/exec", json={"command": "Get-Date"}).json()
    assert out["stdout"] == "Get-Date\n" and out["exit_code"] == 0
    assert client.post(f"{base}/shell/powershell/session", json={"action": "create"}).json()[
        "session_id"
    ]
    assert client.post(f"{base}/shell/powershell/simple").status_code == 200
    assert client.post(f"{base}/shell/powershell/test").status_code == 200
    assert client.get(f"{base}/internal/diagnostics").json()["machine_id"] == str(
        emu.machines[0].id
    )
    for action in ("activity", "enable", "disable"):
        assert client.post(f"{base}/internal/keepalive/remote/{action}").status_code == 204
    assert (
        client.post(f"{base}/internal/update", json={"version": "1.2.3"}).json()["version"]
        == "1.2.3"
    )
