"""``cyberdesk attachments``: a run's files, saved to disk with a progress bar each."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

import click

from .live import download_progress
from .output import print_line

if TYPE_CHECKING:
    from rich.progress import TaskID

    from ..client.models import RunAttachmentResponse
    from .session import Session

_PAGE = 100


def run_attachments(
    session: Session, run_id: UUID, kind: str | None
) -> list[RunAttachmentResponse]:
    """Every attachment of the run (of ``kind`` when given), page after page."""
    client = session.client()
    found: list[RunAttachmentResponse] = []
    while True:
        page = session.call(
            client.run_attachments.list_sync,
            run_id=run_id,
            attachment_type=kind,
            skip=len(found),
            limit=_PAGE,
        )
        found += page.items
        if not page.items or len(found) >= page.total:
            return found


@click.group()
def attachments() -> None:
    """Files given to runs (input) and produced by them (output)."""


@attachments.command("download")
@click.argument("run_id", type=click.UUID)
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Where to save the files (created if missing).",
)
@click.option(
    "--type",
    "kind",
    type=click.Choice(["output", "input", "all"]),
    default="output",
    show_default=True,
    help="Which of the run's attachments.",
)
@click.pass_obj
def download(session: Session, run_id: UUID, directory: Path, kind: str) -> None:
    """Save a run's attachments under their own names and print where they went."""
    found = run_attachments(session, run_id, None if kind == "all" else kind)
    if not found:
        noun = "attachments" if kind == "all" else f"{kind} attachments"
        print_line(session.err, f"Run {run_id} has no {noun}.")
        return
    client = session.client()
    # A trailing separator makes the SDK use each attachment's own (sanitized) name.
    target = f"{directory}{os.sep}"
    saved: list[str] = []
    try:
        with download_progress(session.err) as progress:
            for attachment in found:
                task = progress.add_task(attachment.filename, total=attachment.size_bytes)

                def advance(done: int, total: int | None, task: TaskID = task) -> None:
                    progress.update(task, completed=done, total=total)

                result = session.call(
                    client.run_attachments.save_to_file_sync,
                    attachment.id,
                    output_path=target,
                    on_progress=advance,
                )
                saved.append(str(result["path"]))
    finally:
        # Files saved before a failure are complete: say where they are either way.
        for path in saved:
            print_line(session.out, path)
