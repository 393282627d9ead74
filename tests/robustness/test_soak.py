"""Fault soak: thousands of writes through a hostile server, none lost, none duplicated.

The emulator is served by uvicorn over loopback and injects, on the write under test, a
fixed mix of faults per attempt (drawn from a generator seeded by the emulator's seed):

    drop_after_commit  10 %   the write happens, then the connection dies mid-answer
    503 + Retry-After  10 %   ("0.01")
    429                 5 %   (no Retry-After: the SDK's own backoff)
    409 in_progress     5 %   (Idempotency-Status: in_progress, Retry-After "0.02")
    dropped connection  2 %   the connection dies before the write
    latency 0.6 s       5 %   past the client's 0.3 s timeout; drawn independently

The emulator applies the first rule that fires, in order, so each rule's rate is its share
divided by what the earlier rules leave (10/100, 10/90, 5/80, 5/75, 2/70). About 35 % of
attempts fail (1 - 0.68 * 0.95). A latency timeout costs one more attempt: the retry meets
the still-running first attempt (409 in_progress, Retry-After 1) and the next one gets the
stored answer.

Retry budget: with q ~= 0.354 failing attempts, a call fails only when all of its
``max_retries + 1`` attempts fail. The default 3 retries leave q**4 ~= 1.6 % of calls failing
(~30 of 2,000); 10 retries leave q**11 ~= 1.1e-5 per call, a 2 % chance that a 2,000-call
soak sees a failure: a flaky test. Failures are not quite independent either (a latency
timeout costs two attempts, and a loaded CI machine adds timeouts of its own: measured
soaks needed up to 11 attempts for one call). 20 retries leave q**21 ~= 3e-10 per call,
~1e-6 per soak, with room for that correlation. Backoff is kept tiny (initial 5 ms, cap
50 ms) so the budget costs no wall time; Retry-After values are honoured as sent, and a
call can take at most 21 attempts of <= 0.3 s plus <= 1 s of waiting each.

``CYBERDESK_SOAK_SIZE`` (default 2000) sets the ``runs.create`` calls; the chain and bulk
soaks make a tenth as many runs (size/20 chains of two steps, size/40 bulks of four).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from cyberdesk import (
    APIConnectionError,
    CyberdeskClient,
    InternalServerError,
    RetryConfig,
    RetryEvent,
    RunCreate,
)
from cyberdesk.emulator import Emulator, EmulatorServer

from .conftest import API_KEY, soak_size

CLIENT_TIMEOUT = 0.3
SLOW_SECONDS = 0.6
MAX_RETRIES = 20
WORKERS = 10  # sync threads, and the async semaphore: 20 requests in flight in all
DEADLINE = 100.0  # seconds for one phase; a hang fails the test instead of hanging CI

FAULT_SHARES: tuple[tuple[str, float], ...] = (
    ("drop_after_commit", 0.10),
    ("503", 0.10),
    ("429", 0.05),
    ("409", 0.05),
    ("drop", 0.02),
)
LATENCY_SHARE = 0.05
INJECTED_409_RETRY_AFTER = "0.02"
INJECTED_503_RETRY_AFTER = "0.01"


def install_faults(emu: Emulator, route: str) -> None:
    left = 1.0
    for name, share in FAULT_SHARES:
        rate = share / left  # the first rule that fires wins: conditional rates
        left -= share
        if name == "drop_after_commit":
            emu.faults.drop_after_commit(route, rate=rate)
        elif name == "drop":
            emu.faults.drop(route, rate=rate)
        elif name == "503":
            emu.faults.error_rate(
                route, rate, status=503, headers={"Retry-After": INJECTED_503_RETRY_AFTER}
            )
        elif name == "429":
            emu.faults.error_rate(route, rate, status=429)
        else:
            headers = {
                "Idempotency-Status": "in_progress",
                "Retry-After": INJECTED_409_RETRY_AFTER,
            }
            emu.faults.error_rate(route, rate, status=409, headers=headers)
    emu.faults.latency(route, SLOW_SECONDS, rate=LATENCY_SHARE)


# -- what the client sees ------------------------------------------------------------------


@dataclass
class Observed:
    """Every attempt, answer and retry of one phase, from the client's side."""

    n_of: Callable[[dict[str, Any]], int]
    lock: threading.Lock = field(default_factory=threading.Lock)
    keys: defaultdict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    attempts: Counter[int] = field(default_factory=Counter)
    answers: Counter[str] = field(default_factory=Counter)
    retries: Counter[str] = field(default_factory=Counter)

    def on_request(self, request: httpx.Request) -> None:
        if request.method != "POST":
            return
        n = self.n_of(json.loads(request.content))
        with self.lock:
            self.keys[n].add(request.headers.get("Idempotency-Key", "<none>"))
            self.attempts[n] += 1

    def on_response(self, response: httpx.Response) -> None:
        if response.request.method != "POST":
            return
        status = str(response.status_code)
        if status == "200":  # writes answer 201: this is an injected drop, cut off mid-body
            status = "200 cut off (drop)"
        elif status == "409":
            injected = response.headers.get("Retry-After") == INJECTED_409_RETRY_AFTER
            status = "409 injected" if injected else "409 in_progress (emulator)"
        with self.lock:
            self.answers[status] += 1

    def on_retry(self, event: RetryEvent) -> None:
        with self.lock:
            self.retries[event.reason] += 1

    async def aon_request(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def aon_response(self, response: httpx.Response) -> None:
        self.on_response(response)


def soak_client(base_url: str, observed: Observed) -> CyberdeskClient:
    retry = RetryConfig(
        max_retries=MAX_RETRIES, initial_delay=0.005, max_delay=0.05, on_retry=observed.on_retry
    )
    return CyberdeskClient(
        API_KEY,
        base_url=base_url,
        timeout=CLIENT_TIMEOUT,
        retry=retry,
        limits=httpx.Limits(max_connections=2 * WORKERS, max_keepalive_connections=2 * WORKERS),
        event_hooks={"request": [observed.on_request], "response": [observed.on_response]},
        async_event_hooks={
            "request": [observed.aon_request],
            "response": [observed.aon_response],
        },
    )


# -- the operations under soak -------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    name: str
    route: str
    runs_per_call: int
    call_sync: Callable[[CyberdeskClient, str, int], Any]
    call_async: Callable[[CyberdeskClient, str, int], Coroutine[Any, Any, Any]]
    n_of: Callable[[dict[str, Any]], int]
    returned_ids: Callable[[Any], list[str]]
    stored_ids: Callable[[dict[str, Any]], list[str]]


def _create_body(workflow_id: str, n: int) -> RunCreate:
    return RunCreate.from_dict({"workflow_id": workflow_id, "input_values": {"n": n}})


def _chain_body(workflow_id: str, n: int) -> dict[str, Any]:
    steps = [{"workflow_id": workflow_id, "inputs": {"step": k}} for k in range(2)]
    return {"steps": steps, "shared_inputs": {"n": n}}


def _bulk_body(workflow_id: str, n: int) -> dict[str, Any]:
    return {"workflow_id": workflow_id, "count": 4, "input_values": {"n": n}}


CREATE = Operation(
    name="runs.create",
    route="POST /v1/runs",
    runs_per_call=1,
    call_sync=lambda c, w, n: c.runs.create_sync(_create_body(w, n)),
    call_async=lambda c, w, n: c.runs.create(_create_body(w, n)),
    n_of=lambda body: int(body["input_values"]["n"]),
    returned_ids=lambda data: [str(data.id)],
    stored_ids=lambda body: [body["id"]],
)
CHAIN = Operation(
    name="runs.chain",
    route="POST /v1/runs/chain",
    runs_per_call=2,
    call_sync=lambda c, w, n: c.runs.chain_sync(_chain_body(w, n)),
    call_async=lambda c, w, n: c.runs.chain(_chain_body(w, n)),
    n_of=lambda body: int(body["shared_inputs"]["n"]),
    returned_ids=lambda data: [str(r) for r in data.run_ids],
    stored_ids=lambda body: list(body["run_ids"]),
)
BULK = Operation(
    name="runs.bulk_create",
    route="POST /v1/runs/bulk",
    runs_per_call=4,
    call_sync=lambda c, w, n: c.runs.bulk_create_sync(_bulk_body(w, n)),
    call_async=lambda c, w, n: c.runs.bulk_create(_bulk_body(w, n)),
    n_of=lambda body: int(body["input_values"]["n"]),
    returned_ids=lambda data: [str(r.id) for r in data.created_runs],
    stored_ids=lambda body: [r["id"] for r in body["created_runs"]],
)


# -- one phase -----------------------------------------------------------------------------


@dataclass
class Soak:
    op: Operation
    calls: int
    results: dict[int, Any]
    observed: Observed
    emu: Emulator
    wall: float
    workflow_id: str


def _run_sync(client: CyberdeskClient, soak_op: Operation, wf: str, ns: range) -> dict[int, Any]:
    pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="soak-sync")
    try:
        futures = {n: pool.submit(soak_op.call_sync, client, wf, n) for n in ns}
        deadline = time.monotonic() + DEADLINE
        return {n: f.result(timeout=deadline - time.monotonic()) for n, f in futures.items()}
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


