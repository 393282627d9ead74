"""Runs every figure side by side and writes benchmarks/RESULTS.md.

    python benchmarks/run.py --ours PY --official PY [--cli PY] [--emulator PY]
                             [--quick] [--out FILE]

(``./scripts/bench`` makes the environments and calls this.) Each measurement is a fresh
process of ``cases.py`` in the right environment; the sides of a figure alternate round by
round, in a rotating order, so they share the machine's noise. A value is the median over
rounds, shown with its interquartile range; a ratio is the median of the per-round ratios.
``--cli`` (this checkout with the ``cli`` extra) prices that extra; ``--emulator`` (with the
``emulator`` extra) runs ``emulator_bench.py``. Standard library only.
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
    concurrent_rounds: int = 5
    fresh_cap: float = 60.0  # seconds allowed to the process making a fresh-pool burst
    download_mib: int = 512  # figure 5
    download_rounds: int = 3
    parse_rounds: int = 5  # figure 6
    parses: int = 20
    emulator_requests: int = 100  # emulator figures
    emulator_rounds: int = 5
    emulator_small: int = 100
    emulator_large: int = 10_000


QUICK = Plan(
    imports=7,
    calls=300,
    call_rounds=3,
    concurrency=300,
    concurrent_rounds=2,
    fresh_cap=15.0,
    download_mib=128,
    download_rounds=2,
    parse_rounds=3,
    parses=5,
    emulator_requests=20,
    emulator_rounds=2,
    emulator_large=2_000,
)


class Bench:
    def __init__(self, pythons: dict[str, str], port: int):
        self.pythons = pythons
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    def case(
        self, name: str, side: str, *args: object, timeout: float = 600, env: str | None = None
    ) -> dict[str, Any]:
        """One fresh process running ``cases.py NAME SIDE ARGS``: its JSON, plus the
        connections it opened and the most it held open at once, as the server saw them.
        A process still running after ``timeout`` seconds is killed: ``{"killed": True}``.
        ``env`` names another environment than the side's own (``cli``)."""
        python = self.pythons[env or ("official" if side == "official" else "ours")]
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


SDK_HEAD = ["Figure", "ours", "official 2.2.69", "bare httpx", "ratio", "goal", "result"]
EMULATOR_HEAD = ["Figure", "emulator", "", "reference", "ratio", "goal", "result"]


def table(rows: list[Row], head: list[str] = SDK_HEAD) -> str:
    keep = [i for i, name in enumerate(head) if name]  # a column without a heading is left out
    lines = ["| " + " | ".join(head[i] for i in keep) + " |", "|" + "---|" * len(keep)]
    for row in rows:
        values = row.cells()
        lines.append("| " + " | ".join(values[i] for i in keep) + " |")
    return "\n".join(lines)


def cells(results: dict[str, list[dict[str, Any]]], digits: int, key: str = "value") -> dict:
    return {side: spread(values(r, key), digits) for side, r in results.items()}


# -- the figures -------------------------------------------------------------------------------
# Each returns (table, rows): table 1 holds the SDK rows of issue 16's first table, table 2
# its emulator rows, table 3 the figures tracked before it.


def fig_sequential(bench: Bench, plan: Plan) -> list[tuple[int, Row]]:
    r = bench.rounds(plan.call_rounds, SIDES, "sequential", bench.url, plan.calls)
    x, y = ratio(r, "ours", "httpx"), ratio(r, "official", "httpx")
    return [
        (
            1,
            Row(
                f"{plan.calls:,} sequential `runs.get_sync`, per call (µs)",
                **cells(r, 0),
                ratio=f"{x:.3f}x bare (official {y:.2f}x)",
                target="<= 1.10x bare",
                passed=x <= 1.10,
            ),
        )
    ]


