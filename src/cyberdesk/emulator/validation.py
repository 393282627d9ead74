"""Request validation driven by the generated attrs models, answering FastAPI-shaped 422s.

The generated ``from_dict`` methods trust their input (a string where an integer belongs
passes through), so before calling them the emulator checks the JSON against the type
annotations of the same attrs classes. Errors carry ``loc``, ``msg`` and ``type`` like
pydantic's; the offending ``input`` is never echoed because it may be a secret.
"""

from __future__ import annotations

import datetime
import enum
import re
import types
import typing
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

import attrs
from dateutil.parser import isoparse

from cyberdesk.client import models as generated_models
from cyberdesk.client.types import File, Unset

from .operations import Param

Loc = tuple[str | int, ...]
ErrorDict = dict[str, Any]
M = TypeVar("M")

_INTEGER = re.compile(r"[+-]?[0-9]+")
_TRUE = {"true", "1", "yes", "on", "t", "y"}
_FALSE = {"false", "0", "no", "off", "f", "n"}


class RequestValidationError(Exception):
    """Raised with the FastAPI-style error list; the app answers 422."""

    def __init__(self, errors: list[ErrorDict]) -> None:
        super().__init__(f"{len(errors)} validation error(s)")
        self.errors = errors


def error(loc: Loc, msg: str, type_: str) -> ErrorDict:
    """One FastAPI-style validation error."""
    return {"loc": list(loc), "msg": msg, "type": type_}


@dataclass(frozen=True)
class _Field:
    attr: str
    key: str
    annotation: Any
    required: bool


@cache
def _model_namespace() -> dict[str, Any]:
    # The generated models package imports lazily; resolve every name once.
    return {name: getattr(generated_models, name) for name in generated_models.__all__}


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls, localns=_model_namespace())


@cache
def _fields(cls: Any) -> tuple[_Field, ...]:
    hints = _hints(cls)
    out = []
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        # The generator appends "_" to names that shadow Python builtins ("type_").
        key = field.name[:-1] if field.name.endswith("_") else field.name
        out.append(_Field(field.name, key, hints[field.name], field.default is attrs.NOTHING))
    return tuple(out)


@cache
def _extra_annotation(cls: Any) -> Any:
    """The type of extra keys a model keeps, or None when it forbids them."""
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            hint = _hints(cls)[field.name]
            return typing.get_args(hint)[1]
    return None


