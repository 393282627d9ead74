"""Public JSON of the emulator's records, built through the generated response models.

Every answer goes ``Model.from_dict(data).to_dict()``: the model supplies defaults and
wire formats, and a key the model does not declare is a bug here, so it raises.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from cyberdesk.client.models import (
    MachineResponse,
    PoolResponse,
    RunAttachmentResponse,
    RunResponse,
)

from .records import ORGANIZATION_ID, USER_ID, AttachmentRecord, JsonDict, MachineRecord, RunRecord

if TYPE_CHECKING:
    from .state import EmulatorState

T = TypeVar("T")

RUN_BASE_FIELDS = ("id", "workflow_id", "machine_id", "status", "created_at")


def through(model: Any, data: JsonDict) -> JsonDict:
    """``data`` as the generated ``model`` parses and renders it."""
    parsed = model.from_dict(data)
    extra = getattr(parsed, "additional_properties", None)
    if extra:
        raise AssertionError(f"{model.__name__} does not declare {sorted(extra)}")
    rendered: JsonDict = parsed.to_dict()
    return rendered


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def ids(values: Iterable[uuid.UUID]) -> list[str]:
    return [str(v) for v in values]


def page(items: Sequence[T], skip: int, limit: int) -> tuple[list[T], int]:
    return list(items[skip : skip + limit]), len(items)


def sensitive_aliases(keys: Iterable[str], run_id: uuid.UUID) -> dict[str, str]:
    """Opaque vault references standing in for secret values, which are never shown."""
    return {key: f"vault://runs/{run_id}/{key}" for key in keys}


def run_data(run: RunRecord) -> JsonDict:
    """Every public field of a run (no secrets: only the aliases of sensitive inputs)."""
    return {
        "id": str(run.id),
        "workflow_id": str(run.workflow_id),
        "machine_id": str(run.machine_id or run.target_machine_id)
        if (run.machine_id or run.target_machine_id)
        else None,
        "status": run.status,
        "created_at": iso(run.created_at),
        "user_id": USER_ID,
        "organization_id": ORGANIZATION_ID,
        "is_priority": run.is_priority,
        "error": run.error,
        "output_data": run.output_data,
        "input_attachment_ids": ids(run.input_attachment_ids),
        "output_attachment_ids": ids(run.output_attachment_ids),
        "run_message_history": run.run_message_history,
        "input_values": run.input_values,
        "main_prompt": run.main_prompt,
        "model_metadata": run.model_metadata,
        "pool_ids": ids(run.pool_ids) if run.pool_ids is not None else None,
        "sensitive_input_aliases": run.sensitive_aliases,
        "usage_metadata": run.usage_metadata,
        "post_run_checks": run.post_run_checks,
        "session_id": str(run.session_id) if run.session_id else None,
        "session_alias": run.session_alias,
        "release_session_after": run.release_session_after,
        "started_at": iso(run.started_at),
        "ended_at": iso(run.ended_at),
    }


def run_json(run: RunRecord, fields: Sequence[str] | None = None, model: Any = None) -> JsonDict:
    data = run_data(run)
    if fields is not None:
        keep = set(RUN_BASE_FIELDS) | set(fields)
        data = {k: v for k, v in data.items() if k in keep}
    return through(model or RunResponse, data)


def pool_json(
    emu: EmulatorState, pool: JsonDict, model: Any = None, extra: JsonDict | None = None
) -> JsonDict:
    pool_id = uuid.UUID(pool["id"])
    count = sum(1 for m in emu.store.machines.values() if pool_id in m.pool_ids)
    data = dict(pool, machine_count=count, **(extra or {}))
    if data.get("pool_sensitive_parameters"):
        data["pool_sensitive_parameters"] = {
            k: f"vault://pools/{pool_id}/{k}" for k in data["pool_sensitive_parameters"]
        }
    return through(model or PoolResponse, data)


def machine_data(emu: EmulatorState, machine: MachineRecord) -> JsonDict:
    pools = [emu.store.pools[p] for p in machine.pool_ids if p in emu.store.pools]
    sensitive = machine.machine_sensitive_parameters
    return {
        "id": str(machine.id),
        "unkey_key_id": machine.unkey_key_id,
        "status": machine.status,
        "is_available": machine.status == "connected"
        and machine.current_run_id is None
        and machine.reserved_session_id is None,
        "alerts_enabled": machine.alerts_enabled,
        "created_at": iso(machine.created_at),
        "last_seen": iso(machine.last_seen),
        "name": machine.name,
        "version": machine.version,
        "hostname": machine.hostname,
        "os_info": machine.os_info,
        "machine_parameters": machine.machine_parameters,
        "machine_sensitive_parameters": {k: f"vault://machines/{machine.id}/{k}" for k in sensitive}
        if sensitive
        else None,
        "user_id": USER_ID,
        "organization_id": ORGANIZATION_ID,
        "reserved_session_id": str(machine.reserved_session_id)
        if machine.reserved_session_id
        else None,
        "linked_keepalive_machine_id": str(machine.linked_keepalive_machine_id)
        if machine.linked_keepalive_machine_id
        else None,
        "physical_server_id": machine.physical_server_id,
        "pools": [pool_json(emu, p) for p in pools],
    }


def machine_json(emu: EmulatorState, machine: MachineRecord, model: Any = None) -> JsonDict:
    return through(model or MachineResponse, machine_data(emu, machine))


def attachment_json(attachment: AttachmentRecord) -> JsonDict:
    return through(
        RunAttachmentResponse,
        {
            "id": str(attachment.id),
            "run_id": str(attachment.run_id),
            "filename": attachment.filename,
            "content_type": attachment.content_type,
            "attachment_type": attachment.attachment_type,
            "size_bytes": len(attachment.data),
            "storage_path": attachment.storage_path,
            "created_at": iso(attachment.created_at),
            "target_path": attachment.target_path,
            "cleanup_imports_after_run": attachment.cleanup_imports_after_run,
            "user_id": USER_ID,
            "organization_id": ORGANIZATION_ID,
            "expires_at": iso(attachment.expires_at),
        },
    )
