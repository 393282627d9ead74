"""A loopback HTTP/1.1 server, run as its own process, that answers ``GET /v1/runs/<id>`` with
a run whose ``id`` is the one asked for, so a caller can tell whose answer it got.

It runs in a separate process so the test process has no extra threads when it forks.
Prints its port on the first line of stdout.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes

    def do_GET(self) -> None:
        run_id = self.path.split("?")[0].rsplit("/", 1)[-1]
        body = json.dumps(
            {
                "id": run_id,
                "workflow_id": run_id,
                "machine_id": None,
                "status": "running",
                "created_at": "2026-01-01T00:00:00Z",
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # a fresh async pool opens dozens of connections at once


@contextmanager
def echo_server() -> Iterator[str]:
    """Runs this server in a child process; yields its base URL."""
    proc = subprocess.Popen([sys.executable, __file__], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        yield f"http://127.0.0.1:{int(proc.stdout.readline())}"
    finally:
        proc.kill()
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def main() -> None:
    server = _Server(("127.0.0.1", 0), _Echo)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