def fig_concurrent(bench: Bench, plan: Plan) -> list[tuple[int, Row]]:
    n, cap = plan.concurrency, plan.fresh_cap
    warm = bench.rounds(plan.concurrent_rounds, SIDES, "concurrent", bench.url, n, "warm")
    x, y = ratio(warm, "ours", "httpx"), ratio(warm, "official", "httpx")
    errors = {s: sum(int(r["errors"]) for r in rs) for s, rs in warm.items()}
    most = max(int(r["connections"]) for r in warm["ours"])
    warm_ms = median(values(warm["ours"]))
    # The same burst as a new client's first use, once per side (it can take minutes when
    # the pool misbehaves: capped). The connections counted are the burst client's: the
    # throwaway client that loaded the modules first opened one more.
    fresh: dict[str, dict[str, Any]] = {}
    for side in SIDES:
        fresh[side] = bench.case("concurrent", side, bench.url, n, "fresh", timeout=cap)
        fresh[side]["connections"] = int(fresh[side]["connections"]) - 1

    def outcome(r: dict[str, Any]) -> str:
        opened = f"{r['connections']:,} connections (peak {r['peak_open']})"
        if r.get("killed"):
            return f"killed at {cap:.0f} s, {opened}"
        return f"{r['value'] / 1e3:,.2f} s, {r['errors']:,} errors, {opened}"

    ours = fresh["ours"]
    finished = not ours.get("killed")
    fresh_ratio = ours["value"] / warm_ms if finished else float("inf")
    return [
        (
            1,
            Row(
                f"{n:,} concurrent `await runs.get`, client warmed by one call (ms)",
                **cells(warm, 0),
                ratio=f"{x:.3f}x bare (official {y:.2f}x)",
                target="<= 1.05x bare",
                passed=x <= 1.05,
            ),
        ),
        (
            1,
            Row(
                "warmed burst: errors (all runs); TCP connections per run, most (peak in use)",
                **{s: f"{errors[s]}; {connections(rs)}" for s, rs in warm.items()},
                target=f"0; <= {POOL_LIMIT}",
                passed=errors["ours"] == 0 and most <= POOL_LIMIT,
            ),
        ),
        (
            1,
            Row(
                f"the {n:,} as a **new** async client's first use (one run, {cap:.0f} s cap): "
                "time, errors, connections opened",
                **{s: outcome(r) for s, r in fresh.items()},
                ratio=f"{fresh_ratio:.2f}x warmed" if finished else "",
                target=f"<= 2x warmed ({warm_ms / 1e3:.2f} s), 0 errors, "
                f"<= {POOL_LIMIT} connections",
                passed=finished
                and fresh_ratio <= 2
                and ours["errors"] == 0
                and ours["connections"] <= POOL_LIMIT,
            ),
        ),
    ]


def connections(results: list[dict[str, Any]]) -> str:
    most = max(int(r["connections"]) for r in results)
    return f"{most} ({max(int(r['peak_open']) for r in results)})"


def fig_first(bench: Bench, plan: Plan) -> list[tuple[int, Row]]:
    r = bench.rounds(plan.imports, SIDES, "first", bench.url)
    x, y = ratio(r, "ours", "httpx"), ratio(r, "official", "httpx")
    return [
        (
            1,
            Row(
                "first result in a fresh process: import, client, one parsed `runs.get_sync`, "
                "`pip install cyberdesk` without extras (ms)",
                **cells(r, 1),
                ratio=f"{x:.3f}x bare (official {y:.2f}x)",
                target="<= 1.15x bare",
                passed=x <= 1.15,
            ),
        )
    ]


def fig_cli_extra(bench: Bench, plan: Plan) -> list[tuple[int, Row]]:
    """What the ``cli`` extra adds to ``import httpx`` (httpx then loads click and rich)."""
    if "cli" not in bench.pythons:
        return []
    results: dict[str, list[dict[str, Any]]] = {"plain": [], "cli": []}
    for env in results:  # bytecode compiled, files cached
        bench.case("import", "httpx", env=None if env == "plain" else env)
    for i in range(plan.imports):
        for env in ("plain", "cli") if i % 2 == 0 else ("cli", "plain"):
            results[env].append(bench.case("import", "httpx", env=None if env == "plain" else env))
    plain, cli = values(results["plain"]), values(results["cli"])
    return [
        (
            1,
            Row(
                "`import httpx` with the `cli` extra installed vs without (ms, fresh processes)",
                "",
                httpx=f"{spread(cli, 1)} vs {spread(plain, 1)}",
                ratio=f"+{median(cli) - median(plain):.1f} ms",
            ),
        )
    ]


