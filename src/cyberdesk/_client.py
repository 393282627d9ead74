"""CyberdeskClient: configuration, pooled httpx clients, lazily loaded namespaces."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from ._attempt import DEFAULT_MAX_RESPONSE_BYTES
from ._call import Runner
from ._http import HttpState, as_timeout, make_pools, max_concurrency
from ._logs import enable_logging_from_env
from ._operation import operation
from ._options import checked_headers, checked_max_retries
from ._raw import request as _request
from ._retry import RetryConfig

if TYPE_CHECKING:
    from .resources.computer import Computer
    from .resources.connections import Connections
    from .resources.health import Health
    from .resources.machines import Machines
    from .resources.model_configurations import ModelConfigurations
    from .resources.pools import Pools
    from .resources.provider_credentials import ProviderCredentials
    from .resources.request_logs import RequestLogs
    from .resources.run_attachments import RunAttachments
    from .resources.runs import Runs
    from .resources.trajectories import Trajectories
    from .resources.usage import Usage
    from .resources.workflow_tag_groups import WorkflowTagGroups
    from .resources.workflow_tags import WorkflowTags
    from .resources.workflows import Workflows

DEFAULT_BASE_URL = "https://api.cyberdesk.io"


class _Unset:
    """The default of ``with_options`` arguments: keep the client's setting."""

    def __repr__(self) -> str:
        return "UNSET"


_UNSET = _Unset()


