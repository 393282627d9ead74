"""Argument checks and conversions, done before anything is sent.

Each raises ValueError or TypeError naming the argument, so a bad call fails at once
instead of as a 422 (or worse, a request to the wrong path).
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from enum import Enum
from typing import Any, TypeVar
from uuid import UUID

import attrs

M = TypeVar("M")
E = TypeVar("E", bound=Enum)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


def as_uuid(name: str, value: Any) -> UUID:
    """A UUID from a UUID or its string form."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value.strip())
        except ValueError:
            raise ValueError(f"{name} must be a UUID, got {_show(value)}") from None
    raise TypeError(f"{name} must be a UUID or a UUID string, got {type(value).__name__}")


def as_uuid_list(name: str, values: Any) -> list[UUID]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of UUIDs, got {type(values).__name__}")
    return [as_uuid(f"{name}[{i}]", v) for i, v in enumerate(values)]


def as_str(name: str, value: Any, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def as_int(name: str, value: Any, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be at most {maximum}, got {value}")
    return value


def as_seconds(name: str, value: Any) -> float:
    """A finite, positive number of seconds (NaN and infinity would never run out)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a finite number of seconds above 0, got {value!r}")
    return float(value)


def as_bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, got {type(value).__name__}")
    return value


def as_datetime(name: str, value: Any) -> datetime:
    """A timezone-aware datetime from a datetime or an ISO 8601 string; naive means UTC."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{name} must be an ISO 8601 date-time, got {_show(value)}") from None
    if not isinstance(value, datetime):
        raise TypeError(
            f"{name} must be a datetime or an ISO 8601 string, got {type(value).__name__}"
        )
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def as_enum(name: str, value: Any, enum: type[E]) -> E:
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        known = [m.value for m in enum]
        if value not in known:
            raise ValueError(f"{name} must be one of {', '.join(known)}; got {_show(value)}")
        return enum(value)
    raise TypeError(
        f"{name} must be a {enum.__name__} or its string value, got {type(value).__name__}"
    )


def model_class(name: str) -> type[Any]:
    cls: type[Any] = getattr(importlib.import_module("cyberdesk.client.models"), name)
    return cls


def as_model(name: str, value: Any, model: str) -> Any:
    """An instance of the generated model ``model``, from an instance or a plain dict.

    UUID fields are checked here so a malformed id is reported by name before sending.
    """
    cls = model_class(model)
    if isinstance(value, Mapping):
        value = _to_wire(value)
        _check_uuid_keys(name, cls, value)
        try:
            value = cls.from_dict(value)
        except KeyError as exc:
            raise ValueError(f"{name} is missing the required field {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{name} is not a valid {model}: {exc}") from None
        _check_nested_lists(name, value)
    if not isinstance(value, cls):
        raise TypeError(f"{name} must be a {model} or a dict, got {type(value).__name__}")
    return _rebuilt(name, value)


def _rebuilt(name: str, model: Any) -> Any:
    """``model`` built again through its constructor, nested models first.

    The constructor's argument checks then hold for a body read from a dict (parsing skips
    them) or changed after it was built. Errors keep the constructor's type (TypeError or
    ValueError) and say where in the body the model sits.
    """
    given: dict[str, Any] = {}
    extra = False
    for field in type(model).__attrs_attrs__:
        if field.name == "additional_properties":
            extra = True
            continue
        value = getattr(model, field.name)
        given[field.name] = value if type(value) in _LEAVES else _fresh(name, field.name, value)
    try:
        fresh = type(model)(**given)
    except TypeError as exc:
        raise TypeError(f"{name}: {exc}") from None
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None
    if extra:
        fresh.additional_properties = dict(model.additional_properties)
    return fresh


def new_model(name: str, model: str, fields: Mapping[str, Any]) -> Any:
    """The generated model ``model`` built from keyword ``fields``, nested models rebuilt.

    What ``as_model`` makes of a model built from ``fields``, built once rather than twice.
    """
    return model_class(model)(**{k: _fresh(name, k, v) for k, v in fields.items()})


def _fresh(name: str, field: str, value: Any) -> Any:
    """A field's value with each model in it (or in its list) rebuilt; other values as they are."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    label = f"{name}.{field}"
    if kind is list:
        if all(type(item) in _LEAVES for item in value):
            return value
        return [
            _rebuilt(f"{label}[{i}]", item) if _is_model(item) else item
            for i, item in enumerate(value)
        ]
    return _rebuilt(label, value) if _is_model(value) else value


# Values that are never a model: most of a body's fields, passed over at once.
_LEAVES = frozenset({str, int, float, bool, type(None), UUID, datetime})


def _is_model(value: Any) -> bool:
    return attrs.has(type(value)) and hasattr(value, "from_dict")


def _to_wire(value: Any) -> Any:
    """A dict as it would arrive from JSON: ids, dates, enums and models as their wire form.

    Lets callers put ``workflow.id`` (a UUID) or a ``FileInput`` straight into a dict.
    """
    if isinstance(value, Mapping):
        return {k: _to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_wire(v) for v in value]
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if attrs.has(type(value)) and hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _check_uuid_keys(name: str, cls: type[Any], data: Mapping[str, Any]) -> None:
    # from_dict would fail on a bad id without saying which field held it.
    for field in attrs.fields(cls):
        declared = field.type if isinstance(field.type, str) else repr(field.type)
        value = data.get(field.name)
        if "UUID" not in declared or value is None:
            continue
        if isinstance(value, str):
            _check_uuid_string(f"{name}.{field.name}", value)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    _check_uuid_string(f"{name}.{field.name}[{i}]", item)


def _check_uuid_string(label: str, value: str) -> None:
    # Not echoed, unlike a path id: a body's value in the wrong field may be a secret.
    try:
        UUID(value)
    except ValueError:
        raise ValueError(f"{label} must be a UUID, got a str that is not a UUID") from None


_LIST_OF_MODEL = re.compile(r"list\[([A-Z]\w*)\]")


def _check_nested_lists(name: str, model: Any) -> None:
    # The generated from_dict keeps a list item it cannot parse as a raw dict (its parser
    # tries each member of the union); parse it again here to say what is wrong with it.
    for field in attrs.fields(type(model)):
        declared = field.type if isinstance(field.type, str) else repr(field.type)
        match = _LIST_OF_MODEL.search(declared)
        value = getattr(model, field.name)
        if match is None or match.group(1) == "UUID" or not isinstance(value, list):
            continue
        item_class = model_class(match.group(1))
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                label = f"{name}.{field.name}[{i}]"
                try:
                    item_class.from_dict(item)
                except KeyError as exc:
                    raise ValueError(
                        f"{label} is missing the required field {exc.args[0]!r}"
                    ) from None
                except (TypeError, ValueError) as exc:
                    raise ValueError(f"{label} is not a valid {match.group(1)}: {exc}") from None