async def _run_async(
    client: CyberdeskClient, soak_op: Operation, wf: str, ns: range
) -> dict[int, Any]:
    gate = asyncio.Semaphore(WORKERS)

    async def one(n: int) -> tuple[int, Any]:
        async with gate:
            return n, await soak_op.call_async(client, wf, n)

    try:
        pairs = await asyncio.wait_for(asyncio.gather(*(one(n) for n in ns)), DEADLINE)
    finally:
        await client.aclose()
    return dict(pairs)


def soak_emulator(seed: int) -> Emulator:
    """A real clock and 20 machines, so runs finish (0.07 s each) and the queue stays short.

    Each request makes the emulator scan every stored run, twice, under its lock
    (``executor.advance_to`` and ``scheduling.assign_waiting_runs``, which also looks for a
    machine for every waiting run even when none is free). With a frozen clock and 2
    machines, 2,000 queued runs cost ~11 ms per scan, and ordinary answers queue past the
    0.3 s timeout (956 timeouts for 181 injected latencies in one measured soak).
    """
    return Emulator(api_key=API_KEY, seed=seed, machines=20, tick_interval=0.5)


def run_soak(soak_op: Operation, calls: int, seed: int) -> Soak:
    emu = soak_emulator(seed)
    observed = Observed(soak_op.n_of)
    with EmulatorServer(emu) as server:
        setup = CyberdeskClient(API_KEY, base_url=server.base_url)
        workflow = setup.workflows.create_sync({"name": "soak", "main_prompt": "p"}).unwrap()
        setup.close()
        install_faults(emu, soak_op.route)
        # One client shared by the sync threads, one for the event loop (closing a client
        # closes both of its pools, so the loop's must not be the threads' one).
        sync_client = soak_client(server.base_url, observed)
        async_client = soak_client(server.base_url, observed)
        half = calls // 2
        wf = str(workflow.id)
        started = time.monotonic()
        with ThreadPoolExecutor(1, thread_name_prefix="soak-async") as loop_thread:
            async_half = loop_thread.submit(
                asyncio.run, _run_async(async_client, soak_op, wf, range(half, calls))
            )
            results = _run_sync(sync_client, soak_op, wf, range(half))
            try:
                results.update(async_half.result(timeout=DEADLINE))
            except FutureTimeout:
                pytest.fail(f"the async half did not finish in {DEADLINE} s")
        wall = time.monotonic() - started
        sync_client.close()
    return Soak(soak_op, calls, results, observed, emu, wall, str(workflow.id))


