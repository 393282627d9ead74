"""Every resource method, async and sync, against respx: what goes on the wire, what comes back.

Response bodies are the smallest ones ``openapi.json`` allows for the endpoint, so each case
also checks that the method reads the endpoint it claims to.
"""

from __future__ import annotations

import inspect
import json
import re
import ssl
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
import respx

import cyberdesk as cd
from cyberdesk import APIResponseValidationError, CyberdeskClient, RetryConfig
from tests.helpers import invoke

BASE_URL = "https://api.cyberdesk.io"
API_KEY = "cd_test_key"
ID1 = "11111111-1111-4111-8111-111111111111"
ID2 = "22222222-2222-4222-8222-222222222222"
ID3 = "33333333-3333-4333-8333-333333333333"
STEP = {"workflow_id": ID1}
MACHINE = "win-box-1"  # the computer endpoints take any string as the machine id
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
NO_BODY = object()
MODES = ["async", "sync"]


# -- helpers -------------------------------------------------------------------------------


@cache
def spec() -> dict[str, Any]:
    return json.loads((Path(__file__).parent.parent / "openapi.json").read_text())


def sample(schema: dict[str, Any]) -> Any:
    """The smallest JSON value the schema accepts (required fields, one item per array)."""
    if "$ref" in schema:
        return sample(spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]])
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            return sample(options[0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: sample(properties[name]) for name in schema.get("required", [])}
    if kind == "array":
        return [sample(schema.get("items", {}))]
    if kind == "string":
        return {"uuid": ID3, "date-time": "2025-01-01T00:00:00Z", "date": "2025-01-01"}.get(
            schema.get("format", ""), "text"
        )
    return {"integer": 1, "number": 1.5, "boolean": True}.get(kind, {})


def operation(method: str, path: str) -> dict[str, Any]:
    """The openapi operation a concrete path belongs to (literal segments win)."""
    candidates = sorted(spec()["paths"], key=lambda template: template.count("{"))
    for template in candidates:
        if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), path):
            ops = spec()["paths"][template]
            if method.lower() in ops:
                op: dict[str, Any] = ops[method.lower()]
                return op
    raise AssertionError(f"no operation for {method} {path}")


def success(method: str, path: str) -> tuple[int, Any]:
    """The documented success status of an endpoint and the smallest body it answers."""
    responses = operation(method, path)["responses"]
    status = min(int(code) for code in responses if code.startswith("2"))
    content = responses[str(status)].get("content", {})
    if "application/json" not in content:
        return status, NO_BODY
    return status, sample(content["application/json"]["schema"])


def answer(method: str, path: str) -> httpx.Response:
    """The endpoint's documented success, with the smallest body it allows."""
    status, body = success(method, path)
    return httpx.Response(status) if body is NO_BODY else httpx.Response(status, json=body)


def new_client(retry: RetryConfig | None = None) -> CyberdeskClient:
    # One SSL context for every test client: loading the CA bundle each time is slow.
    return CyberdeskClient(
        API_KEY, retry=retry or RetryConfig(max_retries=0), verify=_ssl_context()
    )


@cache
def _ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def check_headers(request: httpx.Request) -> None:
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    if request.method == "GET":
        assert "Idempotency-Key" not in request.headers
    else:
        assert request.headers["Idempotency-Key"]


