"""Run inputs from the command line: ``--input key=value`` and ``--input-json FILE``.

They are option callbacks rather than parameter types: the two read alike in every
Click release from 8.1 on.
"""

from __future__ import annotations

import json
from typing import IO, Any

import click


def _reject_constant(name: str) -> Any:
    # NaN and Infinity parse in Python but are not JSON: the API would refuse the body.
    raise ValueError(f"{name} is not JSON")


def parse_value(raw: str) -> Any:
    """The value as JSON when it is JSON (``3``, ``true``, ``[1, 2]``, ``"007"``), else the text."""
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        return raw


def key_values(
    ctx: click.Context, param: click.Parameter, pairs: tuple[str, ...]
) -> dict[str, Any]:
    """``--input`` callback: the ``key=value`` pairs as a dict (a repeated key: the last)."""
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", ctx, param)
        values[key.strip()] = parse_value(raw)
    return values


def json_object(
    ctx: click.Context, param: click.Parameter, stream: IO[str] | None
) -> dict[str, Any]:
    """``--input-json`` callback: the object the file holds (nothing given: empty)."""
    if stream is None:
        return {}
    try:
        loaded = json.load(stream, parse_constant=_reject_constant)
    except ValueError as exc:
        raise click.BadParameter(f"{stream.name} is not valid JSON: {exc}", ctx, param) from None
    if not isinstance(loaded, dict):
        raise click.BadParameter(
            f"{stream.name} must hold a JSON object, not {type(loaded).__name__}", ctx, param
        )
    return loaded
