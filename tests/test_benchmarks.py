"""The benchmark harness still measures what RESULTS.md reports (a smoke test, tiny counts)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import run  # noqa: E402


@pytest.fixture(scope="module")
def bench() -> Iterator[run.Bench]:
    server, port = run.start_server(sys.executable, 1 << 20)
    try:
        yield run.Bench({"ours": sys.executable}, port)
    finally:
        run.stop_server(server)


def case(bench: run.Bench, *args: object) -> dict[str, Any]:
    name, side, *rest = args
    return bench.case(str(name), str(side), *rest, timeout=60)


@pytest.mark.parametrize("side", ["ours", "httpx"])
def test_each_case_answers_its_figure(bench: run.Bench, side: str, tmp_path: Path) -> None:
    assert case(bench, "first", side, bench.url)["value"] > 0
    assert case(bench, "sequential", side, bench.url, 5)["value"] > 0
    size = 1 << 20
    download = case(bench, "download", side, bench.url, size, tmp_path)
    assert download["value"] > 0 and download["connections"] >= 1


@pytest.mark.parametrize("pool", ["warm", "fresh"])
def test_bursts_report_errors_and_the_connections_the_server_saw(
    bench: run.Bench, pool: str
) -> None:
    result = case(bench, "concurrent", "ours", bench.url, 20, pool)
    assert result["errors"] == 0
    assert 1 <= result["connections"] <= 21
    assert 1 <= result["peak_open"] <= 21


@pytest.mark.parametrize("kind", ["single", "history", "page"])
def test_parse_cases_time_the_generated_models(bench: run.Bench, kind: str) -> None:
    assert case(bench, "parse", "ours", kind, 2)["value"] > 0


def test_the_emulator_figures_come_from_emulator_bench() -> None:
    pytest.importorskip("uvicorn")
    plan = run.Plan(emulator_requests=3, emulator_rounds=1, emulator_small=5, emulator_large=20)
    rows = run.fig_emulator(run.Bench({"emulator": sys.executable}, 0), plan)
    assert [table for table, _ in rows] == [2, 2, 2]
    for _, row in rows:
        assert row.passed is not None and row.ratio.endswith(("in-process", "bare", "x"))


def test_the_micro_benchmarks_run() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "micro.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "SDK overhead per call" in done.stdout