def sent_json(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else NO_BODY


def type_name(value: Any) -> str:
    if isinstance(value, list):
        return f"list[{type(value[0]).__name__}]" if value else "list[]"
    return type(value).__name__


# -- one case per operation ------------------------------------------------------------------


@dataclass
class Case:
    ns: str
    name: str
    method: str
    path: str
    result: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    body: Any = NO_BODY

    def __str__(self) -> str:
        return f"{self.ns}.{self.name}[{self.method} {self.path}]"


def cases() -> list[Case]:
    page = {"skip": "5", "limit": "10"}
    jan = datetime(2025, 1, 1)
    jan_utc = "2025-01-01T00:00:00+00:00"
    return [
        # machines
        Case(
            "machines", "list", "GET", "/v1/machines",
            "PaginatedResponseWithIncludesMachineResponse",
            kwargs=dict(
                skip=5, limit=10, search="epic", name="EHR", status="connected",
                created_at_from=jan, created_at_to="2025-02-01T00:00:00Z", include="pools",
            ),
            query=dict(
                page, search="epic", name="EHR", status="connected", created_at_from=jan_utc,
                created_at_to="2025-02-01T00:00:00+00:00", include="pools",
            ),
        ),
        Case(
            "machines", "create", "POST", "/v1/machines", "MachineResponse",
            args=(cd.MachineCreate(
                name="Epic EHR Machine", description="Production Epic environment",
                fingerprint="fp-1", unkey_key_id="key-1",
            ),),
            body={
                "name": "Epic EHR Machine", "description": "Production Epic environment",
                "fingerprint": "fp-1", "unkey_key_id": "key-1",
            },
        ),
        Case(
            "machines", "get", "GET", f"/v1/machines/{ID1}", "MachineResponseWithIncludes",
            args=(ID1,), kwargs={"include": "pools"}, query={"include": "pools"},
        ),
        Case(
            "machines", "update", "PATCH", f"/v1/machines/{ID1}", "MachineResponse",
            args=(UUID(ID1), cd.MachineUpdate(name="Updated Name")), body={"name": "Updated Name"},
        ),
        Case("machines", "delete", "DELETE", f"/v1/machines/{ID1}", "dict", args=(ID1,)),
        Case(
            "machines", "get_pools", "GET", f"/v1/machines/{ID1}/pools", "list[PoolResponse]",
            args=(ID1,),
        ),
        Case(
            "machines", "update_pools", "PUT", f"/v1/machines/{ID1}/pools", "MachineResponse",
            args=(ID1, cd.MachinePoolUpdate(pool_ids=[ID2, ID3])), body={"pool_ids": [ID2, ID3]},
        ),
        Case(
            "machines", "create_web_session", "POST",
            f"/v1/machines/{ID1}/cyberdriver/web-session", "CyberdriverWebSessionResponse",
            args=(ID1,),
        ),
        Case(
            "machines", "shutdown_cyberdriver", "POST", f"/v1/machines/{ID1}/cyberdriver/shutdown",
            "CyberdriverShutdownResponse200", args=(ID1,),
        ),
        Case(
            "machines", "shutdown_cyberdriver", "POST", f"/v1/machines/{ID1}/cyberdriver/shutdown",
            "CyberdriverShutdownResponse200", args=(ID1, {"reason": "maintenance"}),
            body={"reason": "maintenance"},
        ),
        # pools
        Case(
            "pools", "list", "GET", "/v1/pools", "PaginatedResponseWithIncludesPoolResponse",
            kwargs=dict(skip=5, limit=10, include="machines"), query=dict(page, include="machines"),
        ),
        Case(
            "pools", "create", "POST", "/v1/pools", "PoolResponse",
            args=(cd.PoolCreate(name="Customer A", description="All machines for Customer A"),),
            body={"name": "Customer A", "description": "All machines for Customer A"},
        ),
        Case(
            "pools", "get", "GET", f"/v1/pools/{ID1}", "PoolResponseWithIncludes",
            args=(ID1,), kwargs={"include_machines": True}, query={"include_machines": "true"},
        ),
        Case(
            "pools", "update", "PATCH", f"/v1/pools/{ID1}", "PoolResponse",
            args=(ID1, cd.PoolUpdate(description="Updated description")),
            body={"description": "Updated description"},
        ),
        Case("pools", "delete", "DELETE", f"/v1/pools/{ID1}", "dict", args=(ID1,)),
        Case(
            "pools", "add_machines", "POST", f"/v1/pools/{ID1}/machines", "PoolWithMachines",
            args=(ID1, cd.MachinePoolAssignment(machine_ids=[ID2, ID3])),
            body={"machine_ids": [ID2, ID3]},
        ),
        Case(
            "pools", "remove_machines", "DELETE", f"/v1/pools/{ID1}/machines", "dict",
            args=(ID1, {"machine_ids": [ID2]}), body={"machine_ids": [ID2]},
        ),
        # workflows
        Case(
            "workflows", "list", "GET", "/v1/workflows",
            "PaginatedResponseWithIncludesWorkflowResponse",
            kwargs=dict(
                skip=5, limit=10, search="chart", created_at_from=jan, created_at_to=jan,
                updated_at_from=jan, updated_at_to=jan, tag_ids=[ID2, UUID(ID3)],
                include_tags=True, include="tags",
            ),
            query=dict(
                page, search="chart", created_at_from=jan_utc, created_at_to=jan_utc,
                updated_at_from=jan_utc, updated_at_to=jan_utc, tag_ids=f"{ID2},{ID3}",
                include_tags="true", include="tags",
            ),
        ),
        Case(
            "workflows", "create", "POST", "/v1/workflows", "WorkflowResponse",
            args=(cd.WorkflowCreate(
                name="Patient Data Extraction",
                description="Extracts patient demographics and medications",
                main_prompt="Navigate to patient chart and extract data",
            ),),
            body={
                "name": "Patient Data Extraction",
                "description": "Extracts patient demographics and medications",
                "main_prompt": "Navigate to patient chart and extract data",
                "includes_file_exports": False, "is_webhooks_enabled": False,
            },
        ),
        Case(
            "workflows", "get", "GET", f"/v1/workflows/{ID1}", "WorkflowResponseWithIncludes",
            args=(ID1,),
        ),
        Case(
            "workflows", "update", "PATCH", f"/v1/workflows/{ID1}", "WorkflowResponse",
            args=(ID1, cd.WorkflowUpdate(description="Updated description")),
            body={"description": "Updated description"},
        ),
        Case("workflows", "delete", "DELETE", f"/v1/workflows/{ID1}", "dict", args=(ID1,)),
        Case(
            "workflows", "duplicate", "POST", f"/v1/workflows/{ID1}/duplicate", "WorkflowResponse",
            args=(ID1,),
        ),
        Case(
            "workflows", "duplicate", "POST", f"/v1/workflows/{ID1}/duplicate", "WorkflowResponse",
            args=(ID1, {"include_trajectories": True}), body={"include_trajectories": True},
        ),
        Case(
            "workflows", "merge", "POST", f"/v1/workflows/{ID1}/merge", "WorkflowResponse",
            args=(ID1, {"target_workflow_id": ID2, "copy_trajectories": True}),
            body={"target_workflow_id": ID2, "copy_trajectories": True},
        ),
        Case(
            "workflows", "get_versions", "GET", f"/v1/workflows/{ID1}/versions",
            "list[GetWorkflowVersionsResponse200Item]", args=(ID1,),
        ),
        Case(
            "workflows", "list_prompt_images", "GET", "/v1/workflows/prompt-images",
            "list[WorkflowPromptImageListItem]",
        ),
        Case(
            "workflows", "get_prompt_image_signed_url", "GET",
            "/v1/workflows/prompt-image/signed-url", "WorkflowPromptImageSignedUrlResponse",
            kwargs={"path": "org_xxx/prompt-assets/my-image.png"},
            query={"path": "org_xxx/prompt-assets/my-image.png"},
        ),
        Case(
            "workflows", "delete_prompt_image", "DELETE", "/v1/workflows/prompt-image", "dict",
            kwargs={"path": "org_xxx/prompt-assets/my-image.png"},
            query={"path": "org_xxx/prompt-assets/my-image.png"},
        ),
        # connections
        Case(
            "connections", "list", "GET", "/v1/connections", "PaginatedResponseConnectionResponse",
            kwargs=dict(machine_id=ID1, status=cd.ConnectionStatus.CONNECTED, skip=5, limit=10),
            query=dict(page, machine_id=ID1, status="connected"),
        ),
        Case(
            "connections", "create", "POST", "/v1/connections", "ConnectionResponse",
            args=(cd.ConnectionCreate(websocket_id="ws-1", machine_id=ID1),),
            body={"websocket_id": "ws-1", "machine_id": ID1},
        ),
        Case(
            "connections", "get", "GET", f"/v1/connections/{ID1}", "ConnectionResponse",
            args=(ID1,),
        ),
        Case(
            "connections", "update", "PATCH", f"/v1/connections/{ID1}", "ConnectionResponse",
            args=(ID1, {"status": "disconnected"}), body={"status": "disconnected"},
        ),
        Case("connections", "delete", "DELETE", f"/v1/connections/{ID1}", "NoneType", args=(ID1,)),
        # trajectories
        Case(
            "trajectories", "list", "GET", "/v1/trajectories",
            "PaginatedResponseWithIncludesTrajectoryResponse",
            kwargs=dict(
                skip=5, limit=10, search="login", workflow_id=ID1, run_id=ID2, is_approved=True,
                is_generated=False, created_at_from=jan, created_at_to=jan, updated_at_from=jan,
                updated_at_to=jan, include="workflow",
            ),
            query=dict(
                page, search="login", workflow_id=ID1, run_id=ID2, is_approved="true",
                is_generated="false", created_at_from=jan_utc, created_at_to=jan_utc,
                updated_at_from=jan_utc, updated_at_to=jan_utc, include="workflow",
            ),
        ),
        Case(
            "trajectories", "get", "GET", f"/v1/trajectories/{ID1}",
            "TrajectoryResponseWithIncludes", args=(ID1,),
        ),
        Case(
            "trajectories", "create", "POST", "/v1/trajectories", "TrajectoryResponse",
            args=({
                "workflow_id": ID1, "steps": [{"action": "click"}],
                "dimensions": {"width": 1024, "height": 768},
            },),
            body={
                "workflow_id": ID1, "trajectory_data": [{"action": "click"}],
                "dimensions": {"width": 1024, "height": 768},
            },
        ),
        Case(
            "trajectories", "update", "PATCH", f"/v1/trajectories/{ID1}", "TrajectoryResponse",
            args=(ID1, cd.TrajectoryUpdate(steps=[])), body={"trajectory_data": []},
        ),
        Case(
            "trajectories", "delete", "DELETE", f"/v1/trajectories/{ID1}", "dict", args=(ID1,),
        ),
        Case(
            "trajectories", "duplicate", "POST", f"/v1/trajectories/{ID1}/duplicate",
            "TrajectoryResponse", args=(ID1,),
        ),
        Case(
            "trajectories", "get_latest_for_workflow", "GET",
            f"/v1/workflows/{ID1}/latest-trajectory", "TrajectoryResponse", args=(ID1,),
        ),
        # workflow tags
        Case(
            "workflow_tags", "list", "GET", "/v1/workflow-tags", "list[WorkflowTagResponse]",
            query={"include_archived": "false"},
        ),
        Case(
            "workflow_tags", "list", "GET", "/v1/workflow-tags", "list[WorkflowTagResponse]",
            kwargs={"include_archived": True}, query={"include_archived": "true"},
        ),
        Case(
            "workflow_tags", "create", "POST", "/v1/workflow-tags", "WorkflowTagResponse",
            kwargs=dict(
                name="Production", emoji="🚀", color="green",
                description="Production-ready workflows", group_id=ID2,
            ),
            body={
                "name": "Production", "emoji": "🚀", "color": "green",
                "description": "Production-ready workflows", "group_id": ID2,
            },
        ),
        Case(
            "workflow_tags", "create", "POST", "/v1/workflow-tags", "WorkflowTagResponse",
            args=(cd.WorkflowTagCreate(name="Draft"),), body={"name": "Draft"},
        ),
        Case(
            "workflow_tags", "get", "GET", f"/v1/workflow-tags/{ID1}", "WorkflowTagResponse",
            args=(ID1,),
        ),
        Case(
            "workflow_tags", "update", "PATCH", f"/v1/workflow-tags/{ID1}", "WorkflowTagResponse",
            args=(ID1,), kwargs=dict(name="Updated Name", emoji="✨"),
            body={"name": "Updated Name", "emoji": "✨"},
        ),
        Case(
            "workflow_tags", "update", "PATCH", f"/v1/workflow-tags/{ID1}", "WorkflowTagResponse",
            args=(ID1,), kwargs=dict(group_id=None, description=None),
            body={"group_id": None, "description": None},
        ),
        Case(
            "workflow_tags", "update", "PATCH", f"/v1/workflow-tags/{ID1}", "WorkflowTagResponse",
            args=(ID1, cd.WorkflowTagUpdate(is_archived=True)), body={"is_archived": True},
        ),
        Case(
            "workflow_tags", "archive", "POST", f"/v1/workflow-tags/{ID1}/archive",
            "WorkflowTagResponse", args=(ID1,),
        ),
        Case(
            "workflow_tags", "unarchive", "POST", f"/v1/workflow-tags/{ID1}/unarchive",
            "WorkflowTagResponse", args=(ID1,),
        ),
        Case(
            "workflow_tags", "delete", "DELETE", f"/v1/workflow-tags/{ID1}", "NoneType",
            args=(ID1,),
        ),
        Case(
            "workflow_tags", "reorder", "PUT", "/v1/workflow-tags/reorder", "NoneType",
            args=([ID3, ID1, ID2],), body={"ids": [ID3, ID1, ID2]},
        ),
        Case(
            "workflow_tags", "add_to_workflow", "POST", f"/v1/workflows/{ID1}/tags",
            "list[WorkflowTagResponse]", kwargs=dict(workflow_id=ID1, tag_ids=[ID2, ID3]),
            body={"tag_ids": [ID2, ID3]},
        ),
        Case(
            "workflow_tags", "remove_from_workflow", "DELETE", f"/v1/workflows/{ID1}/tags/{ID2}",
            "NoneType", args=(ID1, ID2),
        ),
        Case(
            "workflow_tags", "get_for_workflow", "GET", f"/v1/workflows/{ID1}/tags",
            "list[WorkflowTagResponse]", args=(ID1,),
        ),
        Case(
            "workflow_tags", "bulk_add_to_workflows", "POST", "/v1/workflows/bulk/tags",
            "NoneType", kwargs=dict(workflow_ids=[ID1, ID2], tag_ids=[ID3]),
            body={"workflow_ids": [ID1, ID2], "tag_ids": [ID3]},
        ),
        # workflow tag groups
        Case(
            "workflow_tag_groups", "list", "GET", "/v1/workflow-tag-groups",
            "list[WorkflowTagGroupResponse]",
        ),
        Case(
            "workflow_tag_groups", "create", "POST", "/v1/workflow-tag-groups",
            "WorkflowTagGroupResponse",
            kwargs=dict(
                name="Priority", emoji="🔥", color="red",
                description="Priority levels - only one per workflow",
            ),
            body={
                "name": "Priority", "emoji": "🔥", "color": "red",
                "description": "Priority levels - only one per workflow",
            },
        ),
        Case(
            "workflow_tag_groups", "get", "GET", f"/v1/workflow-tag-groups/{ID1}",
            "WorkflowTagGroupResponse", args=(ID1,),
        ),
        Case(
            "workflow_tag_groups", "update", "PATCH", f"/v1/workflow-tag-groups/{ID1}",
            "WorkflowTagGroupResponse", args=(ID1,), kwargs={"name": "Updated Priority"},
            body={"name": "Updated Priority"},
        ),
        Case(
            "workflow_tag_groups", "update", "PATCH", f"/v1/workflow-tag-groups/{ID1}",
            "WorkflowTagGroupResponse", args=(ID1, cd.WorkflowTagGroupUpdate(color="blue")),
            body={"color": "blue"},
        ),
        Case(
            "workflow_tag_groups", "delete", "DELETE", f"/v1/workflow-tag-groups/{ID1}",
            "NoneType", args=(ID1,),
        ),
        Case(
            "workflow_tag_groups", "reorder", "PUT", "/v1/workflow-tag-groups/reorder", "NoneType",
            args=([ID2, ID1],), body={"ids": [ID2, ID1]},
        ),
        # model configurations
        Case(
            "model_configurations", "list", "GET", "/v1/model-configurations",
            "list[ModelConfigurationResponse]",
        ),
        Case(
            "model_configurations", "create", "POST", "/v1/model-configurations",
            "ModelConfigurationResponse",
            args=(cd.ModelConfigurationCreate(
                name="My GPT-4o", provider="openai", model_id="gpt-4o", api_key="sk-test",
                description="Custom OpenAI config with our API key",
            ),),
            body={
                "name": "My GPT-4o", "provider": "openai", "model": "gpt-4o",
                "api_key": "sk-test", "description": "Custom OpenAI config with our API key",
                "is_computer_use_model": False, "is_archived": False,
            },
        ),
        Case(
            "model_configurations", "create", "POST", "/v1/model-configurations",
            "ModelConfigurationResponse",
            args=({"name": "Claude", "provider": "anthropic", "model_id": "claude-sonnet"},),
            body={"name": "Claude", "provider": "anthropic", "model": "claude-sonnet"},
        ),
        Case(
            "model_configurations", "get", "GET", f"/v1/model-configurations/{ID1}",
            "ModelConfigurationResponse", args=(ID1,),
        ),
        Case(
            "model_configurations", "update", "PATCH", f"/v1/model-configurations/{ID1}",
            "ModelConfigurationResponse", args=(ID1, cd.ModelConfigurationUpdate(name="Updated")),
            body={"name": "Updated"},
        ),
        Case(
            "model_configurations", "delete", "DELETE", f"/v1/model-configurations/{ID1}",
            "NoneType", args=(ID1,),
        ),
        # usage
        Case(
            "usage", "aggregate", "GET", "/v1/usage/aggregate", "UsageAggregateResponse",
            kwargs=dict(
                from_date=datetime(2025, 1, 1), to_date=datetime(2025, 1, 31),
                mode=cd.UsageMode.SIMULATED,
            ),
            query=dict(
                from_date=jan_utc, to_date="2025-01-31T00:00:00+00:00", mode="simulated",
            ),
        ),
        Case(
            "usage", "aggregate", "GET", "/v1/usage/aggregate", "UsageAggregateResponse",
            kwargs=dict(from_date="2025-01-01T00:00:00Z", to_date="2025-01-31", mode="billed"),
            query=dict(
                from_date=jan_utc, to_date="2025-01-31T00:00:00+00:00", mode="billed",
            ),
        ),
        Case(
            "usage", "list_llm_costs", "GET", "/v1/usage/llm-costs",
            "PaginatedResponseRunLlmCostTotalResponse",
            kwargs=dict(from_date=jan, to_date="2025-02-01T00:00:00+01:00", skip=5, limit=10),
            query=dict(page, from_date=jan_utc, to_date="2025-02-01T00:00:00+01:00"),
        ),
        # health
        Case("health", "check", "GET", "/v1/health", "HealthCheckResponse200"),
        Case("health", "machines", "GET", "/v1/health/machines", "MachinesHealthCheckResponse"),
        # request logs
        Case(
            "request_logs", "list", "GET", "/v1/request-logs", "PaginatedResponse",
            kwargs=dict(machine_id=ID1, method="POST", status_code=500, skip=5, limit=10),
            query=dict(page, machine_id=ID1, method="POST", status_code="500"),
        ),
        Case(
            "request_logs", "create", "POST", "/v1/request-logs", "RequestLogResponse",
            args=({"request_id": "r-1", "method": "GET", "path": "/x", "machine_id": ID1},),
            body={"request_id": "r-1", "method": "GET", "path": "/x", "machine_id": ID1},
        ),
        Case(
            "request_logs", "get", "GET", f"/v1/request-logs/{ID1}", "RequestLogResponse",
            args=(ID1,),
        ),
        Case(
            "request_logs", "update", "PATCH", f"/v1/request-logs/{ID1}", "RequestLogResponse",
            args=(ID1, {"status_code": 200, "duration_ms": 12}),
            body={"status_code": 200, "duration_ms": 12},
        ),
        Case(
            "request_logs", "delete", "DELETE", f"/v1/request-logs/{ID1}", "NoneType", args=(ID1,),
        ),
        # provider credentials
        Case(
            "provider_credentials", "list", "GET", "/v1/provider-credentials",
            "list[ProviderCredentialResponse]",
        ),
        Case(
            "provider_credentials", "upsert", "PUT", "/v1/provider-credentials/openai",
            "ProviderCredentialResponse", args=("openai", {"api_key": "sk-test"}),
            body={"api_key": "sk-test"},
        ),
        Case(
            "provider_credentials", "delete", "DELETE", "/v1/provider-credentials/anthropic",
            "ProviderCredentialResponse", args=(cd.ProviderCredentialSlot.ANTHROPIC,),
        ),
        Case(
            "provider_credentials", "validate", "POST",
            "/v1/provider-credentials/google/validate", "ProviderCredentialValidationResponse",
            args=("google",),
        ),
        # computer
        Case(
            "computer", "get_display_dimensions", "GET",
            f"/v1/computer/{MACHINE}/display/dimensions", "DisplayDimensions", args=(MACHINE,),
        ),
        Case(
            "computer", "mouse_move", "POST", f"/v1/computer/{ID1}/input/mouse/move", "NoneType",
            args=(UUID(ID1),), kwargs=dict(x=10, y=20), body={"x": 10, "y": 20},
        ),
        Case(
            "computer", "mouse_move", "POST", f"/v1/computer/{MACHINE}/input/mouse/move",
            "NoneType", args=(MACHINE, {"x": 1, "y": 2}), body={"x": 1, "y": 2},
        ),
        Case(
            "computer", "mouse_click", "POST", f"/v1/computer/{MACHINE}/input/mouse/click",
            "NoneType", args=(MACHINE,), body={"button": "left", "clicks": 1},
        ),
        Case(
            "computer", "mouse_click", "POST", f"/v1/computer/{MACHINE}/input/mouse/click",
            "NoneType", args=(MACHINE,),
            kwargs=dict(x=5, y=6, button="right", down=True, clicks=2),
            body={"x": 5, "y": 6, "button": "right", "down": True, "clicks": 2},
        ),
        Case(
            "computer", "mouse_drag", "POST", f"/v1/computer/{MACHINE}/input/mouse/drag",
            "NoneType", args=(MACHINE,),
            kwargs=dict(start_x=1, start_y=2, to_x=30, to_y=40, duration=0.5),
            body={
                "start_x": 1, "start_y": 2, "to_x": 30, "to_y": 40, "duration": 0.5,
                "button": "left",
            },
        ),
        Case(
            "computer", "mouse_scroll", "POST", f"/v1/computer/{MACHINE}/input/mouse/scroll",
            "NoneType", args=(MACHINE,), kwargs=dict(direction="down", amount=3, x=10, y=10),
            body={"direction": "down", "amount": 3, "x": 10, "y": 10},
        ),
        Case(
            "computer", "get_mouse_position", "GET",
            f"/v1/computer/{MACHINE}/input/mouse/position", "MousePosition", args=(MACHINE,),
        ),
        Case(
            "computer", "keyboard_type", "POST", f"/v1/computer/{MACHINE}/input/keyboard/type",
            "NoneType", args=(MACHINE,), kwargs={"text": "hello"}, body={"text": "hello"},
        ),
        Case(
            "computer", "keyboard_key", "POST", f"/v1/computer/{MACHINE}/input/keyboard/key",
            "NoneType", args=(MACHINE,), kwargs={"key": "ctrl+c"}, body={"text": "ctrl+c"},
        ),
        Case(
            "computer", "keyboard_key", "POST", f"/v1/computer/{MACHINE}/input/keyboard/key",
            "NoneType", args=(MACHINE, cd.KeyboardKeyRequest(text="shift", down=True)),
            body={"text": "shift", "down": True},
        ),
        Case(
            "computer", "copy_to_clipboard", "POST", f"/v1/computer/{MACHINE}/copy_to_clipboard",
            "CopyToClipboardResponse200", args=(MACHINE,), kwargs={"text": "MRN 123"},
            body={"text": "MRN 123"},
        ),
        Case(
            "computer", "fs_list", "GET", f"/v1/computer/{MACHINE}/fs/list", "FsListResponse200",
            args=(MACHINE,), query={"path": "."},
        ),
        Case(
            "computer", "fs_list", "GET", f"/v1/computer/{MACHINE}/fs/list", "FsListResponse200",
            args=(MACHINE,), kwargs={"path": "C:/Users"}, query={"path": "C:/Users"},
        ),
        Case(
            "computer", "fs_read", "GET", f"/v1/computer/{MACHINE}/fs/read", "FsReadResponse200",
            args=(MACHINE,), kwargs={"path": "C:/a.txt"}, query={"path": "C:/a.txt"},
        ),
        Case(
            "computer", "fs_write", "POST", f"/v1/computer/{MACHINE}/fs/write",
            "FsWriteResponse200", args=(MACHINE,),
            kwargs=dict(path="C:/a.txt", content="", mode="append"),
            body={"path": "C:/a.txt", "content": "", "mode": "append"},
        ),
        Case(
            "computer", "powershell_exec", "POST",
            f"/v1/computer/{MACHINE}/shell/powershell/exec", "PowershellExecResponse200",
            args=(MACHINE,), kwargs=dict(command="Get-Date", command_timeout=5, same_session=False),
            body={"command": "Get-Date", "same_session": False, "timeout": 5.0},
        ),
        Case(
            "computer", "powershell_session", "POST",
            f"/v1/computer/{MACHINE}/shell/powershell/session", "PowershellSessionResponse200",
            args=(MACHINE,), kwargs=dict(action="create"), body={"action": "create"},
        ),
        Case(
            "computer", "powershell_simple", "POST",
            f"/v1/computer/{MACHINE}/shell/powershell/simple", "PowershellSimpleResponse200",
            args=(MACHINE,),
        ),
        Case(
            "computer", "powershell_test", "POST",
            f"/v1/computer/{MACHINE}/shell/powershell/test", "PowershellTestResponse200",
            args=(MACHINE,),
        ),
        Case(
            "computer", "keepalive_activity", "POST",
            f"/v1/computer/{MACHINE}/internal/keepalive/remote/activity", "NoneType",
            args=(MACHINE,),
        ),
        Case(
            "computer", "keepalive_enable", "POST",
            f"/v1/computer/{MACHINE}/internal/keepalive/remote/enable", "NoneType",
            args=(MACHINE,),
        ),
        Case(
            "computer", "keepalive_disable", "POST",
            f"/v1/computer/{MACHINE}/internal/keepalive/remote/disable", "NoneType",
            args=(MACHINE,),
        ),
        Case(
            "computer", "diagnostics", "GET", f"/v1/computer/{MACHINE}/internal/diagnostics",
            "CyberdriverDiagnosticsResponse200", args=(MACHINE,),
        ),
        Case(
            "computer", "update_cyberdriver", "POST", f"/v1/computer/{MACHINE}/internal/update",
            "CyberdriverUpdateResponse200", args=(MACHINE,),
            kwargs=dict(version="1.2.3", restart=False),
            body={"version": "1.2.3", "restart": False},
        ),
    ]  # fmt: skip


CASES = cases()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=str)
async def test_operation(case: Case, mode: str) -> None:
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route(method=case.method, path=case.path).mock(
            return_value=answer(case.method, case.path)
        )
        response = await invoke(
            getattr(client, case.ns), case.name, mode, *case.args, **case.kwargs
        )
    await client.aclose()

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.method
    assert request.url.path == case.path
    assert dict(request.url.params.multi_items()) == case.query
    assert sent_json(request) == case.body
    check_headers(request)
    assert response.error is None, response.error
    assert response.status_code == success(case.method, case.path)[0]
    assert type_name(response.data) == case.result


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=str)
async def test_operation_with_request_options(case: Case, mode: str) -> None:
    """Every operation takes the request options on both forms and puts them on the wire."""
    write = case.method != "GET"
    ns = getattr(new_client(), case.ns)
    params = inspect.signature(getattr(ns, case.name)).parameters
    assert ("idempotency_key" in params) == write, "idempotency_key is for writes only"
    options: dict[str, Any] = {
        "timeout": 7.5,
        "extra_headers": {"X-Trace": "t-1"},
        "extra_query": {"trace": "on"},
    }
    if write:
        options.update(idempotency_key="key-1", extra_body={"extra": 1})
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route(method=case.method, path=case.path).mock(
            return_value=answer(case.method, case.path)
        )
        response = await invoke(
            getattr(client, case.ns), case.name, mode, *case.args, **case.kwargs, **options
        )
    await client.aclose()

    assert response.error is None, response.error
    request = route.calls.last.request
    assert dict(request.url.params.multi_items()) == {**case.query, "trace": "on"}
    assert request.headers["X-Trace"] == "t-1"
    assert request.extensions["timeout"]["read"] == 7.5
    if write:
        assert request.headers["Idempotency-Key"] == "key-1"
        body = {} if case.body is NO_BODY else case.body
        assert sent_json(request) == {**body, "extra": 1}
    else:
        assert sent_json(request) == case.body


