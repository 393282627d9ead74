"""Python SDK for the Cyberdesk API.

``import cyberdesk`` is cheap: the client, its namespaces and the generated models load
when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._client import CyberdeskClient
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        CyberdeskError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        WaitTimeoutError,
    )

    # The guide-compatible request models shadow the generated ones of the same name.
    from ._response import ApiResponse
    from ._retry import RetryConfig, RetryEvent
    from .client.models import *  # noqa: F403

if TYPE_CHECKING:
    # The guide-compatible request models shadow the generated ones of the same name.
    from ._models import (  # type: ignore[assignment]
        ConnectionCreate,
        MachineCreate,
        ModelConfigurationCreate,
        TrajectoryCreate,
        TrajectoryUpdate,
        WorkflowCreate,
        WorkflowUpdate,
    )

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionCreate",
    "CyberdeskClient",
    "CyberdeskError",
    "InternalServerError",
    "MachineCreate",
    "ModelConfigurationCreate",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryConfig",
    "RetryEvent",
    "TrajectoryCreate",
    "TrajectoryUpdate",
    "WaitTimeoutError",
    "WorkflowCreate",
    "WorkflowUpdate",
]  # fmt: skip
"""The hand-written names; every generated model and enum is importable from here too."""

_HAND_WRITTEN = {
    "CyberdeskClient": "._client",
    "ApiResponse": "._response",
    "RetryConfig": "._retry",
    "RetryEvent": "._retry",
    **dict.fromkeys(
        (
            "CyberdeskError", "APIError", "APIStatusError", "BadRequestError",
            "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
            "RateLimitError", "InternalServerError", "APIResponseValidationError",
            "APIConnectionError", "APITimeoutError", "WaitTimeoutError",
        ),
        "._errors",
    ),
    **dict.fromkeys(
        (
            "MachineCreate", "WorkflowCreate", "WorkflowUpdate", "ConnectionCreate",
            "TrajectoryCreate", "TrajectoryUpdate", "ModelConfigurationCreate",
        ),
        "._models",
    ),
}  # fmt: skip


def __getattr__(name: str) -> Any:
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
    models = importlib.import_module(".client.models", __name__)
    return sorted({*_HAND_WRITTEN, *models.__all__, "__version__"})
