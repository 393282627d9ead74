"""Failures as the user sees them: one line on stderr and an exit code."""

from __future__ import annotations

from typing import Any

from .._errors import APIConnectionError, APIStatusError, CyberdeskError, WaitTimeoutError
from .exit_codes import ExitCode


def one_line(text: str) -> str:
    """Collapses newlines and runs of spaces (an HTML error page, a multi-line detail)."""
    return " ".join(text.split())


class CliFailure(Exception):
    """Ends a command with ``message`` on stderr and ``exit_code`` (see ``CyberdeskGroup``)."""

    def __init__(self, message: str, exit_code: int = ExitCode.FAILED):
        super().__init__(message)
        self.message = one_line(message)
        self.exit_code = exit_code


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def validation_summary(detail: Any) -> str:
    """``loc: msg`` for each problem a 422 names; items are generated models or plain dicts."""
    if not isinstance(detail, list):
        return str(detail)
    problems = []
    for item in detail:
        loc = _field(item, "loc")
        where = ".".join(str(part) for part in loc) if isinstance(loc, list) else "request"
        problems.append(f"{where}: {_field(item, 'msg')}")
    return "; ".join(problems)


def describe(error: CyberdeskError) -> str:
    """The SDK's error as one sentence: the HTTP status and the API's message, if any."""
    if isinstance(error, APIStatusError):
        if error.status_code == 422 and isinstance(error.detail, list):
            where = f" from {error.method} {error.path}" if error.method and error.path else ""
            return f"HTTP 422{where}: {validation_summary(error.detail)}"
        if error.status_code == 401:
            return f"{error} (check CYBERDESK_API_KEY or --api-key)"
    if isinstance(error, APIConnectionError):
        return f"could not reach the API: {error}"
    if isinstance(error, WaitTimeoutError):
        return f"{error}; it keeps going on the server"
    return str(error)


def exit_code_for(error: CyberdeskError) -> ExitCode:
    return ExitCode.WAIT_TIMEOUT if isinstance(error, WaitTimeoutError) else ExitCode.FAILED