SPECIAL = [
    ("workflows", "upload_prompt_image"),
    ("computer", "screenshot"),
    ("health", "database"),
]
"""Operations tested on their own below (multipart, binary, free-form bodies)."""


def test_every_public_method_has_a_case() -> None:
    client = new_client()
    public = {
        (ns, name)
        for ns in {case.ns for case in CASES}
        for name in vars(type(getattr(client, ns)))
        if not name.startswith("_") and not name.endswith("_sync")
    }
    covered = {(case.ns, case.name) for case in CASES} | set(SPECIAL)
    covered |= {(ns, name) for ns, name, *_ in ITERATORS}
    assert public - covered == set()
    client.close()


# -- options every call takes ------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_idempotency_key_and_timeout_are_passed_through(mode: str) -> None:
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = router.post(f"/v1/workflow-tags/{ID1}/archive").mock(
            return_value=httpx.Response(
                200, json=success("POST", f"/v1/workflow-tags/{ID1}/archive")[1]
            )
        )
        await invoke(
            client.workflow_tags, "archive", mode, ID1, idempotency_key="my-key", timeout=3.0
        )
    await client.aclose()
    request = route.calls.last.request
    assert request.headers["Idempotency-Key"] == "my-key"
    assert request.extensions["timeout"]["read"] == 3.0


