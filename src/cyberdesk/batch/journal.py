"""The batch journal: JSON lines that let a rerun pick up where a dead process stopped.

Line one is a header (the batch's id and identity); then, per row, ``sent`` before its
create goes out, ``created`` once the API gave its run id, ``ended`` with its result. Each
line is flushed to the operating system as it is written, so a killed process (SIGKILL, an
OOM kill, Ctrl-C) loses nothing. ``fsync=True`` also survives a power cut, at the price of
a disk flush per line. A line cut short by a kill mid-write is dropped on the next open.
Sensitive input values are never written.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .results import BatchJournalError, BatchJournalMismatch, BatchResult

KIND = "cyberdesk.runs.batch"
VERSION = 1
_NOT_A_JOURNAL = "{path} is not a batch journal; refusing to overwrite it"


@dataclass
class Pending:
    """A row journaled as sent that has not ended: its digest, and its run once known."""

    digest: str
    run_id: str | None = None


def _lock(file: IO[bytes], path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; one process per journal is on the user
        return
    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise BatchJournalError(f"journal {path} is in use by another process") from None


class Journal:
    """One batch's journal (``path=None``: a batch that keeps none and cannot resume)."""

    def __init__(self, path: Path | None, *, fsync: bool = False) -> None:
        self.path = path
        self.batch_id = uuid.uuid4()
        self.done: dict[str, str] = {}
        """Rows that ended in an earlier invocation, and their digests."""
        self.pending: dict[str, Pending] = {}
        """Rows sent in an earlier invocation that had not ended."""
        self._fsync = fsync
        self._file: IO[bytes] | None = None
        self._loaded_size = 0

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None, identity: dict[str, Any], *, fsync: bool = False
    ) -> Journal:
        """Opens (creating it when new) and reads the journal; refuses another batch's."""
        journal = cls(None if path is None else Path(path), fsync=fsync)
        if journal.path is not None:
            journal._load(journal.path, identity)
        return journal

    def _load(self, path: Path, identity: dict[str, Any]) -> None:
        try:
            file = path.open("a+b")
        except OSError as exc:
            raise BatchJournalError(f"cannot open journal {path}: {exc.strerror}") from None
        self._file = file
        try:
            _lock(file, path)
            file.seek(0)
            header = None
            offset = 0
            for number, line in enumerate(file, start=1):
                if header is None and not line.endswith(b"\n"):
                    # No whole header yet: another file (or a header torn before any row
                    # was sent, which holds nothing worth keeping but cannot be told apart).
                    raise BatchJournalError(_NOT_A_JOURNAL.format(path=path))
                if not line.endswith(b"\n"):
                    break  # the tail of a write cut short by a kill: dropped below
                try:
                    record = json.loads(line)
                except ValueError:
                    if header is None:
                        raise BatchJournalError(_NOT_A_JOURNAL.format(path=path)) from None
                    raise BatchJournalError(
                        f"journal {path} is corrupt (line {number} is not JSON)"
                    ) from None
                if header is None:
                    header = self._check_header(path, record, identity)
                else:
                    self._apply(record)
                offset += len(line)
            os.ftruncate(file.fileno(), offset)
            file.seek(0, os.SEEK_END)
            self._loaded_size = offset
            if header is None:
                self._write({"t": KIND, "version": VERSION, "batch_id": str(self.batch_id),
                             "identity": identity})  # fmt: skip
        except BaseException:
            self.close()
            raise

    def _check_header(self, path: Path, record: Any, identity: dict[str, Any]) -> dict[str, Any]:
        if not isinstance(record, dict) or record.get("t") != KIND:
            raise BatchJournalError(_NOT_A_JOURNAL.format(path=path))
        if record.get("version") != VERSION:
            raise BatchJournalError(f"journal {path} has version {record.get('version')!r}")
        written = record.get("identity") or {}
        for name, value in identity.items():
            if written.get(name) != value:
                raise BatchJournalMismatch(
                    f"journal {path} belongs to another batch: its {name} is "
                    f"{written.get(name)!r}, this batch's is {value!r} (pass another journal "
                    "path, or delete this one to start over)"
                )
        self.batch_id = uuid.UUID(record["batch_id"])
        return record

    def _apply(self, record: dict[str, Any]) -> None:
        kind, row = record.get("t"), record.get("row")
        if not isinstance(row, str):
            return
        if kind == "sent":
            self.pending[row] = Pending(str(record.get("digest")))
        elif kind == "created" and row in self.pending:
            self.pending[row].run_id = record.get("run_id")
        elif kind == "ended":
            pending = self.pending.pop(row, None)
            self.done[row] = pending.digest if pending is not None else ""

    def results(self) -> Iterator[BatchResult]:
        """The results journaled by earlier invocations, read back one at a time."""
        if self.path is None or not self.done:
            return
        with self.path.open("rb") as file:
            read = 0
            for line in file:
                read += len(line)
                if read > self._loaded_size:
                    return
                record = json.loads(line)
                if record.get("t") == "ended":
                    yield BatchResult(
                        row=record["row"],
                        run_id=record.get("run_id"),
                        status=record["status"],
                        output_data=record.get("output_data"),
                        error=record.get("error"),
                        from_journal=True,
                    )

    def sent(self, row: str, digest: str) -> None:
        self._write({"t": "sent", "row": row, "digest": digest})

    def created(self, row: str, run_id: str) -> None:
        self._write({"t": "created", "row": row, "run_id": run_id})

    def ended(self, result: BatchResult) -> None:
        self._write({"t": "ended", **result.to_record()})

    def _write(self, record: dict[str, Any]) -> None:
        if self._file is None:
            return
        line = json.dumps(record, separators=(",", ":"), default=str) + "\n"
        self._file.write(line.encode())
        self._file.flush()
        if self._fsync:
            os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()  # also releases the lock
            self._file = None
