"""Emulator figures: the command against the in-process server, and request cost as runs pile up.

    python benchmarks/emulator_bench.py [--requests N] [--runs N]

or ``from emulator_bench import measure; figures = measure()``. Every figure is the median
latency in milliseconds of one keep-alive ``httpx.Client`` issuing requests one after another:

- ``command_get_machines_ms``: ``cyberdesk-emulator`` started as a subprocess on a free
  loopback port, ``GET /v1/machines``;
- ``inprocess_get_machines_ms``: the same against ``EmulatorServer`` in this process;
- ``post_runs_ms`` / ``get_run_ms`` at ``{small}`` and ``{large}`` stored runs (against the
  command; runs are stored with bulk creates, and stay queued behind the two machines, as
  in a large batch): ``POST /v1/runs`` and ``GET /v1/runs/{id}``;
- ``bare_get_ms`` / ``bare_post_ms``: a bare uvicorn server (a subprocess) answering a fixed
  run for any request: the floor an ASGI server on this machine sets.

Needs the ``emulator`` extra (starlette, uvicorn). Timings on a shared machine are noisy:
compare figures taken in one call, side by side.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

API_KEY = "cd_bench_emulator_key"
HEADERS = {"Authorization": f"Bearer {API_KEY}"}
BULK = 1000  # the API's bulk-create maximum

# A fixed-response ASGI app served by uvicorn: what any request to an ASGI server costs.
BARE_SERVER = """
import json, sys, uvicorn
BODY = json.dumps({run}).encode()
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({{"type": "http.response.start", "status": 200, "headers": HEADERS}})
    await send({{"type": "http.response.body", "body": BODY}})
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", lifespan="off")
"""


def _median_ms(call: Callable[[], httpx.Response], count: int, warmup: int = 10) -> float:
    for _ in range(warmup):
        call().raise_for_status()
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        response = call()
        samples.append(time.perf_counter() - start)
        response.raise_for_status()
    return statistics.median(samples) * 1000


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_up(base_url: str, path: str, deadline: float = 20.0) -> None:
    end = time.monotonic() + deadline
    while True:
        try:
            httpx.get(base_url + path, headers=HEADERS, timeout=1.0)
            return
        except httpx.TransportError:
            if time.monotonic() > end:
                raise
            time.sleep(0.05)


@contextlib.contextmanager
def _process(args: list[str]) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def command_server() -> Iterator[str]:
    """``cyberdesk-emulator`` on a free loopback port; yields its base URL."""
    args = [sys.executable, "-m", "cyberdesk.emulator", "--port", "0", "--api-key", API_KEY]
    with _process(args) as process:
        assert process.stdout is not None
        first = process.stdout.readline()
        if not first.startswith("Cyberdesk emulator listening on "):
            raise RuntimeError(f"the emulator did not start: {first!r}")
        base_url = first.rsplit(" ", 1)[1].strip()
        _wait_until_up(base_url, "/v1/health")
        yield base_url


@contextlib.contextmanager
def inprocess_server() -> Iterator[str]:
    from cyberdesk.emulator import Emulator, EmulatorServer

    with EmulatorServer(Emulator(api_key=API_KEY)) as server:
        yield server.base_url


@contextlib.contextmanager
def bare_server() -> Iterator[str]:
    run = {"id": "00000000-0000-4000-8000-000000000000", "status": "scheduling"}
    port = _free_port()
    script = BARE_SERVER.format(run=json.dumps(run))
    with _process([sys.executable, "-c", script, str(port)]):
        base_url = f"http://127.0.0.1:{port}"
        _wait_until_up(base_url, "/")
        yield base_url


def _store_runs(http: httpx.Client, workflow_id: str, total: int) -> None:
    """Stores runs (bulk creates) until the emulator holds ``total``."""
    while True:
        stored = http.get("/v1/runs", params={"limit": 1}).json()["total"]
        if stored >= total:
            return
        count = min(BULK, total - stored)
        body = {"workflow_id": workflow_id, "count": count}
        http.post("/v1/runs/bulk", json=body, timeout=120).raise_for_status()


def _run_figures(http: httpx.Client, workflow_id: str, requests: int) -> tuple[float, float]:
    body = {"workflow_id": workflow_id, "input_values": {"row": 1}}
    post = _median_ms(lambda: http.post("/v1/runs", json=body), requests)
    run_id = http.post("/v1/runs", json=body).json()["id"]
    get = _median_ms(lambda: http.get(f"/v1/runs/{run_id}"), requests)
    return post, get


def measure(requests: int = 200, small: int = 100, large: int = 10_000) -> dict[str, Any]:
    """Runs every emulator figure once; answers them (milliseconds) and their ratios."""
    figures: dict[str, Any] = {"requests": requests, "small_runs": small, "large_runs": large}
    with (
        command_server() as base_url,
        httpx.Client(base_url=base_url, headers=HEADERS, timeout=120) as http,
    ):
        figures["command_get_machines_ms"] = _median_ms(lambda: http.get("/v1/machines"), requests)
        workflow = http.post("/v1/workflows", json={"main_prompt": "bench", "name": "bench"})
        workflow_id = workflow.json()["id"]
        _store_runs(http, workflow_id, small)
        figures["post_runs_small_ms"], figures["get_run_small_ms"] = _run_figures(
            http, workflow_id, requests
        )
        _store_runs(http, workflow_id, large)
        figures["post_runs_large_ms"], figures["get_run_large_ms"] = _run_figures(
            http, workflow_id, requests
        )
    with inprocess_server() as base_url, httpx.Client(base_url=base_url, headers=HEADERS) as http:
        figures["inprocess_get_machines_ms"] = _median_ms(
            lambda: http.get("/v1/machines"), requests
        )
    with bare_server() as base_url, httpx.Client(base_url=base_url) as http:
        figures["bare_get_ms"] = _median_ms(lambda: http.get("/v1/runs/x"), requests)
        figures["bare_post_ms"] = _median_ms(
            lambda: http.post("/v1/runs", json={"workflow_id": "x"}), requests
        )
    figures["ratios"] = {
        "command_vs_inprocess": figures["command_get_machines_ms"]
        / figures["inprocess_get_machines_ms"],
        "post_large_vs_small": figures["post_runs_large_ms"] / figures["post_runs_small_ms"],
        "get_large_vs_small": figures["get_run_large_ms"] / figures["get_run_small_ms"],
        "post_small_vs_bare": figures["post_runs_small_ms"] / figures["bare_post_ms"],
        "get_small_vs_bare": figures["get_run_small_ms"] / figures["bare_get_ms"],
        "post_large_vs_bare": figures["post_runs_large_ms"] / figures["bare_post_ms"],
        "get_large_vs_bare": figures["get_run_large_ms"] / figures["bare_get_ms"],
    }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per figure")
    parser.add_argument("--small", type=int, default=100, help="stored runs, small figure")
    parser.add_argument("--runs", type=int, default=10_000, help="stored runs, large figure")
    args = parser.parse_args()
    figures = measure(args.requests, args.small, args.runs)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
