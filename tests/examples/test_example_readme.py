"""examples/README.md: the emulator setup it gives leads to a working patient lookup."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
import warnings

import pytest

pytest.importorskip("fastapi")

from examples_helpers import API_KEY, EXAMPLES, EmulatorTime

from cyberdesk import CyberdeskClient
from cyberdesk.emulator import Emulator, EmulatorServer
from tests.helpers import ManualClock

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's TestClient warns about its httpx use
    from fastapi.testclient import TestClient

from fastapi_app.app import Settings, create_app


def readme_setup_code() -> str:
    """The Python block of step 3, "create the Epic one"."""
    readme = (EXAMPLES / "README.md").read_text()
    step = readme.split("create the Epic one", 1)[1]
    match = re.search(r"```python\n(.*?)```", step, re.S)
    assert match, "the README lost its workflow setup block"
    # The block is indented under a list item in the Markdown.
    return "\n".join(line.removeprefix("   ") for line in match.group(1).splitlines())


def test_the_readme_workflow_setup_gives_patient_shaped_lookups() -> None:
    emulator = Emulator(api_key=API_KEY, clock=ManualClock())
    time = EmulatorTime(emulator)
    with EmulatorServer(emulator, startup_timeout=60) as server:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("CYBERDESK_", "EPIC_"))},
            "CYBERDESK_API_KEY": API_KEY,
            "CYBERDESK_BASE_URL": server.base_url,
        }
        done = subprocess.run(
            [sys.executable, "-"], input=readme_setup_code(), env=env,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        line = done.stdout.strip()
        assert line.startswith("export EPIC_WORKFLOW_ID=")
        workflow_id = line.split("=", 1)[1]
        uuid.UUID(workflow_id)

        # No emulator behaviour is set: the output comes from the workflow's output_schema.
        settings = Settings(api_key=API_KEY, workflow_id=workflow_id, base_url=server.base_url)

        def client_factory(s: Settings) -> CyberdeskClient:
            return CyberdeskClient(s.api_key, base_url=s.base_url, retry=time.retry())

        app = create_app(settings, client_factory=client_factory)
        with TestClient(app) as http:
            response = http.post(
                "/patients/lookup",
                json={"patient_id": "1", "patient_first_name": "A", "patient_last_name": "B"},
            )

    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body["demographics"]) == {"dateOfBirth", "mrn", "phone", "email"}
    assert isinstance(body["medications"], list) and isinstance(body["vitals"], dict)
    assert body["lastUpdated"]
