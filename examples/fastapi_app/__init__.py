"""Patient lookup through Cyberdesk as a FastAPI service (see ``app.py``)."""

from .app import Settings, WebhookInbox, create_app

__all__ = ["Settings", "WebhookInbox", "create_app"]
