"""TLS contexts: one per client at least, one per process for the usual settings.

Making a context loads the CA bundle, tens of milliseconds. A client makes one on first use
and shares it with all its pools: the sync one, one per event loop, and a forked child's,
which then opens its pools without calling into OpenSSL (whose locks another thread of the
parent may have held at the fork, hanging the child for good). Clients with the usual
settings (``verify`` True or False, no ``cert``) share one context per process, so code that
makes a client per request does not pay for a context each time.
"""

from __future__ import annotations

import os
import ssl
import threading
from typing import Any

import httpx

_SHARED: dict[tuple[object, ...], ssl.SSLContext] = {}
_LOCK = threading.Lock()


def _after_fork_in_child() -> None:
    global _LOCK
    _LOCK = threading.Lock()  # another thread of the parent may have held it at the fork


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _key(verify: Any, cert: Any, trust_env: bool, http2: bool) -> tuple[object, ...] | None:
    """What a context depends on, or None where it is the caller's to make."""
    if not isinstance(verify, bool) or cert is not None:
        return None
    # httpx reads these variables only when it verifies and trusts the environment.
    env = (
        (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        if verify and trust_env
        else (None, None)
    )
    # httpcore sets ALPN on the context before each TLS connection: clients that ask for
    # different protocols must not share one.
    return (verify, env, http2)


def _make(verify: Any, cert: Any, trust_env: bool, http2: bool) -> ssl.SSLContext:
    key = _key(verify, cert, trust_env, http2)
    if key is None:
        return httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
    with _LOCK:
        context = _SHARED.get(key)
        if context is None:
            context = _SHARED[key] = httpx.create_ssl_context(verify=verify, trust_env=trust_env)
        return context


class ClientTls:
    """The ``verify``/``cert`` settings a client's pools are made with."""

    def __init__(self, options: dict[str, Any]):
        self._verify = options.pop("verify", True)
        self._cert = options.pop("cert", None)
        self._trust_env = bool(options.get("trust_env", True))
        self._http2 = bool(options.get("http2", False))
        self._context: ssl.SSLContext | None = None

    def settings(self, transport: object) -> dict[str, Any]:
        """httpx's ``verify``/``cert`` for a new pool (called under the pools' lock)."""
        if transport is not None:  # the caller's transport: httpx passes these to proxies only
            return {"verify": self._verify, "cert": self._cert}
        if self._context is None:
            self._context = _make(self._verify, self._cert, self._trust_env, self._http2)
        return {"verify": self._context}
