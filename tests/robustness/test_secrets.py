"""Secrets stay secret: the API key, sensitive inputs, model API keys and webhook secrets
never show in a repr, a str, an error, a log record (any level, the SDK's, httpx's and
httpcore's) or the test output, through real calls against the emulator that succeed,
fail, get rejected and get cut off.

Also: no ``Authorization`` header follows a redirect to another origin, TLS is verified
unless the caller says otherwise, and ``save_to_file`` never writes outside its directory
whatever name the server gives the file.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import shutil
import ssl
import subprocess
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import respx

import cyberdesk.client.models as models
from cyberdesk import (
    APIConnectionError,
    AuthenticationError,
    CyberdeskClient,
    InternalServerError,
    RetryConfig,
)
from cyberdesk.emulator import Emulator, EmulatorServer
from cyberdesk.webhooks import WebhookSecret, WebhookVerificationError, construct_event

from .conftest import FrozenClock, RecordingServer

KEY = "cd_live_SECRETKEY_c0ffee_4b1d9e"
WRONG_KEY = "cd_live_WRONGKEY_deadbeef_77"
RUN_SECRET = "run-password-S3CR3T-91aa"
RETRY_SECRET = "retry-password-S3CR3T-3c0d"
BULK_SECRET = "bulk-password-S3CR3T-5e6f"
SHARED_SECRET = "chain-shared-token-S3CR3T-0b7e"
STEP_SECRET = "chain-step-pin-S3CR3T-1d2c"
MODEL_KEY = "sk-model-config-S3CR3T-8f8f"
POOL_SECRET = "pool-param-S3CR3T-6a6a"
WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"webhook-S3CR3T-key-0123456789").decode()


SECRETS = {
    "api key": KEY,
    "api key of the 401 call": WRONG_KEY,
    "sensitive_input_values": RUN_SECRET,
    "sensitive_input_values of a retry": RETRY_SECRET,
    "sensitive_input_values of a bulk create": BULK_SECRET,
    "shared_sensitive_inputs": SHARED_SECRET,
    "chain step sensitive_inputs": STEP_SECRET,
    "model configuration api_key": MODEL_KEY,
    "pool_sensitive_parameters": POOL_SECRET,
    "webhook secret": WEBHOOK_SECRET,
    "webhook secret, base64 part": WEBHOOK_SECRET.removeprefix("whsec_"),
}


class Evidence:
    """Everything a secret could leak into, gathered as text."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def add(self, where: str, obj: Any) -> None:
        self.texts.append((f"repr({where})", repr(obj)))
        self.texts.append((f"str({where})", str(obj)))
        if isinstance(obj, BaseException):
            self.texts.append((f"traceback({where})", "".join(traceback.format_exception(obj))))
        error = getattr(obj, "error", None)
        if error is not None and obj is not error:
            self.add(f"{where}.error", error)
            for attr in ("body", "headers", "detail", "message"):
                if hasattr(error, attr):
                    self.texts.append((f"{where}.error.{attr}", repr(getattr(error, attr))))

    def raised(self, where: str, response: Any) -> None:
        """What ``unwrap()`` raises, as a caller would see it."""
        try:
            response.unwrap()
        except BaseException as exc:
            self.add(f"{where}.unwrap()", exc)

    def leaks(self) -> list[str]:
        return [
            f"{name} in {where}: ...{text[max(0, text.find(secret) - 80) : text.find(secret)]}"
            for where, text in self.texts
            for name, secret in SECRETS.items()
            if secret in text
        ]


