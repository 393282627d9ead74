#!/usr/bin/env python
"""Django's command-line utility for the example project: ``python django_app/manage.py``."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    # The project package is django_app/, so its parent (examples/) goes on the path.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "django_app.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
