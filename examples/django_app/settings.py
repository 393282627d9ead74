"""Settings of the example Django project: everything Cyberdesk needs comes from the
environment, and nothing here needs a database.

    cd examples
    export CYBERDESK_API_KEY=cd_... EPIC_WORKFLOW_ID=... EPIC_MACHINE_ID=...
    python django_app/manage.py runserver
"""

from __future__ import annotations

import os
from typing import Any

# Set DJANGO_SECRET_KEY in production; this default is only good for a laptop.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-cyberdesk-example-only")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")

INSTALLED_APPS: list[str] = []
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    # On, as in any real project: the two JSON endpoints opt out where they are defined.
    "django.middleware.csrf.CsrfViewMiddleware",
]
ROOT_URLCONF = "django_app.urls"
DATABASES: dict[str, Any] = {}
USE_TZ = True

# Webhook de-duplication uses the cache: point it at Redis or Memcached when several
# processes serve the app, so that they all see the same svix-ids.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Read by django_app.cyberdesk_client when the client is first needed.
CYBERDESK: dict[str, Any] = {
    "API_KEY": os.environ.get("CYBERDESK_API_KEY", ""),
    # None: CYBERDESK_BASE_URL if set, else the cloud API.
    "BASE_URL": os.environ.get("CYBERDESK_BASE_URL") or None,
    "EPIC_WORKFLOW_ID": os.environ.get("EPIC_WORKFLOW_ID", ""),
    # None: any available machine of the organisation.
    "EPIC_MACHINE_ID": os.environ.get("EPIC_MACHINE_ID") or None,
    "WEBHOOK_SECRET": os.environ.get("CYBERDESK_WEBHOOK_SECRET") or None,
    # Seconds a lookup waits for its run before answering 504 (the run keeps going).
    "RUN_TIMEOUT": float(os.environ.get("EPIC_RUN_TIMEOUT", "120")),
    "POLL_INTERVAL": 1.0,
    # A cyberdesk.RetryConfig to change how requests are retried; None keeps the default.
    "RETRY": None,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django_app": {"handlers": ["console"], "level": "INFO"}},
}
