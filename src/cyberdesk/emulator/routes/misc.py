"""Smaller resources: connections, request logs, model configurations, usage, provider
credentials and health."""

from __future__ import annotations

import uuid
from typing import Any

from starlette.responses import Response

from cyberdesk.client.models import (
    ConnectionCreate,
    ConnectionResponse,
    ConnectionUpdate,
    MachinesHealthCheckResponse,
    ModelConfigurationCreate,
    ModelConfigurationResponse,
    ModelConfigurationUpdate,
    ProviderCredentialResponse,
    ProviderCredentialUpsert,
    ProviderCredentialValidationResponse,
    RequestLogCreate,
    RequestLogResponse,
    RequestLogUpdate,
    RunLlmCostTotalResponse,
    UsageAggregateResponse,
)

from ..context import Ctx, created, handles, no_content, ok
from ..errors import ApiError, invalid, not_found
from ..records import ORGANIZATION_ID, JsonDict
from ..views import through
from .common import declared, found_or_404, in_range, machine_or_404, page_json


def _stamp(ctx: Ctx) -> str:
    return ctx.emu.wall(ctx.emu.now()).isoformat()


def _page(ctx: Ctx, items: list[JsonDict], model: Any) -> Response:
    return ok(page_json(ctx, items, lambda item: through(model, item)))


@handles("create_connection")
def create_connection(ctx: Ctx) -> Response:
    body: ConnectionCreate = ctx.body
    machine_or_404(ctx.emu, body.machine_id)
    connection_id = ctx.emu.store.new_id()
    data = {
        **declared(body),
        "id": str(connection_id),
        "connected_at": _stamp(ctx),
        "disconnected_at": None,
        "last_ping": _stamp(ctx),
        "status": "connected",
    }
    ctx.emu.store.connections[connection_id] = through(ConnectionResponse, data)
    return created(ctx.emu.store.connections[connection_id])


@handles("list_connections")
def list_connections(ctx: Ctx) -> Response:
    items = list(ctx.emu.store.connections.values())
    if ctx.query["machine_id"] is not None:
        items = [c for c in items if c["machine_id"] == str(ctx.query["machine_id"])]
    if ctx.query["status"] is not None:
        items = [c for c in items if c["status"] == ctx.query["status"].value]
    return _page(ctx, items, ConnectionResponse)


@handles("get_connection")
def get_connection(ctx: Ctx) -> Response:
    found = found_or_404(ctx.emu.store.connections, ctx.path["connection_id"], "Connection")
    return ok(through(ConnectionResponse, found))


@handles("update_connection")
def update_connection(ctx: Ctx) -> Response:
    found = found_or_404(ctx.emu.store.connections, ctx.path["connection_id"], "Connection")
    body: ConnectionUpdate = ctx.body
    for key, value in declared(body).items():
        if key in found and (value is not None or key == "disconnected_at"):
            found[key] = value
    return ok(through(ConnectionResponse, found))


@handles("delete_connection")
def delete_connection(ctx: Ctx) -> Response:
    found_or_404(ctx.emu.store.connections, ctx.path["connection_id"], "Connection")
    del ctx.emu.store.connections[ctx.path["connection_id"]]
    return no_content()


@handles("create_request_log")
def create_request_log(ctx: Ctx) -> Response:
    body: RequestLogCreate = ctx.body
    machine_or_404(ctx.emu, body.machine_id)
    log_id = ctx.emu.store.new_id()
    data = {
        **declared(body),
        "id": str(log_id),
        "created_at": _stamp(ctx),
        "completed_at": None,
        "organization_id": ORGANIZATION_ID,
    }
    ctx.emu.store.request_logs[log_id] = through(RequestLogResponse, data)
    return created(ctx.emu.store.request_logs[log_id])


@handles("list_request_logs")
def list_request_logs(ctx: Ctx) -> Response:
    q = ctx.query
    items = list(ctx.emu.store.request_logs.values())
    if q["machine_id"] is not None:
        items = [i for i in items if i["machine_id"] == str(q["machine_id"])]
    if q["method"]:
        items = [i for i in items if i["method"].upper() == q["method"].upper()]
    if q["status_code"] is not None:
        items = [i for i in items if i.get("status_code") == q["status_code"]]
    return _page(ctx, items, RequestLogResponse)


@handles("get_request_log")
def get_request_log(ctx: Ctx) -> Response:
    found = found_or_404(ctx.emu.store.request_logs, ctx.path["log_id"], "Request log")
    return ok(through(RequestLogResponse, found))


@handles("update_request_log")
def update_request_log(ctx: Ctx) -> Response:
    found = found_or_404(ctx.emu.store.request_logs, ctx.path["log_id"], "Request log")
    body: RequestLogUpdate = ctx.body
    found.update({k: v for k, v in declared(body).items() if k in RequestLogUpdate.__annotations__})
    return ok(through(RequestLogResponse, found))


