"""The ``cyberdesk`` command group: global options, subcommands and one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any

import click

from .. import __version__
from .attachments import attachments
from .emulator import emulator
from .errors import CliFailure, one_line
from .exit_codes import EXIT_CODES_HELP, ExitCode
from .listing import machines, pools, workflows
from .output import make_console
from .runs import runs
from .session import Session


def report(message: str) -> None:
    """The one line a failed command leaves on stderr."""
    from rich.text import Text

    line = Text.assemble(("Error:", "bold red"), " ", one_line(message))
    make_console(stderr=True).print(line, soft_wrap=True)


class CyberdeskGroup(click.Group):
    """The root group: every failure, usage errors included, is one line and an exit code.

    Called with ``standalone_mode=False`` it returns the exit code instead of exiting.
    """

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            # Not standalone: Click hands over its errors instead of printing usage blocks.
            result = super().main(args, prog_name, complete_var, False, **extra)
        except CliFailure as exc:
            report(exc.message)
            code = exc.exit_code
        except click.ClickException as exc:
            message = exc.format_message()
            if isinstance(exc, click.UsageError) and exc.ctx is not None:
                message += f" (see '{exc.ctx.command_path} --help')"
            report(message)
            code = exc.exit_code
        except click.Abort:
            report("interrupted")
            code = ExitCode.INTERRUPTED
        else:
            # ``ctx.exit(n)`` comes back as n; a command that simply ends returns None.
            code = result if isinstance(result, int) else ExitCode.OK
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(
    "cyberdesk",
    cls=CyberdeskGroup,
    epilog=EXIT_CODES_HELP,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--api-key",
    envvar="CYBERDESK_API_KEY",
    show_envvar=True,
    show_default=False,
    metavar="KEY",
    help="Your Cyberdesk API key.",
)
@click.option(
    "--base-url",
    envvar="CYBERDESK_BASE_URL",
    show_envvar=True,
    metavar="URL",
    help="The API's address (default: the Cyberdesk cloud).",
)
@click.version_option(__version__, prog_name="cyberdesk")
@click.pass_context
def cli(ctx: click.Context, api_key: str | None, base_url: str | None) -> None:
    """Run Cyberdesk workflows and follow them from the terminal.

    Tables and status go to the terminal; pass --json for output programs can read.
    """
    # Programs embedding the CLI may pass CyberdeskClient keyword arguments as ``obj``
    # (the tests pass a RetryConfig whose sleep does not wait).
    options = ctx.obj if isinstance(ctx.obj, Mapping) else {}
    session = Session(api_key=api_key, base_url=base_url, client_options=options)
    ctx.obj = session
    ctx.call_on_close(session.close)


for command in (runs, attachments, machines, pools, workflows, emulator):
    cli.add_command(command)
