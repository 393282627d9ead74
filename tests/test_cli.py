"""The ``cyberdesk`` command line, driven by Click's CliRunner against respx mocks of the API.

Every invocation goes through the ``cli`` fixture, which checks that the API key appears in
no output and that nothing ended in a traceback. Waiting and retrying use a fake sleep
(passed to the client as ``obj``), so no test waits for real.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from click.testing import CliRunner, Result

from cyberdesk import CyberdeskClient, RetryConfig
from cyberdesk.cli import main
from cyberdesk.cli.app import cli as cyberdesk_cli
from tests.helpers import (
    ATTACHMENT_ID,
    BASE,
    KEY,
    MACHINE_ID,
    RUN_ID,
    WORKFLOW_ID,
    Sleeps,
    run_json,
)

POOL_ID = "550e8400-e29b-41d4-a716-446655440004"
OTHER_ATTACHMENT_ID = "550e8400-e29b-41d4-a716-446655440005"
RUN_PATH = f"/v1/runs/{RUN_ID}"

Invoke = Callable[..., Result]


# -- fixtures and helpers -------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key comes from the environment, as for a user; nothing forces a terminal."""
    monkeypatch.setenv("CYBERDESK_API_KEY", KEY)
    for name in ("CYBERDESK_BASE_URL", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def cli(sleeps: Sleeps) -> Invoke:
    """Runs ``cyberdesk ARGS`` and checks what every invocation must satisfy."""
    secrets = [KEY]

    def invoke(
        *args: str,
        input: str | None = None,
        env: dict[str, str | None] | None = None,
        sleep: Callable[[float], None] = sleeps,
        secret: str | None = None,
    ) -> Result:
        if secret is not None:
            secrets.append(secret)
        retry = RetryConfig(sleep=sleep, async_sleep=sleeps.asleep, random=lambda: 0.5)
        result = CliRunner().invoke(
            cyberdesk_cli, list(args), input=input, env=env, obj={"retry": retry}
        )
        everything = result.stdout + result.stderr
        for key in secrets:
            assert key not in everything
        assert "Traceback" not in everything
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
        return result

    return invoke


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


def error_line(result: Result) -> str:
    """The failure's one line: the last on stderr, and the only one saying Error."""
    lines = result.stderr.splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr
    return errors[0]


def only_error(result: Result, exit_code: int, *fragments: str) -> str:
    """A failure that printed nothing but its one line."""
    assert result.exit_code == exit_code, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    line = error_line(result)
    for fragment in fragments:
        assert fragment in line
    return line


def table_rows(result: Result) -> list[list[str]]:
    """The words of each line of a table, without the rule under the header."""
    return [line.split() for line in result.stdout.splitlines() if line.strip(" ─")]


def page(items: Sequence[dict[str, Any]], total: int | None = None) -> httpx.Response:
    count = len(items)
    body = {"items": list(items), "total": count if total is None else total, "skip": 0}
    return httpx.Response(200, json={**body, "limit": max(count, 1)})


def sent_json(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.read())


def machine_json() -> dict[str, Any]:
    return {
        "id": MACHINE_ID, "unkey_key_id": "k", "status": "connected", "is_available": True,
        "alerts_enabled": False, "created_at": "2026-01-01T00:00:00Z",
        "last_seen": "2026-01-02T03:04:05.678Z", "name": "desk-1",
    }  # fmt: skip


def pool_json() -> dict[str, Any]:
    return {
        "id": POOL_ID, "name": "Clinic [east]", "organization_id": "org",
        "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
        "machine_count": 3,
    }  # fmt: skip


def workflow_json() -> dict[str, Any]:
    return {
        "id": WORKFLOW_ID, "name": "Fetch invoices", "main_prompt": "p",
        "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-03T00:00:00Z",
    }  # fmt: skip


def attachment_json(attachment_id: str, filename: str, size: int) -> dict[str, Any]:
    return {
        "id": attachment_id, "filename": filename, "content_type": "text/plain",
        "attachment_type": "output", "size_bytes": size, "run_id": RUN_ID,
        "storage_path": "x", "created_at": "2026-01-01T00:00:00Z",
    }  # fmt: skip


def statuses(*names: str, **final: Any) -> list[httpx.Response]:
    """GET answers for a run going through ``names``; ``final`` fields on the last one."""
    answers = [httpx.Response(200, json=run_json(name)) for name in names[:-1]]
    return [*answers, httpx.Response(200, json=run_json(names[-1], **final))]


# -- help, version and start-up ---------------------------------------------------------------


def test_help_lists_commands_exit_codes_and_env_vars_but_never_the_key(cli: Invoke) -> None:
    result = cli("--help")
    assert result.exit_code == 0
    for text in ("runs", "attachments", "machines", "pools", "workflows", "emulator"):
        assert text in result.stdout
    assert "CYBERDESK_API_KEY" in result.stdout and "CYBERDESK_BASE_URL" in result.stdout
    assert "Exit codes:" in result.stdout
    assert "3    timed out waiting for a run" in result.stdout
    for group in ("runs", "attachments", "machines", "pools", "workflows"):
        assert cli(group, "--help").exit_code == 0
    assert "--input KEY=VALUE" in cli("runs", "create", "--help").stdout


def test_version(cli: Invoke) -> None:
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.startswith("cyberdesk, version ")


def test_help_loads_neither_the_http_stack_nor_rich_consoles() -> None:
    code = (
        "import sys\n"
        "from cyberdesk.cli.app import cli\n"
        "try:\n"
        "    cli(['--help'], prog_name='cyberdesk')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('httpx', 'rich.console', 'cyberdesk.client.models', 'cyberdesk._client')\n"
        "print('LOADED', [name for name in heavy if name in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED []" in done.stderr


@pytest.mark.parametrize("package", ["click", "rich"])
def test_without_the_cli_extra_one_line_says_what_to_install(
    package: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, package, None)  # makes `import package` fail
    monkeypatch.delitem(sys.modules, "cyberdesk.cli.app")
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 2
    assert capsys.readouterr().err == (
        'cyberdesk: the command line needs Click and Rich: pip install "cyberdesk[cli]"\n'
    )


def test_the_script_entry_point_runs_the_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["cyberdesk", "--version"])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 0


# -- configuration and usage errors -----------------------------------------------------------


def test_a_missing_api_key_is_a_usage_error(cli: Invoke, api: respx.MockRouter) -> None:
    result = cli("runs", "list", env={"CYBERDESK_API_KEY": None})
    only_error(result, 2, "no API key", "CYBERDESK_API_KEY", "--api-key")
    assert not api.calls


def test_a_blank_api_key_counts_as_missing(cli: Invoke) -> None:
    only_error(cli("runs", "list", env={"CYBERDESK_API_KEY": "  "}), 2, "no API key")


def test_flags_override_the_environment(cli: Invoke) -> None:
    other_key = "cd_flag_key_1234567890"
    with respx.mock(base_url="https://eu.example.com") as router:
        route = router.get("/v1/runs").mock(return_value=page([run_json()]))
        result = cli(
            "--api-key", other_key, "--base-url", "https://eu.example.com", "runs", "list",
            env={"CYBERDESK_BASE_URL": "https://ignored.example.com"}, secret=other_key,
        )  # fmt: skip
    assert result.exit_code == 0
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {other_key}"


def test_the_base_url_comes_from_the_environment(cli: Invoke) -> None:
    with respx.mock(base_url="http://localhost:9999") as router:
        route = router.get("/v1/machines").mock(return_value=page([]))
        result = cli("machines", "list", env={"CYBERDESK_BASE_URL": "http://localhost:9999"})
    assert result.exit_code == 0 and route.called
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {KEY}"


def test_a_malformed_base_url_is_a_usage_error(cli: Invoke) -> None:
    only_error(cli("--base-url", "ftp://x", "runs", "list"), 2, "base_url must start with http")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["bogus"], "No such command 'bogus'. (see 'cyberdesk --help')"),
        (["runs", "get"], "Missing argument 'RUN_ID'. (see 'cyberdesk runs get --help')"),
        (["runs", "get", "not-a-uuid"], "'not-a-uuid' is not a valid UUID"),
        (["runs", "list", "--limit", "0"], "--limit"),
        (["runs", "create"], "Missing option '--workflow'"),
        (["attachments", "download", RUN_ID, "--type", "both"], "'both' is not one of"),
    ],
)
def test_usage_errors_are_one_line_with_exit_code_2(
    cli: Invoke, api: respx.MockRouter, args: list[str], fragment: str
) -> None:
    only_error(cli(*args), 2, fragment)
    assert not api.calls


