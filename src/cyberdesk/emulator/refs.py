"""``{"$ref": "alias.outputs.path"}`` inputs: checked when runs are created, resolved when
they start."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .schema_values import parse_schema, property_schema, schema_type, value_matches
from .validation import ErrorDict, error

_REF_PATTERN = re.compile(r"^(?P<alias>[^.\s]+)\.outputs(?:\.(?P<path>.+))?$")

Loc = tuple[str | int, ...]


class RefResolutionError(Exception):
    """A ref that cannot be resolved when its run starts."""


@dataclass(frozen=True)
class Ref:
    """A parsed ref: the producing step's alias and the path inside its outputs."""

    text: str
    alias: str
    path: tuple[str, ...]


@dataclass(frozen=True)
class Producer:
    """What a ref can point at: a step's workflow output schema (None when unknown)."""

    alias: str
    output_schema: str | None


def is_ref(value: Any) -> bool:
    return isinstance(value, Mapping) and set(value) == {"$ref"}


def parse_ref(text: Any) -> Ref | None:
    if not isinstance(text, str):
        return None
    match = _REF_PATTERN.match(text)
    if match is None:
        return None
    path = tuple(match.group("path").split(".")) if match.group("path") else ()
    return Ref(text, match.group("alias"), path)


def find_refs(value: Any, loc: Loc) -> Iterator[tuple[Loc, Any]]:
    """Every ``{"$ref": ...}`` inside a JSON value, with where it sits."""
    if is_ref(value):
        yield loc, value["$ref"]
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from find_refs(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from find_refs(item, (*loc, index))


def check_refs(
    inputs: Mapping[str, Any] | None,
    loc: Loc,
    producers: Mapping[str, Producer],
    consumer_input_schema: str | None,
) -> list[ErrorDict]:
    """Validation errors for the refs in ``inputs`` (empty when all are usable)."""
    if not inputs:
        return []
    errors: list[ErrorDict] = []
    input_schema = parse_schema(consumer_input_schema)
    for where, text in find_refs(inputs, loc):
        ref = parse_ref(text)
        if ref is None:
            msg = f"Value error, $ref {text!r} must look like 'alias.outputs.path'"
            errors.append(error(where, msg, "value_error"))
            continue
        producer = producers.get(ref.alias)
        if producer is None:
            known = ", ".join(sorted(producers)) or "none"
            msg = (
                f"Value error, $ref {ref.text!r} names unknown session_alias {ref.alias!r} "
                f"(aliases of earlier steps in this session: {known})"
            )
            errors.append(error(where, msg, "value_error"))
            continue
        output_schema = parse_schema(producer.output_schema)
        if output_schema is None:
            continue
        target = property_schema(output_schema, list(ref.path))
        if target is None:
            msg = (
                f"Value error, $ref {ref.text!r}: {'.'.join(ref.path)!r} is not declared in "
                f"the output_schema of step {ref.alias!r}"
            )
            errors.append(error(where, msg, "value_error"))
            continue
        if input_schema is not None and len(where) == len(loc) + 1:
            expected = property_schema(input_schema, [str(where[-1])])
            produced_type = schema_type(target, output_schema) if target else None
            expected_type = schema_type(expected, input_schema) if expected else None
            if produced_type and expected_type and not _compatible(produced_type, expected_type):
                msg = (
                    f"Value error, $ref {ref.text!r} produces {produced_type} but input "
                    f"{where[-1]!r} expects {expected_type}"
                )
                errors.append(error(where, msg, "value_error"))
    return errors


def _compatible(produced: str, expected: str) -> bool:
    return produced == expected or (produced == "integer" and expected == "number")


def resolve_refs(value: Any, outputs_by_alias: Mapping[str, Mapping[str, Any] | None]) -> Any:
    """A copy of ``value`` with every ref replaced by the referenced output value."""
    if is_ref(value):
        ref = parse_ref(value["$ref"])
        if ref is None:
            raise RefResolutionError(f"$ref {value['$ref']!r} must look like 'alias.outputs.path'")
        if ref.alias not in outputs_by_alias:
            raise RefResolutionError(
                f"$ref {ref.text!r}: no earlier run in this session has alias {ref.alias!r}"
            )
        node: Any = outputs_by_alias[ref.alias]
        if node is None:
            raise RefResolutionError(f"$ref {ref.text!r}: step {ref.alias!r} has no output_data")
        for part in ref.path:
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise RefResolutionError(
                    f"$ref {ref.text!r}: step {ref.alias!r} produced no value at "
                    f"{'.'.join(ref.path)!r}"
                )
        return node
    if isinstance(value, Mapping):
        return {k: resolve_refs(v, outputs_by_alias) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve_refs(v, outputs_by_alias) for v in value]
    return value


def has_refs(value: Any) -> bool:
    return any(True for _ in find_refs(value, ()))


__all__ = [
    "Producer",
    "RefResolutionError",
    "check_refs",
    "has_refs",
    "resolve_refs",
    "value_matches",
]
