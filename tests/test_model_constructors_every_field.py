"""Every generated model's constructor refuses a clearly wrong value for each of its arguments.

Goes over all models and all their arguments, from the signatures, so a template change that
drops a check for one kind of field fails here for every model that has one.
"""

from __future__ import annotations

import datetime
import inspect
import io
from enum import Enum
from typing import Any

import attrs
import pytest

import cyberdesk.client.models as models
from cyberdesk.client.types import File

SECRET = "hunter2-patient-ssn-078051120"
ID = "550e8400-e29b-41d4-a716-446655440001"
ALIASES = {  # the guide's names for fields the contract names otherwise
    "TrajectoryCreate": {"steps": "trajectory_data"},
    "TrajectoryUpdate": {"steps": "trajectory_data"},
    "ModelConfigurationCreate": {"model_id": "model"},
}


def model_classes() -> list[type[Any]]:
    found = (getattr(models, name) for name in models.__all__)
    return [cls for cls in found if attrs.has(cls) and hasattr(cls, "from_dict")]


def main_type(annotation: str) -> str:
    """The declared type without the None and Unset an optional argument also takes."""
    parts = [p for p in annotation.split(" | ") if p not in ("None", "Unset")]
    return "UUID" if parts == ["UUID", "str"] else " | ".join(parts)


def params(cls: type[Any]) -> list[inspect.Parameter]:
    return list(inspect.signature(cls.__init__).parameters.values())[1:]


def valid(annotation: str) -> Any:
    kind = main_type(annotation)
    simple: dict[str, Any] = {
        "UUID": ID,
        "str": "x",
        "int": 1,
        "float": 1.5,
        "bool": True,
        "Any": None,
        "datetime.datetime": datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
        "datetime.date": datetime.date(2026, 1, 1),
    }
    if kind in simple:
        return simple[kind]
    if kind == "File":
        return File(payload=io.BytesIO(b"x"))
    if kind.startswith(("Mapping[", "dict[")):
        return {}
    if kind.startswith(("Sequence[", "list[")):
        return []
    target = getattr(models, kind)
    if issubclass(target, Enum):
        return next(iter(target))
    return target(**minimal(target))


def minimal(cls: type[Any]) -> dict[str, Any]:
    """Valid values for the arguments the constructor requires (an aliased one by its name)."""
    needed = ALIASES.get(cls.__name__, {}).values()
    return {
        p.name: valid(str(p.annotation))
        for p in params(cls)
        if p.default is inspect.Parameter.empty or p.name in needed
    }


def wrong(annotation: str) -> list[tuple[Any, type[Exception]]]:
    """Values no argument of this type may take, and the error each must raise."""
    kind = main_type(annotation)
    if kind.startswith(("Sequence[", "list[")):
        return [(SECRET, TypeError), (SECRET.encode(), TypeError), ({"k": SECRET}, TypeError)]
    if kind.startswith(("Mapping[", "dict[")):
        return [([SECRET], TypeError), (SECRET, TypeError)]
    if kind == "UUID":
        return [(12345, TypeError), (SECRET, ValueError), ([ID], TypeError)]
    if kind in ("int", "float"):
        return [("1", TypeError), (True, TypeError)]
    if kind == "bool":
        return [("false", TypeError), (0, TypeError)]
    if kind.startswith("datetime."):
        return [("2026-01-01", TypeError)]
    if kind in ("str", "File") or issubclass(getattr(models, kind), Enum):
        return [([SECRET], TypeError), (12, TypeError)]
    return [({"k": SECRET}, TypeError), (SECRET, TypeError)]  # a model: a dict is not one


CASES = [
    pytest.param(cls, p, id=f"{cls.__name__}.{p.name}")
    for cls in model_classes()
    for p in params(cls)
    if main_type(str(p.annotation)) != "Any"
]


def test_every_argument_but_a_free_one_is_covered() -> None:
    assert len(model_classes()) > 100 and len(CASES) > 700
    free = [
        f"{cls.__name__}.{p.name}"
        for cls in model_classes()
        for p in params(cls)
        if main_type(str(p.annotation)) == "Any"
    ]
    assert free == ["ValidationError.input_"]


@pytest.mark.parametrize(("cls", "param"), CASES)
def test_a_wrong_value_is_refused_naming_the_field_not_the_value(
    cls: type[Any], param: inspect.Parameter
) -> None:
    base = minimal(cls)
    cls(**base)  # the valid arguments are taken
    aliases = ALIASES.get(cls.__name__, {})
    field = aliases.get(param.name, param.name)
    for value, error in wrong(str(param.annotation)):
        given = {**base, param.name: value}
        if param.name in aliases:
            given.pop(field)
        with pytest.raises(error) as excinfo:
            cls(**given)
        message = str(excinfo.value)
        assert f"{cls.__name__}.{field}" in message, message
        assert SECRET not in message and "12345" not in message, message