def test_an_sdk_argument_check_is_a_usage_error(cli: Invoke, api: respx.MockRouter) -> None:
    only_error(cli("runs", "list", "--status", "finished"), 2, "status must be one of", "success")
    assert not api.calls


# -- API and network failures -----------------------------------------------------------------


def test_an_api_error_is_one_line_with_status_and_message(
    cli: Invoke, api: respx.MockRouter
) -> None:
    api.get(RUN_PATH).mock(return_value=httpx.Response(404, json={"detail": "Run not found"}))
    only_error(cli("runs", "get", RUN_ID), 1, "HTTP 404", "Run not found")


def test_a_422_lists_each_field_as_loc_and_msg(cli: Invoke, api: respx.MockRouter) -> None:
    api.post("/v1/runs").mock(
        return_value=httpx.Response(
            422,
            json={
                "detail": [
                    {"loc": ["body", "workflow_id"], "msg": "Field required", "type": "missing"},
                    {"loc": ["body", "input_values", "n"], "msg": "bad\nvalue", "type": "x"},
                ]
            },
        )
    )
    line = only_error(cli("runs", "create", "--workflow", WORKFLOW_ID), 1, "HTTP 422")
    assert line.endswith("body.workflow_id: Field required; body.input_values.n: bad value")


def test_a_401_says_where_the_key_comes_from(cli: Invoke, api: respx.MockRouter) -> None:
    api.get("/v1/runs").mock(return_value=httpx.Response(401, json={"detail": "Invalid key"}))
    only_error(cli("runs", "list"), 1, "HTTP 401", "Invalid key", "CYBERDESK_API_KEY")


