"""Feedback on stderr while something takes time: a run's status, download progress."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING

from .output import print_line

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress
    from rich.status import Status


class StatusLine:
    """A spinner line rewritten in place on a terminal; one line per change in a log."""

    def __init__(self, console: Console, first: str):
        self._console = console
        self._last = first
        self._spinner: Status | None = None

    def __enter__(self) -> StatusLine:
        if self._console.is_terminal:
            from rich.text import Text

            self._spinner = self._console.status(Text(self._last))
            self._spinner.start()
        else:
            print_line(self._console, self._last)
        return self

    def show(self, message: str) -> None:
        self._last = message
        if self._spinner is not None:
            from rich.text import Text

            self._spinner.update(Text(message))
        else:
            print_line(self._console, message)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._spinner is not None:
            self._spinner.stop()
            # The spinner vanishes when it stops; the outcome stays on screen.
            print_line(self._console, self._last)


@contextmanager
def download_progress(console: Console) -> Iterator[Progress]:
    """A progress bar per file (add a task per file); a log gets the final state only."""
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
    )

    with Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        TaskProgressColumn(),
        DownloadColumn(),
        console=console,
    ) as progress:
        yield progress