# -- paging -----------------------------------------------------------------------------------

ITERATORS = [
    ("machines", "iter", "/v1/machines", {"status": "connected"}, {"status": "connected"}),
    ("pools", "iter", "/v1/pools", {}, {}),
    (
        "workflows", "iter", "/v1/workflows",
        {"tag_ids": [ID1]}, {"tag_ids": ID1, "include_tags": "false"},
    ),
    ("connections", "iter", "/v1/connections", {"machine_id": ID1}, {"machine_id": ID1}),
    (
        "trajectories", "iter", "/v1/trajectories",
        {"workflow_id": ID1}, {"workflow_id": ID1, "is_generated": "true"},
    ),
    ("request_logs", "iter", "/v1/request-logs", {"method": "GET"}, {"method": "GET"}),
    (
        "usage", "iter_llm_costs", "/v1/usage/llm-costs",
        {"from_date": datetime(2025, 1, 1)}, {"from_date": "2025-01-01T00:00:00+00:00"},
    ),
]  # fmt: skip


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("ns", "name", "path", "filters", "query"), ITERATORS)
async def test_iterators_walk_every_page(
    ns: str, name: str, path: str, filters: dict[str, Any], query: dict[str, str], mode: str
) -> None:
    item = success("GET", path)[1]["items"][0]

    def page(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        items = [item] * min(2, 3 - skip)
        return httpx.Response(200, json={"items": items, "total": 3, "skip": skip, "limit": 2})

    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(path).mock(side_effect=page)
        if mode == "sync":
            items = list(getattr(getattr(client, ns), f"{name}_sync")(page_size=2, **filters))
        else:
            items = [x async for x in getattr(getattr(client, ns), name)(page_size=2, **filters)]
    await client.aclose()

    assert len(items) == 3
    sent = [dict(call.request.url.params.multi_items()) for call in route.calls]
    assert sent == [{"skip": "0", "limit": "2", **query}, {"skip": "2", "limit": "2", **query}]


# -- uploads, screenshots and free-form bodies ----------------------------------------------------


def multipart_file(request: httpx.Request) -> tuple[str, str, bytes]:
    """The filename, content type and bytes of the one file part of a multipart request."""
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    head, _, rest = request.content.partition(b"\r\n\r\n")
    data = rest.rsplit(b"\r\n--", 1)[0]
    disposition = re.search(rb'name="file"; filename="([^"]+)"', head)
    kind = re.search(rb"Content-Type: (\S+)", head)
    assert disposition and kind, head
    return disposition.group(1).decode(), kind.group(1).decode(), data


def upload_route(router: respx.MockRouter) -> respx.Route:
    answer = success("POST", "/v1/workflows/prompt-image")[1]
    return router.post("/v1/workflows/prompt-image").mock(
        return_value=httpx.Response(201, json=answer)
    )


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_upload_prompt_image_from_a_path(mode: str, tmp_path: Path) -> None:
    image = tmp_path / "screenshot.png"
    image.write_bytes(PNG)
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = upload_route(router)
        response = await invoke(client.workflows, "upload_prompt_image", mode, file_path=image)
    await client.aclose()
    request = route.calls.last.request
    assert multipart_file(request) == ("screenshot.png", "image/png", PNG)
    check_headers(request)
    assert type(response.data).__name__ == "WorkflowPromptImageResponse"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("options", "expected_type"),
    [
        ({"filename": "my-image.png", "content_type": "image/png"}, "image/png"),
        ({"filename": "photo.jpg"}, "image/jpeg"),
        ({"filename": "blob"}, "application/octet-stream"),
    ],
)
async def test_upload_prompt_image_from_bytes(
    mode: str, options: dict[str, str], expected_type: str
) -> None:
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = upload_route(router)
        response = await invoke(
            client.workflows, "upload_prompt_image", mode, file_content=PNG, **options
        )
    await client.aclose()
    assert multipart_file(route.calls.last.request) == (options["filename"], expected_type, PNG)
    assert response.error is None


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_upload_retry_resends_the_whole_file(mode: str, tmp_path: Path) -> None:
    image = tmp_path / "button.png"
    image.write_bytes(PNG)
    retry = RetryConfig(max_retries=1, sleep=lambda _: None, async_sleep=_no_sleep)
    client = new_client(retry=retry)
    answer = success("POST", "/v1/workflows/prompt-image")[1]
    with respx.mock(base_url=BASE_URL) as router:
        route = router.post("/v1/workflows/prompt-image").mock(
            side_effect=[httpx.Response(503), httpx.Response(201, json=answer)]
        )
        response = await invoke(client.workflows, "upload_prompt_image", mode, file_path=image)
    await client.aclose()
    assert response.error is None
    first, second = (call.request for call in route.calls)
    assert multipart_file(first) == multipart_file(second) == ("button.png", "image/png", PNG)
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]


