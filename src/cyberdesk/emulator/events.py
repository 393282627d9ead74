"""The webhook events the emulator sends as its runs end."""

from __future__ import annotations

from cyberdesk.client.models import RunCompletedEvent, RunCompletedWebhookRunPayload

from .records import RunRecord
from .state import EmulatorState
from .views import run_data, through


def run_finished(emu: EmulatorState, run: RunRecord) -> None:
    """Queues the ``run_complete`` webhook of a run that just reached a terminal status."""
    if not emu.webhooks.urls:
        return
    event_id = emu.store.new_id()
    event = RunCompletedEvent(
        run=RunCompletedWebhookRunPayload.from_dict(run_data(run)),
        event_id=event_id,
        event_type="run_complete",
        occurred_at=run.ended_at or emu.wall(emu.now()),
    )
    emu.webhooks.enqueue(
        f"msg_{event_id.hex}", through(RunCompletedEvent, event.to_dict()), emu.now()
    )
