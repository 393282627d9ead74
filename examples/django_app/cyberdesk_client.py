"""The project's one ``CyberdeskClient``, configured from ``settings.CYBERDESK``.

Built on first use rather than at import, so that ``manage.py check`` and migrations work
without an API key, and shared by every request thread: one connection pool per process
(the client's sync methods are safe to call from several threads). Views call the ``_sync``
methods; Django's WSGI workers have no event loop to manage.
"""

from __future__ import annotations

import atexit
import threading
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver

from cyberdesk import CyberdeskClient

_lock = threading.Lock()
_client: CyberdeskClient | None = None


def get_client() -> CyberdeskClient:
    """The shared client, created from ``settings.CYBERDESK`` the first time it is asked for."""
    global _client
    client = _client
    if client is None:
        with _lock:  # two first requests at once still make one client
            if _client is None:
                _client = _build(settings.CYBERDESK)
            client = _client
    return client


def reset_client() -> None:
    """Closes the shared client; the next ``get_client()`` builds a new one."""
    global _client
    with _lock:
        client, _client = _client, None
    if client is not None:
        client.close()


def _build(config: dict[str, Any]) -> CyberdeskClient:
    if not config.get("API_KEY"):
        raise ImproperlyConfigured("set CYBERDESK_API_KEY (settings.CYBERDESK['API_KEY'])")
    return CyberdeskClient(
        config["API_KEY"], base_url=config.get("BASE_URL"), retry=config.get("RETRY")
    )


@receiver(setting_changed)
def _settings_changed(*, setting: str, **kwargs: Any) -> None:
    # override_settings(CYBERDESK=...) in tests takes effect on the next request.
    if setting == "CYBERDESK":
        reset_client()


atexit.register(reset_client)
