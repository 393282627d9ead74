"""Serving an :class:`Emulator` with uvicorn in a background thread."""

from __future__ import annotations

import threading
import time
from types import TracebackType

import uvicorn

from .app import quiet_injected_disconnects
from .emulator import Emulator


class EmulatorServer:
    """``with EmulatorServer(emu) as server: server.base_url`` (port 0 picks a free port)."""

    def __init__(
        self,
        emulator: Emulator,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        log_level: str = "warning",
        startup_timeout: float = 10.0,
    ) -> None:
        self.emulator = emulator
        self.host = host
        self._requested_port = port
        self._startup_timeout = startup_timeout
        config = uvicorn.Config(
            emulator.app, host=host, port=port, log_level=log_level, lifespan="on", access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    def __repr__(self) -> str:
        return f"EmulatorServer({self.base_url if self.port else 'not started'})"

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError("the server is not running")
        return f"http://{self.host}:{self.port}"

    def start(self) -> EmulatorServer:
        if self._thread is not None:
            raise RuntimeError("the server was already started")
        quiet_injected_disconnects()
        self._thread = threading.Thread(
            target=self._server.run, name="cyberdesk-emulator", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(
                    f"the emulator did not start on {self.host}:{self._requested_port}"
                )
            time.sleep(0.005)
        sockets = [s for server in self._server.servers for s in server.sockets]
        self.port = int(sockets[0].getsockname()[1])
        return self

    def stop(self) -> None:
        if self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