@handles("delete_request_log")
def delete_request_log(ctx: Ctx) -> Response:
    found_or_404(ctx.emu.store.request_logs, ctx.path["log_id"], "Request log")
    del ctx.emu.store.request_logs[ctx.path["log_id"]]
    return no_content()


def _model_configuration_json(ctx: Ctx, config: JsonDict) -> JsonDict:
    # The key itself is write-only; an opaque alias tells whether one is set.
    config_id = uuid.UUID(config["id"])
    alias = (
        f"model-config-key-{config_id.hex[:8]}"
        if config_id in ctx.emu.store.model_api_keys
        else None
    )
    return through(ModelConfigurationResponse, dict(config, api_key_alias=alias))


@handles("create_model_configuration")
def create_model_configuration(ctx: Ctx) -> Response:
    body: ModelConfigurationCreate = ctx.body
    data = declared(body)
    api_key = data.pop("api_key", None)
    config_id = ctx.emu.store.new_id()
    config = {
        **data,
        "id": str(config_id),
        "is_system_default": False,
        "organization_id": ORGANIZATION_ID,
        "created_at": _stamp(ctx),
        "updated_at": _stamp(ctx),
    }
    ctx.emu.store.model_configurations[config_id] = config
    if api_key:
        ctx.emu.store.model_api_keys[config_id] = api_key
    return created(_model_configuration_json(ctx, config))


@handles("list_model_configurations")
def list_model_configurations(ctx: Ctx) -> Response:
    configs = ctx.emu.store.model_configurations.values()
    return ok([_model_configuration_json(ctx, c) for c in configs])


@handles("get_model_configuration")
def get_model_configuration(ctx: Ctx) -> Response:
    config = found_or_404(
        ctx.emu.store.model_configurations,
        ctx.path["model_configuration_id"],
        "Model configuration",
    )
    return ok(_model_configuration_json(ctx, config))


@handles("update_model_configuration")
def update_model_configuration(ctx: Ctx) -> Response:
    config_id = ctx.path["model_configuration_id"]
    config = found_or_404(ctx.emu.store.model_configurations, config_id, "Model configuration")
    body: ModelConfigurationUpdate = ctx.body
    changes = declared(body)
    api_key = changes.pop("api_key", None)
    if changes.pop("clear_api_key", None):
        ctx.emu.store.model_api_keys.pop(config_id, None)
    if api_key:
        ctx.emu.store.model_api_keys[config_id] = api_key
    required = ("name", "provider", "model", "is_computer_use_model", "is_archived")
    for key, value in changes.items():
        if key in ModelConfigurationUpdate.__annotations__ and not (
            value is None and key in required
        ):
            config[key] = value
    config["updated_at"] = _stamp(ctx)
    return ok(_model_configuration_json(ctx, config))


@handles("delete_model_configuration")
def delete_model_configuration(ctx: Ctx) -> Response:
    config_id = ctx.path["model_configuration_id"]
    found_or_404(ctx.emu.store.model_configurations, config_id, "Model configuration")
    del ctx.emu.store.model_configurations[config_id]
    ctx.emu.store.model_api_keys.pop(config_id, None)
    return no_content()


@handles("get_usage_aggregate")
def get_usage_aggregate(ctx: Ctx) -> Response:
    start, end = ctx.query["from_date"], ctx.query["to_date"]
    if start > end:
        raise ApiError(400, "from_date must not be after to_date")
    counted = [
        r for r in ctx.emu.store.runs.values() if r.terminal and in_range(r.created_at, start, end)
    ]
    mode = ctx.query["mode"].value if ctx.query["mode"] is not None else "billed"
    data = {
        "total_agentic_steps": sum(
            int((r.usage_metadata or {}).get("agentic_steps", 0)) for r in counted
        ),
        "total_cached_steps": 0,
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "mode": mode,
        "runs_counted": len(counted),
    }
    return ok(through(UsageAggregateResponse, data))


@handles("list_llm_costs")
def list_llm_costs(ctx: Ctx) -> Response:
    start, end = ctx.query["from_date"], ctx.query["to_date"]
    runs = sorted(
        (
            r
            for r in ctx.emu.store.runs.values()
            if r.terminal and in_range(r.created_at, start, end)
        ),
        key=lambda r: r.seq,
        reverse=True,
    )
    rows = [
        {
            "run_id": str(r.id),
            "workflow_id": str(r.workflow_id),
            "created_at": r.created_at.isoformat(),
            "has_unpriced": False,
            "total_cost_usd": round(
                0.01 * int((r.usage_metadata or {}).get("agentic_steps", 0)), 4
            ),
        }
        for r in runs
    ]
    return _page(ctx, rows, RunLlmCostTotalResponse)