async def _no_sleep(_: float) -> None:
    return None


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_screenshot_returns_png_bytes(mode: str) -> None:
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(f"/v1/computer/{MACHINE}/display/screenshot").mock(
            return_value=httpx.Response(200, content=PNG, headers={"Content-Type": "image/png"})
        )
        response = await invoke(client.computer, "screenshot", mode, MACHINE)
    await client.aclose()
    check_headers(route.calls.last.request)
    assert response.error is None
    assert response.data == PNG


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_screenshot_that_is_not_a_png_is_a_validation_error(mode: str) -> None:
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        router.get(f"/v1/computer/{MACHINE}/display/screenshot").mock(
            return_value=httpx.Response(200, html="<html>proxy login</html>")
        )
        response = await invoke(client.computer, "screenshot", mode, MACHINE)
    await client.aclose()
    assert response.data is None
    assert isinstance(response.error, APIResponseValidationError)
    assert "PNG" in str(response.error)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_database_health_hands_back_any_json(mode: str) -> None:
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/v1/health/db").mock(
            return_value=httpx.Response(200, json={"status": "ok", "latency_ms": 3})
        )
        response = await invoke(client.health, "database", mode)
    await client.aclose()
    check_headers(route.calls.last.request)
    assert response.data == {"status": "ok", "latency_ms": 3}


