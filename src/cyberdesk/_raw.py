"""``client.request``: any API path, before the SDK wraps it, with the SDK's auth and retries.

A ``RawCall`` (``_raw_call``) is a ``Call`` that stands in for its own generated endpoint
module, so the runner sends it like any other. It is defined on the first ``client.request``:
most programs never make one, and a frozen dataclass costs every process about 0.7 ms.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._options import checked_headers

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._call import Call
    from ._operation import HasRunner
    from ._options import WriteOptions

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


def request(
    self: HasRunner,
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    json: Any = None,
    headers: Mapping[str, str] | None = None,
    **options: Unpack[WriteOptions],
) -> Call[Any]:
    """Calls any API path with the client's key, retries and idempotency; data is the JSON.

    ``path`` is relative to the base URL (``"/v1/runs"``); an absolute URL is refused so the
    API key never travels to another host. Writes get an ``Idempotency-Key`` as every
    write does; ``data`` is the decoded JSON body (None when the body is empty).
    """
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise ValueError(f"method must be one of {', '.join(sorted(METHODS))}, got {method!r}")
    if not isinstance(path, str):
        raise TypeError(f"path must be a string, got {type(path).__name__}")
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or not path.startswith("/") or path.startswith("//"):
        raise ValueError(
            f"path must be relative to the client's base URL and start with '/', got {path!r}"
        )
    if any(c.isspace() or ord(c) < 32 for c in path):
        raise ValueError(f"path must not contain whitespace or control characters: {path!r}")
    if params is not None and not isinstance(params, Mapping):
        raise TypeError(f"params must be a mapping, got {type(params).__name__}")
    if json is not None and method.upper() == "GET":
        raise ValueError("a GET has no body; send fields with params")
    from ._raw_call import RawCall

    return RawCall(
        f"{method.upper()} {path}",
        method=method.upper(),
        path=path,
        params=params or {},
        json=json,
        headers=checked_headers("headers", headers or {}),
        options=options,
    )
