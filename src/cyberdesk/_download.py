"""Streamed, atomic downloads to disk.

The body goes straight from the socket into a temporary file beside the target, which is
renamed into place only once complete: memory stays flat whatever the size, and a failure
leaves nothing behind.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ProgressCallback = Callable[[int, "int | None"], Any]
"""Called with (bytes so far, total bytes or None when the server does not say)."""

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}


def safe_filename(name: str | None, fallback: str) -> str:
    """A name that stays inside the directory it is joined to, on every OS.

    Keeps only the last path component, drops control and reserved characters, refuses
    ``.``/``..``/hidden names and Windows device names, and caps the length at 200 bytes.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = _UNSAFE.sub("_", text).strip(" .")
    if not text or text.split(".", 1)[0].upper() in _RESERVED:
        text = fallback
    encoded = text.encode("utf-8")
    if len(encoded) > 200:
        stem, dot, ext = text.rpartition(".")
        keep = ext if dot and len(ext) <= 16 else ""
        budget = 200 - len(keep.encode()) - (1 if keep else 0)
        head = (stem if keep else text).encode("utf-8")[:budget].decode("utf-8", "ignore")
        text = f"{head}.{keep}" if keep else head
    return text


def wants_directory(output_path: str | os.PathLike[str]) -> bool:
    """A path naming a directory: one that exists as such, or written with a trailing slash."""
    text = os.fspath(output_path)
    return text.endswith(("/", os.sep)) or Path(text).is_dir()


class Progress:
    """Counts bytes and reports them, with the total the server announced (if any)."""

    def __init__(self, length: str | None, callback: ProgressCallback | None):
        self.total = int(length) if length and length.isdigit() else None
        self.done = 0
        self.callback = callback

    def add(self, count: int) -> None:
        self.done += count
        if self.callback is not None:
            self.callback(self.done, self.total)


class AtomicFileSink:
    """Writes chunks to a temporary file in ``directory``; ``commit`` renames it into place."""

    def __init__(self, target: Path, on_progress: ProgressCallback | None = None):
        self.target = target
        self.on_progress = on_progress
        self.progress = Progress(None, None)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(
            prefix=f".{target.name[:50]}.", suffix=".part", dir=target.parent
        )
        self._file = os.fdopen(fd, "wb")
        self._temp = Path(temp)

    @property
    def size(self) -> int:
        return self.progress.done

    def open(self, headers: httpx.Headers) -> None:
        self.progress = Progress(headers.get("Content-Length"), self.on_progress)
        self.progress.add(0)

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self.progress.add(len(chunk))

    def commit(self) -> Path:
        # Atomic against a crashing process (the name appears only when complete); no
        # fsync, which would halve throughput and guards only against a crashing OS.
        self._file.close()
        os.replace(self._temp, self.target)
        return self.target

    def discard(self) -> None:
        self._file.close()
        self._temp.unlink(missing_ok=True)
