"""Every public name: importable, listed in ``__all__``, and loaded only when asked for."""

from __future__ import annotations

import subprocess
import sys

import cyberdesk
from cyberdesk.client import models


def test_all_lists_every_model_and_hand_written_name() -> None:
    names = set(cyberdesk.__all__)
    assert set(models.__all__) <= names
    assert {"CyberdeskClient", "ApiResponse", "RetryConfig", "NotFoundError"} <= names
    assert all(getattr(cyberdesk, name) is not None for name in cyberdesk.__all__)


def test_star_import_gives_the_models_and_import_alone_loads_none() -> None:
    code = (
        "import sys\n"
        "import cyberdesk\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('cyberdesk.'))))\n"
        "from cyberdesk import *\n"
        "print(RunCreate.__name__, CyberdeskClient.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # Only the version constant: no client, namespace, model or httpx.
    assert out.stdout.split() == ["cyberdesk._version", "RunCreate", "CyberdeskClient"]
