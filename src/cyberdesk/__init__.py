"""Python SDK for the Cyberdesk API.

``import cyberdesk`` is cheap: the client, its namespaces and the generated models load
when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:
    # What a type checker sees. The `X as X` form and the star import mark every name as
    # public (no static __all__ here: a checker would then treat only its names as public).
    from ._client import CyberdeskClient as CyberdeskClient
    from ._errors import APIConnectionError as APIConnectionError
    from ._errors import APIError as APIError
    from ._errors import APIResponseValidationError as APIResponseValidationError
    from ._errors import APIStatusError as APIStatusError
    from ._errors import APITimeoutError as APITimeoutError
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import ConflictError as ConflictError
    from ._errors import CyberdeskError as CyberdeskError
    from ._errors import InternalServerError as InternalServerError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import RateLimitError as RateLimitError
    from ._errors import WaitTimeoutError as WaitTimeoutError
    from ._response import ApiResponse as ApiResponse
    from ._retry import RetryConfig as RetryConfig
    from ._retry_event import RetryEvent as RetryEvent
    from .client.models import *  # noqa: F403

_HAND_WRITTEN = {
    "CyberdeskClient": "._client",
    "ApiResponse": "._response",
    "RetryConfig": "._retry",
    "RetryEvent": "._retry_event",
    **dict.fromkeys(
        (
            "CyberdeskError", "APIError", "APIStatusError", "BadRequestError",
            "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
            "RateLimitError", "InternalServerError", "APIResponseValidationError",
            "APIConnectionError", "APITimeoutError", "WaitTimeoutError",
        ),
        "._errors",
    ),
}  # fmt: skip
"""The hand-written names; every generated model and enum is importable from here too."""


def _public_names() -> list[str]:
    models = importlib.import_module(".client.models", __name__)
    return sorted({*_HAND_WRITTEN, *models.__all__})


def __getattr__(name: str) -> Any:
    if name == "__all__":
        # Computed on first use (``from cyberdesk import *``): every public name.
        value: Any = _public_names()
        globals()[name] = value
        return value
    if name.startswith("__"):
        raise AttributeError(name)
    module = _HAND_WRITTEN.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __name__), name)
    else:
        models = importlib.import_module(".client.models", __name__)
        try:
            value = getattr(models, name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*_public_names(), "__version__"]