def fig_emulator(bench: Bench, plan: Plan) -> list[tuple[int, Row]]:
    """The emulator figures, from ``emulator_bench.measure`` in the emulator environment."""
    if "emulator" not in bench.pythons:
        return [(2, Row("emulator figures", "not measured: no --emulator environment"))]
    code = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "from emulator_bench import measure\n"
        f"print(json.dumps(measure(requests={plan.emulator_requests}, "
        f"rounds={plan.emulator_rounds}, small={plan.emulator_small}, "
        f"large={plan.emulator_large})))\n"
    )
    done = subprocess.run(
        [bench.pythons["emulator"], "-E", "-s", "-c", code],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"emulator_bench failed:\n{done.stderr[-3000:]}")
    f = json.loads(done.stdout.strip().splitlines()[-1])
    q = f["ratios"]
    small, large = f"{f['small_runs']:,}", f"{f['large_runs']:,}"

    def pair(a: str, b: str) -> str:
        return f"{f[a]:.2f} / {f[b]:.2f}"

    return [
        (
            2,
            Row(
                "`cyberdesk-emulator` (the command), median `GET /v1/machines`, "
                "one keep-alive client (ms)",
                f"{f['command_get_machines_ms']:.2f}",
                httpx=f"in-process `EmulatorServer`: {f['inprocess_get_machines_ms']:.2f}",
                ratio=f"{q['command_vs_inprocess']:.2f}x in-process",
                target="<= 2x in-process",
                passed=q["command_vs_inprocess"] <= 2,
            ),
        ),
        (
            2,
            Row(
                f"median `POST /v1/runs` / `GET /v1/runs/{{id}}` with {small} runs stored (ms)",
                pair("post_runs_small_ms", "get_run_small_ms"),
                httpx=f"bare uvicorn: {pair('bare_post_ms', 'bare_get_ms')}",
                ratio=f"{q['post_small_vs_bare']:.2f}x / {q['get_small_vs_bare']:.2f}x bare",
                target="<= 4x bare uvicorn",
                passed=max(q["post_small_vs_bare"], q["get_small_vs_bare"]) <= 4,
            ),
        ),
        (
            2,
            Row(
                f"the same with {large} runs stored (ms)",
                pair("post_runs_large_ms", "get_run_large_ms"),
                httpx=f"{small} runs: {pair('post_runs_small_ms', 'get_run_small_ms')}",
                ratio=f"{q['post_large_vs_small']:.2f}x / {q['get_large_vs_small']:.2f}x",
                target=f"<= 1.5x the {small}-run figure",
                passed=max(q["post_large_vs_small"], q["get_large_vs_small"]) <= 1.5,
            ),
        ),
    ]


def fig_import(bench: Bench, plan: Plan) -> list[tuple[int, Row]]:
    for side in SIDES:  # bytecode compiled and files in the page cache, for every side
        bench.case("import", side)
    r = bench.rounds(plan.imports, SIDES, "import")
    x = ratio(r, "ours", "official")
    modules = {side: f"{median(values(r[side], 'modules')):.0f}" for side in SIDES}
    return [
        (
            3,
            Row(
                f"cold `import` (ms), {plan.imports} fresh processes",
                **cells(r, 1),
                ratio=f"{x:.3f}x official",
                target="<= 0.25x official",
                passed=x <= 0.25,
            ),
        ),
        (3, Row("modules loaded by the import", **modules)),
    ]


