"""Model constructors take what their signatures promise, and send it as the API wants."""

from __future__ import annotations

import json
from types import MappingProxyType
from uuid import UUID

import httpx
import pytest
import respx

from cyberdesk import RunCreate, TrajectoryCreate
from cyberdesk.client.models import RunCreateInputValuesType0
from tests.helpers import BASE, WORKFLOW_ID, make_client, run_json


def test_ids_are_kept_as_written_and_sent_as_strings() -> None:
    made = RunCreate(workflow_id=WORKFLOW_ID, pool_ids=(UUID(WORKFLOW_ID), WORKFLOW_ID))
    assert made.workflow_id == WORKFLOW_ID  # printed as the caller wrote it, as the guide shows
    assert made.pool_ids == [UUID(WORKFLOW_ID), WORKFLOW_ID]
    assert made.to_dict()["pool_ids"] == [WORKFLOW_ID, WORKFLOW_ID]


def test_any_mapping_is_a_free_form_object() -> None:
    made = RunCreate(
        workflow_id=WORKFLOW_ID,
        input_values=MappingProxyType({"patient_id": "12345"}),
        sensitive_input_values={"password": "s3cret"},
    )
    assert isinstance(made.input_values, RunCreateInputValuesType0)
    assert made.input_values == {"patient_id": "12345"}
    assert "s3cret" not in repr(made)
    assert json.loads(made.to_json())["input_values"] == {"patient_id": "12345"}
    steps = (MappingProxyType({"action": "click"}), {"action": "type"})
    trajectory = TrajectoryCreate(workflow_id=WORKFLOW_ID, steps=steps, dimensions={"width": 1})
    assert trajectory.to_dict()["trajectory_data"] == [{"action": "click"}, {"action": "type"}]


def test_a_malformed_id_string_is_named_before_sending() -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        route = mock.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
        with pytest.raises(ValueError, match=r"RunCreate\.pool_ids\[1\] must be a UUID"):
            make_client().runs.create_sync(
                RunCreate(workflow_id=WORKFLOW_ID, pool_ids=[WORKFLOW_ID, "pool-uuid"])
            )
    assert not route.called
