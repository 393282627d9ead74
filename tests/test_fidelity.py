"""Behaviour code written for the official SDK (2.2.69) relies on, kept."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from cyberdesk.webhooks import construct_event
from tests.helpers import BASE, make_client

ID = "550e8400-e29b-41d4-a716-446655440000"

# Every call for which the official SDK answers data={"success": True} (checked against its
# source: each of these returns that literal after the request).
ACKNOWLEDGED: list[tuple[str, str, str, str, tuple[Any, ...]]] = [
    ("runs", "delete", "DELETE", f"/v1/runs/{ID}", (ID,)),
    ("pools", "delete", "DELETE", f"/v1/pools/{ID}", (ID,)),
    ("pools", "remove_machines", "DELETE", f"/v1/pools/{ID}/machines", (ID, {"machine_ids": [ID]})),
    ("machines", "delete", "DELETE", f"/v1/machines/{ID}", (ID,)),
    ("workflows", "delete", "DELETE", f"/v1/workflows/{ID}", (ID,)),
    ("workflows", "delete_prompt_image", "DELETE", "/v1/workflows/prompt-image", ("org/a.png",)),
    ("trajectories", "delete", "DELETE", f"/v1/trajectories/{ID}", (ID,)),
    ("run_attachments", "delete", "DELETE", f"/v1/run-attachments/{ID}", (ID,)),
]


@pytest.mark.parametrize(("ns", "name", "method", "path", "args"), ACKNOWLEDGED)
def test_deletes_answer_success_true_as_the_official_sdk_does(
    ns: str, name: str, method: str, path: str, args: tuple[Any, ...]
) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.route(method=method, path=path).mock(return_value=httpx.Response(204))
        response = getattr(getattr(make_client(), ns), f"{name}_sync")(*args)
    assert response.error is None
    assert response.data == {"success": True}
    assert response.data["success"] is True


def test_a_failed_delete_has_no_data() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.delete(f"/v1/runs/{ID}").mock(return_value=httpx.Response(404, json={"detail": "x"}))
        response = make_client().runs.delete_sync(ID)
    assert response.data is None and response.error is not None


@pytest.mark.parametrize(
    "payload",
    [
        {"type": "run_complete", "data": {}},
        json.dumps({"type": "run_complete"}).replace("{", "\ud800{"),  # not encodable as UTF-8
        12345,
    ],
)
def test_construct_event_wants_the_raw_body(payload: Any) -> None:
    headers = {"webhook-id": "msg_1", "webhook-timestamp": "1", "webhook-signature": "v1,x"}
    with pytest.raises(TypeError, match="raw request body"):
        construct_event(payload, headers, "whsec_" + "A" * 32)