def fig_download(bench: Bench, plan: Plan) -> list[tuple[int, Row]]:
    size = plan.download_mib << 20
    directory = tempfile.mkdtemp(prefix="cyberdesk-bench-")
    try:
        r = bench.rounds(plan.download_rounds, SIDES, "download", bench.url, size, directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    x = ratio(r, "ours", "httpx")
    growth = max(values(r["ours"], "rss_growth_mib"))
    return [
        (
            3,
            Row(
                f"`save_to_file_sync` of {plan.download_mib} MiB, throughput (MiB/s)",
                **cells(r, 0),
                ratio=f"{x:.3f}x bare",
                target=">= 0.80x bare",
                passed=x >= 0.8,
            ),
        ),
        (
            3,
            Row(
                "peak RSS growth during the download (MiB)",
                **cells(r, 1, "rss_growth_mib"),
                target="<= 64 MiB (worst run)",
                passed=growth <= 64,
            ),
        ),
    ]


def fig_parse(bench: Bench, plan: Plan) -> list[tuple[int, Row]]:
    rows = []
    for kind, label in (
        ("single", "`RunResponseWithIncludes.from_dict`, the run `runs.get` returns"),
        ("history", "`RunResponse.from_dict`, 1,000-message history"),
        ("page", "`PaginatedResponseWithIncludesRunResponse.from_dict`, 100 runs"),
    ):
        r = bench.rounds(plan.parse_rounds, ("ours", "official"), "parse", kind, plan.parses)
        x = ratio(r, "ours", "official")
        rows.append(
            (
                3,
                Row(
                    f"{label} (µs)",
                    **cells(r, 1 if kind == "single" else 0),
                    httpx="n/a",
                    ratio=f"{x:.3f}x official",
                    target="<= 1.10x official",
                    passed=x <= 1.1,
                ),
            )
        )
    return rows


NOTES = """\
What the rows measure:

- Sequential: one client, one keep-alive connection, 200 untimed warm-up calls first.
- Concurrent, warmed: one awaited call on the same client, then the burst through
  `asyncio.gather`. As a new client's first use: a throwaway client made the call that loads
  the modules, then a new client takes the burst, one run per side, killed at the cap; the
  server counts the connections the burst opened and the most in use at once.
- First result: inside a fresh process, from before the import to the parsed model (bare
  httpx: import, `Client`, GET, `.json()`), in an environment holding `pip install cyberdesk`
  and nothing else. The `cli` extra row times `import httpx` alone in an environment with
  `cyberdesk[cli]`: httpx then imports its own command line (click, rich).
- Emulator: `benchmarks/emulator_bench.py` in an environment with `cyberdesk[emulator]`: each
  figure is the median latency of one keep-alive `httpx.Client`, the figures timed in
  rotating rounds; the reference is the in-process `EmulatorServer`, a bare fixed-response
  uvicorn server, or the same request with fewer runs stored.
- Cold `import`: the `import` statement alone, timed inside a fresh process (interpreter
  start excluded), after one untimed process per side has compiled the bytecode.
- Download: after an untimed metadata GET. RSS growth: VmHWM after minus VmRSS before, the
  peak reset through /proc/self/clear_refs. The official SDK reads the whole body into memory.
- Parsing: `from_dict` on the dicts `json.loads` makes, timed call by call inside each
  process; parity (<= 1.10x official) is checked.
"""


FIGURES = (
    fig_sequential,
    fig_concurrent,
    fig_first,
    fig_cli_extra,
    fig_emulator,
    fig_import,
    fig_download,
    fig_parse,
)


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
    parser.add_argument("--cli", help="python of an env with this checkout and the cli extra")
    parser.add_argument("--emulator", help="python of an env with the emulator extra")
    parser.add_argument("--quick", action="store_true", help="smaller counts, for a check")
    parser.add_argument("--out", default=str(HERE / "RESULTS.md"))
    args = parser.parse_args()
    plan = QUICK if args.quick else Plan()
    started, load_before = time.monotonic(), load()
    pythons = {"ours": args.ours, "official": args.official}
    pythons.update({k: v for k, v in (("cli", args.cli), ("emulator", args.emulator)) if v})
    server, port = start_server(args.ours, plan.download_mib << 20)
    bench = Bench(pythons, port)
    tables: dict[int, list[Row]] = {1: [], 2: [], 3: []}
    try:
        versions = {side: bench.case("versions", side) for side in ("ours", "official")}
        for figure in FIGURES:
            print(f"{figure.__name__[4:]} ", end="", file=sys.stderr, flush=True)
            for number, row in figure(bench, plan):
                tables[number].append(row)
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
            f"- ours: cyberdesk {ours['cyberdesk']} (this checkout, no extras), "
            f"httpx {ours['httpx']}; official: cyberdesk {official['cyberdesk']}, "
            f"httpx {official['httpx']}; bare httpx runs in ours' environment.",
            "- Server: `benchmarks/server.py`, one asyncio process on 127.0.0.1 answering a "
            "canned run; every measurement is a fresh client process.",
            "- Cells: median [25th, 75th percentile] over the runs; ratio: the median of "
            "per-run ratios (sides alternate run by run). Lower is better except throughput.",
            "",
            "## Per call, bursts and the first result (issue 16, first table)",
            "",
            table(tables[1]),
            "",
            "## The emulator (issue 16, second table)",
            "",
            table(tables[2], EMULATOR_HEAD),
            "",
            "## Import, downloads, parsing",
            "",
            table(tables[3]),
            "",
            NOTES,
        ]
    )
    Path(args.out).write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
