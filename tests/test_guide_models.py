"""The models the guide writes differently from the contract, as users import them.

Each round-trips its wire form (``from_dict``/``to_dict``), and the guide's spelling builds
the same model as the contract's.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cyberdesk
from tests.robustness.schema_strategies import for_named

GUIDE_MODELS = [
    "ConnectionCreate",
    "MachineCreate",
    "ModelConfigurationCreate",
    "TrajectoryCreate",
    "TrajectoryUpdate",
    "WorkflowCreate",
    "WorkflowUpdate",
]
ALIASES = {
    "TrajectoryCreate": ("steps", "trajectory_data"),
    "TrajectoryUpdate": ("steps", "trajectory_data"),
    "ModelConfigurationCreate": ("model_id", "model"),
}
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("name", GUIDE_MODELS)
@SETTINGS
@given(data=st.data())
def test_guide_models_round_trip_their_wire_form(name: str, data: st.DataObject) -> None:
    cls = getattr(cyberdesk, name)
    wire = data.draw(for_named(name), label=name)
    model = cls.from_dict(copy.deepcopy(wire))
    assert model.to_dict() == wire
    assert cls.from_dict(model.to_dict()) == model


@pytest.mark.parametrize("name", sorted(ALIASES))
@SETTINGS
@given(data=st.data())
def test_the_guides_alias_builds_the_contracts_model(name: str, data: st.DataObject) -> None:
    cls = getattr(cyberdesk, name)
    alias, field = ALIASES[name]
    wire = data.draw(for_named(name), label=name)
    model = cls.from_dict(copy.deepcopy(wire))
    given_fields: dict[str, Any] = {
        a.name: getattr(model, a.name) for a in type(model).__attrs_attrs__
    }
    extra = given_fields.pop("additional_properties")
    if field in given_fields:
        given_fields[alias] = given_fields.pop(field)
    rebuilt = cls(**given_fields)
    rebuilt.additional_properties.update(extra)
    assert rebuilt == model


def test_trajectory_create_from_dict_reads_what_it_sends() -> None:
    wire = {
        "workflow_id": "550e8400-e29b-41d4-a716-446655440001",
        "trajectory_data": [{"action": "click", "x": 1}],
        "dimensions": {"width": 1024, "height": 768},
    }
    model = cyberdesk.TrajectoryCreate.from_dict(wire)
    assert model.to_dict() == wire


def test_guide_extras_are_sent_as_additional_properties() -> None:
    made = cyberdesk.MachineCreate(fingerprint="f", unkey_key_id="k", description="d")
    assert made.to_dict()["description"] == "d"
    assert cyberdesk.MachineCreate.from_dict(made.to_dict()) == made
    with pytest.raises(TypeError, match="not both"):
        cyberdesk.ModelConfigurationCreate(name="n", provider="p", model="a", model_id="b")
    with pytest.raises(TypeError, match=r"'model' \(or its alias 'model_id'\)"):
        cyberdesk.ModelConfigurationCreate(name="n", provider="p")
