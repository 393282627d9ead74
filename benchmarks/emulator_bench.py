"""Emulator figures: the command against the in-process server, and request cost as runs pile up.

    python benchmarks/emulator_bench.py [--requests N] [--rounds N] [--small N] [--runs N]

or ``from emulator_bench import measure; figures = measure()`` (about 15 s with the
defaults). Every figure is the median latency in milliseconds of one keep-alive
``httpx.Client`` sending requests one after another:

- ``command_get_machines_ms``: ``cyberdesk-emulator`` started as a subprocess on a free
  loopback port, ``GET /v1/machines``;
- ``inprocess_get_machines_ms``: the same against ``EmulatorServer`` in this process;
- ``post_runs_small_ms`` / ``get_run_small_ms`` and ``..._large_ms``: ``POST /v1/runs`` and
  ``GET /v1/runs/{id}`` against two commands holding 100 and 10,000 runs (stored with bulk
  creates, worked through by the two machines as in a large batch; the runs a round makes
  are deleted after it, untimed, so the sizes hold);
- ``bare_get_ms`` / ``bare_post_ms``: a bare uvicorn server (a subprocess) answering a fixed
  run to any request: the floor an ASGI server sets on this machine.

``ratios`` holds the comparisons the goals are stated in (command vs in-process, 10,000
vs 100 runs, emulator vs bare). Needs the ``emulator`` extra (starlette, uvicorn).
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
        http.post("/v1/runs/bulk", json=body, timeout=600).raise_for_status()


class _Emulated:
    """One command-line emulator holding ``runs`` runs, and the figures taken from it."""

    def __init__(self, http: httpx.Client, runs: int) -> None:
        self.http = http
        workflow = http.post("/v1/workflows", json={"main_prompt": "bench", "name": "bench"})
        self.workflow_id = workflow.json()["id"]
        _store_runs(http, self.workflow_id, runs)
        self.body = {"workflow_id": self.workflow_id, "input_values": {"row": 1}}
        self.run_path = f"/v1/runs/{http.post('/v1/runs', json=self.body).json()['id']}"

    def post_runs(self, count: int) -> float:
        created: list[str] = []

        def post() -> httpx.Response:
            response = self.http.post("/v1/runs", json=self.body)
            created.append(response.json()["id"])
            return response

        figure = _median_ms(post, count)
        # Back to the size being measured (deleting is not timed).
        for run_id in created:
            self.http.delete(f"/v1/runs/{run_id}").raise_for_status()
        return figure

    def get_run(self, count: int) -> float:
        return _median_ms(lambda: self.http.get(self.run_path), count)


def measure(
    requests: int = 100, rounds: int = 5, small: int = 100, large: int = 10_000
) -> dict[str, Any]:
    """Takes every emulator figure; answers medians (ms) and ratios.

    The servers run side by side and each round times every figure in a rotating order,
    so they share the machine's noise; a figure is the median of its round medians and a
    ratio the median of the per-round ratios.
    """
    with contextlib.ExitStack() as stack:

        def client(base_url: str, headers: dict[str, str] | None = None) -> httpx.Client:
            http = httpx.Client(base_url=base_url, headers=headers or HEADERS, timeout=600)
            return stack.enter_context(http)

        few = _Emulated(client(stack.enter_context(command_server())), small)
        many = _Emulated(client(stack.enter_context(command_server())), large)
        inprocess = client(stack.enter_context(inprocess_server()))
        bare = client(stack.enter_context(bare_server()), {})
        figures: dict[str, Callable[[], float]] = {
            "command_get_machines_ms": lambda: _median_ms(
                lambda: few.http.get("/v1/machines"), requests
            ),
            "inprocess_get_machines_ms": lambda: _median_ms(
                lambda: inprocess.get("/v1/machines"), requests
            ),
            "post_runs_small_ms": lambda: few.post_runs(requests),
            "get_run_small_ms": lambda: few.get_run(requests),
            "post_runs_large_ms": lambda: many.post_runs(requests),
            "get_run_large_ms": lambda: many.get_run(requests),
            "bare_get_ms": lambda: _median_ms(lambda: bare.get("/v1/runs/x"), requests),
            "bare_post_ms": lambda: _median_ms(
                lambda: bare.post("/v1/runs", json=few.body), requests
            ),
        }
        names = list(figures)
        taken: dict[str, list[float]] = {name: [] for name in names}
        for index in range(rounds):
            shift = index % len(names)
            for name in names[shift:] + names[:shift]:
                taken[name].append(figures[name]())

    def ratio(top: str, bottom: str) -> float:
        pairs = zip(taken[top], taken[bottom], strict=True)
        return statistics.median(a / b for a, b in pairs)

    result: dict[str, Any] = {
        "requests": requests,
        "rounds": rounds,
        "small_runs": small,
        "large_runs": large,
    }
    result.update({name: statistics.median(values) for name, values in taken.items()})
    result["ratios"] = {
        "command_vs_inprocess": ratio("command_get_machines_ms", "inprocess_get_machines_ms"),
        "post_large_vs_small": ratio("post_runs_large_ms", "post_runs_small_ms"),
        "get_large_vs_small": ratio("get_run_large_ms", "get_run_small_ms"),
        "post_small_vs_bare": ratio("post_runs_small_ms", "bare_post_ms"),
        "get_small_vs_bare": ratio("get_run_small_ms", "bare_get_ms"),
        "post_large_vs_bare": ratio("post_runs_large_ms", "bare_post_ms"),
        "get_large_vs_bare": ratio("get_run_large_ms", "bare_get_ms"),
    }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=100, help="timed requests per round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (figures alternate)")
    parser.add_argument("--small", type=int, default=100, help="stored runs, small figure")
    parser.add_argument("--runs", type=int, default=10_000, help="stored runs, large figure")
    args = parser.parse_args()
    figures = measure(args.requests, args.rounds, args.small, args.runs)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
