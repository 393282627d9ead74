"""Pages of API objects as a table or JSON, and the ``machines``/``pools``/``workflows`` lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import click

from .options import json_option, limit_option
from .output import Field, print_json, print_line, print_table, timestamp, yes_no

if TYPE_CHECKING:
    from .._client import CyberdeskClient
    from .._response import ApiResponse
    from .session import Session


class Page(Protocol):
    """A paginated answer of the API (runs, machines, pools, workflows...)."""

    @property
    def items(self) -> Sequence[Any]: ...

    @property
    def total(self) -> int: ...


def print_page(
    session: Session, page: Page, fields: Sequence[Field], noun: str, as_json: bool
) -> None:
    """``page.items`` as a table (or a JSON array); says on stderr when there are more."""
    items = [item.to_dict() for item in page.items]
    if as_json:
        print_json(session.out, items)
        return
    if not items:
        print_line(session.err, f"No {noun}.")
        return
    print_table(session.out, fields, items)
    if page.total > len(items):
        print_line(session.err, f"Showing {len(items)} of {page.total} {noun}; see --limit.")


def list_command(
    noun: str,
    fields: Sequence[Field],
    lister: Callable[[CyberdeskClient], Callable[..., ApiResponse[Any]]],
) -> click.Command:
    """``list [--limit N] [--json]`` over ``lister(client)``, a namespace's ``list_sync``."""

    @click.command("list", help=f"List {noun}.")
    @limit_option(noun)
    @json_option
    @click.pass_obj
    def list_(session: Session, limit: int, as_json: bool) -> None:
        page = session.call(lister(session.client()), limit=limit)
        print_page(session, page, fields, noun, as_json)

    return list_


MACHINE_FIELDS = (
    Field("ID", "id", keep_whole=True),
    Field("NAME", "name"),
    Field("STATUS", "status"),
    Field("AVAILABLE", "is_available", yes_no),
    Field("LAST SEEN", "last_seen", timestamp),
)
POOL_FIELDS = (
    Field("ID", "id", keep_whole=True),
    Field("NAME", "name"),
    Field("MACHINES", "machine_count"),
    Field("DESCRIPTION", "description"),
)
WORKFLOW_FIELDS = (
    Field("ID", "id", keep_whole=True),
    Field("NAME", "name"),
    Field("UPDATED", "updated_at", timestamp),
)

machines = click.Group("machines", help="The desktops runs execute on.")
machines.add_command(list_command("machines", MACHINE_FIELDS, lambda c: c.machines.list_sync))

pools = click.Group("pools", help="Groups of machines a run can target.")
pools.add_command(list_command("pools", POOL_FIELDS, lambda c: c.pools.list_sync))

workflows = click.Group("workflows", help="The instructions runs follow.")
workflows.add_command(list_command("workflows", WORKFLOW_FIELDS, lambda c: c.workflows.list_sync))
