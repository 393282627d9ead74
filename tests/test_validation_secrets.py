"""A 422 that echoes a sensitive input back never shows it in a repr or an error."""

from __future__ import annotations

import uuid

import pytest
import respx

from cyberdesk import CyberdeskClient, RunCreate
from cyberdesk.batch.engine import _row_error

SSN = "123-45-6789"
BODY = {
    "detail": [
        {
            "loc": ["body", "sensitive_input_values", "ssn"],
            "msg": "Input should be a valid string",
            "type": "string_type",
            "input": {"value": SSN},
        }
    ]
}


def test_echoed_input_stays_out_of_reprs_and_unwrap() -> None:
    with respx.mock(base_url="http://api.test") as mock:
        mock.post("/v1/runs").respond(422, json=BODY)
        client = CyberdeskClient("cd_key", base_url="http://api.test")
        run = RunCreate(workflow_id=uuid.uuid4(), sensitive_input_values={"ssn": {"value": SSN}})
        response = client.runs.create_sync(run)
    assert response.status_code == 422
    for text in (repr(response), str(response), repr(response.data), _row_error(response)):
        assert SSN not in text
    with pytest.raises(ValueError) as raised:
        response.unwrap()
    assert SSN not in str(raised.value)
    assert "body.sensitive_input_values.ssn: Input should be a valid string" in str(raised.value)
    assert _row_error(response) == (
        "HTTP 422: body.sensitive_input_values.ssn: Input should be a valid string"
    )