_SLOTS: dict[str, tuple[str, list[str]]] = {
    "anthropic": ("Anthropic", ["anthropic"]),
    "aws_bedrock": ("AWS Bedrock", ["bedrock"]),
    "google": ("Google Vertex AI", ["google", "vertex"]),
    "openai": ("OpenAI", ["openai"]),
}


def _credential(ctx: Ctx, slot: str) -> JsonDict:
    stored = ctx.emu.store.provider_credentials.get(slot)
    if stored is not None:
        return through(ProviderCredentialResponse, stored)
    name, covered = _SLOTS[slot]
    default: JsonDict = {
        "slot": slot,
        "display_name": name,
        "source": "cyberdesk",
        "covered_providers": covered,
        "status": "active",
        "auth_type": None,
        "display_metadata": {},
    }
    return through(ProviderCredentialResponse, default)


@handles("list_provider_credentials")
def list_provider_credentials(ctx: Ctx) -> Response:
    return ok([_credential(ctx, slot) for slot in _SLOTS])


@handles("upsert_provider_credential")
def upsert_provider_credential(ctx: Ctx) -> Response:
    slot = ctx.path["slot"].value
    body: ProviderCredentialUpsert = ctx.body
    given = {k for k, v in declared(body).items() if v}
    if slot == "aws_bedrock":
        mode = declared(body).get("bedrock_auth_mode") or "api_key"
        needed = (
            {"api_key"} if mode == "api_key" else {"aws_access_key_id", "aws_secret_access_key"}
        )
        needed.add("aws_region")
        auth_type = "aws_bedrock_api_key" if mode == "api_key" else "aws_iam"
    elif slot == "google":
        needed, auth_type = {"service_account_json"}, "service_account_json"
    else:
        needed, auth_type = {"api_key"}, "api_key"
    missing = sorted(needed - given)
    if missing:
        raise invalid(("body",), f"{slot} credentials need {', '.join(missing)}")
    name, covered = _SLOTS[slot]
    previous = ctx.emu.store.provider_credentials.get(slot, {})
    region = declared(body).get("aws_region")
    ctx.emu.store.provider_credentials[slot] = {
        "slot": slot,
        "display_name": name,
        "source": "organization",
        "covered_providers": covered,
        "status": "active",
        "auth_type": auth_type,
        "display_metadata": {"aws_region": region} if region else {},
        "activated_at": _stamp(ctx),
        "created_at": previous.get("created_at", _stamp(ctx)),
        "updated_at": _stamp(ctx),
    }
    return ok(_credential(ctx, slot))


@handles("delete_provider_credential")
def delete_provider_credential(ctx: Ctx) -> Response:
    slot = ctx.path["slot"].value
    if slot not in ctx.emu.store.provider_credentials:
        raise not_found("Provider credential", slot)
    del ctx.emu.store.provider_credentials[slot]
    return ok(_credential(ctx, slot))


@handles("validate_provider_credential")
def validate_provider_credential(ctx: Ctx) -> Response:
    slot = ctx.path["slot"].value
    credential = _credential(ctx, slot)
    if slot in ctx.emu.store.provider_credentials:
        ctx.emu.store.provider_credentials[slot]["last_validated_at"] = _stamp(ctx)
        credential = _credential(ctx, slot)
    data = {
        "slot": slot,
        "ok": True,
        "checks": [{"check": "authentication", "label": "Credentials accepted", "ok": True}],
        "credential": credential,
    }
    return ok(through(ProviderCredentialValidationResponse, data))


@handles("health_check")
def health_check(ctx: Ctx) -> Response:
    return ok({"status": "healthy", "service": "cyberdesk-emulator"})


@handles("database_health_check")
def database_health_check(ctx: Ctx) -> Response:
    return ok({"status": "healthy", "database": "in-memory"})


@handles("health_machines")
def health_machines(ctx: Ctx) -> Response:
    machines = list(ctx.emu.store.machines.values())
    errored = [
        {
            "machine_id": str(m.id),
            "error": f"machine status is {m.status}",
            "organization_id": ORGANIZATION_ID,
            "machine_name": m.name,
        }
        for m in machines
        if m.status == "error"
    ]
    data = {
        "status": "error" if errored else "ok",
        "scope": "organization",
        "checked_machines": len(machines),
        "healthy_machines": len(machines) - len(errored),
        "errored_machines": errored,
        "message": f"{len(errored)} of {len(machines)} machines report errors",
    }
    return ok(through(MachinesHealthCheckResponse, data), status=503 if errored else 200)
