"""Python SDK for the Cyberdesk API."""

__version__ = "0.1.0"
