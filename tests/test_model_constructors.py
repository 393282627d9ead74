"""A model constructor refuses a value of the wrong kind, naming the field, before anything is sent.

The message names the model, the field and the type it got, never the value: a value put in the
wrong place may be a secret (``sensitive_input_values`` is a mapping of them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
import respx

from cyberdesk import RunCreate
from cyberdesk.client.models import FileInput, RunStatus, RunUpdate, TrajectoryCreate
from tests.helpers import BASE, WORKFLOW_ID, make_client, run_json

SECRET = "hunter2-patient-ssn-078051120"


def refused(excinfo: pytest.ExceptionInfo[Exception], *names: str) -> str:
    message = str(excinfo.value)
    for name in names:
        assert name in message, message
    assert SECRET not in message
    return message


@pytest.mark.parametrize(
    ("field", "value", "got"),
    [
        ("pool_ids", WORKFLOW_ID, "str"),  # a single id where a list of ids is meant
        ("pool_ids", SECRET, "str"),
        ("pool_ids", WORKFLOW_ID.encode(), "bytes"),
        ("pool_ids", {"a": WORKFLOW_ID}, "dict"),
        ("pool_ids", 7, "int"),
        ("input_values", SECRET, "str"),  # a string where a JSON object is required
        ("input_values", [SECRET], "list"),
        ("sensitive_input_values", SECRET, "str"),
        ("sensitive_input_values", [("password", SECRET)], "list"),
        ("file_inputs", {"filename": SECRET}, "dict"),
        ("file_inputs", SECRET, "str"),
        ("workflow_id", 12345, "int"),
        ("workflow_id", None, "None"),
        ("machine_id", [WORKFLOW_ID], "list"),
        ("main_prompt", [SECRET], "list"),
        ("is_priority", "yes", "str"),
        ("model_metadata", {"main_agent_model_id": SECRET}, "dict"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_by_name(field: str, value: Any, got: str) -> None:
    given: dict[str, Any] = {"workflow_id": WORKFLOW_ID, field: value}
    with pytest.raises(TypeError) as excinfo:
        RunCreate(**given)
    refused(excinfo, "RunCreate", field, got)


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("workflow_id", SECRET, "workflow_id"),
        ("workflow_id", "", "workflow_id"),
        ("machine_id", SECRET, "machine_id"),
        ("pool_ids", [WORKFLOW_ID, SECRET], "pool_ids[1]"),
    ],
)
def test_a_string_that_is_not_a_uuid_is_refused_without_echoing_it(
    field: str, value: Any, where: str
) -> None:
    given: dict[str, Any] = {"workflow_id": WORKFLOW_ID, field: value}
    with pytest.raises(ValueError) as excinfo:
        RunCreate(**given)
    refused(excinfo, "RunCreate", where)


def test_items_of_a_list_are_checked() -> None:
    with pytest.raises(TypeError) as excinfo:
        RunCreate(workflow_id=WORKFLOW_ID, file_inputs=[{"filename": SECRET}])  # type: ignore[list-item]
    refused(excinfo, "RunCreate", "file_inputs[0]", "FileInput", "dict")
    with pytest.raises(TypeError) as excinfo:
        RunCreate(workflow_id=WORKFLOW_ID, pool_ids=[UUID(WORKFLOW_ID), 5])  # type: ignore[list-item]
    refused(excinfo, "RunCreate", "pool_ids[1]", "int")
    with pytest.raises(TypeError) as excinfo:
        TrajectoryCreate(workflow_id=WORKFLOW_ID, steps=[SECRET], dimensions={})  # type: ignore[list-item]
    refused(excinfo, "TrajectoryCreate", "trajectory_data[0]", "str")


def test_what_the_signature_promises_is_still_taken() -> None:
    made = RunCreate(
        workflow_id=UUID(WORKFLOW_ID),
        pool_ids=(WORKFLOW_ID,),
        input_values={"a": 1},
        sensitive_input_values={},
        file_inputs=[FileInput(filename="a.txt", content="aGk=")],
        machine_id=None,
    )
    assert made.pool_ids == [WORKFLOW_ID]
    assert made.to_dict()["input_values"] == {"a": 1}
    # An enum field takes its member or the member's value, and stores the member.
    assert RunUpdate(status="success").status is RunStatus.SUCCESS  # type: ignore[arg-type]
    # (A value the API added since this client was generated is one: its enums take them.)
    assert RunUpdate(status="paused").status == "paused"  # type: ignore[arg-type]
    with pytest.raises(TypeError) as excinfo:
        RunUpdate(status=[SECRET])  # type: ignore[arg-type]
    refused(excinfo, "RunUpdate", "status", "list")


def test_parsing_stays_lenient() -> None:
    # A response is not refused for a value it should not hold: it is kept as sent.
    parsed = RunCreate.from_dict({"workflow_id": WORKFLOW_ID, "pool_ids": "x", "input_values": 3})
    assert parsed.pool_ids == "x" and parsed.input_values == 3


@pytest.fixture
def route() -> Iterator[respx.Route]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))


BAD_BODIES = [
    ({"pool_ids": WORKFLOW_ID}, "pool_ids"),
    ({"pool_ids": SECRET}, "pool_ids"),
    ({"input_values": SECRET}, "input_values"),
    ({"input_values": [SECRET]}, "input_values"),
    ({"sensitive_input_values": SECRET}, "sensitive_input_values"),
    ({"file_inputs": [{"filename": "a.txt", "content": ["x"]}]}, "file_inputs[0]"),
    ({"machine_id": SECRET}, "machine_id"),
]


@pytest.mark.parametrize(("body", "field"), BAD_BODIES)
def test_a_bad_mapping_body_is_refused_before_sending(
    route: respx.Route, body: dict[str, Any], field: str
) -> None:
    with pytest.raises((TypeError, ValueError)) as excinfo:
        make_client().runs.create_sync({"workflow_id": WORKFLOW_ID, **body})
    refused(excinfo, field)
    assert not route.called


@pytest.mark.anyio
async def test_a_bad_mapping_body_is_refused_before_sending_async(route: respx.Route) -> None:
    with pytest.raises(TypeError) as excinfo:
        await make_client().runs.create({"workflow_id": WORKFLOW_ID, "pool_ids": WORKFLOW_ID})
    refused(excinfo, "RunCreate", "pool_ids")
    assert not route.called


def test_a_model_changed_or_parsed_after_construction_is_checked_when_sent(
    route: respx.Route,
) -> None:
    made = RunCreate(workflow_id=WORKFLOW_ID)
    made.pool_ids = WORKFLOW_ID  # type: ignore[assignment]
    with pytest.raises(TypeError) as excinfo:
        make_client().runs.create_sync(made)
    refused(excinfo, "RunCreate", "pool_ids")
    parsed = RunCreate.from_dict({"workflow_id": WORKFLOW_ID, "sensitive_input_values": SECRET})
    with pytest.raises(TypeError) as excinfo:
        make_client().runs.create_sync(parsed)
    refused(excinfo, "RunCreate", "sensitive_input_values")
    assert not route.called


def test_a_good_body_is_sent_as_the_api_wants(route: respx.Route) -> None:
    make_client().runs.create_sync(
        {"workflow_id": WORKFLOW_ID, "pool_ids": (WORKFLOW_ID,), "input_values": {"a": 1}}
    )
    sent = route.calls.last.request
    assert json.loads(sent.content) == {
        "workflow_id": WORKFLOW_ID,
        "pool_ids": [WORKFLOW_ID],
        "input_values": {"a": 1},
    }
