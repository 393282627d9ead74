"""Rich consoles and the shapes data is printed in: tables, detail views and JSON.

Rich is imported inside the functions so that ``cyberdesk --help`` does not pay for it.
Rich leaves out colour and live updates by itself when the stream is not a terminal, so
piped output is plain text and ``--json`` output is exactly JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

# A pipe has no width; Rich would assume 80 columns and fold table rows holding UUIDs.
_PIPE_WIDTH = 1000


def make_console(*, stderr: bool) -> Console:
    """A console on stdout (data) or stderr (status, progress, errors)."""
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False)
    if not console.is_terminal:
        console.width = _PIPE_WIDTH
    return console


def print_json(console: Console, data: Any) -> None:
    # Rich soft-wraps JSON: a long string stays on one line, so a pipe gets valid JSON.
    console.print_json(data=data, default=str)


def print_line(console: Console, line: str) -> None:
    """Prints ``line`` literally (no Rich markup: API data may contain brackets)."""
    from rich.text import Text

    console.print(Text(line), soft_wrap=True)


def text(value: Any) -> str:
    """A cell: ``-`` for nothing, compact JSON for lists and objects."""
    if value is None or value == "" or value == [] or value == {}:
        return "-"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def timestamp(value: Any) -> str:
    """An ISO 8601 time from the API, in UTC to the second (``2026-01-01 09:30:00Z``)."""
    if not isinstance(value, str):
        return text(value)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return moment.isoformat(sep=" ", timespec="seconds")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")


def joined(value: Any) -> str:
    """A list as ``a, b`` (ids, error messages) rather than JSON."""
    if isinstance(value, list) and value:
        return ", ".join(str(item) for item in value)
    return text(value)


def yes_no(value: Any) -> str:
    return "-" if value is None else ("yes" if value else "no")


@dataclass(frozen=True)
class Field:
    """One column of a table or one row of a detail view, read from a model's ``to_dict()``."""

    label: str
    key: str
    render: Callable[[Any], str] = text
    keep_whole: bool = False
    """In a narrow terminal, other columns fold first (the id a user copies, say)."""


def print_table(
    console: Console, fields: Sequence[Field], rows: Iterable[Mapping[str, Any]]
) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    # A pipe gets bare columns (header, then rows), like `ps`, for `awk` and `cut`.
    table = Table(
        box=box.SIMPLE_HEAD if console.is_terminal else None,
        header_style="bold",
        show_edge=False,
        pad_edge=False,
    )
    for field in fields:
        # Fold rather than truncate: an id cut short with "..." cannot be pasted back.
        table.add_column(field.label, overflow="fold", no_wrap=field.keep_whole)
    for row in rows:
        table.add_row(*(Text(field.render(row.get(field.key))) for field in fields))
    console.print(table)


def print_details(console: Console, fields: Sequence[Field], record: Mapping[str, Any]) -> None:
    """``label  value`` lines for the fields the record has."""
    from rich.text import Text

    present = [field for field in fields if record.get(field.key) is not None]
    width = max((len(field.label) for field in present), default=0)
    for field in present:
        line = Text.assemble(
            (field.label.ljust(width), "bold"), "  ", field.render(record[field.key])
        )
        console.print(line, soft_wrap=True)
