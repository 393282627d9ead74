"""``cyberdesk emulator``: the local API emulator, when this installation has it."""

from __future__ import annotations

import importlib

import click

from .errors import CliFailure
from .exit_codes import ExitCode

_MODULE = "cyberdesk.emulator.__main__"


@click.command(
    "emulator",
    context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
    # --help belongs to the emulator, which lists its own options.
    add_help_option=False,
    short_help="Serve a local, in-memory Cyberdesk API.",
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def emulator(args: tuple[str, ...]) -> None:
    """Serve a local, in-memory Cyberdesk API (options: cyberdesk emulator --help)."""
    try:
        module = importlib.import_module(_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name in ("cyberdesk.emulator", _MODULE):
            raise CliFailure(
                "this installation of cyberdesk has no emulator", ExitCode.USAGE
            ) from None
        raise CliFailure(
            f'the emulator needs {exc.name}: pip install "cyberdesk[emulator]"', ExitCode.USAGE
        ) from None
    code = module.main(list(args))
    if code:
        raise click.exceptions.Exit(code)
