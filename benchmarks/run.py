"""Runs every figure side by side and writes benchmarks/RESULTS.md.

    python benchmarks/run.py --ours PY --official PY [--quick] [--out FILE]

(``./scripts/bench`` makes the two environments and calls this.) Each measurement is a
fresh process of ``cases.py`` in the right environment; the sides of a figure alternate
round by round, in a rotating order, so they share the machine's noise. A value is the
median over rounds, shown with its interquartile range; a ratio is the median of the
per-round ratios. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SIDES = ("ours", "official", "httpx")
POOL_LIMIT = 100  # httpx's default max_connections


@dataclass(frozen=True)
class Plan:
    imports: int = 15  # fresh processes per side, figures 1 and 2
    calls: int = 2000  # figure 3
    call_rounds: int = 5
    concurrency: int = 1000  # figure 4
    concurrent_rounds: int = 3
    fresh_cap: float = 20.0  # seconds allowed to the process making a fresh-pool burst
    download_mib: int = 512  # figure 5
    download_rounds: int = 3
    parse_rounds: int = 5  # figure 6
    parses: int = 20


QUICK = Plan(
    imports=7,
    calls=300,
    call_rounds=3,
    concurrency=300,
    concurrent_rounds=2,
    fresh_cap=10.0,
    download_mib=128,
    download_rounds=2,
    parse_rounds=3,
    parses=5,
)


class Bench:
    def __init__(self, pythons: dict[str, str], port: int):
        self.pythons = pythons
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    def case(self, name: str, side: str, *args: object, timeout: float = 600) -> dict[str, Any]:
        """One fresh process running ``cases.py NAME SIDE ARGS``: its JSON, plus the
        connections it opened and the most it held open at once, as the server saw them.
        A process still running after ``timeout`` seconds is killed: ``{"killed": True}``."""
        python = self.pythons["official" if side == "official" else "ours"]
        # -E: ignore PYTHON* variables (PYTHONDONTWRITEBYTECODE would make every import cold).
        command = [python, "-E", "-s", str(HERE / "cases.py"), name, side, *map(str, args)]
        before = self.stats()
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            result: dict[str, Any] = {"killed": True}
        else:
            if done.returncode != 0 or not done.stdout.strip():
                raise RuntimeError(f"{' '.join(command[3:])} failed:\n{done.stderr[-3000:]}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
        after = self.stats()
        result["connections"] = after["connections"] - before["connections"]
        result["peak_open"] = after["peak_open"]
        return result

    def rounds(
        self, rounds: int, sides: tuple[str, ...], name: str, *args: object
    ) -> dict[str, list[dict[str, Any]]]:
        """``rounds`` results per side; each round runs every side once, order rotating."""
        results: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
        for i in range(rounds):
            for side in sides[i % len(sides) :] + sides[: i % len(sides)]:
                results[side].append(self.case(name, side, *args))
            print(".", end="", file=sys.stderr, flush=True)
        return results

    def stats(self) -> dict[str, int]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", "/_stats")
            stats: dict[str, int] = json.loads(connection.getresponse().read())
            return stats
        finally:
            connection.close()


# -- statistics and formatting ---------------------------------------------------------------


def values(results: list[dict[str, Any]], key: str = "value") -> list[float]:
    return [float(r[key]) for r in results]


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def spread(xs: list[float], digits: int) -> str:
    """``median [25th percentile, 75th percentile]``."""
    if len(xs) < 2:
        return f"{xs[0]:.{digits}f}"
    q1, _, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    return f"{median(xs):,.{digits}f} [{q1:,.{digits}f}, {q3:,.{digits}f}]"


def ratio(results: dict[str, list[dict[str, Any]]], side: str, base: str) -> float:
    """The median of the per-round ratios side/base."""
    pairs = zip(values(results[side]), values(results[base]), strict=True)
    return median([a / b for a, b in pairs])


@dataclass
class Row:
    figure: str
    ours: str
    official: str = ""
    httpx: str = ""
    ratio: str = ""
    target: str = ""
    passed: bool | None = None

    def cells(self) -> list[str]:
        verdict = {True: "PASS", False: "**MISS**", None: ""}[self.passed]
        return [self.figure, self.ours, self.official, self.httpx, self.ratio, self.target, verdict]


def table(rows: list[Row]) -> str:
    head = ["Figure", "ours", "official 2.2.69", "bare httpx", "ratio", "target", "result"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def cells(results: dict[str, list[dict[str, Any]]], digits: int, key: str = "value") -> dict:
    return {side: spread(values(r, key), digits) for side, r in results.items()}


# -- the figures -------------------------------------------------------------------------------


def fig_import(bench: Bench, plan: Plan) -> list[Row]:
    for side in SIDES:  # bytecode compiled and files in the page cache, for every side
        bench.case("import", side)
    r = bench.rounds(plan.imports, SIDES, "import")
    x = ratio(r, "ours", "official")
    modules = {side: f"{median(values(r[side], 'modules')):.0f}" for side in SIDES}
    return [
        Row(
            f"1. cold `import` (ms), {plan.imports} fresh processes",
            **cells(r, 1),
            ratio=f"{x:.3f}x official",
            target="<= 0.25x official",
            passed=x <= 0.25,
        ),
        Row("1. modules loaded by the import", **modules),
    ]


def fig_first(bench: Bench, plan: Plan) -> list[Row]:
    r = bench.rounds(plan.imports, SIDES, "first", bench.url)
    x = ratio(r, "ours", "official")
    return [
        Row(
            "2. first result: import + client + one parsed `runs.get_sync` (ms)",
            **cells(r, 1),
            ratio=f"{x:.3f}x official",
            target="<= 0.50x official",
            passed=x <= 0.5,
        )
    ]


def fig_sequential(bench: Bench, plan: Plan) -> list[Row]:
    r = bench.rounds(plan.call_rounds, SIDES, "sequential", bench.url, plan.calls)
    x, y = ratio(r, "ours", "httpx"), ratio(r, "official", "httpx")
    return [
        Row(
            f"3. per call, {plan.calls:,} sequential `runs.get_sync` (µs/call)",
            **cells(r, 0),
            ratio=f"{x:.3f}x httpx (official {y:.2f}x)",
            target="<= 1.08x httpx",
            passed=x <= 1.08,
        )
    ]


def fig_concurrent(bench: Bench, plan: Plan) -> list[Row]:
    n, cap = plan.concurrency, plan.fresh_cap
    warm = bench.rounds(plan.concurrent_rounds, SIDES, "concurrent", bench.url, n, "warm")
    x, y = ratio(warm, "ours", "httpx"), ratio(warm, "official", "httpx")
    errors = {s: sum(int(r["errors"]) for r in rs) for s, rs in warm.items()}
    opened = {s: connections(rs) for s, rs in warm.items()}
    most = max(int(r["connections"]) for r in warm["ours"])
    # The same burst as a new client's first use, once (it can take minutes: capped).
    fresh = {s: bench.case("concurrent", s, bench.url, n, "fresh", timeout=cap) for s in SIDES}
    finished = not fresh["ours"].get("killed") and fresh["ours"]["errors"] == 0

    def outcome(r: dict[str, Any]) -> str:
        if r.get("killed"):
            return f"killed at {cap:.0f} s"
        return f"{r['value']:,.0f} ms, {r['errors']} errors"

    return [
        Row(
            f"4. {n:,} concurrent `await runs.get`, client warmed by one call (ms)",
            **cells(warm, 0),
            ratio=f"{x:.3f}x httpx (official {y:.2f}x)",
            target="<= 1.10x httpx",
            passed=x <= 1.10,
        ),
        Row(
            "4. warmed: errors, all runs",
            **{s: str(e) for s, e in errors.items()},
            target="0",
            passed=errors["ours"] == 0,
        ),
        Row(
            "4. warmed: TCP connections accepted per run, max (peak in use)",
            **opened,
            target=f"<= {POOL_LIMIT}",
            passed=most <= POOL_LIMIT,
        ),
        Row(
            f"4. the burst as a fresh client's first use (one run, {cap:.0f} s cap)",
            **{s: outcome(r) for s, r in fresh.items()},
            target="finishes, 0 errors",
            passed=finished,
        ),
        Row(
            "4. fresh: TCP connections accepted, incl. the warm-up client's 1 (peak in use)",
            **connections_cells(fresh),
            target=f"<= {POOL_LIMIT}",
            passed=int(fresh["ours"]["connections"]) <= POOL_LIMIT,
        ),
    ]


def connections(results: list[dict[str, Any]]) -> str:
    most = max(int(r["connections"]) for r in results)
    return f"{most} ({max(int(r['peak_open']) for r in results)})"


def connections_cells(results: dict[str, dict[str, Any]]) -> dict[str, str]:
    return {s: f"{r['connections']} ({r['peak_open']})" for s, r in results.items()}


def fig_download(bench: Bench, plan: Plan) -> list[Row]:
    size = plan.download_mib << 20
    directory = tempfile.mkdtemp(prefix="cyberdesk-bench-")
    try:
        r = bench.rounds(plan.download_rounds, SIDES, "download", bench.url, size, directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    x = ratio(r, "ours", "httpx")
    growth = max(values(r["ours"], "rss_growth_mib"))
    return [
        Row(
            f"5. `save_to_file_sync` of {plan.download_mib} MiB, throughput (MiB/s)",
            **cells(r, 0),
            ratio=f"{x:.3f}x httpx",
            target=">= 0.80x httpx",
            passed=x >= 0.8,
        ),
        Row(
            "5. peak RSS growth during the download (MiB)",
            **cells(r, 1, "rss_growth_mib"),
            target="<= 64 MiB (worst run)",
            passed=growth <= 64,
        ),
    ]


def fig_parse(bench: Bench, plan: Plan) -> list[Row]:
    rows = []
    for kind, label in (
        ("history", "`RunResponse.from_dict`, 1,000-message history"),
        ("page", "`PaginatedResponseWithIncludesRunResponse.from_dict`, 100 runs"),
    ):
        r = bench.rounds(plan.parse_rounds, ("ours", "official"), "parse", kind, plan.parses)
        x = ratio(r, "ours", "official")
        rows.append(
            Row(
                f"6. {label} (µs)",
                **cells(r, 0),
                httpx="n/a",
                ratio=f"{x:.3f}x official",
                target="<= 1.10x official",
                passed=x <= 1.1,
            )
        )
    return rows


NOTES = """\
What the rows measure:

