"""Real PNG images from the standard library (zlib and struct), for screenshots."""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


@lru_cache(maxsize=8)
def png_bytes(width: int, height: int) -> bytes:
    """An RGB image of ``width`` x ``height``: a desktop-blue screen with a grey taskbar."""
    taskbar = max(1, height // 20)
    desktop_row = b"\x00" + b"\x1f\x4e\x79" * width
    taskbar_row = b"\x00" + b"\x30\x30\x30" * width
    raw = desktop_row * (height - taskbar) + taskbar_row * taskbar
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(raw, 6)),
            _chunk(b"IEND", b""),
        )
    )
