"""client.runs.batch / batch_sync against the emulator over loopback, on emulator time.

The emulator runs on a manual clock and the client's sleep advances it, so runs, polls,
backoffs and rate-limit pauses take no real time and every sleep the batch asks for is
recorded.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from cyberdesk import AuthenticationError, CyberdeskClient, RetryConfig, RetryEvent, RunCreate
from cyberdesk.batch import (
    NOT_CREATED,
    BatchJournalError,
    BatchJournalMismatch,
    BatchProgress,
    BatchResult,
    BatchStalledError,
)
from cyberdesk.emulator import Emulator, EmulatorServer
from tests.helpers import ManualClock, most_runs_alive_at_once

KEY = "cd_batch_tests_key_0123456789"


class EmulatorTime:
    """A sleep that advances the emulator's clock instead of waiting, and records itself."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.sleeps: list[float] = []
        self.crash_on: Callable[[], bool] = lambda: False
        self._lock = threading.Lock()

    def sleep(self, seconds: float) -> None:
        if self.crash_on():
            raise Crash
        with self._lock:
            self.sleeps.append(seconds)
        self.emulator.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


class Crash(Exception):
    """Stands for the process dying where the batch sleeps."""


class Requests:
    """Every request and answer the client saw, with the emulator time it was sent at."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.sent: list[tuple[str, str, float]] = []
        self.answers: list[tuple[str, str, int, float]] = []

    def on_request(self, request: httpx.Request) -> None:
        self.sent.append((request.method, request.url.path, self.emulator.now()))

    def on_response(self, response: httpx.Response) -> None:
        request = response.request
        self.answers.append(
            (request.method, request.url.path, response.status_code, self.emulator.now())
        )

    async def aon_request(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def aon_response(self, response: httpx.Response) -> None:
        self.on_response(response)

    def creates(self) -> list[float]:
        return [t for method, path, t in self.sent if (method, path) == ("POST", "/v1/runs")]


class Env:
    def __init__(self, server: EmulatorServer, workflow_id: str) -> None:
        self.server = server
        self.emulator = server.emulator
        self.workflow_id = workflow_id
        self.time = EmulatorTime(self.emulator)
        self.requests = Requests(self.emulator)
        self.retries: list[RetryEvent] = []
        self.retry_options: dict[str, Any] = {"initial_delay": 0.01, "max_delay": 0.05}

    def client(self, key: str = KEY) -> CyberdeskClient:
        retry = RetryConfig(
            sleep=self.time.sleep,
            async_sleep=self.time.asleep,
            on_retry=self.retries.append,
            **self.retry_options,
        )
        hooks = {"request": [self.requests.on_request], "response": [self.requests.on_response]}
        async_hooks = {
            "request": [self.requests.aon_request],
            "response": [self.requests.aon_response],
        }
        return CyberdeskClient(
            key,
            base_url=self.server.base_url,
            retry=retry,
            event_hooks=hooks,
            async_event_hooks=async_hooks,
        )


@pytest.fixture
def env() -> Iterator[Env]:
    emulator = Emulator(api_key=KEY, machines=8, clock=ManualClock())
    with EmulatorServer(emulator, startup_timeout=60) as server:
        with CyberdeskClient(KEY, base_url=server.base_url) as client:
            workflow = client.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
        emulator.set_workflow_behavior(workflow.id, outputs=lambda inputs: {"echo": inputs})
        yield Env(server, str(workflow.id))


def run_batch(env: Env, rows: Iterable[Any], mode: str = "sync", **options: Any) -> list[Any]:
    """Every result of a batch, in the order they came (sync or async API)."""
    options = {"workflow_id": env.workflow_id, "poll_interval": 0.5, **options}
    if mode == "sync":
        with env.client() as client:
            return list(client.runs.batch_sync(rows, **options))

    async def collect() -> list[Any]:
        async with env.client() as client:
            return [result async for result in client.runs.batch(rows, **options)]

    return asyncio.run(collect())


def journal_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


# -- the batch itself ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_row_runs_once_with_at_most_concurrency_runs_alive(env: Env, mode: str) -> None:
    rows = [{"n": i, "name": f"patient {i}"} for i in range(30)]
    progress: list[BatchProgress] = []

    results = run_batch(env, rows, mode, concurrency=4, on_progress=progress.append)

    assert sorted(int(r.row) for r in results) == list(range(30))
    assert all(r.status == "success" and not r.from_journal for r in results)
    runs = {str(run.id): run for run in env.emulator.runs}
    assert len(runs) == 30
    for result in results:
        sent = rows[int(result.row)]
        assert runs[result.run_id].input_values == sent
        assert result.output_data == {"echo": sent}
    assert most_runs_alive_at_once(env.emulator) == 4  # the bound holds and is used
    assert progress[-1] == BatchProgress(done=30, failed=0, in_flight=0, total=30)
    assert max(p.in_flight for p in progress) == 4
    assert env.retries == []  # no call waited on its own: the batch retries rows itself


def test_rows_are_read_as_they_are_needed(env: Env) -> None:
    pulled = 0

    def rows() -> Iterator[dict[str, int]]:
        nonlocal pulled
        for n in range(100_000):
            pulled += 1
            yield {"n": n}

    with env.client() as client:
        batch = client.runs.batch_sync(rows(), workflow_id=env.workflow_id, concurrency=3)
        first = next(batch)
        batch.close()
    assert first.status == "success"
    assert pulled <= 4  # three in flight, at most one more read to refill a slot
    assert len(env.emulator.runs) <= 4


@pytest.mark.parametrize(("mode", "pushed_back"), [("async", 3), ("sync", 1)])
def test_a_429_pauses_every_create_of_the_batch_once(env: Env, mode: str, pushed_back: int) -> None:
    env.emulator.faults.script(
        "POST /v1/runs", status=429, headers={"Retry-After": "7"}, times=pushed_back
    )
    progress: list[BatchProgress] = []

    results = run_batch(env, [{"n": i} for i in range(12)], mode, concurrency=4,
                        on_progress=progress.append)  # fmt: skip

    assert len(results) == 12 and len(env.emulator.runs) == 12
    assert progress[-1].rate_limit_pauses == 1
    assert [s for s in env.time.sleeps if s >= 1] == [pytest.approx(7, abs=0.01)]
    refused = [t for m, p, s, t in env.requests.answers if (m, p, s) == ("POST", "/v1/runs", 429)]
    assert len(refused) == pushed_back
    # Nothing was created during the pause: no worker went on alone.
    assert not [t for t in env.requests.creates() if refused[0] < t < refused[0] + 6.99]
    assert env.retries == []


def test_blocking_the_creates_after_a_429_in_the_same_round_wait_for_the_pause(env: Env) -> None:
    # Sent one after another, the round's other creates are held back, not sent after the 429.
    env.emulator.faults.script("POST /v1/runs", status=429, headers={"Retry-After": "7"}, times=1)

    results = run_batch(env, [{"n": i} for i in range(4)], "sync", concurrency=4)

    assert len(results) == 4 and len(env.emulator.runs) == 4
    refused, *others = env.requests.creates()
    assert len(others) == 4 and min(others) >= refused + 6.99


def test_a_row_the_api_refuses_fails_alone_and_is_not_sent_again(env: Env, tmp_path: Path) -> None:
    journal = tmp_path / "rows.journal"
    env.emulator.faults.script("POST /v1/runs", status=400, body={"detail": "bad row"}, times=1)

    first = run_batch(env, [{"n": i} for i in range(6)], concurrency=1, journal=journal)
    again = run_batch(env, [{"n": i} for i in range(6)], concurrency=1, journal=journal)

    refused = [r for r in first if not r.ok]
    assert len(first) == 6 and len(refused) == 1
    assert refused[0].status == NOT_CREATED and refused[0].run_id is None
    assert "400" in (refused[0].error or "") and "bad row" in (refused[0].error or "")
    assert len(env.emulator.runs) == 5
    assert sorted((r.row, r.status) for r in again) == sorted((r.row, r.status) for r in first)
    assert all(r.from_journal for r in again)
    assert len(env.requests.creates()) == 6  # the rerun sent nothing


def test_a_batch_stopped_midway_resumes_without_running_a_row_twice(
    env: Env, tmp_path: Path
) -> None:
    journal = tmp_path / "rows.journal"
    rows = [{"n": i} for i in range(20)]
    with env.client() as client:
        batch = client.runs.batch_sync(rows, workflow_id=env.workflow_id, journal=journal)
        early = [next(batch) for _ in range(5)]
        batch.close()
    assert len(env.emulator.runs) > 5  # runs were in flight when it stopped

    later = run_batch(env, rows, journal=journal)

    assert len(env.emulator.runs) == 20
    assert len({tuple(sorted((run.input_values or {}).items())) for run in env.emulator.runs}) == 20
    assert sorted(r.row for r in later) == sorted(str(i) for i in range(20))
    assert {r.row for r in later if r.from_journal} == {r.row for r in early}
    assert all(r.ok for r in later)


def test_a_create_whose_answer_was_lost_is_sent_again_under_its_key(
    env: Env, tmp_path: Path
) -> None:
    # The first create is stored, its answer lost, and the process "dies" at its next sleep:
    # the journal says sent, not created. The rerun must get the same run back.
    # The batch's clock is real time or time slept, whichever is more: a backoff no real
    # time can cover makes the retry wait for a sleep (see the test below for the other case).
    env.retry_options = {"initial_delay": 3600.0, "max_delay": 3600.0, "random": lambda: 1.0}
    journal = tmp_path / "rows.journal"
    rows = [{"n": i} for i in range(8)]
    env.emulator.faults.drop_after_commit("POST /v1/runs", times=1)
    env.time.crash_on = lambda: True
    with pytest.raises(Crash):
        run_batch(env, rows, journal=journal, concurrency=2)
    records = journal_records(journal)
    assert [r["t"] for r in records[1:]] == ["sent", "sent", "created"]
    assert len(env.emulator.runs) == 2  # both created; one answer never arrived
    env.time.crash_on = lambda: False

    results = run_batch(env, rows, journal=journal, concurrency=2)

    assert len(env.emulator.runs) == 8
    assert sorted(int(r.row) for r in results) == list(range(8))
    assert env.emulator.idempotency.replayed == 1
    created = {r["row"]: r["run_id"] for r in journal_records(journal) if r["t"] == "created"}
    assert len(created) == 8 and len(set(created.values())) == 8


def test_a_lost_answer_whose_backoff_already_passed_is_sent_again_at_once(
    env: Env, tmp_path: Path
) -> None:
    # A backoff drawn as 0 (or shorter than the real time the round took) is already over:
    # the create goes again without a sleep, under its key, and gets the stored run back.
    env.retry_options = {"initial_delay": 0.01, "max_delay": 0.05, "random": lambda: 0.0}
    journal = tmp_path / "rows.journal"
    env.emulator.faults.drop_after_commit("POST /v1/runs", times=1)
    env.time.crash_on = lambda: True
    with pytest.raises(Crash):
        run_batch(env, [{"n": i} for i in range(8)], journal=journal, concurrency=2)
    records = journal_records(journal)
    assert [r["t"] for r in records[1:]] == ["sent", "sent", "created", "created"]
    assert len(env.requests.creates()) == 3 and env.time.sleeps == []
    assert len(env.emulator.runs) == 2 and env.emulator.idempotency.replayed == 1
    assert {r["run_id"] for r in records[3:]} == {str(run.id) for run in env.emulator.runs}


def test_rows_journaled_as_created_are_polled_never_created_again(env: Env, tmp_path: Path) -> None:
    journal = tmp_path / "rows.journal"
    rows = [{"n": i} for i in range(4)]
    env.time.crash_on = lambda: len(env.emulator.runs) == 4
    with pytest.raises(Crash):
        run_batch(env, rows, journal=journal, concurrency=4)
    env.time.crash_on = lambda: False
    # The API no longer knowing the keys must not matter: the journal has the run ids.
    with env.emulator.idempotency._lock:
        env.emulator.idempotency._entries.clear()

    results = run_batch(env, rows, journal=journal, concurrency=4)

    assert len(env.emulator.runs) == 4 and len(results) == 4
    assert len(env.requests.creates()) == 4


def test_sensitive_columns_are_sent_as_sensitive_and_never_journaled(
    env: Env, tmp_path: Path
) -> None:
    journal = tmp_path / "rows.journal"
    rows = [{"patient": "p1", "password": "hunter2-secret"}]

    results = run_batch(env, rows, journal=journal, sensitive_columns=["password"])

    run = env.emulator.runs[0]
    assert run.input_values == {"patient": "p1"}
    assert set(run.sensitive_aliases or {}) == {"password"}  # the values are wiped at the end
    assert results[0].ok
    assert "hunter2-secret" not in journal.read_text()
    assert "hunter2-secret" not in repr(results)


def test_run_create_rows_take_the_batch_target_and_a_key_column(env: Env) -> None:
    machine = env.emulator.machines[1].id
    rows = [RunCreate(workflow_id=env.workflow_id, input_values={"mrn": f"M{i}"}) for i in range(3)]

    results = run_batch(env, rows, machine_id=machine, key_column="mrn")

    assert sorted(r.row for r in results) == ["M0", "M1", "M2"]
    assert all(run.machine_id == machine for run in env.emulator.runs)
    assert rows[0].machine_id is not machine  # the caller's models are left alone


def test_runs_that_fail_are_results_not_errors(env: Env) -> None:
    env.emulator.set_workflow_behavior(env.workflow_id, status="task_failed", error=["locked"])

    results = run_batch(env, [{"n": 1}, {"n": 2}])

    assert [(r.status, r.error, r.ok) for r in results] == [("task_failed", "locked", False)] * 2


# -- journals that cannot be used ------------------------------------------------------------


def test_a_journal_of_another_batch_is_refused_before_anything_is_sent(
    env: Env, tmp_path: Path
) -> None:
    journal = tmp_path / "rows.journal"
    run_batch(env, [{"n": 1}], journal=journal)
    sent = len(env.requests.sent)
    with CyberdeskClient(KEY, base_url=env.server.base_url) as client:
        other = client.workflows.create_sync({"name": "x", "main_prompt": "p"}).unwrap()

    with pytest.raises(BatchJournalMismatch, match="workflow_id"):
        run_batch(env, [{"n": 1}], journal=journal, workflow_id=str(other.id))
    with pytest.raises(BatchJournalMismatch, match="row '0'"):
        run_batch(env, [{"n": 2}], journal=journal)
    assert len(env.requests.sent) == sent


def test_a_line_cut_short_by_a_kill_is_dropped_and_a_corrupt_journal_refused(
    env: Env, tmp_path: Path
) -> None:
    journal = tmp_path / "rows.journal"
    run_batch(env, [{"n": 1}], journal=journal)
    whole = journal.read_text()
    journal.write_text(whole + '{"t":"sent","row":"1","dig')

    results = run_batch(env, [{"n": 1}, {"n": 2}], journal=journal)

    assert sorted((r.row, r.from_journal) for r in results) == [("0", True), ("1", False)]
    assert all(line.startswith("{") for line in journal.read_text().splitlines())
    journal.write_text(whole.replace('"t":"sent"', '"t":"sent', 1))
    with pytest.raises(BatchJournalError, match="line 2"):
        run_batch(env, [{"n": 1}], journal=journal)


def test_one_journal_serves_one_process_at_a_time(env: Env, tmp_path: Path) -> None:
    journal = tmp_path / "rows.journal"
    with env.client() as client:
        first = client.runs.batch_sync([{"n": 1}], workflow_id=env.workflow_id, journal=journal)
        next(first)
        with pytest.raises(BatchJournalError, match="in use"):
            run_batch(env, [{"n": 1}], journal=journal)
        first.close()


def test_a_batch_closed_midway_frees_its_journal_at_once(env: Env, tmp_path: Path) -> None:
    journal = tmp_path / "rows.journal"
    with env.client() as client:
        first = client.runs.batch_sync(
            [{"n": 1}, {"n": 2}], workflow_id=env.workflow_id, journal=journal, concurrency=1
        )
        next(first)
        first.close()
        again = run_batch(env, [{"n": 1}, {"n": 2}], journal=journal, concurrency=1)
    assert sorted(r.from_journal for r in again) == [False, True]


# -- errors ----------------------------------------------------------------------------------


def test_a_bad_api_key_stops_the_batch_with_the_journal_intact(env: Env, tmp_path: Path) -> None:
    journal = tmp_path / "rows.journal"
    with env.client("cd_not_the_key_000000") as client, pytest.raises(AuthenticationError):
        list(client.runs.batch_sync([{"n": 1}], workflow_id=env.workflow_id, journal=journal))
    assert [r["t"] for r in journal_records(journal)[1:]] == ["sent"]

    results = run_batch(env, [{"n": 1}], journal=journal)  # fixed: the rerun goes on

    assert [r.ok for r in results] == [True] and len(env.emulator.runs) == 1


def test_a_batch_that_gets_no_answer_stops_and_says_so(env: Env) -> None:
    env.emulator.faults.error_rate("POST /v1/runs", 1.0, status=502)

    with pytest.raises(BatchStalledError, match="HTTP 502"):
        run_batch(env, [{"n": 1}], give_up_after=1.0)


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"concurrency": 0}, ValueError, "concurrency"),
        ({"machine_id": "550e8400-e29b-41d4-a716-446655440000",
          "pool_ids": ["550e8400-e29b-41d4-a716-446655440001"]}, ValueError, "not both"),
        ({"workflow_id": "not-a-uuid"}, ValueError, "workflow_id"),
        ({"poll_interval": -1}, ValueError, "poll_interval"),
        ({"sensitive_columns": "password"}, TypeError, "sensitive_columns"),
    ],
)  # fmt: skip
def test_bad_arguments_are_named_before_anything_is_sent(
    env: Env, options: dict[str, Any], error: type[Exception], match: str
) -> None:
    with env.client() as client, pytest.raises(error, match=match):
        client.runs.batch_sync([{"n": 1}], **{"workflow_id": env.workflow_id, **options})
    assert env.requests.sent == []


def test_a_repeated_key_or_a_malformed_row_stops_the_batch_naming_the_row(env: Env) -> None:
    with pytest.raises(ValueError, match=r"rows\[1\] repeats the key 'a'"):
        run_batch(env, [{"id": "a"}, {"id": "a"}], key_column="id")
    with pytest.raises(ValueError, match=r"rows\[0\] has no value in the key column 'id'"):
        run_batch(env, [{"other": 1}], key_column="id")
    with pytest.raises(TypeError, match=r"rows\[0\] must be a dict"):
        run_batch(env, ["n=1"])


def test_results_and_progress_are_plain_values() -> None:
    result = BatchResult("r1", None, NOT_CREATED, error="HTTP 400")
    assert not result.ok
    assert result.to_record() == {
        "row": "r1", "run_id": None, "status": NOT_CREATED, "output_data": None, "error": "HTTP 400"
    }  # fmt: skip


# -- regressions -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ['{"important":"x"}', "notes without a newline", "{\n"])
def test_a_file_that_is_not_a_journal_is_refused_never_overwritten(
    env: Env, tmp_path: Path, text: str
) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text(text)

    with pytest.raises(BatchJournalError, match="not a batch journal; refusing to overwrite"):
        run_batch(env, [{"n": 1}], journal=notes)

    assert notes.read_text() == text
    assert env.requests.creates() == []


def test_a_torn_line_after_the_header_is_dropped(env: Env, tmp_path: Path) -> None:
    journal = tmp_path / "rows.journal"
    run_batch(env, [{"n": 1}], journal=journal)
    header = journal.read_text().splitlines(keepends=True)[0]
    journal.write_text(header + '{"t":"sent","ro')

    results = run_batch(env, [{"n": 1}], journal=journal)

    assert [(r.row, r.ok, r.from_journal) for r in results] == [("0", True, False)]
    assert journal.read_text().startswith(header)
    assert all(line.startswith("{") for line in journal.read_text().splitlines())


def test_the_batch_and_the_runs_resource_share_one_list_of_terminal_statuses() -> None:
    from cyberdesk import _statuses
    from cyberdesk.batch import engine
    from cyberdesk.resources.runs import TERMINAL_STATUSES

    assert engine.TERMINAL_STATUSES is TERMINAL_STATUSES is _statuses.TERMINAL_STATUSES
    assert not hasattr(engine, "TERMINAL")


def test_a_row_whose_own_target_is_unknown_ends_not_created_and_the_batch_goes_on(
    env: Env, tmp_path: Path
) -> None:
    journal = tmp_path / "rows.journal"
    machine = env.emulator.machines[0].id
    stale = "550e8400-e29b-41d4-a716-446655440000"
    rows = [RunCreate(workflow_id=env.workflow_id, machine_id=m, input_values={"n": str(i)})
            for i, m in enumerate([machine, stale, machine])]  # fmt: skip

    first = run_batch(env, rows, concurrency=1, journal=journal)
    again = run_batch(env, rows, concurrency=1, journal=journal)

    assert sorted((r.row, r.status) for r in first) == [
        ("0", "success"), ("1", NOT_CREATED), ("2", "success")
    ]  # fmt: skip
    refused = next(r for r in first if r.row == "1")
    assert "404" in (refused.error or "") and refused.run_id is None
    assert len(env.emulator.runs) == 2
    assert sorted((r.row, r.status) for r in again) == sorted((r.row, r.status) for r in first)
    assert all(r.from_journal for r in again) and len(env.requests.creates()) == 3


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("retry_after", "give_up_after"), [("1000000000", 600.0), ("61", 600.0), ("30", 10.0)]
)
def test_a_pause_longer_than_the_client_allows_stops_the_batch_naming_it(
    env: Env, tmp_path: Path, mode: str, retry_after: str, give_up_after: float
) -> None:
    journal = tmp_path / "rows.journal"
    env.emulator.faults.script(
        "POST /v1/runs", status=429, headers={"Retry-After": retry_after}, times=1
    )

    with pytest.raises(BatchStalledError, match=f"Retry-After: {retry_after} s"):
        run_batch(env, [{"n": 1}], mode, journal=journal, give_up_after=give_up_after)

    assert [s for s in env.time.sleeps if s >= 1] == []  # it did not wait the pause
    results = run_batch(env, [{"n": 1}], mode, journal=journal)  # a rerun later goes on
    assert [r.ok for r in results] == [True] and len(env.emulator.runs) == 1


def test_pauses_the_api_asks_for_again_and_again_count_towards_give_up_after(env: Env) -> None:
    env.emulator.faults.error_rate("POST /v1/runs", 1.0, status=429, headers={"Retry-After": "7"})

    with pytest.raises(BatchStalledError, match="HTTP 429"):
        run_batch(env, [{"n": 1}], give_up_after=20.0)

    assert 20 <= sum(env.time.sleeps) <= 30


def test_a_client_that_allows_longer_pauses_waits_them_out(env: Env) -> None:
    env.emulator.faults.script("POST /v1/runs", status=429, headers={"Retry-After": "90"}, times=1)
    retry = RetryConfig(sleep=env.time.sleep, max_retry_after=120.0, initial_delay=0.01,
                        max_delay=0.05)  # fmt: skip

    with CyberdeskClient(KEY, base_url=env.server.base_url, retry=retry) as client:
        results = list(
            client.runs.batch_sync([{"n": 1}], workflow_id=env.workflow_id, poll_interval=0.5)
        )

    assert [r.ok for r in results] == [True]
    assert [s for s in env.time.sleeps if s >= 1] == [pytest.approx(90, abs=0.01)]
