"""Helpers for the tests of the worked examples: emulators, fake time, serving apps."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cyberdesk import CyberdeskClient, RetryConfig, WorkflowCreate
from cyberdesk.emulator import Emulator, EmulatorServer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
API_KEY = "cd_examples_emulator_key"


def patient_output(inputs: Mapping[str, Any]) -> dict[str, Any]:
    """What the emulated Epic workflow returns: made from the inputs, so a test can tell
    that the right patient's data came back."""
    patient_id = str(inputs.get("patient_id", ""))
    first = str(inputs.get("patient_first_name", "Jo"))
    return {
        "demographics": {
            "dateOfBirth": "1980-02-29",
            "mrn": f"MRN-{patient_id}",
            "phone": "555-0100",
            "email": f"{first.lower()}@example.org",
        },
        "medications": [{"name": "Lisinopril", "dose": "10 mg"}] * (len(patient_id) % 3 + 1),
        "recentVitals": {"heartRate": 72, "bloodPressure": "120/80"},
        "lastUpdated": "2024-05-01T09:30:00Z",
    }


class EmulatorTime:
    """A ``RetryConfig`` sleep that advances the emulator's clock instead of waiting."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.slept = 0.0
        self._lock = threading.Lock()

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept += seconds
        self.emulator.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # still let the other tasks run, as a real sleep would

    def retry(self) -> RetryConfig:
        return RetryConfig(sleep=self.sleep, async_sleep=self.async_sleep)


@dataclass
class Epic:
    """An emulator serving an "Epic patient lookup" workflow, and a machine to run it on."""

    server: EmulatorServer
    workflow_id: str
    machine_id: str

    @property
    def emulator(self) -> Emulator:
        return self.server.emulator

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def client(self, **options: Any) -> CyberdeskClient:
        return CyberdeskClient(API_KEY, base_url=self.base_url, **options)

    def fail_runs(self, *errors: str) -> None:
        """From now on, runs of the workflow end ``task_failed`` with these errors."""
        self.emulator.set_workflow_behavior(
            self.workflow_id, status="task_failed", error=list(errors), outputs={}
        )


@contextmanager
def serve_epic(emulator: Emulator) -> Iterator[Epic]:
    """Serves ``emulator`` on a free loopback port with the Epic workflow created."""
    # Generous startup time: the first emulator of a process imports the whole API, and CI
    # machines are small.
    with EmulatorServer(emulator, host="127.0.0.1", port=0, startup_timeout=60) as server:
        with CyberdeskClient(emulator.api_key, base_url=server.base_url) as client:
            workflow = client.workflows.create_sync(
                WorkflowCreate(
                    name="Epic patient lookup",
                    main_prompt="Open patient {patient_id} ({patient_first_name} "
                    "{patient_last_name}) in Epic and read their chart",
                )
            ).unwrap()
        emulator.set_workflow_behavior(workflow.id, outputs=patient_output)
        yield Epic(server, str(workflow.id), str(emulator.machines[0].id))