def check_and_report(soak: Soak, capsys: pytest.CaptureFixture[str]) -> dict[int, list[Any]]:
    """The invariants every phase must hold; prints the figures; answers runs by n."""
    op, obs, emu = soak.op, soak.observed, soak.emu
    failed = {n: r.error for n, r in soak.results.items() if r.error is not None or not r.ok}
    runs = emu.runs
    by_n: defaultdict[int, list[Any]] = defaultdict(list)
    for run in runs:
        by_n[int((run.input_values or {})["n"])].append(run)
    expected = op.runs_per_call
    duplicates = sum(max(0, len(v) - expected) for v in by_n.values())
    lost = sum(max(0, expected - len(by_n.get(n, []))) for n in range(soak.calls))
    strays = sorted(set(by_n) - set(range(soak.calls)))
    mismatched = [
        n
        for n, r in soak.results.items()
        if r.error is None and sorted(op.returned_ids(r.data)) != sorted(str(x.id) for x in by_n[n])
    ]
    keys_per_call = Counter(len(obs.keys[n]) for n in range(soak.calls))
    all_keys = [k for n in range(soak.calls) for k in obs.keys[n]]
    unanswered_keys = []
    for n in range(soak.calls):
        for key in obs.keys[n]:
            entry = emu.idempotency.lookup(API_KEY, key)
            stored = entry.response if entry is not None else None
            if stored is None or (
                soak.results[n].error is None
                and sorted(op.stored_ids(json.loads(stored.body)))
                != sorted(op.returned_ids(soak.results[n].data))
            ):
                unanswered_keys.append(n)
    attempts = sum(obs.attempts.values())
    retries = sum(obs.retries.values())
    injected = emu.faults.stats()
    stats = emu.stats()
    per_call = Counter(obs.attempts.values())
    with capsys.disabled():
        print(
            f"\n[soak {op.name}] {soak.calls} calls ({soak.calls // 2} sync in {WORKERS} threads"
            f" + {soak.calls - soak.calls // 2} async at concurrency {WORKERS}) in"
            f" {soak.wall:.1f} s wall\n"
            f"  attempts {attempts}, retries {retries} (on_retry by reason:"
            f" {dict(sorted(obs.retries.items()))})\n"
            f"  calls by attempts needed: {dict(sorted(per_call.items()))}"
            f" (budget {MAX_RETRIES + 1})\n"
            f"  faults injected (emulator counters): "
            f"{ {k: v for k, v in injected.items() if k != 'script'} }\n"
            f"  answers the client saw: {dict(sorted(obs.answers.items()))}\n"
            f"  runs stored {len(runs)} (expected {soak.calls * expected}), duplicates"
            f" {duplicates}, lost {lost}, ids not matching the stored run {len(mismatched)},"
            f" failed calls {len(failed)}, idempotent replays {stats['idempotency']['replayed']}"
        )
    assert not failed, f"{len(failed)} calls failed, e.g. {list(failed.items())[:3]}"
    assert len(runs) == soak.calls * expected
    assert duplicates == 0 and lost == 0 and not strays
    assert not mismatched, f"returned ids differ from the stored runs for n in {mismatched[:10]}"
    # One key per call, reused by each of its retries, and no key shared by two calls.
    assert keys_per_call == Counter({1: soak.calls}), keys_per_call
    assert len(set(all_keys)) == soak.calls
    # Every key ended with a stored answer naming exactly the runs the caller got back.
    assert not unanswered_keys, unanswered_keys[:10]
    # Every attempt but the first of each call was announced to on_retry.
    assert attempts == soak.calls + retries
    # The faults really were injected, near their configured shares of the attempts.
    drawn = sum(v for k, v in injected.items() if k not in ("latency", "script"))
    assert drawn >= 0.5 * 0.32 * attempts, injected
    assert injected["latency"] >= 0.3 * LATENCY_SHARE * attempts, injected
    return dict(by_n)


