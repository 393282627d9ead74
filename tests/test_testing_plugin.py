"""The pytest plugin our users load: a test against the emulator in five lines."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USER_TEST = """
def test_lookup(cyberdesk_client, cyberdesk_emulator_function):
    machine = cyberdesk_emulator_function.emulator.machines[0]
    workflow = cyberdesk_client.workflows.create_sync({"name": "w", "main_prompt": "p"}).data
    run = cyberdesk_client.runs.create_sync(
        {"workflow_id": workflow.id, "machine_id": machine.id}
    ).data
    assert cyberdesk_client.runs.wait_sync(run.id, poll_interval=0.02).data.status == "success"
"""

ASYNC_USER_TEST = """
import pytest

@pytest.mark.anyio
async def test_async(cyberdesk_async_client):
    page = await cyberdesk_async_client.machines.list()
    assert page.data.total == 2

@pytest.fixture
def anyio_backend():
    return "asyncio"
"""


def test_a_user_test_runs_against_the_emulator(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TEST)
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(passed=1)


def test_the_async_client_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=ASYNC_USER_TEST)
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(passed=1)


def test_a_failing_user_assertion_fails(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TEST.replace('== "success"', '== "error"'))
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(failed=1)