# -- bad arguments fail before anything is sent ------------------------------------------------


def bad_calls() -> list[tuple[str, str, tuple[Any, ...], dict[str, Any], type[Exception], str]]:
    both = (2025, 1, 1)
    return [
        ("machines", "get", ("machine-id",), {}, ValueError, "machine_id"),
        ("machines", "get", (123,), {}, TypeError, "machine_id"),
        ("machines", "list", (), {"limit": 0}, ValueError, "limit"),
        ("machines", "list", (), {"skip": "1"}, TypeError, "skip"),
        ("machines", "list", (), {"status": "asleep"}, ValueError, "status"),
        ("machines", "list", (), {"created_at_from": "yesterday"}, ValueError, "created_at_from"),
        ("machines", "update_pools", (ID1, {"pool_ids": ["pool-1"]}), {}, ValueError,
         r"data\.pool_ids\[0\] must be a UUID"),
        ("machines", "create", ("Epic",), {}, TypeError, "data"),
        # (A model object cannot hold a bad id: its constructor refuses it; see
        # test_model_constructors.py.)
        ("pools", "add_machines", (ID1, {"machine_ids": ["machine-1"]}), {},
         ValueError, r"machine_ids\[0\]"),
        ("pools", "get", (ID1,), {"include_machines": "yes"}, TypeError, "include_machines"),
        ("pools", "create", ({"description": "no name"},), {}, ValueError, "name"),
        ("workflows", "list", (), {"tag_ids": f"{ID1},nope"}, ValueError, r"tag_ids\[1\]"),
        ("workflows", "upload_prompt_image", (), {"file_path": "no/such/file.png"}, ValueError,
         "file_path"),
        ("workflows", "upload_prompt_image", (), {}, ValueError, "file_path or file_content"),
        ("workflows", "upload_prompt_image", (), {"file_content": PNG}, ValueError, "filename"),
        ("workflows", "upload_prompt_image", (), {"file_content": "text", "filename": "a.png"},
         TypeError, "file_content"),
        ("workflows", "get_prompt_image_signed_url", ("",), {}, ValueError, "path"),
        ("workflows", "merge", (ID1, {"target_workflow_id": "wf-2"}), {}, ValueError,
         r"data\.target_workflow_id must be a UUID"),
        ("connections", "list", (), {"machine_id": "machine-id"}, ValueError, "machine_id"),
        ("connections", "list", (), {"status": "online"}, ValueError, "status"),
        ("trajectories", "create", ({"workflow_id": ID1, "steps": [], "trajectory_data": []},),
         {}, TypeError, "steps"),
        ("trajectories", "list", (), {"is_approved": "yes"}, TypeError, "is_approved"),
        ("trajectories", "get_latest_for_workflow", ("workflow-id",), {}, ValueError,
         "workflow_id"),
        ("workflow_tags", "create", (), {}, TypeError, "name="),
        ("workflow_tags", "create", (), {"name": ""}, ValueError, "name"),
        ("workflow_tags", "create", (cd.WorkflowTagCreate(name="a"),), {"name": "b"}, TypeError,
         "not both"),
        ("workflow_tags", "create", (), {"name": "High", "group_id": "priority-group-id"},
         ValueError, "group_id"),
        ("workflow_tags", "update", (ID1,), {"is_archived": "no"}, TypeError, "is_archived"),
        ("workflow_tags", "reorder", (["tag-3", "tag-1"],), {}, ValueError, r"ids\[0\]"),
        ("workflow_tags", "reorder", (ID1,), {}, TypeError, "ids"),
        ("workflow_tags", "add_to_workflow", (ID1, ID2), {}, TypeError, "tag_ids"),
        ("workflow_tags", "bulk_add_to_workflows", (), {"workflow_ids": ["wf-1"], "tag_ids": []},
         ValueError, r"workflow_ids\[0\]"),
        ("workflow_tag_groups", "update", ("group-id",), {"name": "x"}, ValueError, "group_id"),
        ("workflow_tag_groups", "create", (), {"emoji": "🔥"}, TypeError, "name="),
        ("model_configurations", "create",
         ({"name": "a", "provider": "openai", "model": "x", "model_id": "y"},), {}, TypeError,
         "model"),
        ("model_configurations", "get", ("config-id",), {}, ValueError, "model_configuration_id"),
        ("usage", "aggregate", (), {"from_date": datetime(2025, 2, 1),
                                    "to_date": datetime(*both)}, ValueError, "from_date"),
        ("usage", "aggregate", (), {"from_date": datetime(*both), "to_date": datetime(*both),
                                    "mode": "free"}, ValueError, "mode"),
        ("usage", "aggregate", (), {"from_date": None, "to_date": datetime(*both)}, TypeError,
         "from_date"),
        ("request_logs", "list", (), {"status_code": 42}, ValueError, "status_code"),
        ("request_logs", "get", ("log-1",), {}, ValueError, "log_id"),
        ("provider_credentials", "upsert", ("azure", {}), {}, ValueError, "slot"),
        ("provider_credentials", "validate", (None,), {}, TypeError, "slot"),
        ("computer", "mouse_move", (MACHINE,), {"x": 1}, TypeError, "y="),
        ("computer", "mouse_move", ("",), {"x": 1, "y": 2}, ValueError, "machine_id"),
        ("computer", "mouse_move", (None,), {"x": 1, "y": 2}, TypeError, "machine_id"),
        ("computer", "mouse_move", (MACHINE,), {"x": "1", "y": 2}, TypeError, "x"),
        ("computer", "mouse_click", (MACHINE, {"x": 1}), {"x": 2}, TypeError, "not both"),
        ("computer", "mouse_click", (MACHINE,), {"clicks": 0}, ValueError, "clicks"),
        ("computer", "mouse_drag", (MACHINE,), {"to_x": 1, "to_y": 2}, TypeError,
         "start_x=, start_y="),
        ("computer", "keyboard_key", (MACHINE,), {}, TypeError, "key="),
        ("computer", "keyboard_type", (MACHINE,), {"text": 5}, TypeError, "text"),
        ("computer", "fs_read", (MACHINE, ""), {}, ValueError, "path"),
        ("computer", "fs_write", (MACHINE,), {"content": "x"}, TypeError, "path="),
        ("computer", "powershell_exec", (MACHINE,), {"command": "dir", "command_timeout": -1},
         ValueError, "command_timeout"),
        ("computer", "screenshot", ("",), {}, ValueError, "machine_id"),
        ("runs", "chain", ({"steps": [STEP], "session_id": ID1, "machine_id": ID2},), {},
         ValueError, "either session_id or machine_id/pool_ids"),
        ("runs", "chain", ({"steps": [STEP], "session_id": ID1, "pool_ids": [ID2]},), {},
         ValueError, "either session_id or machine_id/pool_ids"),
        ("runs", "chain", ({"steps": [], "machine_id": ID2},), {}, ValueError, "at least one step"),
    ]  # fmt: skip


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "target",
    [{"session_id": ID1}, {"session_id": ID1, "pool_ids": []}, {"machine_id": ID2},
     {"pool_ids": [ID2]}, {"machine_id": ID2, "pool_ids": [ID1]}],
)  # fmt: skip
async def test_a_chain_is_sent_with_a_session_or_a_target(
    target: dict[str, Any], mode: str
) -> None:
    client = new_client()
    with respx.mock(base_url=BASE_URL) as router:
        route = router.post("/v1/runs/chain").mock(return_value=httpx.Response(500))
        await invoke(client.runs, "chain", mode, {"steps": [STEP], **target})
    await client.aclose()
    sent = sent_json(route.calls.last.request)
    assert {key: sent[key] for key in target} == target


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("ns", "name", "args", "kwargs", "error", "match"),
    bad_calls(),
    ids=lambda value: value if isinstance(value, str) and value.isidentifier() else None,
)
async def test_bad_arguments_send_nothing(
    ns: str,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
    match: str,
    mode: str,
) -> None:
    client = new_client()
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        anything = router.route().mock(return_value=httpx.Response(200, json={}))
        with pytest.raises(error, match=match):
            await invoke(getattr(client, ns), name, mode, *args, **kwargs)
    await client.aclose()
    assert not anything.called


