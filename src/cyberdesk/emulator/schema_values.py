"""Values that conform to a workflow's JSON schema, so simulated outputs look real."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from typing import Any

JsonDict = dict[str, Any]

_MAX_DEPTH = 8
_FORMAT_EXAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def parse_schema(text: str | None) -> JsonDict | None:
    """A workflow stores its schemas as JSON text; anything unparseable counts as none."""
    if not text:
        return None
    try:
        schema = json.loads(text)
    except ValueError:
        return None
    return schema if isinstance(schema, dict) else None


def _resolve(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = 0
    while isinstance(schema.get("$ref"), str) and seen < _MAX_DEPTH:
        ref: str = schema["$ref"]
        node: Any = root
        for part in ref.removeprefix("#/").split("/") if ref.startswith("#/") else []:
            node = node.get(part, {}) if isinstance(node, Mapping) else {}
        schema = node if isinstance(node, Mapping) else {}
        seen += 1
    return schema


def schema_type(schema: Mapping[str, Any], root: Mapping[str, Any] | None = None) -> str | None:
    """The JSON type a schema asks for (first non-null one), or None when it does not say."""
    schema = _resolve(schema, root or schema)
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), None)
    if isinstance(declared, str):
        return declared
    for key in ("anyOf", "oneOf", "allOf"):
        options = schema.get(key)
        if isinstance(options, list):
            for option in options:
                if isinstance(option, Mapping):
                    found = schema_type(option, root or schema)
                    if found and found != "null":
                        return found
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def property_schema(
    schema: Mapping[str, Any], path: list[str], root: Mapping[str, Any] | None = None
) -> Mapping[str, Any] | None:
    """The sub-schema at ``path``, or None when the schema does not declare it.

    A schema that allows any keys (no ``properties``) accepts every path: there is nothing
    to check against, so an empty schema is returned.
    """
    root = root or schema
    node = _resolve(schema, root)
    for part in path:
        kind = schema_type(node, root)
        if kind == "array":
            items = node.get("items")
            if not part.isdigit():
                return None
            node = _resolve(items, root) if isinstance(items, Mapping) else {}
            continue
        properties = node.get("properties")
        if not isinstance(properties, Mapping):
            return {} if kind in (None, "object") else None
        child = properties.get(part)
        if not isinstance(child, Mapping):
            return None
        node = _resolve(child, root)
    return node


def example_value(
    schema: Mapping[str, Any],
    name: str,
    rng: random.Random,
    inputs: Mapping[str, Any] | None = None,
    root: Mapping[str, Any] | None = None,
    depth: int = 0,
) -> Any:
    """A value of the schema's type, every declared property filled (recursively).

    An input with the same name and a matching type is echoed, so outputs track inputs.
    """
    root = root or schema
    schema = _resolve(schema, root)
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return enum[0]
    if "default" in schema:
        return schema["default"]
    kind = schema_type(schema, root)
    if inputs is not None and name in inputs and _matches(inputs[name], kind):
        return inputs[name]
    if kind == "object" or (kind is None and depth == 0):
        properties = schema.get("properties")
        if not isinstance(properties, Mapping) or depth >= _MAX_DEPTH:
            return {}
        return {
            key: example_value(sub, key, rng, inputs if depth == 0 else None, root, depth + 1)
            for key, sub in properties.items()
            if isinstance(sub, Mapping)
        }
    if kind == "array":
        items = schema.get("items")
        if not isinstance(items, Mapping) or depth >= _MAX_DEPTH:
            return []
        count = max(1, int(schema.get("minItems", 1)))
        return [example_value(items, name, rng, None, root, depth + 1) for _ in range(count)]
    if kind == "string":
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt in _FORMAT_EXAMPLES:
            return _FORMAT_EXAMPLES[fmt]
        text = f"{name or 'value'}-{rng.randrange(1000, 10000)}"
        min_length = int(schema.get("minLength", 0))
        return text.ljust(min_length, "x")
    if kind == "integer":
        low = int(schema.get("minimum", 0))
        high = int(schema.get("maximum", low + 100))
        return rng.randint(low, max(low, high))
    if kind == "number":
        bottom = float(schema.get("minimum", 0))
        top = float(schema.get("maximum", bottom + 100))
        return round(rng.uniform(bottom, max(bottom, top)), 2)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return f"{name or 'value'}-{rng.randrange(1000, 10000)}"


def _matches(value: Any, kind: str | None) -> bool:
    if kind is None:
        return True
    checks: dict[str, Any] = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "null": lambda v: v is None,
    }
    check = checks.get(kind)
    return bool(check(value)) if check else True


def value_matches(value: Any, kind: str | None) -> bool:
    """True when a JSON value has the JSON schema type ``kind`` (None matches anything)."""
    return _matches(value, kind)
