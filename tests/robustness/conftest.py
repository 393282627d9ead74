"""Shared pieces of the robustness suite: emulator servers, clocks, loopback fakes, sizes.

Sizes come from environment variables, not pytest options (``pytest_addoption`` only works
in the rootdir conftest): ``CYBERDESK_SOAK_SIZE`` scales the fault soak (default 2000
``runs.create`` calls; chains and bulk creates scale with it).
"""

from __future__ import annotations

import os
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from cyberdesk.emulator import Emulator, EmulatorServer

API_KEY = "cd_robustness_key_0123456789abcdef"
DEFAULT_SOAK_SIZE = 2000


def soak_size() -> int:
    """``runs.create`` calls in the soak: ``CYBERDESK_SOAK_SIZE`` or 2000 (even, >= 20)."""
    raw = os.environ.get("CYBERDESK_SOAK_SIZE", "").strip()
    if not raw:
        return DEFAULT_SOAK_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise pytest.UsageError(f"CYBERDESK_SOAK_SIZE must be an integer, got {raw!r}") from None
    if size < 20:
        raise pytest.UsageError(f"CYBERDESK_SOAK_SIZE must be at least 20, got {size}")
    return size + size % 2


class FrozenClock:
    """Emulator time that never moves: runs stay queued, so the emulator's per-request
    bookkeeping stays cheap however many runs a soak creates."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_emulator(seed: int = 0, **kwargs: object) -> Emulator:
    return Emulator(
        api_key=API_KEY, seed=seed, machines=2, clock=FrozenClock(), tick_interval=0.5, **kwargs
    )


@pytest.fixture
def emu() -> Emulator:
    return make_emulator()


@pytest.fixture
def served(emu: Emulator) -> Iterator[EmulatorServer]:
    """``emu`` served by uvicorn on a free loopback port."""
    with EmulatorServer(emu) as server:
        yield server


# -- loopback fakes for what the transport must survive ---------------------------------------


Answer = Callable[[str, str], tuple[int, dict[str, str], bytes]]


def answer_ok(method: str, path: str) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "application/json"}, b"{}"


class RecordingServer:
    """A real HTTP server on loopback that records every request (``requests``: method,
    path, headers; ``bodies``: the raw bodies) and answers what ``answer(method, path)``
    says (200 ``{}`` by default), over TLS when given a server context."""

    def __init__(self, answer: Answer = answer_ok, tls: ssl.SSLContext | None = None) -> None:
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.bodies: list[bytes] = []
        seen, bodies = self.requests, self.bodies

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                bodies.append(self.rfile.read(length) if length else b"")
                seen.append((self.command, self.path, dict(self.headers.items())))
                status, headers, body = answer(self.command, self.path)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

            def log_message(self, format: str, *args: object) -> None:
                return None

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class SilentServer:
    """Accepts connections on loopback, reads what comes, and never answers."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self.accepted = 0
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            self.accepted += 1
            self._conns.append(conn)  # held open, never written to

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for conn in self._conns:
            conn.close()
        self._sock.close()
