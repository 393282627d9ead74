"""What each request of one client is made with: its settings over shared connection pools."""

from __future__ import annotations

import copy
import math
import platform
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from ._attempt import DEFAULT_MAX_RESPONSE_BYTES
from ._pools import ConnectionPools
from ._retry import RetryConfig
from ._tls import ClientTls
from ._version import __version__

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's
USER_AGENT = f"cyberdesk-python/{__version__} python/{platform.python_version()}"


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < math.inf:
        raise ValueError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {value!r}"
        )
    return httpx.Timeout(float(value))


class HttpState:
    """One client's settings over connection pools it may share with ``with_options`` copies.

    The pools carry what never changes (address, key, httpx options); the timeout, retry
    policy and default headers are this client's and go onto each request.
    """

    def __init__(
        self,
        *,
        pools: ConnectionPools,
        base_url: str,
        timeout: httpx.Timeout,
        retry: RetryConfig,
        headers: dict[str, str],
        idempotency_enabled: bool,
        idempotency_key_generator: Callable[[], str] | None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        concurrency: int | None = None,
    ):
        self.pools = pools
        self.concurrency = concurrency
        self.base_url = base_url
        self.max_response_bytes = max_response_bytes
        self.timeout = timeout
        self.retry = retry
        self.headers = headers
        self.idempotency_enabled = idempotency_enabled
        self._key_generator = idempotency_key_generator or (lambda: str(uuid.uuid4()))

    def new_idempotency_key(self) -> str | None:
        return self._key_generator() if self.idempotency_enabled else None

    def sync_client(self) -> httpx.Client:
        return self.pools.sync_client()

    def async_client(self) -> httpx.AsyncClient:
        return self.pools.async_client()

    def replace(self, **changes: Any) -> HttpState:
        """A copy with the named settings (its attributes) changed; the pools stay shared."""
        clone = copy.copy(self)
        vars(clone).update(changes)
        return clone


def max_concurrency(options: dict[str, Any]) -> int | None:
    """How many requests an async pool may carry at once, or None when not bounded here.

    As many as it keeps connections alive: more would have httpcore close connections as
    they fall idle and open new ones for the next requests. HTTP/2 multiplexes and a custom
    transport has limits of its own: neither is capped.
    """
    if options.get("http2") or options.get("async_transport") is not None:
        return None
    limits: httpx.Limits = options.get("limits") or DEFAULT_LIMITS
    sizes = [n for n in (limits.max_connections, limits.max_keepalive_connections) if n]
    return min(sizes) if sizes else None


def make_pools(
    api_key: str, base_url: str, timeout: httpx.Timeout, options: dict[str, Any]
) -> ConnectionPools:
    common: dict[str, Any] = {
        k: v
        for k, v in options.items()
        if k not in ("transport", "async_transport", "event_hooks", "async_event_hooks")
    }
    common.update(
        base_url=base_url,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT, "Authorization": f"Bearer {api_key}"},
    )
    tls = ClientTls(common)

    def make_sync() -> httpx.Client:
        transport = options.get("transport")
        return httpx.Client(
            transport=transport,
            event_hooks=options.get("event_hooks"),
            **tls.settings(transport),
            **common,
        )

    def make_async() -> httpx.AsyncClient:
        transport = options.get("async_transport")
        return httpx.AsyncClient(
            transport=transport,
            event_hooks=options.get("async_event_hooks"),
            **tls.settings(transport),
            **common,
        )

    return ConnectionPools(make_sync, make_async)