class CaptureAll(logging.Handler):
    """Every record, formatted with its traceback, from every logger that propagates."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.lines.append(self.format(record) + f" args={record.args!r}")


@pytest.fixture
def all_logs() -> Iterator[CaptureAll]:
    handler = CaptureAll()
    names = ["", "cyberdesk", "cyberdesk.emulator", "httpx", "httpcore", "uvicorn", "uvicorn.error"]
    loggers = [logging.getLogger(n) for n in names]
    saved = [(lg, lg.level) for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
    for name in ("", "uvicorn", "uvicorn.error"):  # uvicorn's loggers do not propagate
        logging.getLogger(name).addHandler(handler)
    try:
        yield handler
    finally:
        for name in ("", "uvicorn", "uvicorn.error"):
            logging.getLogger(name).removeHandler(handler)
        for lg, level in saved:
            lg.setLevel(level)


def test_no_secret_leaks_from_real_calls(
    all_logs: CaptureAll, capsys: pytest.CaptureFixture[str]
) -> None:
    evidence = Evidence()
    clock = FrozenClock()
    with RecordingServer(lambda method, path: (204, {}, b"")) as receiver:
        emu = Emulator(
            api_key=KEY,
            seed=3,
            clock=clock,
            webhook_url=receiver.url,
            webhook_secret=WEBHOOK_SECRET,
            webhook_backoff=0.0,
            tick_interval=3600,  # no background deliveries: the test delivers, below
        )
        with warnings.catch_warnings(record=True) as caught, EmulatorServer(emu) as server:
            warnings.simplefilter("always")
            _drive(server, emu, evidence)
            delivered = asyncio.run(emu.deliver_webhooks())
            deliveries = [
                (r[2], body) for r, body in zip(receiver.requests, receiver.bodies, strict=True)
            ]
            _webhooks(deliveries, evidence)
        for warning in caught:
            evidence.texts.append(("warning", str(warning.message)))
    assert delivered == len(receiver.bodies) >= 6, "run_complete webhooks were not delivered"
    # Print what a user would print, then read back all the test wrote to its output.
    for where, text in evidence.texts:
        print(where, text[:2000])
    out = capsys.readouterr()
    evidence.texts.append(("captured stdout", out.out))
    evidence.texts.append(("captured stderr", out.err))
    evidence.texts.extend(("log record", line) for line in all_logs.lines)

    assert all_logs.count > 50, "the DEBUG records of cyberdesk/httpx/httpcore were not captured"
    assert any(line.startswith("cyberdesk INFO retrying") for line in all_logs.lines)
    assert any(line.startswith("httpcore.") for line in all_logs.lines)
    leaks = evidence.leaks()
    assert not leaks, "secrets leaked:\n" + "\n".join(leaks[:20])


def _drive(server: EmulatorServer, emu: Emulator, evidence: Evidence) -> None:
    fast = RetryConfig(max_retries=1, sleep=lambda s: None)
    client = CyberdeskClient(KEY, base_url=server.base_url, retry=fast)
    evidence.add("client", client)
    for name in dir(type(client)):
        if not name.startswith("_") and name not in ("base_url", "close", "aclose"):
            evidence.add(f"client.{name}", getattr(client, name))
    workflow = client.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
    wf = str(workflow.id)

    bodies: dict[str, Any] = {
        "RunCreate": models.RunCreate.from_dict(
            {
                "workflow_id": wf,
                "input_values": {"a": 1},
                "sensitive_input_values": {"pw": RUN_SECRET},
            }
        ),
        "WorkflowChainCreate": models.WorkflowChainCreate.from_dict(
            {
                "steps": [
                    {"workflow_id": wf, "sensitive_inputs": {"pin": STEP_SECRET}},
                    {"workflow_id": wf},
                ],
                "shared_sensitive_inputs": {"token": SHARED_SECRET},
            }
        ),
        "RunBulkCreate": models.RunBulkCreate.from_dict(
            {"workflow_id": wf, "count": 2, "sensitive_input_values": {"pw": BULK_SECRET}}
        ),
        "ModelConfigurationCreate": models.ModelConfigurationCreate.from_dict(
            {"name": "m", "provider": "anthropic", "model": "claude", "api_key": MODEL_KEY}
        ),
        "ModelConfigurationUpdate": models.ModelConfigurationUpdate.from_dict(
            {"api_key": MODEL_KEY}
        ),
        "PoolCreate": models.PoolCreate.from_dict(
            {"name": "p", "pool_sensitive_parameters": {"pw": POOL_SECRET}}
        ),
        "RunRetry": models.RunRetry.from_dict({"sensitive_input_values": {"pw": RETRY_SECRET}}),
    }
    # The scan can fail: the wire form of a body carries its secrets, and is caught.
    canary = Evidence()
    canary.add("wire form", {name: body.to_dict() for name, body in bodies.items()})
    assert len({leak.split(" in ")[0] for leak in canary.leaks()}) == 7
    for name, body in bodies.items():
        evidence.add(name, body)
        for field in ("steps",):
            for i, step in enumerate(getattr(body, field, None) or []):
                evidence.add(f"{name}.{field}[{i}]", step)

    calls: dict[str, Any] = {
        "runs.create": client.runs.create_sync(bodies["RunCreate"]),
        "runs.create(dict)": client.runs.create_sync(
            {"workflow_id": wf, "sensitive_input_values": {"pw": RUN_SECRET}}
        ),
        "runs.chain": client.runs.chain_sync(bodies["WorkflowChainCreate"]),
        "runs.bulk_create": client.runs.bulk_create_sync(bodies["RunBulkCreate"]),
        "model_configurations.create": client.model_configurations.create_sync(
            bodies["ModelConfigurationCreate"]
        ),
        "pools.create": client.pools.create_sync(bodies["PoolCreate"]),
    }
    run_id = calls["runs.create"].unwrap().id
    emu.advance(30)  # every run ends: the webhooks go out, retry becomes possible
    calls["runs.retry"] = client.runs.retry_sync(run_id, bodies["RunRetry"])
    calls["runs.get"] = client.runs.get_sync(run_id)
    calls["runs.list"] = client.runs.list_sync()
    config_id = calls["model_configurations.create"].unwrap().id
    calls["model_configurations.update"] = client.model_configurations.update_sync(
        config_id, bodies["ModelConfigurationUpdate"]
    )

    # Failures carrying secrets: rejected (422), refused (503), cut off (dropped), async.
    calls["422"] = client.runs.create_sync(
        {
            "workflow_id": wf,
            "sensitive_input_values": {"pw": RUN_SECRET},
            "file_inputs": [{"filename": "f", "content": "not base64 %%"}],
        }
    )
    emu.faults.error_rate("POST /v1/runs", 1.0, status=503, times=2)
    calls["503"] = client.runs.create_sync(bodies["RunCreate"])
    emu.faults.drop_after_commit("POST /v1/runs/chain", times=2)
    calls["dropped"] = client.runs.chain_sync(bodies["WorkflowChainCreate"])
    emu.faults.drop("POST /v1/model-configurations", times=2)
    calls["dropped-before"] = client.model_configurations.create_sync(
        bodies["ModelConfigurationCreate"]
    )

    async def in_a_loop() -> Any:
        async with CyberdeskClient(KEY, base_url=server.base_url, retry=fast) as aclient:
            emu.faults.drop_after_commit("POST /v1/runs", times=2)
            return await aclient.runs.create(bodies["RunCreate"])

    calls["async dropped"] = asyncio.run(in_a_loop())
    wrong = CyberdeskClient(WRONG_KEY, base_url=server.base_url, retry=fast)
    evidence.add("client(wrong key)", wrong)
    calls["401"] = wrong.runs.create_sync(bodies["RunCreate"])
    wrong.close()
    client.close()

    assert calls["422"].status_code == 422
    assert type(calls["503"].error) is InternalServerError
    assert type(calls["dropped"].error) is APIConnectionError
    assert type(calls["dropped-before"].error) is APIConnectionError
    assert type(calls["async dropped"].error) is APIConnectionError
    assert type(calls["401"].error) is AuthenticationError
    for name, response in calls.items():
        evidence.add(name, response)
        evidence.raised(name, response)
    failures = {"422", "503", "dropped", "dropped-before", "async dropped", "401"}
    assert {name for name, r in calls.items() if r.ok} == set(calls) - failures


def _webhooks(deliveries: list[tuple[dict[str, str], bytes]], evidence: Evidence) -> None:
    secret = WebhookSecret(WEBHOOK_SECRET)
    evidence.add("WebhookSecret", secret)
    for headers, body in deliveries:
        event = construct_event(body, headers, secret)
        evidence.add("webhook event", event)
        tampered = body.replace(b'"success"', b'"error"')
        for attempt, (payload, key) in {
            "tampered body": (tampered, WEBHOOK_SECRET),
            "wrong secret": (body, "whsec_" + base64.b64encode(b"other").decode()),
            "no signature": (body, secret),
        }.items():
            if attempt == "no signature":
                headers = {k: v for k, v in headers.items() if "signature" not in k.lower()}
            with pytest.raises(WebhookVerificationError) as caught:
                construct_event(payload, headers, key)
            evidence.add(f"webhook {attempt}", caught.value)
    with pytest.raises(WebhookVerificationError) as bad:
        WebhookSecret(WEBHOOK_SECRET + "!!")  # mistyped: not base64
    evidence.add("WebhookSecret(bad)", bad.value)
    # The run payload names the sensitive inputs but never carries them.
    assert all(RUN_SECRET.encode() not in body for _, body in deliveries)


@pytest.mark.parametrize(
    ("field", "bug"),
    [
        pytest.param("api_key", None, id="api_key"),
        pytest.param("aws_secret_access_key", None, id="aws_secret_access_key"),
        pytest.param(
            "service_account_json",
            None,
            id="service_account_json",
        ),
    ],
)
def test_provider_credential_secrets_are_redacted(
    field: str, bug: str | None, request: pytest.FixtureRequest
) -> None:
    if bug:
        request.applymarker(pytest.mark.xfail(strict=True, reason=bug))
    secret = '{"type": "service_account", "private_key": "-----BEGIN S3CR3T-----"}'
    body = models.ProviderCredentialUpsert.from_dict({field: secret})
    assert "S3CR3T" not in repr(body) and "S3CR3T" not in str(body)


# -- redirects --------------------------------------------------------------------------------


@pytest.mark.parametrize("follow_redirects", [False, True], ids=["default", "follow_redirects"])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_authorization_never_follows_a_redirect_to_another_origin(
    follow_redirects: bool, method: str
) -> None:
    with RecordingServer() as other:

        def redirect(verb: str, path: str) -> tuple[int, dict[str, str], bytes]:
            return 307, {"Location": f"http://localhost:{other.port}/v1/stolen"}, b""

        with (
            RecordingServer(redirect) as api,
            CyberdeskClient(
                KEY,
                base_url=api.url,
                follow_redirects=follow_redirects,
                retry=RetryConfig(max_retries=0),
            ) as client,
        ):
            if method == "GET":
                response = client.runs.list_sync()
            else:
                response = client.runs.create_sync(
                    {
                        "workflow_id": "550e8400-e29b-41d4-a716-446655440000",
                        "sensitive_input_values": {"pw": RUN_SECRET},
                    }
                )
    assert api.requests and api.requests[0][2]["Authorization"] == f"Bearer {KEY}"
    if follow_redirects:
        assert other.requests, "the caller asked to follow redirects"
        for _, _, headers in other.requests:
            assert "Authorization" not in headers
            assert KEY not in json.dumps(headers)
    else:
        assert other.requests == []
        assert response.status_code == 307 and response.error is not None
        assert "307" in str(response.error)


# -- TLS ----------------------------------------------------------------------------------------


def _ssl_context_of(transport: Any) -> ssl.SSLContext:
    context: ssl.SSLContext = transport._pool._ssl_context  # httpx -> httpcore internals
    return context


def test_tls_is_verified_by_default_in_both_pools() -> None:
    client = CyberdeskClient(KEY)

    async def async_context() -> ssl.SSLContext:
        return _ssl_context_of(client._http.async_client()._transport)

    for context in (
        _ssl_context_of(client._http.sync_client()._transport),
        asyncio.run(async_context()),
    ):
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
    client.close()
    off = CyberdeskClient(KEY, verify=False)
    assert _ssl_context_of(off._http.sync_client()._transport).verify_mode == ssl.CERT_NONE
    off.close()


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def test_a_self_signed_server_is_refused_unless_verification_is_turned_off(
    self_signed: tuple[Path, Path],
) -> None:
    cert, key = self_signed
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    with RecordingServer(tls=server_context) as api:
        url = api.url
        retry = RetryConfig(max_retries=0)
        with CyberdeskClient(KEY, base_url=url, retry=retry) as default:
            refused = default.health.check_sync()
        assert type(refused.error) is APIConnectionError
        assert "CERTIFICATE_VERIFY_FAILED" in str(refused.error)
        assert api.requests == []  # the key never reached the unverified server
        trusted = ssl.create_default_context(cafile=str(cert))
        with CyberdeskClient(KEY, base_url=url, retry=retry, verify=trusted) as pinned:
            assert pinned.health.check_sync().status_code == 200
        with CyberdeskClient(KEY, base_url=url, retry=retry, verify=False) as insecure:
            assert insecure.health.check_sync().status_code == 200
    assert len(api.requests) == 2


# -- save_to_file with a hostile filename --------------------------------------------------------

HOSTILE_NAMES = [
    "../../escaped.txt",
    "/etc/cron.d/escaped",
    "a/../../escaped.txt",
    "..\\..\\escaped.txt",
    "C:\\Windows\\System32\\escaped.dll",
    "..",
    ".",
    "",
    "sub/dir/",
    ".bashrc",
    "CON",
    "..\uff0fescaped",  # a fullwidth solidus: not a separator
    "x" * 300 + ".txt",
    "%2e%2e%2fescaped",
]


def _files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def attachment_server() -> Iterator[tuple[EmulatorServer, str]]:
    emu = Emulator(api_key=KEY, seed=9, clock=FrozenClock())
    with EmulatorServer(emu) as server:
        with CyberdeskClient(KEY, base_url=server.base_url) as client:
            workflow = client.workflows.create_sync({"name": "w", "main_prompt": "p"}).unwrap()
        yield server, str(workflow.id)


def _attach(client: CyberdeskClient, workflow_id: str, name: str, data: bytes) -> Any:
    content = base64.b64encode(data).decode()
    run = client.runs.create_sync(
        {"workflow_id": workflow_id, "file_inputs": [{"filename": name, "content": content}]}
    ).unwrap()
    (attachment,) = client.run_attachments.list_sync(run_id=run.id).unwrap().items
    assert attachment.filename == name  # the emulator kept the hostile name as given
    return attachment


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_save_to_file_never_writes_outside_its_directory(
    attachment_server: tuple[EmulatorServer, str], tmp_path: Path, mode: str
) -> None:
    server, workflow_id = attachment_server
    # One directory per name, several names sanitize to the same file name.
    targets = [tmp_path / f"case{i}" / "downloads" for i in range(len(HOSTILE_NAMES))]
    for target in targets:
        target.mkdir(parents=True)
    with CyberdeskClient(KEY, base_url=server.base_url) as client:
        attachments = [
            _attach(client, workflow_id, name, f"payload {i}".encode())
            for i, name in enumerate(HOSTILE_NAMES)
        ]

        async def save_all() -> list[Any]:
            async with CyberdeskClient(KEY, base_url=server.base_url) as aclient:
                return [
                    await aclient.run_attachments.save_to_file(a.id, output_path=target)
                    for a, target in zip(attachments, targets, strict=True)
                ]

        if mode == "sync":
            saved = [
                client.run_attachments.save_to_file_sync(a.id, output_path=f"{target}{os.sep}")
                for a, target in zip(attachments, targets, strict=True)
            ]
        else:
            saved = asyncio.run(save_all())
    for i, (name, result) in enumerate(zip(HOSTILE_NAMES, saved, strict=True)):
        assert result.error is None, (name, result.error)
        path = Path(result.data["path"])
        assert path.parent.resolve() == targets[i].resolve(), (name, path)
        assert path.read_bytes() == f"payload {i}".encode()
        assert len(path.name.encode()) <= 200 and not path.name.startswith(".")
    assert _files_under(tmp_path) == {Path(r.data["path"]) for r in saved}
    assert not list(Path("/etc/cron.d").glob("escaped*"))


def test_save_to_file_with_control_characters_in_the_name(tmp_path: Path) -> None:
    # The emulator cannot serve such a name (see the next test); a fake can.
    attachment_id = "550e8400-e29b-41d4-a716-446655440003"
    name = "\x00../../\r\nescaped\x1b[31m.txt"
    meta = {
        "id": attachment_id,
        "run_id": attachment_id,
        "filename": name,
        "content_type": "text/plain",
        "attachment_type": "output",
        "size_bytes": 4,
        "storage_path": "x",
        "organization_id": "o",
        "created_at": "2026-01-01T00:00:00+00:00",
        "expires_at": None,
    }
    target = tmp_path / "downloads"
    target.mkdir()
    with respx.mock(base_url="https://api.cyberdesk.io") as mock:
        mock.get(f"/v1/run-attachments/{attachment_id}").respond(200, json=meta)
        mock.get(f"/v1/run-attachments/{attachment_id}/download").respond(200, content=b"data")
        with CyberdeskClient(KEY) as client:
            result = client.run_attachments.save_to_file_sync(attachment_id, output_path=target)
    assert result.error is None, result.error
    path = Path(result.data["path"])
    assert path.parent == target and path.read_bytes() == b"data"
    assert not any(ch in path.name for ch in "\x00\r\n\x1b/\\")
    assert _files_under(tmp_path) == {path}


def test_emulator_serves_an_attachment_whose_name_has_control_characters(
    attachment_server: tuple[EmulatorServer, str], tmp_path: Path
) -> None:
    server, workflow_id = attachment_server
    with CyberdeskClient(KEY, base_url=server.base_url, retry=RetryConfig(max_retries=0)) as client:
        attachment = _attach(client, workflow_id, "line\nbreak.txt", b"data")
        result = client.run_attachments.save_to_file_sync(attachment.id, output_path=tmp_path)
    assert result.error is None, result.error