def test_an_html_error_page_stays_on_one_line(cli: Invoke, api: respx.MockRouter) -> None:
    page_text = "<html>\n<body>\n  <h1>Bad gateway</h1>\n</body>\n</html>"
    api.get("/v1/pools").mock(return_value=httpx.Response(400, text=page_text))
    only_error(cli("pools", "list"), 1, "HTTP 400", "<h1>Bad gateway</h1>")


def test_a_key_echoed_by_the_server_is_redacted(cli: Invoke, api: respx.MockRouter) -> None:
    api.get("/v1/runs").mock(
        return_value=httpx.Response(400, json={"detail": f"key {KEY} is suspended"})
    )
    only_error(cli("runs", "list"), 1, "key <redacted> is suspended")


def test_a_network_failure_is_one_line_after_the_retries(
    cli: Invoke, api: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = api.get("/v1/workflows").mock(side_effect=httpx.ConnectError("connection refused"))
    only_error(cli("workflows", "list"), 1, "could not reach the API", "connection refused")
    assert route.call_count == 4 and len(sleeps) == 3


def test_ctrl_c_exits_130(cli: Invoke, api: respx.MockRouter) -> None:
    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    api.get(RUN_PATH).mock(side_effect=interrupt)
    result = cli("runs", "wait", RUN_ID)
    assert result.exit_code == 130 and error_line(result) == "Error: interrupted"


# -- runs list / get ----------------------------------------------------------------------------


def test_runs_list_prints_a_table_and_passes_the_filters(
    cli: Invoke, api: respx.MockRouter
) -> None:
    route = api.get("/v1/runs").mock(
        return_value=page([run_json("running", machine_id=None)], total=7)
    )
    result = cli("runs", "list", "--status", "running", "--workflow", WORKFLOW_ID, "--limit", "1")
    assert result.exit_code == 0
    header, row = table_rows(result)
    assert header == ["ID", "WORKFLOW", "MACHINE", "STATUS", "CREATED"]
    assert row == [RUN_ID, WORKFLOW_ID, "-", "running", "2026-01-01", "00:00:00Z"]
    assert result.stderr == "Showing 1 of 7 runs; see --limit.\n"
    params = route.calls.last.request.url.params
    assert params["status"] == "running" and params["workflow_id"] == WORKFLOW_ID
    assert params["limit"] == "1"


def test_runs_list_json_is_an_array_of_run_objects(cli: Invoke, api: respx.MockRouter) -> None:
    long_text = "x" * 300
    api.get("/v1/runs").mock(
        return_value=page([run_json("success", output_data={"note": long_text})])
    )
    result = cli("runs", "list", "--json")
    assert result.exit_code == 0 and result.stderr == ""
    runs = json.loads(result.stdout)
    assert runs[0]["id"] == RUN_ID and runs[0]["status"] == "success"
    assert runs[0]["output_data"] == {"note": long_text}
    assert "\x1b[" not in result.stdout


def test_an_empty_list_says_so_on_stderr(cli: Invoke, api: respx.MockRouter) -> None:
    api.get("/v1/runs").mock(return_value=page([]))
    result = cli("runs", "list")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == "No runs.\n"
    assert json.loads(cli("runs", "list", "--json").stdout) == []


def test_runs_get_shows_the_run(cli: Invoke, api: respx.MockRouter) -> None:
    run = run_json(
        "task_failed", error=["Login failed", "Gave up"], output_data={"total": 3},
        pool_ids=[POOL_ID], input_values={"patient": "[b]Ada[/b]"},
    )  # fmt: skip
    api.get(RUN_PATH).mock(return_value=httpx.Response(200, json=run))
    result = cli("runs", "get", RUN_ID)
    assert result.exit_code == 0
    lines = {line.split(None, 1)[0]: line.split(None, 1)[1] for line in result.stdout.splitlines()}
    assert lines["id"] == RUN_ID and lines["status"] == "task_failed"
    assert lines["error"] == "Login failed, Gave up" and lines["pools"] == POOL_ID
    assert lines["output"] == '{"total": 3}'
    assert lines["inputs"] == '{"patient": "[b]Ada[/b]"}'  # API text is never Rich markup
    assert json.loads(cli("runs", "get", RUN_ID, "--json").stdout) == {
        **run, "created_at": "2026-01-01T00:00:00+00:00"
    }  # fmt: skip


# -- runs create --------------------------------------------------------------------------------


def test_runs_create_sends_the_workflow_machine_and_parsed_inputs(
    cli: Invoke, api: respx.MockRouter, tmp_path: Path
) -> None:
    route = api.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
    inputs = tmp_path / "inputs.json"
    inputs.write_text(json.dumps({"patient": "from file", "count": 1, "kept": [1, 2]}))
    result = cli(
        "runs", "create", "--workflow", WORKFLOW_ID, "--machine", MACHINE_ID,
        "--input-json", str(inputs), "--input", "count=3", "--input", "flag=true",
        "--input", "name=Ada Lovelace", "--input", 'zip="02139"', "--input", "expr=a=b",
        "--input", "ratio=NaN", "--input", "empty=",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert sent_json(route) == {
        "workflow_id": WORKFLOW_ID,
        "machine_id": MACHINE_ID,
        "input_values": {
            "patient": "from file", "count": 3, "kept": [1, 2], "flag": True,
            "name": "Ada Lovelace", "zip": "02139", "expr": "a=b", "ratio": "NaN", "empty": "",
        },
    }  # fmt: skip
    assert "scheduling" in result.stdout and RUN_ID in result.stdout


def test_runs_create_reads_inputs_from_stdin_and_targets_pools(
    cli: Invoke, api: respx.MockRouter
) -> None:
    route = api.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
    result = cli(
        "runs", "create", "--workflow", WORKFLOW_ID, "--pool", POOL_ID, "--pool", MACHINE_ID,
        "--input-json", "-", "--json", input='{"a": {"b": null}}',
    )  # fmt: skip
    assert result.exit_code == 0
    body = sent_json(route)
    assert body["pool_ids"] == [POOL_ID, MACHINE_ID] and body["input_values"] == {"a": {"b": None}}
    assert "machine_id" not in body
    assert json.loads(result.stdout)["id"] == RUN_ID


@pytest.mark.parametrize(
    ("args", "stdin", "fragment"),
    [
        (["--machine", MACHINE_ID, "--pool", POOL_ID], None, "--machine and --pool cannot"),
        (["--input", "no-equals-sign"], None, "'no-equals-sign' is not KEY=VALUE"),
        (["--input", "=3"], None, "'=3' is not KEY=VALUE"),
        (["--input-json", "-"], "[1, 2]", "must hold a JSON object, not list"),
        (["--input-json", "-"], "{oops", "is not valid JSON"),
        (["--input-json", "-"], '{"n": NaN}', "is not valid JSON"),
        (["--input-json", "missing.json"], None, "'missing.json'"),
    ],
)
def test_runs_create_rejects_bad_arguments_before_sending(
    cli: Invoke, api: respx.MockRouter, args: list[str], stdin: str | None, fragment: str
) -> None:
    result = cli("runs", "create", "--workflow", WORKFLOW_ID, *args, input=stdin)
    only_error(result, 2, fragment)
    assert not api.calls


def test_runs_create_wait_shows_the_status_and_prints_the_output(
    cli: Invoke, api: respx.MockRouter
) -> None:
    api.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
    api.get(RUN_PATH).mock(
        side_effect=statuses("scheduling", "running", "success", output_data={"total": 42})
    )
    result = cli("runs", "create", "--workflow", WORKFLOW_ID, "--wait")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"total": 42}
    assert result.stderr.splitlines() == [
        f"Created run {RUN_ID}",
        f"Waiting for run {RUN_ID}",
        f"run {RUN_ID}: scheduling",
        f"run {RUN_ID}: running",
        f"run {RUN_ID}: success",
    ]


def test_runs_create_wait_json_prints_the_whole_run(cli: Invoke, api: respx.MockRouter) -> None:
    api.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
    api.get(RUN_PATH).mock(side_effect=statuses("success", output_data={"total": 42}))
    result = cli("runs", "create", "--workflow", WORKFLOW_ID, "--wait", "--json")
    assert result.exit_code == 0
    run = json.loads(result.stdout)
    assert run["status"] == "success" and run["output_data"] == {"total": 42}


def test_runs_create_wait_fails_with_the_runs_errors(cli: Invoke, api: respx.MockRouter) -> None:
    api.post("/v1/runs").mock(return_value=httpx.Response(201, json=run_json()))
    api.get(RUN_PATH).mock(
        side_effect=statuses("running", "task_failed", error=["Login failed", "Gave up"])
    )
    result = cli("runs", "create", "--workflow", WORKFLOW_ID, "--wait")
    assert result.exit_code == 1 and result.stdout == ""
    assert error_line(result) == f"Error: run {RUN_ID} ended task_failed: Login failed, Gave up"


# -- runs wait / cancel -------------------------------------------------------------------------


def test_runs_wait_reports_each_status_and_shows_the_run(
    cli: Invoke, api: respx.MockRouter, sleeps: Sleeps
) -> None:
    api.get(RUN_PATH).mock(
        side_effect=statuses("scheduling", "running", "running", "success", output_data={"a": 1})
    )
    result = cli("runs", "wait", RUN_ID)
    assert result.exit_code == 0
    assert f"run {RUN_ID}: running" in result.stderr.splitlines()
    assert result.stderr.count("running") == 1  # a line per change, not per poll
    assert "success" in result.stdout and '{"a": 1}' in result.stdout
    assert sleeps == [1, 1.5, 2.25]


def test_runs_wait_json_is_the_run(cli: Invoke, api: respx.MockRouter) -> None:
    api.get(RUN_PATH).mock(side_effect=statuses("success"))
    result = cli("runs", "wait", RUN_ID, "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["status"] == "success"


@pytest.mark.parametrize(
    ("status", "errors", "message"),
    [
        ("error", ["Machine lost"], "ended error: Machine lost"),
        ("cancelled", None, "ended cancelled: no error message"),
    ],
)
def test_runs_wait_exits_1_when_the_run_did_not_succeed(
    cli: Invoke, api: respx.MockRouter, status: str, errors: list[str] | None, message: str
) -> None:
    api.get(RUN_PATH).mock(side_effect=statuses("running", status, error=errors))
    result = cli("runs", "wait", RUN_ID, "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["status"] == status
    assert error_line(result).endswith(message)


def test_runs_wait_timeout_has_its_own_exit_code(
    cli: Invoke, api: respx.MockRouter, sleeps: Sleeps
) -> None:
    api.get(RUN_PATH).mock(return_value=httpx.Response(200, json=run_json("running")))
    result = cli("runs", "wait", RUN_ID, "--timeout", "5")
    assert result.exit_code == 3 and result.stdout == ""
    assert error_line(result) == (
        f"Error: run {RUN_ID} was still running after 5 s of waiting; it keeps going on the server"
    )
    assert sum(sleeps) == 5


def test_runs_wait_on_a_missing_run_fails_at_once(cli: Invoke, api: respx.MockRouter) -> None:
    api.get(RUN_PATH).mock(return_value=httpx.Response(404, json={"detail": "Run not found"}))
    result = cli("runs", "wait", RUN_ID)
    assert result.exit_code == 1 and "HTTP 404" in error_line(result)


def test_runs_cancel(cli: Invoke, api: respx.MockRouter) -> None:
    route = api.patch(RUN_PATH).mock(return_value=httpx.Response(200, json=run_json("cancelled")))
    result = cli("runs", "cancel", RUN_ID)
    assert result.exit_code == 0 and result.stdout == f"run {RUN_ID}: cancelled\n"
    assert sent_json(route) == {"status": "cancelled"}
    assert json.loads(cli("runs", "cancel", RUN_ID, "--json").stdout)["status"] == "cancelled"


# -- attachments download -----------------------------------------------------------------------


def mock_attachments(api: respx.MockRouter, files: dict[str, tuple[str, bytes]]) -> respx.Route:
    """Lists ``files`` (id -> (name, content)) and serves each one's metadata and bytes."""
    listed = [attachment_json(i, name, len(data)) for i, (name, data) in files.items()]
    for attachment, (_, data) in zip(listed, files.values(), strict=True):
        path = f"/v1/run-attachments/{attachment['id']}"
        api.get(path).mock(return_value=httpx.Response(200, json=attachment))
        api.get(f"{path}/download").mock(return_value=httpx.Response(200, content=data))
    return api.get("/v1/run-attachments").mock(return_value=page(listed))


def test_download_saves_every_output_file_with_a_progress_bar_each(
    cli: Invoke, api: respx.MockRouter, tmp_path: Path
) -> None:
    listing = mock_attachments(
        api,
        {ATTACHMENT_ID: ("report.txt", b"hello world"), OTHER_ATTACHMENT_ID: ("../x.csv", b"a,b")},
    )
    target = tmp_path / "new" / "dir"
    result = cli("attachments", "download", RUN_ID, "--dir", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [str(target / "report.txt"), str(target / "x.csv")]
    assert (target / "report.txt").read_bytes() == b"hello world"
    assert (target / "x.csv").read_bytes() == b"a,b"
    bars = result.stderr.splitlines()
    assert "report.txt" in bars[0] and "100%" in bars[0] and "11/11 bytes" in bars[0]
    assert "../x.csv" in bars[1] and "100%" in bars[1]
    params = listing.calls.last.request.url.params
    assert params["run_id"] == RUN_ID and params["attachment_type"] == "output"


@pytest.mark.parametrize(("kind", "sent"), [("input", "input"), ("all", None)])
def test_download_type_selects_the_attachments(
    cli: Invoke, api: respx.MockRouter, tmp_path: Path, kind: str, sent: str | None
) -> None:
    listing = mock_attachments(api, {ATTACHMENT_ID: ("in.txt", b"x")})
    result = cli("attachments", "download", RUN_ID, "--type", kind, "--dir", str(tmp_path))
    assert result.exit_code == 0 and result.stdout == f"{tmp_path / 'in.txt'}\n"
    assert listing.calls.last.request.url.params.get("attachment_type") == sent


def test_download_goes_through_every_page_of_attachments(
    cli: Invoke, api: respx.MockRouter, tmp_path: Path
) -> None:
    files = {ATTACHMENT_ID: ("a.txt", b"a"), OTHER_ATTACHMENT_ID: ("b.txt", b"b")}
    mock_attachments(api, files)
    first, second = (attachment_json(i, name, 1) for i, (name, _) in files.items())
    # The API may answer fewer items than asked for: the total says whether more follow.
    listing = api.get("/v1/run-attachments").mock(
        side_effect=[page([first], total=2), page([second], total=2)]
    )
    result = cli("attachments", "download", RUN_ID, "--dir", str(tmp_path))
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
    assert [c.request.url.params["skip"] for c in listing.calls] == ["0", "1"]


def test_download_with_nothing_to_download(cli: Invoke, api: respx.MockRouter) -> None:
    api.get("/v1/run-attachments").mock(return_value=page([]))
    result = cli("attachments", "download", RUN_ID)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"Run {RUN_ID} has no output attachments.\n"


def test_a_failed_download_still_lists_the_files_already_saved(
    cli: Invoke, api: respx.MockRouter, tmp_path: Path
) -> None:
    mock_attachments(api, {ATTACHMENT_ID: ("a.txt", b"a"), OTHER_ATTACHMENT_ID: ("b.txt", b"b")})
    api.get(f"/v1/run-attachments/{OTHER_ATTACHMENT_ID}/download").mock(
        return_value=httpx.Response(404, json={"detail": "Attachment expired"})
    )
    result = cli("attachments", "download", RUN_ID, "--dir", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == f"{tmp_path / 'a.txt'}\n"
    assert "Attachment expired" in error_line(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


# -- machines, pools, workflows -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "item", "header", "row"),
    [
        (
            "machines", machine_json(), ["ID", "NAME", "STATUS", "AVAILABLE", "LAST", "SEEN"],
            [MACHINE_ID, "desk-1", "connected", "yes", "2026-01-02", "03:04:05Z"],
        ),
        (
            "pools", pool_json(), ["ID", "NAME", "MACHINES", "DESCRIPTION"],
            [POOL_ID, "Clinic", "[east]", "3", "-"],
        ),
        (
            "workflows", workflow_json(), ["ID", "NAME", "UPDATED"],
            [WORKFLOW_ID, "Fetch", "invoices", "2026-01-03", "00:00:00Z"],
        ),
    ],
)  # fmt: skip
def test_lists_print_a_table_or_json(
    cli: Invoke,
    api: respx.MockRouter,
    noun: str,
    item: dict[str, Any],
    header: list[str],
    row: list[str],
) -> None:
    route = api.get(f"/v1/{noun}").mock(return_value=page([item]))
    result = cli(noun, "list", "--limit", "5")
    assert result.exit_code == 0 and result.stderr == ""
    assert table_rows(result) == [header, row]
    assert route.calls.last.request.url.params["limit"] == "5"
    listed = json.loads(cli(noun, "list", "--json").stdout)
    assert [entry["id"] for entry in listed] == [item["id"]]


# -- the emulator subcommand --------------------------------------------------------------------


def test_emulator_passes_its_arguments_to_the_emulator(cli: Invoke) -> None:
    pytest.importorskip("uvicorn")
    result = cli("emulator", "--help")
    assert result.exit_code == 0 and "cyberdesk-emulator" in result.stdout
    assert "--machines" in result.stdout


def test_emulator_missing_from_the_installation(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "cyberdesk.emulator.__main__", None)
    only_error(cli("emulator"), 2, "this installation of cyberdesk has no emulator")


# -- end to end, against the local emulator -----------------------------------------------------

EMULATOR_KEY = "cd_emulator_key_5a4b3c2d1e"


@pytest.fixture
def emulated() -> Iterator[tuple[Any, str]]:
    """An emulator whose clock moves only when the CLI "sleeps" between polls."""
    emulator = pytest.importorskip("cyberdesk.emulator")
    emu = emulator.Emulator(api_key=EMULATOR_KEY, seed=0, machines=2, clock=lambda: 1000.0)
    with emulator.EmulatorServer(emu) as server:
        yield emu, server.base_url


@pytest.fixture
def on_emulator(cli: Invoke, emulated: tuple[Any, str]) -> Invoke:
    """``cyberdesk ARGS`` pointed at the emulator, its key in the environment."""
    emu, base_url = emulated

    def invoke(*args: str) -> Result:
        return cli(
            "--base-url", base_url, *args,
            env={"CYBERDESK_API_KEY": EMULATOR_KEY}, sleep=emu.advance, secret=EMULATOR_KEY,
        )  # fmt: skip

    return invoke


def emulated_workflow(emulated: tuple[Any, str], **behavior: Any) -> str:
    emu, base_url = emulated
    with CyberdeskClient(EMULATOR_KEY, base_url=base_url) as client:
        workflow = client.workflows.create_sync({"name": "Invoices", "main_prompt": "p"}).unwrap()
    emu.set_workflow_behavior(workflow.id, **behavior)
    return str(workflow.id)


def test_e2e_create_and_wait_prints_the_output(
    on_emulator: Invoke, emulated: tuple[Any, str]
) -> None:
    workflow = emulated_workflow(emulated, outputs={"total": 42})
    machine = str(emulated[0].machines[0].id)
    result = on_emulator(
        "runs", "create", "--workflow", workflow, "--machine", machine, "--input", "n=3", "--wait"
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"total": 42}
    run_id = result.stderr.splitlines()[0].removeprefix("Created run ")
    assert result.stderr.splitlines()[-1] == f"run {run_id}: success"
    shown = json.loads(on_emulator("runs", "get", run_id, "--json").stdout)
    assert shown["machine_id"] == machine and shown["input_values"] == {"n": 3}
    listed = json.loads(on_emulator("runs", "list", "--workflow", workflow, "--json").stdout)
    assert [run["id"] for run in listed] == [run_id]


def test_e2e_a_failed_run_exits_1_with_its_errors(
    on_emulator: Invoke, emulated: tuple[Any, str]
) -> None:
    workflow = emulated_workflow(emulated, status="task_failed", error=["Login failed"])
    result = on_emulator("runs", "create", "--workflow", workflow, "--wait")
    assert result.exit_code == 1 and result.stdout == ""
    assert error_line(result).endswith("ended task_failed: Login failed")


def test_e2e_wait_times_out_and_cancel_stops_the_run(
    on_emulator: Invoke, emulated: tuple[Any, str]
) -> None:
    workflow = emulated_workflow(emulated, duration=3600)
    run_id = json.loads(on_emulator("runs", "create", "--workflow", workflow, "--json").stdout)[
        "id"
    ]
    waited = on_emulator("runs", "wait", run_id, "--timeout", "30")
    assert waited.exit_code == 3 and "still running after 30 s" in error_line(waited)
    assert on_emulator("runs", "cancel", run_id).stdout == f"run {run_id}: cancelled\n"
    assert on_emulator("runs", "wait", run_id).exit_code == 1


def test_e2e_download_saves_the_output_files(
    on_emulator: Invoke, emulated: tuple[Any, str], tmp_path: Path
) -> None:
    files = {"report.txt": b"hello", "data.csv": b"a,b\n1,2\n"}
    workflow = emulated_workflow(emulated, output_files=files)
    run = on_emulator("runs", "create", "--workflow", workflow, "--wait", "--json")
    run_id = json.loads(run.stdout)["id"]
    result = on_emulator("attachments", "download", run_id, "--dir", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    saved = {Path(line).name: Path(line).read_bytes() for line in result.stdout.splitlines()}
    assert saved == files


def test_e2e_lists_show_the_seeded_machines_and_pool(
    on_emulator: Invoke, emulated: tuple[Any, str]
) -> None:
    emu = emulated[0]
    machines = json.loads(on_emulator("machines", "list", "--json").stdout)
    assert {m["id"] for m in machines} == {str(m.id) for m in emu.machines}
    pools = on_emulator("pools", "list")
    assert str(emu.pools[0].id) in pools.stdout and "Emulator Pool" in pools.stdout
    workflow = emulated_workflow(emulated)
    assert workflow in on_emulator("workflows", "list").stdout


def test_e2e_an_unknown_run_is_one_line(on_emulator: Invoke) -> None:
    only_error(on_emulator("runs", "get", RUN_ID), 1, "HTTP 404")
