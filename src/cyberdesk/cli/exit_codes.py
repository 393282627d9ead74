"""The exit codes every command ends with (importable without Click)."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    FAILED = 1
    """An API or network error, or a run that ended other than ``success``."""
    USAGE = 2
    """Bad arguments, no API key, or the ``cli`` extra missing."""
    WAIT_TIMEOUT = 3
    """Gave up waiting for a run; it keeps going on the server."""
    INTERRUPTED = 130


# "\b" keeps Click from rewrapping the table.
EXIT_CODES_HELP = """\b
Exit codes:
  0    success
  1    API or network error, or the run did not end in success
  2    bad usage: invalid arguments, no API key, missing packages
  3    timed out waiting for a run (the run keeps going)
  130  interrupted"""
