"""``client.runs.batch_sync`` over 1,000 and 10,000 rows: total time and peak memory.

    python benchmarks/batch_bench.py [--sizes 1000 10000] [--concurrency 50] [--trace]

For each size, a fresh emulator with a fast executor (runs start after 1 ms and take 1 ms)
is served from this process, and the batch runs in a child process, so the child's figures
are the batch's alone: rows are generated lazily, results counted and dropped, the journal
kept on disk as in real use. ``peak RSS`` is the child's high-water mark; with ``--trace``,
``traced peak`` is the most Python memory the batch held at once (tracemalloc, started
after the imports; it slows the client down, so its times are not comparable).
A flat batch shows about the same figures for both sizes. Needs the ``emulator`` extra.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

KEY = "cd_batch_bench_key_0123456789"


def child(
    base_url: str, workflow_id: str, size: int, concurrency: int, journal: str, trace: bool
) -> None:
    """Runs one batch and prints its figures as JSON (the child process)."""
    from cyberdesk import CyberdeskClient

    client = CyberdeskClient(KEY, base_url=base_url, timeout=30)
    client.runs.list_sync(limit=1)  # imports and a warm connection before measuring
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    succeeded = 0
    with client:
        for result in client.runs.batch_sync(
            ({"n": n, "name": f"patient {n}"} for n in range(size)),
            workflow_id=workflow_id,
            concurrency=concurrency,
            journal=journal,
            poll_interval=0.005,
            max_poll_interval=0.02,
        ):
            succeeded += result.ok
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if trace else float("nan")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"succeeded": succeeded, "seconds": seconds, "traced": traced, "rss": rss}))


def measure(size: int, concurrency: int, trace: bool) -> dict[str, float]:
    from cyberdesk import CyberdeskClient
    from cyberdesk.emulator import Emulator, EmulatorServer

    emulator = Emulator(
        api_key=KEY, machines=concurrency, start_delay=0.001, default_duration=0.001
    )
    with EmulatorServer(emulator, startup_timeout=60) as server:
        with CyberdeskClient(KEY, base_url=server.base_url) as client:
            workflow = client.workflows.create_sync({"name": "b", "main_prompt": "p"}).unwrap()
        with tempfile.TemporaryDirectory() as folder:
            journal = str(Path(folder) / "bench.journal")
            args = [server.base_url, str(workflow.id), str(size), str(concurrency), journal]
            args += ["--trace"] if trace else []
            done = subprocess.run(
                [sys.executable, __file__, "--child", *args],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
        figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
        assert len(emulator.runs) == size and figures["succeeded"] == size
    return figures


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        base_url, workflow_id, size, concurrency, journal = sys.argv[2:7]
        child(base_url, workflow_id, int(size), int(concurrency), journal, "--trace" in sys.argv)
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--trace", action="store_true", help="also trace Python allocations")
    args = parser.parse_args()
    print("   rows  seconds  rows/s  traced peak  peak RSS")
    for size in args.sizes:
        f = measure(size, args.concurrency, args.trace)
        print(
            f"{size:>7} {f['seconds']:>8.1f} {size / f['seconds']:>7.0f} "
            f"{f['traced']:>8.2f} MiB {f['rss']:>5.1f} MiB",
            flush=True,
        )


if __name__ == "__main__":
    main()