def test_guide_spellings_build_the_right_requests() -> None:
    """The guide's call shapes, with real ids, through the blocking twins."""
    client = new_client()
    checks: list[tuple[Callable[[], Any], str, str]] = [
        (lambda: client.pools.get_sync(ID1, include_machines=True), "GET", f"/v1/pools/{ID1}"),
        (
            lambda: client.workflow_tags.add_to_workflow_sync(ID1, [ID2, ID3]),
            "POST",
            f"/v1/workflows/{ID1}/tags",
        ),
        (
            lambda: client.workflow_tags.remove_from_workflow_sync(ID1, ID2),
            "DELETE",
            f"/v1/workflows/{ID1}/tags/{ID2}",
        ),
        (
            lambda: client.connections.list_sync(machine_id=ID1, status="connected"),
            "GET",
            "/v1/connections",
        ),
    ]
    with respx.mock(base_url=BASE_URL) as router:
        for call, method, path in checks:
            route = router.route(method=method, path=path).mock(return_value=answer(method, path))
            assert call().error is None
            assert route.called
    client.close()


def test_namespaces_load_no_generated_module_until_called() -> None:
    code = (
        "import sys, cyberdesk\n"
        "client = cyberdesk.CyberdeskClient('cd_test_key')\n"
        f"for name in {sorted({case.ns for case in CASES})!r}: getattr(client, name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('cyberdesk.client.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
