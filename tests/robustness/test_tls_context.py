"""Every pool of a client shares one TLS context, made once (a forked child's pools too), and
clients with the usual settings share one per process.

Loading the CA bundle costs tens of milliseconds a context, once per client instead of once
per pool (each event loop gets a pool). And a child forked while another thread of its
parent was inside OpenSSL hangs on its first OpenSSL call, which making a context is: a
child that reuses its parent's context makes none (seen as a hang of the fork scenarios).
"""

from __future__ import annotations

import asyncio
import os
import ssl
from typing import Any

import certifi
import httpx
import pytest

import cyberdesk._tls
from cyberdesk import CyberdeskClient

KEY = "cd_tls_test_key"


def _context_of(client: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    context: ssl.SSLContext = client._transport._pool._ssl_context  # type: ignore[attr-defined]
    return context


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[ssl.SSLContext]:
    """Every TLS context httpx makes while the test runs (none shared from earlier tests)."""
    monkeypatch.setattr(cyberdesk._tls, "_SHARED", {})
    contexts: list[ssl.SSLContext] = []
    original = httpx.create_ssl_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        context = original(*args, **kwargs)
        if kwargs.get("verify", args[0] if args else True) is not context:
            contexts.append(context)
        return context

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    monkeypatch.setattr("httpx._transports.default.create_ssl_context", counting)
    return contexts


def test_sync_and_every_loops_pool_share_one_context(made: list[ssl.SSLContext]) -> None:
    client = CyberdeskClient(KEY, "https://api.example.test")
    pools = client._http.pools
    sync = _context_of(pools.sync_client())

    async def in_a_loop() -> ssl.SSLContext:
        return _context_of(pools.async_client())

    assert asyncio.run(in_a_loop()) is sync
    assert asyncio.run(in_a_loop()) is sync  # a second loop, a second pool, the same context
    assert made == [sync]
    client.close()


def test_a_forked_childs_pool_makes_no_context(
    made: list[ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = CyberdeskClient(KEY, "https://api.example.test")
    pools = client._http.pools
    parent = pools.sync_client()
    real_pid = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: real_pid + 1)  # as a forked child sees it
    child = pools.sync_client()
    assert child is not parent  # the child has a pool of its own...
    assert _context_of(child) is _context_of(parent)  # ...made without OpenSSL
    assert len(made) == 1
    monkeypatch.setattr(os, "getpid", lambda: real_pid)


def test_tls_options_still_apply(made: list[ssl.SSLContext]) -> None:
    client = CyberdeskClient(KEY, "https://api.example.test", verify=False)
    context = _context_of(client._http.pools.sync_client())
    assert context.verify_mode == ssl.CERT_NONE
    assert not context.check_hostname
    client.close()

    default = CyberdeskClient(KEY, "https://api.example.test")
    context = _context_of(default._http.pools.sync_client())
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    default.close()


def test_a_callers_transport_gets_the_settings_as_given(made: list[ssl.SSLContext]) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    client = CyberdeskClient(KEY, "https://api.example.test", transport=transport)
    client._http.pools.sync_client()
    assert made == []  # nothing made for a transport that does its own TLS
    client.close()


def test_a_client_per_request_makes_one_context_in_all(made: list[ssl.SSLContext]) -> None:
    contexts = set()
    for _ in range(5):
        with CyberdeskClient(KEY, "https://api.example.test") as client:
            contexts.add(id(_context_of(client._http.pools.sync_client())))
    assert len(contexts) == 1
    assert len(made) == 1


def test_clients_share_only_contexts_of_the_same_settings(
    made: list[ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    def context(**options: Any) -> ssl.SSLContext:
        client = CyberdeskClient(KEY, "https://api.example.test", **options)
        found = _context_of(client._http.pools.sync_client())
        client.close()
        return found

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    default = context()
    assert context(verify=False) is not default
    assert context(trust_env=False) is default  # no CA variable set: the same CA bundle
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    from_env = context()
    assert from_env is not default
    assert context(trust_env=False) is default  # the variable is not read without trust_env
    assert len(made) == 3
    # httpcore sets ALPN on the context before each TLS connection: HTTP/2 clients get their own.
    assert cyberdesk._tls._key(True, None, True, True) != cyberdesk._tls._key(
        True, None, True, False
    )


@pytest.mark.filterwarnings("ignore:`cert=...` is deprecated:DeprecationWarning")
def test_a_client_certificate_is_never_shared(
    made: list[ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[object] = []
    monkeypatch.setattr(ssl.SSLContext, "load_cert_chain", lambda self, *a: loaded.append(a))
    first = CyberdeskClient(KEY, "https://api.example.test", cert="client.pem")
    second = CyberdeskClient(KEY, "https://api.example.test", cert="client.pem")
    one = _context_of(first._http.pools.sync_client())
    two = _context_of(second._http.pools.sync_client())
    assert one is not two and len(loaded) == 2
