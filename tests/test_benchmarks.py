"""The benchmark harness still measures what RESULTS.md reports (a smoke test, tiny counts).

The harness runs in a child process: loaded here, its constants would join those Hypothesis
draws from the modules of this session and change what other tests generate.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"

SMOKE = """
import json, sys, tempfile
sys.path.insert(0, sys.argv[1])
import run
server, port = run.start_server(sys.executable, 1 << 20)
bench = run.Bench({"ours": sys.executable, "emulator": sys.executable}, port)
out = {}
try:
    for side in ("ours", "httpx"):
        out[f"first {side}"] = bench.case("first", side, bench.url, timeout=60)
        out[f"sequential {side}"] = bench.case("sequential", side, bench.url, 5, timeout=60)
        with tempfile.TemporaryDirectory() as tmp:
            out[f"download {side}"] = bench.case("download", side, bench.url, 1 << 20, tmp)
    for pool in ("warm", "fresh"):
        out[pool] = bench.case("concurrent", "ours", bench.url, 20, pool, timeout=60)
    for kind in ("single", "history", "page"):
        out[kind] = bench.case("parse", "ours", kind, 2, timeout=60)
    if sys.argv[2] == "emulator":
        plan = run.Plan(emulator_requests=3, emulator_rounds=1, emulator_small=5, emulator_large=20)
        rows = run.fig_emulator(bench, plan)
        out["emulator"] = [[table, row.ratio, row.passed] for table, row in rows]
finally:
    run.stop_server(server)
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    try:
        import uvicorn  # noqa: F401

        emulator = "emulator"
    except ImportError:
        emulator = "none"
    done = subprocess.run(
        [sys.executable, "-c", SMOKE, str(BENCH), emulator],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


@pytest.mark.parametrize("side", ["ours", "httpx"])
def test_each_case_answers_its_figure(results: dict[str, Any], side: str) -> None:
    assert results[f"first {side}"]["value"] > 0
    assert results[f"sequential {side}"]["value"] > 0
    assert results[f"download {side}"]["value"] > 0
    assert results[f"download {side}"]["connections"] >= 1


@pytest.mark.parametrize("pool", ["warm", "fresh"])
def test_bursts_report_errors_and_the_connections_the_server_saw(
    results: dict[str, Any], pool: str
) -> None:
    burst = results[pool]
    assert burst["errors"] == 0
    assert 1 <= burst["connections"] <= 21
    assert 1 <= burst["peak_open"] <= 21


@pytest.mark.parametrize("kind", ["single", "history", "page"])
def test_parse_cases_time_the_generated_models(results: dict[str, Any], kind: str) -> None:
    assert results[kind]["value"] > 0


def test_the_emulator_figures_come_from_emulator_bench(results: dict[str, Any]) -> None:
    if "emulator" not in results:
        pytest.skip("the emulator extra is not installed")
    rows = results["emulator"]
    assert [table for table, _, _ in rows] == [2, 2, 2]
    assert all(ratio and passed is not None for _, ratio, passed in rows)


def test_the_micro_benchmarks_run() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "micro.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "SDK overhead per call" in done.stdout
