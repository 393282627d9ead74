"""``CYBERDESK_LOG=debug|info``: the SDK's log records on stderr without touching code.

The ``cyberdesk`` logger names method, path, status and retry decisions only: never a
header, a body, a query string or the API key, so turning it on exposes no secret.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_handler: logging.Handler | None = None


def enable_logging_from_env() -> None:
    """Adds one stderr handler to the ``cyberdesk`` logger when ``CYBERDESK_LOG`` asks."""
    global _handler
    wanted = os.environ.get("CYBERDESK_LOG", "").strip().lower()
    if not wanted or _handler is not None:
        return
    level = _LEVELS.get(wanted)
    if level is None:
        warnings.warn(
            f"CYBERDESK_LOG must be 'debug' or 'info', got {wanted!r}; logging left off",
            stacklevel=3,
        )
        return
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger = logging.getLogger("cyberdesk")
    logger.addHandler(_handler)
    logger.setLevel(level)
