"""What the emulator refuses before anything is stored: bodies over the size cap (413, read
by :mod:`cyberdesk.emulator.body`) and JSON that is not strict RFC 8259 JSON or nests too
deep (422).

Python's ``json`` module accepts ``NaN``, ``Infinity``, numbers that overflow to infinity
(``1e400``) and lone surrogates (``"\\ud800"``); none of them can be sent back as JSON, so
storing one would break every later answer that shows it. Values are checked after
parsing, without recursion, and each bad one is named by its location like pydantic does.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .validation import ErrorDict, Loc, error

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
# Deep enough for any real payload (serde_json's default recursion limit), shallow enough
# that nothing downstream of parsing can run out of stack.
MAX_JSON_DEPTH = 128
# A body full of bad values gets a bounded answer.
MAX_ERRORS = 100

_SURROGATE = re.compile("[\ud800-\udfff]")
UNICODE_MSG = "Input should be a valid string, unable to parse raw data as a unicode string"


def has_surrogate(text: str) -> bool:
    return not text.isascii() and _SURROGATE.search(text) is not None


def printable_key(key: str) -> str:
    """A key that can be shown in an error location (surrogates escaped)."""
    return key.encode("utf-8", "backslashreplace").decode() if has_surrogate(key) else key


def clean_text(text: str) -> str:
    """Text decoded with ``surrogateescape`` (header parameters) as valid Unicode."""
    if not has_surrogate(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode()


def json_errors(value: Any, loc: Loc) -> list[ErrorDict]:
    """Where ``value`` (parsed JSON) is not strict JSON or nests deeper than the limit."""
    errors: list[ErrorDict] = []
    stack: list[tuple[Any, Loc, int]] = [(value, loc, 0)]
    while stack and len(errors) < MAX_ERRORS:
        item, where, depth = stack.pop()
        if isinstance(item, str):
            if has_surrogate(item):
                errors.append(error(where, UNICODE_MSG, "string_unicode"))
        elif isinstance(item, float):
            if not math.isfinite(item):
                errors.append(error(where, "Input should be a finite number", "finite_number"))
        elif isinstance(item, (dict, list)):
            if depth >= MAX_JSON_DEPTH:
                errors.append(too_deep(where))
                continue
            if isinstance(item, dict):
                for key, child in item.items():
                    shown = printable_key(key)
                    if shown is not key:
                        errors.append(error((*where, shown), UNICODE_MSG, "string_unicode"))
                    stack.append((child, (*where, shown), depth + 1))
            else:
                stack.extend((child, (*where, i), depth + 1) for i, child in enumerate(item))
    errors.sort(key=lambda e: [str(part) for part in e["loc"]])
    return errors


def too_deep(loc: Loc) -> ErrorDict:
    reason = f"JSON nested deeper than {MAX_JSON_DEPTH} levels"
    return {**error(loc, "JSON decode error", "json_invalid"), "ctx": {"error": reason}}


def load_json(raw: bytes, loc: Loc = ("body",)) -> tuple[Any, list[ErrorDict]]:
    """Parses ``raw``; answers the value and the errors that make it unacceptable."""
    try:
        data = json.loads(raw)
    except RecursionError:
        return None, [too_deep(loc)]
    except ValueError as exc:
        pos = exc.pos if isinstance(exc, json.JSONDecodeError) else 0
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "invalid text"
        return None, [
            {**error((*loc, pos), "JSON decode error", "json_invalid"), "ctx": {"error": reason}}
        ]
    return data, json_errors(data, loc)
