"""A raw-socket HTTP server on loopback that answers the way a hostile or broken server does.

Each connection is handled in its own daemon thread by ``respond(conn, request_line,
stopping)``; the handler writes whatever bytes it likes (slowly, endlessly, compressed) and
must return once ``stopping`` is set. Leaving the ``with`` block sets it and closes every
socket, so a test never leaves a thread writing behind it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator

Respond = Callable[[socket.socket, str, threading.Event], None]

RUN_PATH = "/v1/runs/"


def read_request(conn: socket.socket) -> str:
    """Reads one request's head (and ignores any body); returns its request line."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return ""
        data += chunk
    return data.split(b"\r\n", 1)[0].decode("latin-1")


def head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def dribble(conn: socket.socket, data: bytes, every: float, stopping: threading.Event) -> None:
    """Sends ``data`` one byte at a time, ``every`` seconds apart, until stopped."""
    for i in range(len(data)):
        if stopping.wait(every):
            return
        conn.sendall(data[i : i + 1])


def send_chunks(chunks: Iterator[bytes], conn: socket.socket, stopping: threading.Event) -> None:
    for chunk in chunks:
        if stopping.is_set():
            return
        conn.sendall(chunk)


class HostileServer:
    """Serves ``respond`` on 127.0.0.1; ``connections`` counts the accepted sockets."""

    def __init__(self, respond: Respond) -> None:
        self._respond = respond
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self.connections = 0
        self.requests = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._conns: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self.connections += 1
                self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            while not self._stopping.is_set():
                line = read_request(conn)
                if not line:
                    return
                with self._lock:
                    self.requests += 1
                self._respond(conn, line, self._stopping)
        except OSError:
            return  # the client hung up, as a client that gives up should

    def __enter__(self) -> HostileServer:
        self._accepter.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._accepter.join(timeout=5)
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._sock.close()
