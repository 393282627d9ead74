"""A terminal status is final: concurrent PATCHes over real sockets can never move a run
out of ``success``/``task_failed``/``error``/``cancelled`` (issue 12, item 9).

What the emulator does (README, "The emulator"): a PATCH that names the status the run
already ended with is answered 200 and changes nothing else about the status; a PATCH
that names any other status on an ended run is answered 400 and stores nothing.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx
import pytest

from cyberdesk.emulator import EmulatorServer

from .conftest import API_KEY

HEADERS = {"Authorization": f"Bearer {API_KEY}"}
TERMINAL = ("success", "task_failed", "error", "cancelled")


def _new_run(http: httpx.Client) -> str:
    workflow = http.post("/v1/workflows", json={"main_prompt": "p"}).json()
    run = http.post("/v1/runs", json={"workflow_id": workflow["id"]})
    assert run.status_code == 201, run.text
    run_id: str = run.json()["id"]
    return run_id


async def _patch_all(base_url: str, run_id: str, statuses: list[str]) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=50)
    async with httpx.AsyncClient(
        base_url=base_url, headers=HEADERS, limits=limits, timeout=10
    ) as http:
        return await asyncio.gather(
            *(http.patch(f"/v1/runs/{run_id}", json={"status": s}) for s in statuses)
        )


@pytest.mark.parametrize("ended_first", [False, True])
@pytest.mark.parametrize("trial", range(3))
def test_concurrent_patches_never_move_a_run_out_of_a_terminal_status(
    served: EmulatorServer, trial: int, ended_first: bool
) -> None:
    rng = random.Random(trial)
    statuses = ["success"] * 25 + ["running"] * 20 + ["scheduling"] * 5
    rng.shuffle(statuses)
    with httpx.Client(base_url=served.base_url, headers=HEADERS) as http:
        run_id = _new_run(http)
        if ended_first:
            assert http.patch(f"/v1/runs/{run_id}", json={"status": "success"}).status_code == 200
        answers = asyncio.run(_patch_all(served.base_url, run_id, statuses))
        final = http.get(f"/v1/runs/{run_id}").json()["status"]
    assert final == "success"
    for status, answer in zip(statuses, answers, strict=True):
        if status == "success":
            assert answer.status_code == 200, answer.text
            assert answer.json()["status"] == "success"
        elif ended_first:
            assert answer.status_code == 400, answer.text
            assert "already ended with status success" in answer.json()["detail"]
        else:
            assert answer.status_code in (200, 400), answer.text


@pytest.mark.parametrize("ended", TERMINAL)
@pytest.mark.parametrize("wanted", ["scheduling", "running", "running_checks", *TERMINAL])
def test_patch_on_an_ended_run(served: EmulatorServer, ended: str, wanted: str) -> None:
    with httpx.Client(base_url=served.base_url, headers=HEADERS) as http:
        run_id = _new_run(http)
        assert http.patch(f"/v1/runs/{run_id}", json={"status": ended}).status_code == 200
        before: dict[str, Any] = http.get(f"/v1/runs/{run_id}").json()
        answer = http.patch(
            f"/v1/runs/{run_id}", json={"status": wanted, "output_data": {"late": True}}
        )
        after: dict[str, Any] = http.get(f"/v1/runs/{run_id}").json()
    if wanted == ended:
        assert answer.status_code == 200, answer.text
        assert after["status"] == ended and after["output_data"] == {"late": True}
        assert after["ended_at"] == before["ended_at"]
    else:
        assert answer.status_code == 400, answer.text
        assert answer.json() == {
            "detail": f"Run {run_id} already ended with status {ended}; "
            "its status can no longer change (retry it to run it again)"
        }
        assert after == before  # nothing from the refused PATCH was stored
