"""Request models as the Python guide spells them, sent as the wire contract wants them.

The guide writes a few calls the API's schemas do not match. The rule: the contract
decides what goes on the wire, the guide decides what a user may write.

* A documented spelling with one clear meaning is accepted and renamed
  (``ModelConfigurationCreate(model_id=...)`` sends ``model``;
  ``TrajectoryCreate/TrajectoryUpdate(steps=...)`` send ``trajectory_data``).
* A documented field the contract lacks is sent as an additional property, which these
  schemas allow (``description`` on workflows and machines).
* A value the API requires is never invented: leaving it out fails here, before anything
  is sent, naming the field and what the API expects.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .client.models import connection_create as _connection_create
from .client.models import machine_create as _machine_create
from .client.models import model_configuration_create as _model_configuration_create
from .client.models import trajectory_create as _trajectory_create
from .client.models import trajectory_update as _trajectory_update
from .client.models import workflow_create as _workflow_create
from .client.models import workflow_update as _workflow_update


def _require(model: str, fields: dict[str, Any], needed: dict[str, str]) -> None:
    missing = [name for name in needed if name not in fields]
    if missing:
        wants = "; ".join(f"{name}: {needed[name]}" for name in missing)
        raise TypeError(f"{model} is missing what the API requires: {wants}")


def _rename(model: str, fields: dict[str, Any], old: str, new: str) -> None:
    if old in fields:
        if new in fields:
            raise TypeError(f"{model} takes {new}= (or its alias {old}=), not both")
        fields[new] = fields.pop(old)


def _nested(parent: type[Any], model: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Fields with plain dicts/lists for nested models turned into those models."""
    if not any(isinstance(v, (Mapping, list)) for v in fields.values()):
        return fields
    try:
        built = parent.from_dict(fields)
    except (KeyError, TypeError, ValueError) as exc:
        raise TypeError(f"{model}: {exc}") from None
    return {f.name: getattr(built, f.name) for f in attrs.fields(parent) if f.init}


def _extra(instance: Any, **values: Any) -> None:
    for name, value in values.items():
        if value is not None:
            instance.additional_properties[name] = value


class MachineCreate(_machine_create.MachineCreate):
    """Registers a machine. Machines usually register themselves when their agent connects."""

    def __init__(self, *, description: str | None = None, **fields: Any) -> None:
        _require(
            "MachineCreate",
            fields,
            {
                "fingerprint": "the machine's unique hardware fingerprint, as its agent reports it",
                "unkey_key_id": "the id of the machine's agent key",
            },
        )
        super().__init__(**fields)
        _extra(self, description=description)


class WorkflowCreate(_workflow_create.WorkflowCreate):
    """A new workflow; ``description`` is accepted and sent as given."""

    def __init__(self, *, description: str | None = None, **fields: Any) -> None:
        _require("WorkflowCreate", fields, {"main_prompt": "the workflow's instructions"})
        super().__init__(**fields)
        _extra(self, description=description)


class WorkflowUpdate(_workflow_update.WorkflowUpdate):
    """Changes to a workflow; ``description`` is accepted and sent as given."""

    def __init__(self, *, description: str | None = None, **fields: Any) -> None:
        super().__init__(**fields)
        _extra(self, description=description)


class ConnectionCreate(_connection_create.ConnectionCreate):
    """Records a machine's connection."""

    def __init__(self, **fields: Any) -> None:
        _require(
            "ConnectionCreate",
            fields,
            {
                "websocket_id": "the id of the machine agent's websocket session",
                "machine_id": "the machine's id",
            },
        )
        super().__init__(**fields)


class TrajectoryCreate(_trajectory_create.TrajectoryCreate):
    """A new trajectory; ``steps`` is accepted as the name of ``trajectory_data``."""

    def __init__(self, **fields: Any) -> None:
        _rename("TrajectoryCreate", fields, "steps", "trajectory_data")
        _require(
            "TrajectoryCreate",
            fields,
            {
                "workflow_id": "the workflow the trajectory belongs to",
                "trajectory_data": "the recorded steps (a list of objects; steps= also works)",
                "dimensions": "the recording's screen size, e.g. {'width': 1024, 'height': 768}",
            },
        )
        super().__init__(**_nested(_trajectory_create.TrajectoryCreate, "TrajectoryCreate", fields))


class TrajectoryUpdate(_trajectory_update.TrajectoryUpdate):
    """Changes to a trajectory; ``steps`` is accepted as the name of ``trajectory_data``."""

    def __init__(self, **fields: Any) -> None:
        _rename("TrajectoryUpdate", fields, "steps", "trajectory_data")
        super().__init__(**_nested(_trajectory_update.TrajectoryUpdate, "TrajectoryUpdate", fields))


class ModelConfigurationCreate(_model_configuration_create.ModelConfigurationCreate):
    """A model configuration; ``model_id`` is accepted as the name of ``model``."""

    def __init__(self, **fields: Any) -> None:
        _rename("ModelConfigurationCreate", fields, "model_id", "model")
        _require(
            "ModelConfigurationCreate",
            fields,
            {
                "name": "a display name",
                "provider": "the provider, e.g. 'openai'",
                "model": "the provider's model name, e.g. 'gpt-4o' (model_id= also works)",
            },
        )
        super().__init__(**fields)
