"""The ``cyberdesk`` command line.

It needs the ``cli`` extra (Click and Rich). This module imports neither, so that a
missing extra is reported in one line instead of a traceback.
"""

from __future__ import annotations

import sys

from .exit_codes import ExitCode

MISSING_EXTRA = 'cyberdesk: the command line needs Click and Rich: pip install "cyberdesk[cli]"'


def main() -> None:
    """Entry point of the ``cyberdesk`` script."""
    try:
        import rich  # noqa: F401  (its modules are imported when first used; check it is here)

        from .app import cli
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("click", "rich"):
            raise
        print(MISSING_EXTRA, file=sys.stderr)
        raise SystemExit(ExitCode.USAGE) from None
    cli(prog_name="cyberdesk")


__all__ = ["main"]
