"""A hostile body cannot grow the process without bound.

A non-streamed answer is read up to ``max_response_bytes`` (decoded) and no further; an error
body is kept as a bounded prefix. Each case runs the client in a child process (the hostile
server stays in this one) that reports its peak RSS growth; the child's address space is
capped too, so a regression fails with MemoryError instead of swapping a shared machine.
"""

from __future__ import annotations

import json
import socket
import struct
import subprocess
import sys
import textwrap
import threading
import zlib
from collections.abc import Iterator

import pytest

from tests.robustness.conftest import API_KEY
from tests.robustness.hostile import HostileServer, head, send_chunks

MIB = 1 << 20
LIMIT_MIB = 256
ERROR_BODY_SIZE = 200 * 1000 * 1000


def gzip_bomb(decoded: int = 1 << 30) -> Iterator[bytes]:
    """A gzip stream of ``decoded`` zero bytes, about 1/1000 of that size, made lazily."""
    block = bytes(MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    # After a full flush the compressor forgets its history, so every later block of zeros
    # compresses to the same bytes: one repeated unit makes the whole bomb.
    first = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    unit = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush()
    crc = 0
    for _ in range(decoded // MIB):
        crc = zlib.crc32(block, crc)
    yield b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + first
    for _ in range(decoded // MIB - 1):
        yield unit
    yield end + struct.pack("<II", crc, decoded & 0xFFFFFFFF)


def bomb(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    conn.sendall(
        head(200, {"Content-Type": "application/json", "Content-Encoding": "gzip",
                   "Transfer-Encoding": "chunked"})
    )  # fmt: skip
    send_chunks((b"%x\r\n%s\r\n" % (len(c), c) for c in gzip_bomb()), conn, stopping)
    conn.sendall(b"0\r\n\r\n")


def endless(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    conn.sendall(head(200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
    chunk = b"%x\r\n%s\r\n" % (MIB, b"[" * MIB)
    while not stopping.is_set():
        conn.sendall(chunk)


def huge_error_page(conn: socket.socket, line: str, stopping: threading.Event) -> None:
    conn.sendall(head(500, {"Content-Type": "text/html", "Content-Length": str(ERROR_BODY_SIZE)}))
    page = b"<p>" + b"x" * (MIB - 7) + b"</p>\n"
    send_chunks((page for _ in range(ERROR_BODY_SIZE // MIB)), conn, stopping)
    conn.sendall(page[: ERROR_BODY_SIZE % MIB])


CHILD = textwrap.dedent(
    """
    import asyncio, json, resource, sys, time
    from cyberdesk import CyberdeskClient, RetryConfig

    url, form, key = sys.argv[1], sys.argv[2], sys.argv[3]
    # A safety net for the machine, not the measure: a regression hits MemoryError.
    with open("/proc/self/status") as status:
        size = next(int(l.split()[1]) for l in status if l.startswith("VmSize:")) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (size + (1 << 30), resource.RLIM_INFINITY))
    retry = RetryConfig(max_retries=3, initial_delay=0.01, max_delay=0.02)
    client = CyberdeskClient(key, base_url=url, timeout=10, retry=retry)
    run_id = "00000000-0000-0000-0000-000000000007"

    async def get():
        async with client:
            return await client.runs.get(run_id)

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    try:
        response = client.runs.get_sync(run_id) if form == "sync" else asyncio.run(get())
        error = response.error
        outcome = {"error": type(error).__name__, "body": len(str(getattr(error, "body", "")))}
    except BaseException as exc:
        outcome = {"error": "raised " + type(exc).__name__, "body": 0}
    outcome["seconds"] = time.monotonic() - started
    outcome["growth_mib"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(json.dumps(outcome))
    """
)


def fetch_in_child(url: str, form: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, url, form, API_KEY],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    assert lines, done.stderr[-2000:]
    outcome: dict[str, object] = json.loads(lines[-1])
    return outcome


@pytest.mark.parametrize("form", ["sync", "async"])
@pytest.mark.parametrize(
    ("respond", "error", "requests"),
    [
        (bomb, "APIResponseValidationError", 1),
        (endless, "APIResponseValidationError", 1),
        (huge_error_page, "InternalServerError", 4),
    ],
    ids=["gzip-bomb", "endless-chunked", "200MB-error-page-retried"],
)
def test_a_hostile_body_gives_an_error_in_bounded_memory(
    respond: object, error: str, requests: int, form: str
) -> None:
    with HostileServer(respond) as server:  # type: ignore[arg-type]
        outcome = fetch_in_child(server.url, form)
        assert server.requests == requests
    assert outcome["error"] == error, outcome
    assert isinstance(outcome["growth_mib"], float)
    assert outcome["growth_mib"] < LIMIT_MIB, outcome
    assert isinstance(outcome["body"], int)
    assert outcome["body"] <= 64 * 1024 + 100, outcome  # an error keeps a bounded prefix
