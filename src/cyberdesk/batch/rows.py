"""What every row of a batch shares, and how one row becomes a ``RunCreate``."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._coerce import as_model, as_uuid, model_class


def _digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class PreparedRow:
    key: str
    body: Any  # RunCreate; holds the row's sensitive values, so it is never journaled
    digest: str
    """A hash of the row's body without its sensitive values or file inputs."""


@dataclass(frozen=True)
class BatchSpec:
    """The settings common to every row; checked when the batch is started."""

    workflow_id: str
    machine_id: str | None
    pool_ids: tuple[str, ...]
    sensitive_columns: frozenset[str]
    file_inputs: tuple[Any, ...]
    key_column: str | None

    @classmethod
    def build(
        cls,
        *,
        workflow_id: Any,
        machine_id: Any,
        pool_ids: Iterable[Any] | None,
        sensitive_columns: Iterable[str],
        file_inputs: Iterable[Any] | None,
        key_column: str | None,
    ) -> BatchSpec:
        if isinstance(sensitive_columns, str):
            raise TypeError("sensitive_columns must be a list of column names, not one string")
        pools = tuple(str(as_uuid(f"pool_ids[{i}]", pool)) for i, pool in enumerate(pool_ids or ()))
        if machine_id is not None and pools:
            raise ValueError("give machine_id or pool_ids, not both")
        if key_column is not None and (not isinstance(key_column, str) or not key_column):
            raise ValueError("key_column must be a column name")
        files = tuple(
            as_model(f"file_inputs[{i}]", item, "FileInput")
            for i, item in enumerate(file_inputs or ())
        )
        return cls(
            workflow_id=str(as_uuid("workflow_id", workflow_id)),
            machine_id=None if machine_id is None else str(as_uuid("machine_id", machine_id)),
            pool_ids=pools,
            sensitive_columns=frozenset(sensitive_columns),
            file_inputs=files,
            key_column=key_column,
        )

    def identity(self) -> dict[str, Any]:
        """What makes two invocations the same batch; written in the journal's header."""
        files = [f.to_dict() for f in self.file_inputs]
        return {
            "workflow_id": self.workflow_id,
            "machine_id": self.machine_id,
            "pool_ids": sorted(self.pool_ids),
            "sensitive_columns": sorted(self.sensitive_columns),
            "file_inputs": _digest(files) if files else None,
            "key_column": self.key_column,
        }

    def prepare(self, position: int, row: Any) -> PreparedRow:
        """The row's key, body and digest; a malformed row raises naming its position."""
        name = f"rows[{position}]"
        run_create = model_class("RunCreate")
        if isinstance(row, run_create):
            body = self._from_model(name, row)
            inputs = body.input_values.to_dict() if body.input_values else {}
        elif isinstance(row, Mapping):
            inputs = {k: v for k, v in row.items() if k not in self.sensitive_columns}
            data: dict[str, Any] = {"workflow_id": self.workflow_id, "input_values": inputs}
            secrets = {k: v for k, v in row.items() if k in self.sensitive_columns}
            if secrets:
                data["sensitive_input_values"] = secrets
            body = as_model(name, {**data, **self._targets()}, "RunCreate")
        else:
            raise TypeError(
                f"{name} must be a dict of inputs or a RunCreate, not {type(row).__name__}"
            )
        if self.key_column is None:
            key = str(position)
        elif self.key_column in inputs and inputs[self.key_column] not in (None, ""):
            key = str(inputs[self.key_column])
        else:
            raise ValueError(f"{name} has no value in the key column {self.key_column!r}")
        wire = body.to_dict()
        wire.pop("sensitive_input_values", None)
        wire.pop("file_inputs", None)
        return PreparedRow(key, body, _digest(wire))

    def _targets(self) -> dict[str, Any]:
        targets: dict[str, Any] = {}
        if self.machine_id is not None:
            targets["machine_id"] = self.machine_id
        if self.pool_ids:
            targets["pool_ids"] = list(self.pool_ids)
        if self.file_inputs:
            targets["file_inputs"] = [f.to_dict() for f in self.file_inputs]
        return targets

    def _from_model(self, name: str, row: Any) -> Any:
        if str(row.workflow_id) != self.workflow_id:
            raise ValueError(f"{name} is for workflow {row.workflow_id}, not {self.workflow_id}")
        # A copy: the caller's model is not changed; what the row leaves unset, the batch fills.
        data = row.to_dict()
        has_target = data.get("machine_id") is not None or bool(data.get("pool_ids"))
        for field, value in self._targets().items():
            if not (has_target and field in ("machine_id", "pool_ids")):
                data.setdefault(field, value)
        return as_model(name, data, "RunCreate")


def idempotency_key(batch_id: uuid.UUID, row_key: str) -> str:
    """The row's key: the same for every invocation of the batch, different per row."""
    return str(uuid.uuid5(batch_id, row_key))
