"""A client library for accessing Cyberdesk API"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
    from .models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    # Every model is reachable here (``from cyberdesk.client import RunField``) and
    # nothing, httpx included, is imported until a name is asked for.
    if name.startswith("__"):
        raise AttributeError(name)
    if name in ("AuthenticatedClient", "Client"):
        return getattr(importlib.import_module(".client", __name__), name)
    try:
        return getattr(importlib.import_module(".models", __name__), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
