from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from cyberdesk.emulator import Emulator
from tests.helpers import ManualClock

from .conformance import RECORDER, RecordingApp

API_KEY = "cd_test_key"
HEADERS = {"Authorization": f"Bearer {API_KEY}"}

OUTPUT_SCHEMA = json.dumps(
    {
        "type": "object",
        "properties": {
            "result": {"type": "string"},
            "count": {"type": "integer"},
            "details": {
                "type": "object",
                "properties": {
                    "score": {"type": "number"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
    }
)


@pytest.fixture(autouse=True)
def _conformance() -> Iterator[None]:
    """Every answer a test sees must match openapi.json."""
    before = len(RECORDER.violations)
    yield
    new = RECORDER.violations[before:]
    assert not new, "answers that break openapi.json:\n" + "\n".join(new)


@pytest.fixture
def emu() -> Emulator:
    return Emulator(api_key=API_KEY, seed=0, machines=2, clock=ManualClock())


def make_client(emulator: Emulator) -> TestClient:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = TestClient(RecordingApp(emulator.app), headers=HEADERS)
    return client


@pytest.fixture
def client(emu: Emulator) -> TestClient:
    return make_client(emu)


@pytest.fixture
def workflow(client: TestClient) -> Callable[..., dict[str, Any]]:
    def create(**fields: Any) -> dict[str, Any]:
        body = {"main_prompt": "Do the thing with {x}", "name": "wf", **fields}
        response = client.post("/v1/workflows", json=body)
        assert response.status_code == 201, response.text
        data: dict[str, Any] = response.json()
        return data

    return create


def create_run(client: TestClient, **body: Any) -> dict[str, Any]:
    response = client.post("/v1/runs", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def get_run(client: TestClient, run_id: str) -> dict[str, Any]:
    response = client.get(f"/v1/runs/{run_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data
