"""The pooled httpx clients a client and its ``with_options`` copies share.

Two hazards shape this module:

* **fork**: a forked child (gunicorn ``--preload``, Celery prefork, ``multiprocessing``)
  inherits the parent's keep-alive sockets. If both used them, each could read the answer
  meant for the other. The child therefore opens its own pools on first use. It never
  closes the inherited ones either: closing an async connection sends FIN on the socket the
  parent still uses, so the inherited objects are kept, untouched, until the child exits.
* **event loops**: async connections belong to the loop that opened them. Each loop gets
  its own pool, and the loop closes it itself when asyncio shuts the loop down
  (``asyncio.run`` and ``asyncio.Runner`` close async generators before closing the loop,
  and a suspended generator here closes the pool then). A loop closed without that
  shutdown has its pool's sockets closed directly, on the next use or ``close()``.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:  # imported where used: sync-only programs never load an event loop
    import asyncio
    from concurrent.futures import Future

_LIVE: weakref.WeakSet[ConnectionPools] = weakref.WeakSet()
_INHERITED: list[object] = []  # a parent's pools, kept (never closed) in a forked child
_CLOSING: set[asyncio.Task[None] | Future[None]] = set()  # closes under way, kept from GC
_FORK_LOCK = threading.Lock()


def _close_sockets(client: httpx.AsyncClient) -> None:
    """Closes the sockets of a pool whose event loop was closed without shutting it down.

    Its transports can close only through their loop (``call_soon``), which a closed loop
    refuses, so ``aclose()`` cannot run. The sockets are reached through httpx's and
    httpcore's internals; should those change, this does nothing and the garbage collector
    releases the sockets as before.
    """
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    for connection in getattr(pool, "connections", ()):
        stream = getattr(getattr(connection, "_connection", None), "_network_stream", None)
        if stream is None:
            continue
        raw = stream.get_extra_info("socket")
        sock = getattr(raw, "_sock", raw)  # asyncio hands out a TransportSocket wrapper
        if isinstance(sock, socket.socket):
            sock.close()


class _LoopPool:
    """One event loop's async client, closed by that loop when asyncio shuts it down."""

    def __init__(self, client: httpx.AsyncClient, loop: asyncio.AbstractEventLoop):
        self.client = client
        self.loop = weakref.ref(loop)
        self.pid = os.getpid()
        self.done = False
        self._hook = self._until_loop_ends()
        # Starting the generator registers it with the running loop (its first-iteration
        # hook); the loop's shutdown_asyncgens() then resumes it into the finally below.
        start = self._hook.asend(None)
        with contextlib.suppress(StopIteration):
            start.send(None)

    async def _until_loop_ends(self) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            if not self.done and self._in_own_loop():
                self.done = True
                await self.client.aclose()

    def _in_own_loop(self) -> bool:
        import asyncio

        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            return False
        return running is self.loop() and os.getpid() == self.pid

    def abandon(self) -> None:
        """Finishes the hook and closes the sockets of a pool whose loop is closed."""
        self.done = True
        ending = self._hook.aclose()
        with contextlib.suppress(StopIteration):
            ending.send(None)
        if os.getpid() == self.pid:
            _close_sockets(self.client)

    def close_soon(self) -> None:
        """Closes the pool from outside its loop, as far as that loop's state allows."""
        loop = self.loop()
        if self.done or loop is None:
            return
        if loop.is_closed():  # closed without asyncio's shutdown: loop.close() alone
            self.abandon()
            return
        import asyncio

        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self.done = True
            task = loop.create_task(self.client.aclose())
            _CLOSING.add(task)
            task.add_done_callback(_CLOSING.discard)
        elif loop.is_running():  # in another thread
            self.done = True
            future = asyncio.run_coroutine_threadsafe(self.client.aclose(), loop)
            _CLOSING.add(future)
            future.add_done_callback(_CLOSING.discard)
        elif running is None:  # idle, as between run_until_complete calls
            self.done = True
            loop.run_until_complete(self.client.aclose())
        # else another loop runs in this thread, so this one cannot: its hook closes the
        # pool when asyncio shuts it down.


class ConnectionPools:
    """A sync httpx client and one async client per event loop, made on first use."""

    def __init__(
        self,
        make_sync: Callable[[], httpx.Client],
        make_async: Callable[[], httpx.AsyncClient],
    ):
        self._make_sync = make_sync
        self._make_async = make_async
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._loops: dict[asyncio.AbstractEventLoop, _LoopPool] = {}
        _LIVE.add(self)

    def _forget_parent(self) -> None:
        _INHERITED.append((self._sync, self._loops))
        self._sync = None
        self._loops = {}
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def _check_process(self) -> None:
        # register_at_fork covers os.fork and multiprocessing; this covers forks made
        # outside Python's knowledge.
        if self._pid != os.getpid():
            with _FORK_LOCK:
                if self._pid != os.getpid():
                    self._forget_parent()

    def sync_client(self) -> httpx.Client:
        self._check_process()
        with self._lock:
            if self._sync is None:
                self._sync = self._make_sync()
            return self._sync

    def async_client(self) -> httpx.AsyncClient:
        import asyncio

        loop = asyncio.get_running_loop()
        self._check_process()
        with self._lock:
            entry = self._loops.get(loop)
            if entry is None or entry.done:
                self._drop_finished()
                entry = self._loops[loop] = _LoopPool(self._make_async(), loop)
            return entry.client

    def _drop_finished(self) -> None:
        for loop, entry in list(self._loops.items()):
            if entry.done or loop.is_closed():
                if not entry.done:
                    entry.abandon()
                del self._loops[loop]

    def pool_count(self) -> int:
        """How many httpx clients are open in this process (for tests and diagnostics)."""
        with self._lock:
            return (self._sync is not None) + sum(not e.done for e in self._loops.values())

    def _detach(self) -> list[_LoopPool]:
        """Closes the sync pool and hands back the async ones, which need their loops."""
        self._check_process()
        with self._lock:
            sync, self._sync = self._sync, None
            loops, self._loops = list(self._loops.values()), {}
        if sync is not None:
            sync.close()
        return loops

    def close(self) -> None:
        """Closes the sync pool, and each async pool as far as its loop allows."""
        loops = self._detach()
        for entry in loops:
            entry.close_soon()

    async def aclose(self) -> None:
        """Closes every pool, awaiting the one of the running loop."""
        loops = self._detach()
        import asyncio

        running = asyncio.get_running_loop()
        for entry in loops:
            if entry.loop() is running and not entry.done:
                entry.done = True
                await entry.client.aclose()
            else:
                entry.close_soon()


def _after_fork_in_child() -> None:
    global _FORK_LOCK
    _FORK_LOCK = threading.Lock()
    for pools in list(_LIVE):
        pools._forget_parent()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
