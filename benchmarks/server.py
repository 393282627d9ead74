"""A minimal fixed-response HTTP/1.1 server, fast enough not to be what is measured.

    python benchmarks/server.py --download-size BYTES

Binds 127.0.0.1 on a free port, prints ``PORT <n>`` and serves until stdin closes:

- ``GET /v1/runs/{id}``: a canned run (bytes prepared once), keep-alive;
- ``GET /v1/run-attachments/{id}``: the attachment's metadata;
- ``GET /v1/run-attachments/{id}/download``: BYTES of data, written from one repeated
  1 MiB block with flow control, so the server never holds the body;
- ``GET /_stats``: JSON counters: connections accepted (those asking for ``/_stats`` left
  out), the most carrying API requests at once since the previous ``/_stats``, requests.

Only GET without a body is understood: it is all the benchmarks send.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from typing import Any

import data

BLOCK = memoryview(os.urandom(1 << 20))
MAX_HEAD = 64 * 1024


def response(body: bytes, content_type: bytes = b"application/json", status: bytes = b"200 OK"):
    head = b"HTTP/1.1 %s\r\ncontent-type: %s\r\ncontent-length: %d\r\n\r\n"
    return head % (status, content_type, len(body)) + body


class Stats:
    connections = 0  # accepted, less those that asked for /_stats
    open_now = 0  # of those that carried an API request
    peak_open = 0
    requests = 0


class Server:
    def __init__(self, download_size: int):
        self.download_size = download_size
        self.run = response(json.dumps(data.run(run_id=data.RUN_ID)).encode())
        self.attachment = response(json.dumps(data.attachment(download_size)).encode())
        self.download_head = (
            b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\n"
            b'content-disposition: attachment; filename="recording.bin"\r\n'
            b"content-length: %d\r\n\r\n" % download_size
        )
        self.not_found = response(b'{"detail":"Not Found"}', status=b"404 Not Found")


class Connection(asyncio.Protocol):
    def __init__(self, server: Server):
        self.server = server
        self.buffer = bytearray()
        self.transport: Any = None
        self.counted = False  # carried an API request
        self.control = False  # asked for /_stats
        self.streaming: asyncio.Task[None] | None = None
        self.can_write = asyncio.Event()
        self.can_write.set()

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        transport.set_write_buffer_limits(high=4 << 20)
        Stats.connections += 1

    def connection_lost(self, exc: Exception | None) -> None:
        if self.counted:
            Stats.open_now -= 1
        self.can_write.set()

    def pause_writing(self) -> None:
        self.can_write.clear()

    def resume_writing(self) -> None:
        self.can_write.set()

    def data_received(self, chunk: bytes) -> None:
        self.buffer += chunk
        if len(self.buffer) > MAX_HEAD:
            self.transport.close()
            return
        while self.streaming is None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            line = bytes(self.buffer[: self.buffer.find(b"\r\n")])
            del self.buffer[: end + 4]
            self.answer(line.split(b" ")[1].split(b"?")[0])

    def answer(self, path: bytes) -> None:
        if path == b"/_stats":
            if not self.control and not self.counted:
                self.control = True
                Stats.connections -= 1
            stats = {k: v for k, v in vars(Stats).items() if not k.startswith("_")}
            self.transport.write(response(json.dumps(stats).encode()))
            Stats.peak_open = Stats.open_now
            return
        if not self.counted:
            self.counted = True
            Stats.open_now += 1
            Stats.peak_open = max(Stats.peak_open, Stats.open_now)
        Stats.requests += 1
        parts = path.split(b"/")
        if path.startswith(b"/v1/runs/") and len(parts) == 4:
            self.transport.write(self.server.run)
        elif path.startswith(b"/v1/run-attachments/") and len(parts) == 4:
            self.transport.write(self.server.attachment)
        elif path.startswith(b"/v1/run-attachments/") and path.endswith(b"/download"):
            self.streaming = asyncio.get_running_loop().create_task(self.stream())
        else:
            self.transport.write(self.server.not_found)

    async def stream(self) -> None:
        self.transport.write(self.server.download_head)
        left = self.server.download_size
        while left > 0 and not self.transport.is_closing():
            await self.can_write.wait()
            n = min(left, len(BLOCK))
            self.transport.write(BLOCK[:n])
            left -= n
        self.streaming = None
        if self.buffer:  # a request sent while the body went out
            self.data_received(b"")


async def serve(download_size: int) -> None:
    loop = asyncio.get_running_loop()
    server = Server(download_size)
    listener = await loop.create_server(
        lambda: Connection(server), "127.0.0.1", 0, backlog=1024, reuse_address=True
    )
    print("PORT", listener.sockets[0].getsockname()[1], flush=True)
    # Serve until the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    listener.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--download-size", type=int, default=512 << 20)
    args = parser.parse_args()
    asyncio.run(serve(args.download_size))


if __name__ == "__main__":
    main()
