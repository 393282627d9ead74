"""schemathesis over every operation of openapi.json, against the emulator's ASGI app.

Each operation gets a bounded number of generated requests (valid and invalid), half of
their ids pointing at resources that exist, and every answer goes through schemathesis's
checks. Excluded by rule, because openapi.json cannot express them:

* ``status_code_conformance``: the spec documents only each operation's success code and
  422; the API's 400 (a rule broken), 404 (an unknown id) and 409 are real answers it
  leaves out. Those answers are still checked here to be ``{"detail": "..."}``.
* ``positive_data_acceptance``: a request valid by the schema may still name an id that
  does not exist (404) or break a rule the schema cannot state (400), as the API does.

The last test reports how many operations were covered and how many cases ran.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections import Counter
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance, status_code_conformance

from cyberdesk.emulator import Emulator

from .conformance import SPEC
from .conftest import API_KEY, HEADERS, ManualClock, make_client

EXAMPLES_PER_OPERATION = 10
CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 12,
        "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
        "generation": {"mode": "all", "max-examples": EXAMPLES_PER_OPERATION},
    }
)
schema = schemathesis.openapi.from_dict(SPEC, config=CONFIG)

EMU = Emulator(api_key=API_KEY, seed=3, machines=2, clock=ManualClock())
schema.app = EMU.app
CLIENT = make_client(EMU)
CASES: Counter[str] = Counter()
GENERIC = {400, 404, 409}


def _seed_known_ids() -> list[str]:
    workflow = CLIENT.post("/v1/workflows", json={"main_prompt": "p"}).json()
    files = [{"filename": "a.txt", "content": base64.b64encode(b"a").decode()}]
    run = CLIENT.post("/v1/runs", json={"workflow_id": workflow["id"], "file_inputs": files}).json()
    EMU.advance(1)
    tag = CLIENT.post("/v1/workflow-tags", json={"name": "t"}).json()
    group = CLIENT.post("/v1/workflow-tag-groups", json={"name": "g"}).json()
    trajectory = CLIENT.post(
        "/v1/trajectories",
        json={"workflow_id": workflow["id"], "trajectory_data": [], "dimensions": {"w": 1}},
    ).json()
    ids = [workflow["id"], run["id"], tag["id"], group["id"], trajectory["id"]]
    ids += run["input_attachment_ids"] + [str(m.id) for m in EMU.machines]
    return ids + [str(p.id) for p in EMU.pools]


KNOWN_IDS = _seed_known_ids()


def _point_at_known_ids(case: Any) -> None:
    """Half of the generated ids become ids of stored resources, so handlers past the
    lookup run too (the choice follows the generated value: reproducible)."""
    for name, value in (case.path_parameters or {}).items():
        try:
            generated = uuid.UUID(str(value))
        except ValueError:
            continue
        if generated.int % 2 == 0:
            case.path_parameters[name] = KNOWN_IDS[generated.int % len(KNOWN_IDS)]


@schema.parametrize()
@settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_operation(case: Any) -> None:
    _point_at_known_ids(case)
    CASES[f"{case.method.upper()} {case.path}"] += 1
    response = case.call(headers=HEADERS)
    case.validate_response(
        response, excluded_checks=[status_code_conformance, positive_data_acceptance]
    )
    if response.status_code in GENERIC:
        assert isinstance(json.loads(response.content)["detail"], str), response.text


def test_every_operation_was_covered() -> None:
    operations = {f"{m.upper()} {p}" for p, ops in SPEC["paths"].items() for m in ops}
    missing = operations - set(CASES)
    print(f"\nschemathesis: {len(CASES)} operations, {sum(CASES.values())} cases")
    assert not missing, f"operations never exercised: {sorted(missing)}"
