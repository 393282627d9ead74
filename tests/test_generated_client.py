"""The generated layer: the names the guide imports, lazy loading, tolerant enums."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_guide_imports_from_cyberdesk_client() -> None:
    from cyberdesk.client import RunField, RunRetry, WorkflowChainCreate

    chain = WorkflowChainCreate.from_dict(
        {"steps": [{"workflow_id": "550e8400-e29b-41d4-a716-446655440000", "session_alias": "s1"}]}
    )
    assert chain.steps[0].session_alias == "s1"
    assert RunField.INPUT_VALUES == "input_values"
    assert RunRetry(reuse_session=True).to_dict()["reuse_session"] is True


GUIDE_MODEL_NAMES = [
    "RunCreate", "RunResponse", "RunStatus", "RunField", "RunRetry", "RunBulkCreate",
    "WorkflowChainCreate", "FileInput", "AttachmentType", "MachineCreate", "MachineUpdate",
    "MachinePoolUpdate", "MachinePoolAssignment", "PoolCreate", "PoolUpdate", "WorkflowCreate",
    "WorkflowUpdate", "ConnectionCreate", "ConnectionStatus", "TrajectoryCreate",
    "TrajectoryUpdate", "WorkflowTagCreate", "WorkflowTagUpdate", "WorkflowTagGroupCreate",
    "WorkflowTagGroupUpdate", "ModelConfigurationCreate", "ModelConfigurationUpdate",
    "UsageMode", "MachineStatus",
]  # fmt: skip


@pytest.mark.parametrize("name", GUIDE_MODEL_NAMES)
def test_model_names_match_the_guide(name: str) -> None:
    import cyberdesk.client

    assert getattr(cyberdesk.client, name).__name__ == name


def test_unknown_name_raises_attribute_error() -> None:
    import cyberdesk.client

    with pytest.raises(AttributeError, match="NoSuchModel"):
        cyberdesk.client.NoSuchModel  # noqa: B018


def test_run_status_has_task_failed_and_compares_as_string() -> None:
    from cyberdesk.client import RunStatus

    assert RunStatus.TASK_FAILED == "task_failed"
    assert RunStatus("success") is RunStatus.SUCCESS


def test_a_new_enum_value_from_the_server_still_parses() -> None:
    from cyberdesk.client import RunResponse, RunStatus

    run = RunResponse.from_dict(
        {
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "workflow_id": "550e8400-e29b-41d4-a716-446655440001",
            "machine_id": None,
            "status": "paused_for_review",
            "created_at": "2026-01-01T00:00:00Z",
        }
    )
    assert run.status == "paused_for_review"
    assert isinstance(run.status, RunStatus)
    assert run.status not in list(RunStatus)
    assert run.to_dict()["status"] == "paused_for_review"


def test_importing_the_generated_package_loads_no_model_or_httpx() -> None:
    code = (
        "import sys, cyberdesk.client;"
        "print(sorted(m for m in sys.modules if m.startswith('cyberdesk.client.')),"
        " 'httpx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] False"


def test_secrets_never_show_in_generated_model_reprs() -> None:
    from cyberdesk.client import (
        ModelConfigurationCreate,
        PoolCreate,
        ProviderCredentialUpsert,
        RunCreate,
        WorkflowChainCreate,
    )

    secret = "hunter2-do-not-print"
    models = [
        RunCreate.from_dict(
            {
                "workflow_id": "550e8400-e29b-41d4-a716-446655440000",
                "sensitive_input_values": {"p": secret},
            }
        ),
        WorkflowChainCreate.from_dict(
            {
                "steps": [
                    {
                        "workflow_id": "550e8400-e29b-41d4-a716-446655440000",
                        "sensitive_inputs": {"p": secret},
                    }
                ],
                "shared_sensitive_inputs": {"k": secret},
            }
        ),
        ModelConfigurationCreate(name="n", provider="openai", model="m", api_key=secret),
        PoolCreate.from_dict({"name": "p", "pool_sensitive_parameters": {"k": secret}}),
        ProviderCredentialUpsert.from_dict({"api_key": secret, "aws_secret_access_key": secret}),
    ]
    for model in models:
        assert secret not in repr(model) and secret not in str(model)
        assert "<redacted>" in repr(model)
    chain = models[1]
    assert secret not in repr(chain.steps[0].sensitive_inputs)
    assert chain.to_dict()["steps"][0]["sensitive_inputs"] == {"p": secret}