def _members(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _enum_message(cls: type[enum.Enum]) -> str:
    values = [repr(m.value) for m in cls]
    if len(values) == 1:
        return f"Input should be {values[0]}"
    return "Input should be " + ", ".join(values[:-1]) + " or " + values[-1]


def _check_scalar(annotation: Any, value: Any, loc: Loc) -> list[ErrorDict]:
    # One member of a union; JSON values only.
    if annotation is Any:
        return []
    if annotation is str:
        return (
            []
            if isinstance(value, str)
            else [error(loc, "Input should be a valid string", "string_type")]
        )
    if annotation is bool:
        return (
            []
            if isinstance(value, bool)
            else [error(loc, "Input should be a valid boolean", "bool_type")]
        )
    if annotation is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        ok = ok or (isinstance(value, float) and value.is_integer())
        return [] if ok else [error(loc, "Input should be a valid integer", "int_type")]
    if annotation is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return [] if ok else [error(loc, "Input should be a valid number", "float_type")]
    if annotation is uuid.UUID:
        if not isinstance(value, str):
            return [error(loc, "UUID input should be a string, bytes or UUID object", "uuid_type")]
        try:
            uuid.UUID(value)
        except ValueError:
            return [error(loc, "Input should be a valid UUID", "uuid_parsing")]
        return []
    if annotation in (datetime.datetime, datetime.date):
        if not isinstance(value, str):
            return [error(loc, "Input should be a valid datetime", "datetime_type")]
        try:
            isoparse(value)
        except (ValueError, OverflowError):
            return [error(loc, "Input should be a valid datetime", "datetime_parsing")]
        return []
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        if any(value == m.value for m in annotation):
            return []
        return [error(loc, _enum_message(annotation), "enum")]
    origin = typing.get_origin(annotation)
    if origin is list:
        if not isinstance(value, list):
            return [error(loc, "Input should be a valid list", "list_type")]
        (item,) = typing.get_args(annotation)
        return [e for i, v in enumerate(value) for e in check_value(item, v, (*loc, i))]
    if origin is dict:
        if not isinstance(value, dict):
            return [error(loc, "Input should be a valid dictionary", "dict_type")]
        _, item = typing.get_args(annotation)
        return [e for k, v in value.items() for e in check_value(item, v, (*loc, k))]
    if attrs.has(annotation):
        return check_model(annotation, value, loc)
    if isinstance(annotation, type) and issubclass(annotation, dict):
        # A JSON object generated as a dict subclass: free-form, or a map of typed values.
        if not isinstance(value, dict):
            return [error(loc, "Input should be a valid dictionary", "dict_type")]
        item = _map_value_type(annotation)
        if item is Any:
            return []
        return [e for k, v in value.items() for e in check_value(item, v, (*loc, k))]
    return []


@cache
def _map_value_type(cls: type[Any]) -> Any:
    """``V`` of a generated ``class X(dict[str, V])`` (Any when it does not say)."""
    for base in getattr(cls, "__orig_bases__", ()):
        if typing.get_origin(base) is dict:
            return typing.get_args(base)[1]
    return Any


def check_value(annotation: Any, value: Any, loc: Loc) -> list[ErrorDict]:
    """Errors for one JSON value against a generated type annotation."""
    members = [m for m in _members(annotation) if m is not Unset]
    if value is None:
        if type(None) in members or Any in members:
            return []
        return _check_scalar(members[0], value, loc) if members else []
    candidates = [m for m in members if m is not type(None)]
    first_errors: list[ErrorDict] | None = None
    for member in candidates:
        errors = _check_scalar(member, value, loc)
        if not errors:
            return []
        if first_errors is None:
            first_errors = errors
    return first_errors or []


def check_model(cls: Any, value: Any, loc: Loc) -> list[ErrorDict]:
    """Errors for a JSON object against a generated attrs model."""
    if not isinstance(value, Mapping):
        return [
            error(
                loc,
                "Input should be a valid dictionary or object to extract fields from",
                "model_attributes_type",
            )
        ]
    errors: list[ErrorDict] = []
    known = set()
    for field in _fields(cls):
        known.add(field.key)
        if field.key not in value:
            if field.required:
                errors.append(error((*loc, field.key), "Field required", "missing"))
            continue
        errors.extend(check_value(field.annotation, value[field.key], (*loc, field.key)))
    extra = _extra_annotation(cls)
    for key, item in value.items():
        if key in known:
            continue
        if extra is None:
            errors.append(error((*loc, key), "Extra inputs are not permitted", "extra_forbidden"))
        else:
            errors.extend(check_value(extra, item, (*loc, key)))
    return errors


def parse_body(cls: type[M], data: Any) -> M:
    """Validates ``data`` against a generated model and builds it with its ``from_dict``."""
    errors = check_model(cls, data, ("body",))
    if errors:
        raise RequestValidationError(errors)
    result: M = cls.from_dict(data)  # type: ignore[attr-defined]
    return result


def _parse_text(annotation: Any, raw: str, loc: Loc) -> tuple[Any, list[ErrorDict]]:
    members = [m for m in _members(annotation) if m not in (Unset, type(None))]
    target = members[0] if members else str
    if target is str:
        return raw, []
    if target is bool:
        lowered = raw.lower()
        if lowered in _TRUE:
            return True, []
        if lowered in _FALSE:
            return False, []
        msg = "Input should be a valid boolean, unable to interpret input"
        return None, [error(loc, msg, "bool_parsing")]
    if target is int:
        # int() also takes "1_000", " 7 " and non-ASCII digits, which no client of the API
        # should get away with.
        if _INTEGER.fullmatch(raw) is None:
            msg = "Input should be a valid integer, unable to parse string as an integer"
            return None, [error(loc, msg, "int_parsing")]
        return int(raw), []
    if target is uuid.UUID:
        try:
            return uuid.UUID(raw), []
        except ValueError:
            return None, [error(loc, "Input should be a valid UUID", "uuid_parsing")]
    if target is datetime.datetime:
        try:
            parsed = isoparse(raw)
        except (ValueError, OverflowError):
            return None, [error(loc, "Input should be a valid datetime", "datetime_parsing")]
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=datetime.timezone.utc)
        return parsed, []
    if isinstance(target, type) and issubclass(target, enum.Enum):
        if raw in {m.value for m in target}:
            return target(raw), []
        return None, [error(loc, _enum_message(target), "enum")]
    return raw, []


def parse_params(
    params: Iterable[Param], where: str, lookup: Mapping[str, list[str]]
) -> dict[str, Any]:
    """Parses path or query parameters; ``lookup`` maps a name to its raw values."""
    values: dict[str, Any] = {}
    errors: list[ErrorDict] = []
    for param in params:
        raw = lookup.get(param.name, [])
        loc: Loc = (where, param.name)
        if not raw:
            if param.required:
                errors.append(error(loc, "Field required", "missing"))
            values[param.name] = param.default
            continue
        list_members = [m for m in _members(param.annotation) if typing.get_origin(m) is list]
        if list_members:
            (item,) = typing.get_args(list_members[0])
            parsed_items = []
            for index, text in enumerate(raw):
                value, errs = _parse_text(item, text, (*loc, index))
                parsed_items.append(value)
                errors.extend(errs)
            values[param.name] = parsed_items
            continue
        value, errs = _parse_text(param.annotation, raw[-1], loc)
        values[param.name] = value
        errors.extend(errs)
    if errors:
        raise RequestValidationError(errors)
    return values


def is_file_annotation(annotation: Any) -> bool:
    """True for the multipart ``File`` type of the generated client."""
    return annotation is File
