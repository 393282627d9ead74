"""What the README promises about narrowing ApiResponse: type-checked, never run."""

from __future__ import annotations

from typing_extensions import assert_type

from cyberdesk import ApiResponse, CyberdeskClient, HTTPValidationError, RunCreate, RunResponse


def created(client: CyberdeskClient) -> RunResponse:
    response = client.runs.create_sync(RunCreate(workflow_id="...", input_values={"a": "b"}))
    if response.error is not None:
        raise response.error
    if response.validation_error is not None:
        assert_type(response.validation_error, HTTPValidationError)
        raise ValueError(response.validation_error.detail)
    assert_type(response.data, RunResponse)
    return response.data


def status_of(response: ApiResponse[RunResponse]) -> str:
    if response.error is not None or response.validation_error is not None:
        return "failed"
    return response.data.status.value


def unwrapped(response: ApiResponse[RunResponse]) -> RunResponse:
    return response.unwrap()
