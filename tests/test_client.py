"""CyberdeskClient: results and errors, configuration, secrecy, cheap import."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import httpx
import pytest
import respx

from cyberdesk import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    CyberdeskClient,
    InternalServerError,
    NotFoundError,
    RunCreate,
    RunStatus,
)
from tests.helpers import BASE, KEY, RUN_ID, WORKFLOW_ID, make_client, run_json

pytestmark = pytest.mark.anyio


def test_success_parses_into_the_model() -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(200, json=run_json("success", output_data={"x": 1}))
        )
        response = make_client().runs.get_sync(RUN_ID)
    assert response.error is None and response.ok and response.status_code == 200
    assert response.data.status is RunStatus.SUCCESS and response.data.output_data["x"] == 1
    request = route.calls[0].request
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["User-Agent"].startswith("cyberdesk-python/")


def test_validation_error_lands_in_data_as_the_guide_documents() -> None:
    body = {
        "detail": [{"loc": ["body", "workflow_id"], "msg": "field required", "type": "missing"}]
    }
    with respx.mock(base_url=BASE) as mock:
        mock.post("/v1/runs").mock(return_value=httpx.Response(422, json=body))
        response = make_client().runs.create_sync(RunCreate(workflow_id=WORKFLOW_ID))
    assert response.error is None and not response.ok
    assert response.data.detail[0].loc == ["body", "workflow_id"]
    with pytest.raises(ValueError, match="field required"):
        response.unwrap()


@pytest.mark.parametrize(
    "status, cls", [(401, AuthenticationError), (404, NotFoundError), (500, InternalServerError)]
)
def test_error_statuses_become_typed_errors_with_body_and_request_id(
    status: int, cls: type
) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(
                status, json={"detail": "nope"}, headers={"x-request-id": "req_1"}
            )
        )
        response = make_client(max_retries=0).runs.get_sync(RUN_ID)
    assert response.data is None and isinstance(response.error, cls)
    assert response.error.status_code == status and response.error.detail == "nope"
    assert response.error.request_id == "req_1" and "req_1" in str(response.error)
    with pytest.raises(cls):
        response.unwrap()


def test_html_error_page_is_kept_as_text_and_shortened_in_the_message() -> None:
    page = "<html><body>" + "Bad gateway " * 2000 + "</body></html>"
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(return_value=httpx.Response(502, text=page))
        response = make_client(max_retries=0).runs.get_sync(RUN_ID)
    assert isinstance(response.error, APIStatusError) and response.error.body == page
    assert len(str(response.error)) < 700


@pytest.mark.parametrize("content", [b"", b"not json", b'{"id": "550e8400-e29b', b"[]"])
def test_a_2xx_body_that_does_not_parse_is_an_error_not_an_exception(content: bytes) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(return_value=httpx.Response(200, content=content))
        response = make_client().runs.get_sync(RUN_ID)
    assert response.data is None and isinstance(response.error, APIResponseValidationError)
    assert response.error.status_code == 200


def test_key_never_appears_in_reprs_or_errors() -> None:
    client = CyberdeskClient(KEY)
    assert KEY not in repr(client) and KEY not in str(client)
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(401, json={"detail": "Invalid API key"})
        )
        response = make_client().runs.get_sync(RUN_ID)
    assert KEY not in str(response.error) and KEY not in repr(response.error)
    assert KEY not in repr(response)


def test_bad_client_arguments_fail_at_once() -> None:
    with pytest.raises(ValueError, match="api_key"):
        CyberdeskClient("")
    with pytest.raises(ValueError, match="base_url"):
        CyberdeskClient(KEY, base_url="api.cyberdesk.io")
    with pytest.raises(ValueError, match="timeout"):
        CyberdeskClient(KEY, timeout=-1)


def test_per_call_timeout_overrides_the_client_default() -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(200, json=run_json())
        )
        client = CyberdeskClient(KEY, timeout=httpx.Timeout(60.0, connect=10.0))
        client.runs.get_sync(RUN_ID)
        client.runs.get_sync(RUN_ID, timeout=2.5)
    first, second = (c.request.extensions["timeout"] for c in route.calls)
    assert first["read"] == 60.0 and first["connect"] == 10.0
    assert second["read"] == 2.5


def test_one_pooled_client_is_reused_by_every_call() -> None:
    client = CyberdeskClient(KEY)
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(return_value=httpx.Response(200, json=run_json()))
        client.runs.get_sync(RUN_ID)
        first = client._http.sync_client()
        client.runs.get_sync(RUN_ID)
        assert client._http.sync_client() is first
    client.close()
    assert first.is_closed and client._http.pools.pool_count() == 0


def test_async_pool_is_renewed_for_a_new_event_loop() -> None:
    client = CyberdeskClient(KEY)

    async def get() -> object:
        await client.runs.get(RUN_ID)
        return client._http.async_client()

    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(return_value=httpx.Response(200, json=run_json()))
        first = asyncio.run(get())
        second = asyncio.run(get())
    assert first is not second
    assert isinstance(first, httpx.AsyncClient) and first.is_closed  # closed as its loop ended


async def test_sync_methods_work_inside_a_running_event_loop() -> None:
    # As in Jupyter: a loop is running and the user calls the blocking twin.
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(return_value=httpx.Response(200, json=run_json()))
        response = make_client().runs.get_sync(RUN_ID)
    assert response.error is None


async def test_context_managers_close_pools() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(return_value=httpx.Response(200, json=run_json()))
        async with CyberdeskClient(KEY) as client:
            await client.runs.get(RUN_ID)
            pool = client._http.async_client()
        assert pool is not None and pool.is_closed
        with CyberdeskClient(KEY) as client:
            client.runs.get_sync(RUN_ID)
            sync_pool = client._http.sync_client()
        assert sync_pool is not None and sync_pool.is_closed


def test_environment_proxy_is_honoured_and_retries_still_apply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    client = make_client()
    pool = client._http.sync_client()
    mounted = [str(pattern.pattern) for pattern, transport in pool._mounts.items() if transport]
    assert "https://" in mounted
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(f"/v1/runs/{RUN_ID}").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=run_json())]
        )
        assert client.runs.get_sync(RUN_ID).error is None
    assert route.call_count == 2


def test_event_hooks_and_custom_transport_are_used_with_retries() -> None:
    seen: list[str] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json=run_json())])
    transport = httpx.MockTransport(lambda request: next(answers))
    client = CyberdeskClient(
        KEY,
        transport=transport,
        event_hooks={"request": [lambda request: seen.append(request.url.path)]},
        retry=make_client()._http.retry,
    )
    assert client.runs.get_sync(RUN_ID).error is None
    assert seen == [f"/v1/runs/{RUN_ID}"] * 2


def test_redirects_are_not_followed_so_the_key_never_leaves_the_origin() -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.get(f"/v1/runs/{RUN_ID}").mock(
            return_value=httpx.Response(307, headers={"Location": "https://evil.example/steal"})
        )
        elsewhere = mock.get("https://evil.example/steal").mock(return_value=httpx.Response(200))
        response = make_client().runs.get_sync(RUN_ID)
    assert not elsewhere.called
    assert isinstance(response.error, APIStatusError) and response.error.status_code == 307


def test_tls_verification_is_on_by_default() -> None:
    pool = CyberdeskClient(KEY)._http.sync_client()
    ssl_context = pool._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert ssl_context.verify_mode.name == "CERT_REQUIRED"


def test_bad_arguments_raise_before_anything_is_sent() -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        route = mock.route().mock(return_value=httpx.Response(200))
        client = make_client()
        with pytest.raises(ValueError, match="run_id"):
            client.runs.get_sync("not-a-uuid")
        with pytest.raises(TypeError, match="run_id"):
            client.runs.get_sync(12345)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=r"RunCreate\.workflow_id"):
            client.runs.create_sync(RunCreate(workflow_id="workflow-uuid"))
        with pytest.raises(TypeError, match="data"):
            client.runs.create_sync(["not", "a", "model"])  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="limit"):
            client.runs.list_sync(limit=0)
        with pytest.raises(ValueError, match="status"):
            client.runs.list_sync(status="finished")
    assert not route.called


def test_dicts_are_accepted_where_models_are() -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
        make_client().runs.create_sync({"workflow_id": WORKFLOW_ID, "input_values": {"a": 1}})
    sent = json.loads(route.calls[0].request.read())
    assert sent["workflow_id"] == WORKFLOW_ID and sent["input_values"] == {"a": 1}


def test_import_is_cheap_and_loads_no_generated_endpoint() -> None:
    code = (
        "import sys, cyberdesk\n"
        "prefixes = ('cyberdesk.client.api', 'cyberdesk.client.models.')\n"
        "loaded = [m for m in sys.modules if m.startswith(prefixes)]\n"
        "print(len(loaded), 'httpx' in sys.modules)\n"
        "from cyberdesk import CyberdeskClient\n"
        "CyberdeskClient('k').runs\n"
        "print(len([m for m in sys.modules if m.startswith('cyberdesk.client.api')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False", "0"]


def test_guide_names_import_from_cyberdesk() -> None:
    import cyberdesk

    for name in [
        "CyberdeskClient", "RetryConfig", "ApiResponse", "RunCreate", "RunResponse", "RunStatus",
        "MachineStatus", "ConnectionStatus", "FileInput", "AttachmentType", "RunUpdate",
        "RunBulkCreate", "PoolCreate", "PoolUpdate", "MachinePoolUpdate", "MachinePoolAssignment",
        "MachineCreate", "MachineUpdate", "WorkflowCreate", "WorkflowUpdate", "ConnectionCreate",
        "TrajectoryCreate", "TrajectoryUpdate", "WorkflowTagCreate", "WorkflowTagUpdate",
        "WorkflowTagGroupCreate", "WorkflowTagGroupUpdate", "ModelConfigurationCreate",
        "ModelConfigurationUpdate", "UsageMode",
    ]:  # fmt: skip
        assert getattr(cyberdesk, name).__name__ == name
    with pytest.raises(AttributeError):
        cyberdesk.NoSuchThing  # noqa: B018


def test_base_url_comes_from_the_environment_when_not_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CYBERDESK_BASE_URL", "http://127.0.0.1:8765/")
    assert CyberdeskClient(KEY).base_url == "http://127.0.0.1:8765"
    assert (
        CyberdeskClient(KEY, base_url="https://api.example.com").base_url
        == "https://api.example.com"
    )
    monkeypatch.delenv("CYBERDESK_BASE_URL")
    assert CyberdeskClient(KEY).base_url == BASE


def test_guide_spellings_are_sent_as_the_contract_wants() -> None:
    from cyberdesk import (
        ConnectionCreate,
        MachineCreate,
        ModelConfigurationCreate,
        TrajectoryCreate,
        TrajectoryUpdate,
        WorkflowCreate,
        WorkflowUpdate,
    )

    wf = WorkflowCreate(name="n", description="d", main_prompt="p").to_dict()
    assert wf["description"] == "d" and wf["main_prompt"] == "p"
    assert WorkflowUpdate(description="u").to_dict() == {"description": "u"}
    assert (
        ModelConfigurationCreate(name="n", provider="openai", model_id="gpt-4o").to_dict()["model"]
        == "gpt-4o"
    )
    trajectory = TrajectoryCreate(
        workflow_id=WORKFLOW_ID, steps=[{"a": 1}], dimensions={"width": 1024, "height": 768}
    ).to_dict()
    assert trajectory["trajectory_data"] == [{"a": 1}] and trajectory["dimensions"]["width"] == 1024
    assert TrajectoryUpdate(steps=[]).to_dict() == {"trajectory_data": []}
    with pytest.raises(TypeError, match=r"fingerprint.*unkey_key_id"):
        MachineCreate(name="Epic EHR Machine", description="Production Epic environment")
    with pytest.raises(TypeError, match="websocket_id"):
        ConnectionCreate(machine_id=WORKFLOW_ID)
    with pytest.raises(TypeError, match="dimensions"):
        TrajectoryCreate(workflow_id=WORKFLOW_ID, steps=[])
    with pytest.raises(TypeError, match="not both"):
        ModelConfigurationCreate(name="n", provider="p", model="a", model_id="b")


def test_a_bad_id_inside_a_dict_body_is_named() -> None:
    with pytest.raises(ValueError, match=r"data\.workflow_id must be a UUID"):
        make_client().runs.create_sync({"workflow_id": "workflow-uuid"})


def test_dict_bodies_take_ids_enums_and_models_as_python_objects() -> None:
    from uuid import UUID

    from cyberdesk import FileInput, RunStatus

    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
        make_client().runs.create_sync(
            {
                "workflow_id": UUID(WORKFLOW_ID),
                "pool_ids": [UUID(WORKFLOW_ID)],
                "input_values": {"status": RunStatus.SUCCESS},
                "file_inputs": [FileInput(filename="a.txt", content="YQ==")],
            }
        )
    sent = json.loads(route.calls[0].request.read())
    assert sent["workflow_id"] == WORKFLOW_ID and sent["pool_ids"] == [WORKFLOW_ID]
    assert sent["input_values"] == {"status": "success"}
    assert sent["file_inputs"][0]["filename"] == "a.txt"