def test_soak_runs_create(capsys: pytest.CaptureFixture[str]) -> None:
    calls = soak_size()
    soak = run_soak(CREATE, calls, seed=2024)
    check_and_report(soak, capsys)
    injected = soak.emu.faults.stats()
    attempts = sum(soak.observed.attempts.values())
    # At this scale every kind of fault must show up near its share (>= a third of it).
    for kind, share in (("drop_after_commit", 0.10), ("drop", 0.02), ("error", 0.20)):
        assert injected[kind] >= share * attempts / 3, (kind, injected)
    for status in ("503", "429", "409 injected"):
        assert soak.observed.answers[status] > 0, soak.observed.answers
    # Each dropped-after-commit write that was retried came back as a replay, not a rerun.
    assert soak.emu.stats()["idempotency"]["replayed"] > 0
    assert soak.observed.retries["connection"] > 0 and soak.observed.retries["timeout"] > 0


def test_soak_runs_chain(capsys: pytest.CaptureFixture[str]) -> None:
    chains = max(10, soak_size() // 20)
    soak = run_soak(CHAIN, chains, seed=7)
    by_n = check_and_report(soak, capsys)
    sessions = set()
    for n, response in soak.results.items():
        runs = sorted(by_n[n], key=lambda r: r.seq)
        ids = [str(r.id) for r in runs]
        assert [str(x) for x in response.data.run_ids] == ids  # in step order
        assert [(r.input_values or {}).get("step") for r in runs] == [0, 1]
        assert {str(r.session_id) for r in runs} == {str(response.data.session_id)} == {ids[0]}
        sessions.add(ids[0])
    assert len(sessions) == chains  # one session per chain


def test_soak_runs_bulk_create(capsys: pytest.CaptureFixture[str]) -> None:
    bulks = max(10, soak_size() // 40)
    soak = run_soak(BULK, bulks, seed=11)
    by_n = check_and_report(soak, capsys)
    for n, response in soak.results.items():
        assert response.data.failed_count == 0
        assert len(by_n[n]) == 4


# -- when retries run out --------------------------------------------------------------------


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("fault", "error_type", "message", "runs_left"),
    [
        # Every attempt commits (the first) or replays the stored answer (the rest), and
        # every answer is cut off: the caller gets a connection error and ONE run exists.
        ("drop_after_commit", APIConnectionError, "POST /v1/runs failed: RemoteProtocolError", 1),
        # A 5xx is never stored for the key and nothing is written: zero runs.
        ("error_503", InternalServerError, "HTTP 503 from POST /v1/runs", 0),
    ],
)
def test_retries_exhausted_give_a_clear_error_and_at_most_one_run(
    served: EmulatorServer,
    emu: Emulator,
    mode: str,
    fault: str,
    error_type: type[Exception],
    message: str,
    runs_left: int,
) -> None:
    setup = CyberdeskClient(API_KEY, base_url=served.base_url)
    workflow = setup.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
    setup.close()
    if fault == "drop_after_commit":
        emu.faults.drop_after_commit("POST /v1/runs")
    else:
        emu.faults.error_rate("POST /v1/runs", 1.0, status=503)
    keys: list[str] = []
    events: list[RetryEvent] = []
    sleeps = Sleeps()

    def record(request: httpx.Request) -> None:
        keys.append(request.headers["Idempotency-Key"])

    async def arecord(request: httpx.Request) -> None:
        record(request)

    retry = RetryConfig(
        max_retries=2, on_retry=events.append, sleep=sleeps, async_sleep=sleeps.asleep
    )
    client = CyberdeskClient(
        API_KEY,
        base_url=served.base_url,
        timeout=5.0,
        retry=retry,
        event_hooks={"request": [record]},
        async_event_hooks={"request": [arecord]},
    )
    body = RunCreate.from_dict({"workflow_id": str(workflow.id), "input_values": {"n": 1}})
    if mode == "sync":
        response = client.runs.create_sync(body)
    else:

        async def go() -> Any:
            async with client:
                return await client.runs.create(body)

        response = asyncio.run(go())
    client.close()

    assert response.data is None
    assert type(response.error) is error_type
    assert str(response.error).startswith(message), str(response.error)
    assert len(str(response.error)) < 300
    assert len(keys) == 3 and len(set(keys)) == 1  # 1 + max_retries attempts, one key
    assert [e.attempt for e in events] == [1, 2] and len(sleeps) == 2
    assert len(emu.runs) == runs_left
    if runs_left:
        entry = emu.idempotency.lookup(API_KEY, keys[0])
        assert entry is not None and entry.response is not None
        assert entry.replays == 2  # the two retries got the stored answer, then lost it too
        assert json.loads(entry.response.body)["id"] == str(emu.runs[0].id)
