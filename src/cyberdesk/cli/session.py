"""One invocation's settings, consoles and API client, and how SDK results become output."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from .errors import CliFailure, describe, exit_code_for, validation_summary
from .exit_codes import ExitCode
from .output import make_console

if TYPE_CHECKING:
    from rich.console import Console

    from .._client import CyberdeskClient
    from .._response import ApiResponse

P = ParamSpec("P")
T = TypeVar("T")

# A "key" this short would match ordinary words; real keys are far longer.
_MIN_REDACTED_LENGTH = 8


class Session:
    """What the commands share: ``out`` for data, ``err`` for the rest, and the client.

    The client is built on first use, so commands that need no API (and ``--help``) work
    without a key and without importing the SDK's HTTP stack.
    """

    def __init__(
        self, *, api_key: str | None, base_url: str | None, client_options: Mapping[str, Any]
    ):
        self._api_key = (api_key or "").strip() or None
        self._base_url = base_url
        self._client_options = dict(client_options)
        self._client: CyberdeskClient | None = None

    @cached_property
    def out(self) -> Console:
        return make_console(stderr=False)

    @cached_property
    def err(self) -> Console:
        return make_console(stderr=True)

    def client(self) -> CyberdeskClient:
        if self._client is None:
            if self._api_key is None:
                raise CliFailure(
                    "no API key: set CYBERDESK_API_KEY or pass --api-key", ExitCode.USAGE
                )
            from .._client import CyberdeskClient

            options = dict(self._client_options)
            if self._base_url:
                options["base_url"] = self._base_url
            try:
                self._client = CyberdeskClient(self._api_key, **options)
            except ValueError as exc:
                raise CliFailure(self.redact(str(exc)), ExitCode.USAGE) from None
        return self._client

    def call(self, method: Callable[P, ApiResponse[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """The data of an SDK call; argument errors and failed calls end the command."""
        try:
            response = method(*args, **kwargs)
        except (ValueError, TypeError) as exc:
            # The SDK checks arguments before sending and names the one at fault.
            raise CliFailure(self.redact(str(exc)), ExitCode.USAGE) from None
        return self.unwrap(response)

    def unwrap(self, response: ApiResponse[T]) -> T:
        if response.error is not None:
            error = response.error
            raise CliFailure(self.redact(describe(error)), exit_code_for(error))
        if response.status_code == 422:
            detail = getattr(response.data, "detail", response.data)
            raise CliFailure(self.redact(f"HTTP 422: {validation_summary(detail)}"))
        return cast(T, response.data)

    def redact(self, message: str) -> str:
        # The SDK never puts the key in a message, but an API error body is foreign text.
        key = self._api_key
        if key is None or len(key) < _MIN_REDACTED_LENGTH:
            return message
        return message.replace(key, "<redacted>")

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
