"""Per-call request options: what every operation takes besides its own arguments.

``RequestOptions`` go with every operation, ``WriteOptions`` (the same plus
``idempotency_key``) with every write. ``apply`` puts them on a request about to be built;
everything it refuses is refused before anything is sent.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypedDict

import httpx


class RequestOptions(TypedDict, total=False):
    """Options of every call; each one left out means "as the client is configured"."""

    timeout: float | httpx.Timeout | None
    """Seconds (or an ``httpx.Timeout``) for each attempt of this call; None: no limit."""
    max_retries: int
    """Retries of this call, instead of the client's ``RetryConfig.max_retries``."""
    extra_headers: Mapping[str, str]
    """Headers added to (or replacing) the SDK's; never Authorization or Idempotency-Key."""
    extra_query: Mapping[str, Any]
    """Query parameters added to (or replacing) the operation's."""
    extra_body: Mapping[str, Any]
    """Fields merged into the JSON body (a body-less write sends them as its body)."""


class WriteOptions(RequestOptions, total=False):
    """Options of a write: those of every call plus the key that makes retries safe."""

    idempotency_key: str | None
    """The ``Idempotency-Key`` of this call, reused by every attempt (generated if None)."""


OPTION_SETS: dict[str, frozenset[str]] = {
    "RequestOptions": frozenset(RequestOptions.__annotations__),
    "WriteOptions": frozenset(WriteOptions.__annotations__),
}
"""The option names each TypedDict allows, by the name its ``Unpack[...]`` uses."""

_PROTECTED_HEADERS = {
    "authorization": "the client's API key authenticates every call",
    "idempotency-key": "pass idempotency_key= instead",
}


def checked_timeout(value: Any) -> httpx.Timeout | float | None:
    """A per-call timeout: None, an ``httpx.Timeout``, or positive finite seconds."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"timeout must be seconds or an httpx.Timeout, got {type(value).__name__}")
    if not 0 < value < math.inf:
        raise ValueError(f"timeout must be a positive number of seconds, got {value!r}")
    return float(value)


def checked_max_retries(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_retries must be an integer, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"max_retries must be 0 or more, got {value}")
    return value


def _mapping(name: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str):
            raise TypeError(f"{name} keys must be strings, got {type(key).__name__}")
    return value


def checked_headers(name: str, value: Any) -> dict[str, str]:
    """Headers a caller adds: strings, and never the ones the client owns."""
    headers = _mapping(name, value)
    for key, text in headers.items():
        why = _PROTECTED_HEADERS.get(key.lower())
        if why is not None:
            raise ValueError(f"{name} cannot set {key}: {why}")
        if not isinstance(text, str):
            raise TypeError(f"{name}[{key!r}] must be a string, got {type(text).__name__}")
        if any(c in key or c in text for c in "\r\n\0"):
            raise ValueError(f"{name}[{key!r}] must not contain line breaks or NUL")
    return dict(headers)


def apply(
    options: Mapping[str, Any], method: str, headers: dict[str, str], kwargs: dict[str, Any]
) -> None:
    """Adds ``options`` to a request's ``headers`` and httpx ``kwargs`` (params, json, ...).

    The request is built once and every retry resends it, so whatever is added here goes
    out on every attempt.
    """
    key = options.get("idempotency_key")
    if key is not None:
        if not isinstance(key, str) or not key.strip():
            raise TypeError("idempotency_key must be a non-empty string")
        if method == "GET":
            raise TypeError("idempotency_key applies to writes; a GET is safe to repeat")
    if "timeout" in options:
        kwargs["timeout"] = checked_timeout(options["timeout"])
    headers.update(checked_headers("extra_headers", options.get("extra_headers", {})))
    extra_query = _mapping("extra_query", options.get("extra_query", {}))
    if extra_query:
        kwargs["params"] = {**(kwargs.get("params") or {}), **extra_query}
    extra_body = _mapping("extra_body", options.get("extra_body", {}))
    if extra_body:
        if "json" in kwargs:
            if not isinstance(kwargs["json"], Mapping):
                raise ValueError("extra_body merges into a JSON object; this body is not one")
            kwargs["json"] = {**kwargs["json"], **extra_body}
        elif any(kwargs.get(k) is not None for k in ("files", "data", "content")):
            raise ValueError("extra_body merges into JSON bodies; this call sends another kind")
        elif method == "GET":
            raise ValueError("a GET has no body; send extra fields with extra_query")
        else:
            kwargs["json"] = dict(extra_body)
