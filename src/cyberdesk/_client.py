"""CyberdeskClient: configuration, pooled httpx clients, lazily loaded namespaces."""

from __future__ import annotations

import os
import platform
import threading
import uuid
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from . import __version__
from ._call import Runner
from ._retry import RetryConfig
from ._transport import DEFAULT_MAX_RESPONSE_BYTES

if TYPE_CHECKING:
    import asyncio

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
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = f"cyberdesk-python/{__version__} python/{platform.python_version()}"


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {value!r}"
        )
    return httpx.Timeout(float(value))


class HttpState:
    """What every request shares: settings, the key, and the two pooled httpx clients."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout: httpx.Timeout,
        retry: RetryConfig,
        idempotency_enabled: bool,
        idempotency_key_generator: Callable[[], str] | None,
        httpx_options: dict[str, Any],
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ):
        self._api_key = api_key
        self.max_response_bytes = max_response_bytes
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retry = retry
        self.idempotency_enabled = idempotency_enabled
        self._key_generator = idempotency_key_generator or (lambda: str(uuid.uuid4()))
        self._options = httpx_options
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None
        self._async_loop: asyncio.AbstractEventLoop | None = None
        self._closing: asyncio.Task[None] | None = None

    def new_idempotency_key(self) -> str | None:
        return self._key_generator() if self.idempotency_enabled else None

    def _common(self) -> dict[str, Any]:
        headers = {"User-Agent": USER_AGENT, **self._options.get("headers", {})}
        headers["Authorization"] = f"Bearer {self._api_key}"
        options = {
            k: v
            for k, v in self._options.items()
            if k
            not in ("headers", "transport", "async_transport", "event_hooks", "async_event_hooks")
        }
        return {"base_url": self.base_url, "timeout": self.timeout, "headers": headers, **options}

    def sync_client(self) -> httpx.Client:
        with self._lock:
            if self._sync is None:
                self._sync = httpx.Client(
                    transport=self._options.get("transport"),
                    event_hooks=self._options.get("event_hooks"),
                    **self._common(),
                )
            return self._sync

    def async_client(self) -> httpx.AsyncClient:
        # Connections belong to the event loop that opened them; a client reused from a
        # finished loop (asyncio.run twice, a notebook, a test per loop) gets a fresh pool.
        import asyncio  # here: sync-only programs never load it

        loop = asyncio.get_running_loop()
        with self._lock:
            if self._async is None or self._async_loop is not loop:
                self._async = httpx.AsyncClient(
                    transport=self._options.get("async_transport"),
                    event_hooks=self._options.get("async_event_hooks"),
                    **self._common(),
                )
                self._async_loop = loop
            return self._async

    def _detach(self) -> httpx.AsyncClient | None:
        """Closes the sync pool and hands back the async one, which needs a loop to close."""
        with self._lock:
            sync, self._sync = self._sync, None
            pending, self._async = self._async, None
        if sync is not None:
            sync.close()
        return pending

    def close(self) -> None:
        pending = self._detach()
        if pending is not None:
            import asyncio

            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # no loop to close it in; its sockets go with it
            self._closing = loop.create_task(pending.aclose())

    async def aclose(self) -> None:
        pending = self._detach()
        if pending is not None:
            await pending.aclose()


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
        proxy, verify, cert, limits, trust_env, http2, follow_redirects, headers: passed to
            httpx under the same names (``HTTPS_PROXY``/``SSL_CERT_FILE`` are honoured as
            httpx honours them).
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
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
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
            "headers": dict(headers or {}),
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
        self._http = HttpState(
            api_key=api_key,
            base_url=base_url,
            timeout=_as_timeout(timeout),
            retry=retry or RetryConfig(),
            idempotency_enabled=idempotency_enabled,
            idempotency_key_generator=idempotency_key_generator,
            httpx_options=options,
            max_response_bytes=max_response_bytes,
        )
        self._runner = Runner(self._http)

    def __repr__(self) -> str:
        return f"CyberdeskClient(base_url={self._http.base_url!r}, api_key=<redacted>)"

    @property
    def base_url(self) -> str:
        return self._http.base_url

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
        """Closes the pooled connections (the async pool too, when a loop is running)."""
        self._http.close()

    async def aclose(self) -> None:
        """Closes the pooled connections, sync and async."""
        await self._http.aclose()

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
