"""In-process microbenchmarks of the SDK's own costs: parsing, serialising, one call's overhead.

    python benchmarks/micro.py [--quick] [--profile NAME]

No network: calls go through an httpx transport that answers a canned run at once, so what
is left is the SDK's work around httpx, measured against bare httpx on the same transport.
The "in-memory socket" figures keep httpx's own transport (httpcore, h11, the SDK's socket
guards) and replace only the socket, which answers each request with the same run.
Each figure is the best of several repeats of this process's CPU time (the least disturbed
by other load on a shared machine), in µs.
``--profile NAME`` runs one figure under cProfile instead and prints its top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import data
import httpx

RUN_BODY = json.dumps(data.run(run_id=data.RUN_ID)).encode()
RUN_PATH = f"/v1/runs/{data.RUN_ID}"


class Canned(httpx.BaseTransport):
    """Answers every request with the same run, without a socket."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, content=RUN_BODY)


class _Socket:
    """A keep-alive connection whose peer answers every request with the same run."""

    answer = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
        % (len(RUN_BODY), RUN_BODY)
    )

    def __init__(self) -> None:
        self.pending = b""

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if buffer.endswith(b"\r\n\r\n"):  # a GET's head is its whole request
            self.pending = self.answer

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data, self.pending = self.pending[:max_bytes], self.pending[max_bytes:]
        return data

    def close(self) -> None:
        pass

    def start_tls(self, *args: Any, **kwargs: Any) -> _Socket:
        return self

    def get_extra_info(self, info: str) -> Any:
        return None


class _Network:
    """httpcore's network backend, connecting every request to a ``_Socket``."""

    def connect_tcp(self, *args: Any, **kwargs: Any) -> _Socket:
        return _Socket()

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> _Socket:
        return _Socket()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def in_memory() -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport()
    transport._pool._network_backend = _Network()  # type: ignore[attr-defined]
    return transport


def figures() -> dict[str, Callable[[], Any]]:
    from cyberdesk import CyberdeskClient
    from cyberdesk.client.models import (
        PaginatedResponseWithIncludesRunResponse,
        RunResponse,
        RunResponseWithIncludes,
    )

    run = json.loads(RUN_BODY)
    history = data.run(messages=1000)
    page = data.page(100)
    run_model = RunResponseWithIncludes.from_dict(run)
    page_model = PaginatedResponseWithIncludesRunResponse.from_dict(page)
    client = CyberdeskClient("cd_bench_key", base_url="http://bench", transport=Canned())
    bare = httpx.Client(base_url="http://bench", transport=Canned(), headers={"x": "y"})
    runs = client.runs
    wired = CyberdeskClient("cd_bench_key", base_url="http://bench", transport=in_memory()).runs
    bare_wired = httpx.Client(base_url="http://bench", transport=in_memory(), headers={"x": "y"})
    return {
        "from_dict run": lambda: RunResponseWithIncludes.from_dict(run),
        "from_dict run, 1,000 messages": lambda: RunResponse.from_dict(history),
        "from_dict page of 100 runs": lambda: PaginatedResponseWithIncludesRunResponse.from_dict(
            page
        ),
        "to_dict run": run_model.to_dict,
        "to_dict page of 100 runs": page_model.to_dict,
        "runs.get_sync, canned transport": lambda: runs.get_sync(data.RUN_ID),
        "bare httpx get + json, canned transport": lambda: bare.get(RUN_PATH).json(),
        "runs.get_sync, in-memory socket": lambda: wired.get_sync(data.RUN_ID),
        "bare httpx get + json, in-memory socket": lambda: bare_wired.get(RUN_PATH).json(),
    }


def measure(fn: Callable[[], Any], quick: bool) -> float:
    fn()
    number = 1
    while True:  # calls per repeat: enough for about 20 ms
        elapsed = timeit.timeit(fn, number=number, timer=time.process_time)
        if elapsed > 0.02 or number > 100_000:
            break
        number *= 2
    repeats = timeit.repeat(fn, number=number, repeat=3 if quick else 9, timer=time.process_time)
    return min(repeats) / number * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--profile", metavar="NAME", help="profile the figure whose name has NAME")
    args = parser.parse_args()
    found = figures()
    if args.profile:
        name, fn = next((k, v) for k, v in found.items() if args.profile in k)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(2000):
            fn()
        profiler.disable()
        print(f"{name}: 2,000 calls")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return
    results = {name: measure(fn, args.quick) for name, fn in found.items()}
    width = max(map(len, results))
    for name, us in results.items():
        print(f"{name:<{width}}  {us:10.1f} µs")
    for transport in ("canned transport", "in-memory socket"):
        sdk, bare = (
            results[f"runs.get_sync, {transport}"],
            results[f"bare httpx get + json, {transport}"],
        )
        label = f"SDK overhead per call, {transport}"
        print(f"{label:<{width}}  {sdk - bare:10.1f} µs ({sdk / bare:.3f}x bare)")


if __name__ == "__main__":
    main()