def _redacted_url(url: str) -> str:
    """``url`` with its userinfo (a user name can be a token too) masked, for messages."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


class CyberdeskClient:
    """Client for the Cyberdesk API.

    Every operation is an async method with a blocking ``_sync`` twin, grouped by resource
    (``client.runs.create`` / ``client.runs.create_sync``), and returns an ``ApiResponse``.

    Args:
        api_key: The organisation's API key (``cd_...``). Never shown in reprs or logs.
        base_url: The API's address: ``CYBERDESK_BASE_URL`` when set, else the cloud API
            (point it at a local emulator to test without an account).
        timeout: Seconds or an ``httpx.Timeout`` bounding each whole attempt (connect,
            headers, body; for an ``httpx.Timeout``, its largest value); None means 60 s
            (10 s to connect). A streamed download waits at most this long between chunks.
        retry: Retry policy; ``RetryConfig(max_retries=0)`` turns retries off.
        idempotency_enabled: Send an ``Idempotency-Key`` with every write (on by default;
            without one, writes are never retried).
        idempotency_key_generator: Makes the key for each call (``uuid4`` by default).
        headers: Sent on every request; may not set ``Authorization`` or
            ``Idempotency-Key``, which the SDK sets.
        proxy, verify, cert, limits, trust_env, http2, follow_redirects: passed to httpx
            under the same names (``HTTPS_PROXY``/``SSL_CERT_FILE`` are honoured as httpx
            honours them).
        event_hooks, async_event_hooks: httpx event hooks for the sync and async clients.
        transport, async_transport: httpx transports, for tests or special networking.
        max_response_bytes: The largest decoded body read for a non-streamed call (64 MiB
            by default); a larger one gives ``APIResponseValidationError``.
    """

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        *,
        retry: RetryConfig | None = None,
        idempotency_enabled: bool = True,
        idempotency_key_generator: Callable[[], str] | None = None,
        proxy: str | httpx.Proxy | None = None,
        verify: Any = True,
        cert: Any = None,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
        http2: bool = False,
        follow_redirects: bool = False,
        headers: Mapping[str, str] | None = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
        async_event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ):
        if base_url is None:
            base_url = os.environ.get("CYBERDESK_BASE_URL") or DEFAULT_BASE_URL
        if not isinstance(api_key, str) or not api_key.strip():
            raise ValueError("api_key must be a non-empty string (your Cyberdesk API key)")
        if any(ch.isspace() or not ch.isprintable() for ch in api_key):
            # Never shown: the key is only wrong by a stray character and still a secret.
            raise ValueError(
                "api_key contains whitespace or a control character (a trailing newline "
                "from reading it out of a file?); strip it before passing it"
            )
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            shown = _redacted_url(base_url) if isinstance(base_url, str) else base_url
            raise ValueError(f"base_url must start with http:// or https://, got {shown!r}")
        if "@" in urlsplit(base_url).netloc:
            # httpx would send them as Basic auth in place of the API key, and print them in
            # its request log.
            raise ValueError(
                f"base_url must not carry credentials (user:password@), got "
                f"{_redacted_url(base_url)!r}; the API key authenticates, and a proxy that needs "
                "credentials takes them in proxy="
            )
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int):
            raise TypeError(
                f"max_response_bytes must be an int, got {type(max_response_bytes).__name__}"
            )
        if max_response_bytes <= 0:
            raise ValueError(f"max_response_bytes must be positive, got {max_response_bytes}")
        if retry is not None and not isinstance(retry, RetryConfig):
            raise TypeError(f"retry must be a RetryConfig, got {type(retry).__name__}")
        options: dict[str, Any] = {
            "verify": verify,
            "cert": cert,
            "trust_env": trust_env,
            "http2": http2,
            "follow_redirects": follow_redirects,
        }
        if proxy is not None:
            options["proxy"] = proxy
        if limits is not None:
            options["limits"] = limits
        for name, value in (
            ("event_hooks", event_hooks),
            ("async_event_hooks", async_event_hooks),
            ("transport", transport),
            ("async_transport", async_transport),
        ):
            if value is not None:
                options[name] = dict(value) if isinstance(value, Mapping) else value
        enable_logging_from_env()
        base_url = base_url.rstrip("/")
        checked_timeout = as_timeout(timeout)
        self._http = HttpState(
            pools=make_pools(api_key, base_url, checked_timeout, options),
            base_url=base_url,
            timeout=checked_timeout,
            retry=retry or RetryConfig(),
            headers=checked_headers("headers", headers or {}),
            idempotency_enabled=idempotency_enabled,
            idempotency_key_generator=idempotency_key_generator,
            max_response_bytes=max_response_bytes,
            concurrency=max_concurrency(options),
        )
        self._runner = Runner(self._http)

    def __repr__(self) -> str:
        return f"CyberdeskClient(base_url={self._http.base_url!r}, api_key=<redacted>)"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _Unset | None = _UNSET,
        max_retries: int | _Unset = _UNSET,
        headers: Mapping[str, str] | _Unset = _UNSET,
    ) -> CyberdeskClient:
        """A client with other settings over the same connection pools; this one is unchanged.

        ``timeout`` replaces the client's (None means the default), ``max_retries`` replaces
        the retry policy's count, ``headers`` are added to (and override) the client's
        default headers. Cheap enough to call per request: no new pool is made, and closing
        either client closes the shared pools.
        """
        changes: dict[str, Any] = {}
        if not isinstance(timeout, _Unset):
            changes["timeout"] = as_timeout(timeout)
        if not isinstance(max_retries, _Unset):
            changes["retry"] = dataclasses.replace(
                self._http.retry, max_retries=checked_max_retries(max_retries)
            )
        if not isinstance(headers, _Unset):
            changes["headers"] = {**self._http.headers, **checked_headers("headers", headers)}
        clone = object.__new__(CyberdeskClient)
        clone._http = self._http.replace(**changes)
        clone._runner = Runner(clone._http)
        return clone

    @property
    def base_url(self) -> str:
        return self._http.base_url

    request = operation(_request)
    request_sync = request.sync

    @cached_property
    def runs(self) -> Runs:
        from .resources.runs import Runs

        return Runs(self._runner)

    @cached_property
    def run_attachments(self) -> RunAttachments:
        from .resources.run_attachments import RunAttachments

        return RunAttachments(self._runner)

    @cached_property
    def machines(self) -> Machines:
        from .resources.machines import Machines

        return Machines(self._runner)

    @cached_property
    def pools(self) -> Pools:
        from .resources.pools import Pools

        return Pools(self._runner)

    @cached_property
    def workflows(self) -> Workflows:
        from .resources.workflows import Workflows

        return Workflows(self._runner)

    @cached_property
    def connections(self) -> Connections:
        from .resources.connections import Connections

        return Connections(self._runner)

    @cached_property
    def trajectories(self) -> Trajectories:
        from .resources.trajectories import Trajectories

        return Trajectories(self._runner)

    @cached_property
    def workflow_tags(self) -> WorkflowTags:
        from .resources.workflow_tags import WorkflowTags

        return WorkflowTags(self._runner)

    @cached_property
    def workflow_tag_groups(self) -> WorkflowTagGroups:
        from .resources.workflow_tag_groups import WorkflowTagGroups

        return WorkflowTagGroups(self._runner)

    @cached_property
    def model_configurations(self) -> ModelConfigurations:
        from .resources.model_configurations import ModelConfigurations

        return ModelConfigurations(self._runner)

    @cached_property
    def usage(self) -> Usage:
        from .resources.usage import Usage

        return Usage(self._runner)

    @cached_property
    def health(self) -> Health:
        from .resources.health import Health

        return Health(self._runner)

    @cached_property
    def request_logs(self) -> RequestLogs:
        from .resources.request_logs import RequestLogs

        return RequestLogs(self._runner)

    @cached_property
    def provider_credentials(self) -> ProviderCredentials:
        from .resources.provider_credentials import ProviderCredentials

        return ProviderCredentials(self._runner)

    @cached_property
    def computer(self) -> Computer:
        from .resources.computer import Computer

        return Computer(self._runner)

    def close(self) -> None:
        """Closes the pooled connections, shared with ``with_options`` copies.

        An async pool is closed in its event loop: at once when that loop is idle, soon when
        it is running; a pool whose loop has ended was closed when the loop shut down.
        """
        self._http.pools.close()

    async def aclose(self) -> None:
        """Closes the pooled connections, sync and async."""
        await self._http.pools.aclose()

    def __enter__(self) -> CyberdeskClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> CyberdeskClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
