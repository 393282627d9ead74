"""Handlers of the ``/v1`` operations, one module per area of the API."""

from __future__ import annotations

import importlib

_MODULES = (
    "attachments",
    "computer",
    "machines",
    "misc",
    "pools",
    "runs",
    "tags",
    "trajectories",
    "workflows",
)


def load_handlers() -> None:
    """Imports every handler module, which registers its handlers."""
    for name in _MODULES:
        importlib.import_module(f"{__name__}.{name}")
