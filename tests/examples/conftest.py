"""Fixtures for the worked examples in ``examples/``: emulators served on loopback.

``epic`` is an emulator on a manual clock with an "Epic patient lookup" workflow whose runs
return patient data made from their inputs, and ``emulator_time`` a sleep that moves that
clock instead of waiting, so ``runs.wait`` polls through a whole run in no real time.
``live_epic`` is the same on the real clock, for examples that run in another thread or
process and so cannot share a fake sleep.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# The examples are run from examples/ (``uvicorn --factory fastapi_app.app:create_app``,
# ``python batch_csv.py``), so their modules are imported from there; the helpers module
# sits here. Both are put on the path whatever pytest's import mode.
for folder in (HERE.parents[1] / "examples", HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from examples_helpers import API_KEY, EmulatorTime, Epic, serve_epic  # noqa: E402

from cyberdesk.emulator import Emulator  # noqa: E402
from tests.helpers import ManualClock  # noqa: E402


@pytest.fixture
def epic() -> Iterator[Epic]:
    """An emulator on a manual clock: runs move only when something advances it."""
    with serve_epic(Emulator(api_key=API_KEY, machines=4, clock=ManualClock())) as served:
        yield served


@pytest.fixture
def emulator_time(epic: Epic) -> EmulatorTime:
    return EmulatorTime(epic.emulator)


@pytest.fixture
def live_epic() -> Iterator[Epic]:
    """An emulator on the real clock (a run takes about 70 ms)."""
    with serve_epic(Emulator(api_key=API_KEY, machines=4)) as served:
        yield served
