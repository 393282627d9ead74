"""Run statuses the SDK reasons about, in one place for the resources and the batch."""

from __future__ import annotations

TERMINAL_STATUSES = frozenset({"success", "task_failed", "error", "cancelled"})
"""Statuses a run never leaves. Anything else, including a status this SDK does not know
yet, means it is still going."""