1. The `import` statement alone, timed inside a fresh process (interpreter start excluded),
   after one untimed process per side has compiled the bytecode.
2. Inside a fresh process, from before the import to the parsed model (bare httpx: import,
   `Client`, GET, `.json()`).
3. One client, one keep-alive connection, 200 untimed warm-up calls first.
4. "Warmed": one awaited call on the same client, then the burst through `asyncio.gather`.
   "Fresh": the burst is a new client's first use (a throwaway client loaded the modules);
   one run, killed at the cap.
5. After an untimed metadata GET. RSS growth: VmHWM after minus VmRSS before, the peak reset
   through /proc/self/clear_refs. The official SDK reads the whole body into memory.
6. `from_dict` on the dicts `json.loads` makes, timed call by call inside each process. The
   issue sets no target here; parity (<= 1.10x official) is checked.
"""


FIGURES = (fig_import, fig_first, fig_sequential, fig_concurrent, fig_download, fig_parse)


# -- the report ----------------------------------------------------------------------------------


def machine() -> list[str]:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    return [
        f"{platform.system()} {platform.release()} {platform.machine()}; CPU: {cpu}",
        f"CPUs: {os.cpu_count()}; memory: {memory / 2**30:.1f} GiB",
    ]


def load() -> str:
    try:
        return "/".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def start_server(python: str, download_size: int) -> tuple[subprocess.Popen[str], int]:
    server = subprocess.Popen(
        [python, "-E", "-s", str(HERE / "server.py"), "--download-size", str(download_size)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    line = server.stdout.readline().split()
    if line[:1] != ["PORT"]:
        server.kill()
        raise RuntimeError("the benchmark server did not start")
    return server, int(line[1])


def stop_server(server: subprocess.Popen[str]) -> None:
    assert server.stdin is not None
    server.stdin.close()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ours", required=True, help="python of the env with this checkout")
    parser.add_argument("--official", required=True, help="python of the env with 2.2.69")
    parser.add_argument("--quick", action="store_true", help="smaller counts, for a check")
    parser.add_argument("--out", default=str(HERE / "RESULTS.md"))
    args = parser.parse_args()
    plan = QUICK if args.quick else Plan()
    started, load_before = time.monotonic(), load()
    server, port = start_server(args.ours, plan.download_mib << 20)
    bench = Bench({"ours": args.ours, "official": args.official}, port)
    try:
        versions = {side: bench.case("versions", side) for side in ("ours", "official")}
        rows = []
        for figure in FIGURES:
            print(f"{figure.__name__[4:]} ", end="", file=sys.stderr, flush=True)
            rows += figure(bench, plan)
            print(file=sys.stderr)
    finally:
        stop_server(server)
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    ours, official = versions["ours"], versions["official"]
    report = "\n".join(
        [
            "# Benchmarks",
            "",
            f"`./scripts/bench{' --quick' if args.quick else ''}` on "
            f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
            f"took {minutes} min {seconds} s.",
            "",
            f"- Python {ours['python']} ({platform.python_implementation()}); "
            + "; ".join(machine()),
            f"- Load average (1/5/15 min) before: {load_before}, after: {load()}",
            f"- ours: cyberdesk {ours['cyberdesk']} (this checkout), httpx {ours['httpx']}; "
            f"official: cyberdesk {official['cyberdesk']}, httpx {official['httpx']}; "
            "bare httpx runs in ours' environment.",
            "- Server: `benchmarks/server.py`, one asyncio process on 127.0.0.1 answering a "
            "canned run; every measurement is a fresh client process.",
            "- Cells: median [25th, 75th percentile] over the runs; ratio: the median of "
            "per-run ratios (sides alternate run by run). Lower is better except throughput.",
            "",
            table(rows),
            "",
            NOTES,
        ]
    )
    Path(args.out).write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
