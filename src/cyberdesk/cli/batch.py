"""``cyberdesk runs batch ROWS.csv``: one run per CSV row, bounded and resumable.

The journal (``ROWS.csv.journal`` unless ``--journal`` says otherwise) is what makes a
rerun safe; ``--out`` is rewritten on every invocation from the journal's results and the
new ones, so a kill between journaling a result and writing it cannot lose or repeat a row.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING
from uuid import UUID

import click

from .errors import CliFailure, describe
from .exit_codes import ExitCode
from .output import print_line

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from ..batch import BatchProgress, BatchResult
    from .session import Session

OUT_COLUMNS = ("row", "run_id", "status", "error", "output_data")


def _header(path: Path, key_column: str | None, sensitive: tuple[str, ...]) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as file:
        header = next(csv.reader(file), None)
    if not header:
        raise click.UsageError(f"{path} is empty: it needs a header row naming the inputs")
    for name in (key_column, *sensitive):
        if name is not None and name not in header:
            raise click.UsageError(f"{path} has no column {name!r} (columns: {', '.join(header)})")
    return header


def _count_rows(path: Path) -> int:
    with path.open(newline="", encoding="utf-8-sig") as file:
        return max(sum(1 for _ in csv.reader(file)) - 1, 0)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    """The CSV's rows, one at a time (the file is never held whole)."""
    with path.open(newline="", encoding="utf-8-sig") as file:
        for number, row in enumerate(csv.DictReader(file), start=2):
            if None in row or None in row.values():
                raise click.UsageError(f"{path} line {number} does not have one cell per column")
            yield row


class _Results:
    """``--out`` (CSV or JSON lines) or JSON lines on stdout, flushed after each row."""

    def __init__(self, stream: IO[str], as_csv: bool) -> None:
        self._stream = stream
        self._csv = csv.writer(stream) if as_csv else None
        if self._csv is not None:
            self._csv.writerow(OUT_COLUMNS)

    def write(self, result: BatchResult) -> None:
        record = result.to_record()
        if self._csv is not None:
            output = record["output_data"]
            record["output_data"] = "" if output is None else json.dumps(output, default=str)
            self._csv.writerow(["" if record[c] is None else record[c] for c in OUT_COLUMNS])
        else:
            self._stream.write(json.dumps(record, default=str) + "\n")
        self._stream.flush()


class _Feedback:
    """A progress bar on a terminal; one line per finished row otherwise."""

    def __init__(self, session: Session, rows_file: Path, stack: ExitStack) -> None:
        self._console = session.err
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        if self._console.is_terminal:
            # Only a bar shows the total: without one the file is not read an extra time.
            total = _count_rows(rows_file)
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = stack.enter_context(
                Progress(
                    TextColumn("runs"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[detail]}", markup=False), TimeElapsedColumn(),
                    console=self._console,
                )
            )  # fmt: skip
            self._task = self._bar.add_task("runs", total=total, detail="")

    def progress(self, progress: BatchProgress) -> None:
        if self._bar is not None and self._task is not None:
            detail = f"{progress.failed} failed, {progress.in_flight} in flight"
            if progress.rate_limit_pauses:
                detail += f", {progress.rate_limit_pauses} rate-limit pauses"
            self._bar.update(self._task, completed=progress.done, detail=detail)

    def result(self, result: BatchResult) -> None:
        # Rows that ended in an earlier invocation are in --out and the summary, not here.
        if self._bar is None and not result.from_journal:
            what = f"run {result.run_id}" if result.run_id else "no run"
            why = f": {result.error}" if result.error and not result.ok else ""
            print_line(self._console, f"row {result.row}: {result.status} ({what}){why}")


@click.command("batch")
@click.argument("rows_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--workflow", "workflow_id", type=click.UUID, required=True, help="Workflow to run.")
@click.option("--machine", "machine_id", type=click.UUID, help="Run every row on this machine.")
@click.option(
    "--pool", "pool_ids", type=click.UUID, multiple=True, help="Run in this pool (repeatable)."
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="Runs in flight at once (created and not yet ended).",
)
@click.option(
    "--journal",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where the batch keeps its place (default: ROWS_FILE.journal).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Results file: CSV if it ends in .csv, else JSON lines (default: JSON lines on stdout).",
)
@click.option(
    "--key-column", metavar="NAME", help="Column naming each row (default: its position, 0 first)."
)
@click.option(
    "--sensitive-column",
    "sensitive_columns",
    multiple=True,
    metavar="NAME",
    help="A column sent as a sensitive input, never journaled or printed (repeatable).",
)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
    metavar="SECONDS",
    help="First wait between polls of a run.",
)
@click.pass_obj
def batch_runs(
    session: Session,
    rows_file: Path,
    workflow_id: UUID,
    machine_id: UUID | None,
    pool_ids: tuple[UUID, ...],
    concurrency: int,
    journal: Path | None,
    out: Path | None,
    key_column: str | None,
    sensitive_columns: tuple[str, ...],
    poll_interval: float,
) -> None:
    """Run a workflow once per row of ROWS_FILE (a CSV whose columns are the inputs).

    Interrupted (Ctrl-C, a crash, a kill), the same command resumes: rows that ended are
    not run again, runs already created are waited for. Exits 0 when every row succeeded,
    1 when any did not, 130 when interrupted.
    """
    if machine_id is not None and pool_ids:
        raise click.UsageError("--machine and --pool cannot be used together")
    _header(rows_file, key_column, sensitive_columns)
    journal = journal or rows_file.with_name(rows_file.name + ".journal")
    client = session.client()
    from .._errors import CyberdeskError
    from ..batch import BatchJournalError

    failed = done = 0
    with ExitStack() as stack:
        stream: IO[str] = sys.stdout
        if out is not None:
            stream = stack.enter_context(out.open("w", newline="", encoding="utf-8"))
        results = _Results(stream, out is not None and out.suffix.lower() == ".csv")
        feedback = _Feedback(session, rows_file, stack)
        batch = client.runs.batch_sync(
            _rows(rows_file),
            workflow_id=workflow_id,
            machine_id=machine_id,
            pool_ids=pool_ids or None,
            sensitive_columns=sensitive_columns,
            key_column=key_column,
            concurrency=concurrency,
            journal=journal,
            on_progress=feedback.progress,
            poll_interval=poll_interval,
            max_poll_interval=max(10.0, poll_interval),
        )
        try:
            for result in batch:
                results.write(result)
                feedback.result(result)
                done += 1
                failed += 0 if result.ok else 1
        except KeyboardInterrupt:
            batch.close()
            raise CliFailure(
                f"interrupted after {done} rows; {journal} keeps the batch's place: "
                "run the same command to resume",
                ExitCode.INTERRUPTED,
            ) from None
        except BatchJournalError as exc:
            raise CliFailure(str(exc), ExitCode.USAGE) from None
        except (ValueError, TypeError, click.UsageError) as exc:
            message = exc.format_message() if isinstance(exc, click.UsageError) else str(exc)
            raise CliFailure(session.redact(message), ExitCode.USAGE) from None
        except CyberdeskError as exc:
            raise CliFailure(session.redact(describe(exc))) from None
    summary = f"{done} rows: {done - failed} succeeded, {failed} failed"
    print_line(session.err, summary + (f"; results in {out}" if out is not None else ""))
    if failed:
        raise click.exceptions.Exit(ExitCode.FAILED)
