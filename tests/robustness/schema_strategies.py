"""Hypothesis strategies for the wire form (JSON) of every schema in openapi.json.

Values are canonical, the way the API sends them: UUIDs in lower-case hex with dashes,
date-times as ``datetime.isoformat()`` with an offset, numbers as finite floats. Optional
properties are sometimes left out, nullable ones are sometimes null, and an object that
allows additional properties sometimes carries extra keys.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.json"


@cache
def spec() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SPEC_PATH.read_text())
    return data


def schemas() -> dict[str, Any]:
    found: dict[str, Any] = spec()["components"]["schemas"]
    return found


def object_schema_names() -> list[str]:
    """Schemas that become generated model classes (objects, not enums)."""
    return sorted(
        name
        for name, schema in schemas().items()
        if schema.get("type") == "object" or "properties" in schema
    )


def enum_values(name: str) -> list[str]:
    values: list[str] = schemas()[name]["enum"]
    return values


JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)

_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
DATETIMES = st.builds(
    lambda moment, tz: moment.replace(tzinfo=tz).isoformat(),
    st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1)),
    _OFFSETS,
)
UUIDS = st.uuids().map(str)
_KEYS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


def for_schema(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """A strategy for JSON values valid under ``schema`` (a fragment of openapi.json)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return st.deferred(lambda: for_named(name, depth + 1))
    if "anyOf" in schema:
        return st.one_of([for_schema(s, depth) for s in schema["anyOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=64)
    if kind == "string":
        if fmt == "uuid":
            return UUIDS
        if fmt == "date-time":
            return DATETIMES
        return st.text(max_size=30)
    if kind == "array":
        items = schema.get("items", {})
        return st.lists(for_schema(items, depth + 1), max_size=0 if depth > 6 else 3)
    if kind == "object" or "properties" in schema:
        return _object(schema, depth)
    return JSON_VALUES  # {} : any JSON


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    extra = schema.get("additionalProperties", True)
    if not properties:
        # A free-form map: string keys, values of the additionalProperties schema.
        values = JSON_VALUES if extra in (True, {}) else for_schema(extra, depth + 1)
        return st.dictionaries(_KEYS, values, max_size=3)
    fixed = {k: for_schema(v, depth + 1) for k, v in properties.items() if k in required}
    optional = {k: for_schema(v, depth + 1) for k, v in properties.items() if k not in required}
    base = st.fixed_dictionaries(fixed, optional=optional)
    if extra is False:
        return base
    extras_values = JSON_VALUES if extra in (True, {}) else for_schema(extra, depth + 1)
    extras = st.dictionaries(_KEYS.filter(lambda k: k not in properties), extras_values, max_size=2)
    return st.builds(lambda b, e: {**e, **b}, base, extras)


@cache
def for_named(name: str, depth: int = 0) -> st.SearchStrategy[Any]:
    """The strategy of the component schema ``name`` (built once per nesting depth)."""
    return for_schema(schemas()[name], min(depth, 8))
