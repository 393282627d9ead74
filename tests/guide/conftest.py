"""Fixtures for running the guide's samples against a local emulator.

Each test gets a fresh emulator (3 machines, manual clock, webhooks captured), served by
one :class:`EmulatorServer` for the whole session, ``CYBERDESK_BASE_URL`` /
``CYBERDESK_API_KEY`` pointing at it, a temporary working directory, a record of every HTTP
exchange the SDK makes with it (:class:`Traffic`), and a :class:`World` that creates,
through the API, the objects a sample's placeholder ids are replaced with.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from cyberdesk import CyberdeskClient
from cyberdesk.emulator import Emulator, EmulatorServer
from tests.helpers import ManualClock

API_KEY = "cd_guide_emulator_key"
WEBHOOK_URL = "http://hooks.guide.invalid/cyberdesk"

# Environment the samples read: keys only (OPENAI_API_KEY and APP_PASSWORD are secrets the
# model-configuration and retry samples send; the emulator keeps them write-only).
SAMPLE_ENV = {
    "CYBERDESK_API_KEY": API_KEY,
    "OPENAI_API_KEY": "sk-guide-test-openai-key",
    "APP_PASSWORD": "guide-app-password",
}

PATIENT_OUTPUT_SCHEMA = {
    "type": "object",
    "properties": {
        "demographics": {
            "type": "object",
            "properties": {
                "dateOfBirth": {"type": "string", "format": "date"},
                "mrn": {"type": "string"},
                "phone": {"type": "string"},
                "email": {"type": "string", "format": "email"},
            },
        },
        "medications": {
            "type": "array",
            "minItems": 2,
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "dose": {"type": "string"}},
            },
        },
        "recentVitals": {
            "type": "object",
            "properties": {"heartRate": {"type": "integer"}, "bloodPressure": {"type": "string"}},
        },
        "lastUpdated": {"type": "string", "format": "date-time"},
    },
}
PATIENT_RUN_SECONDS = 8.0
"""How long a patient run takes: a sample polling every 5 s sees it ``running`` once."""


_SSL_CONTEXTS: dict[bool, Any] = {}


@pytest.fixture(autouse=True)
def _shared_ssl_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every httpx client loads the CA bundle when created (~0.1 s); the samples create
    dozens of clients, all talking plain HTTP to the emulator, so within these tests they
    share one default context (other tests are left alone)."""
    try:
        from httpx._transports import default
    except ImportError:  # another httpx layout: keep the slow path
        return
    original = getattr(default, "create_ssl_context", None)
    if original is None:
        return

    def shared(verify: Any = True, cert: Any = None, trust_env: bool = True) -> Any:
        if verify is not True or cert is not None:
            return original(verify=verify, cert=cert, trust_env=trust_env)
        if trust_env not in _SSL_CONTEXTS:
            _SSL_CONTEXTS[trust_env] = original(verify=verify, cert=cert, trust_env=trust_env)
        return _SSL_CONTEXTS[trust_env]

    monkeypatch.setattr(default, "create_ssl_context", shared)


# -- the HTTP exchanges of a test ---------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    query: str
    status: int
    headers: dict[str, str]
    """The request's headers (lower-case names)."""
    sent: Any
    """The request's JSON body, if it had one."""
    response: httpx.Response = field(repr=False, compare=False)

    @property
    def answer(self) -> Any:
        """The response's JSON body, if it had one and its body was read whole."""
        # The SDK reads every body itself (bounded, after send returns), so the body is
        # looked at when a test asks, not when the exchange is recorded.
        if not self.response.headers.get("content-type", "").startswith("application/json"):
            return None
        try:
            content = self.response.content
        except httpx.ResponseNotRead:
            return None
        return json.loads(content or b"null")

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


@dataclass
class Traffic:
    """Every request the SDK sent to the emulator (sync and async clients alike)."""

    origin: str = ""
    exchanges: list[Exchange] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, request: httpx.Request, response: httpx.Response) -> None:
        url = request.url
        if f"{url.scheme}://{url.netloc.decode()}" != self.origin:
            return
        sent = None
        if request.headers.get("content-type", "").startswith("application/json"):
            sent = json.loads(request.content or b"null")
        exchange = Exchange(
            request.method,
            url.path,
            url.query.decode(),
            response.status_code,
            {k.lower(): v for k, v in request.headers.items()},
            sent,
            response,
        )
        with self.lock:
            self.exchanges.append(exchange)

    def mark(self) -> int:
        with self.lock:
            return len(self.exchanges)

    def since(self, mark: int) -> list[Exchange]:
        with self.lock:
            return list(self.exchanges[mark:])


@pytest.fixture
def traffic(monkeypatch: pytest.MonkeyPatch) -> Traffic:
    recorded = Traffic()
    sync_send, async_send = httpx.Client.send, httpx.AsyncClient.send

    def send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = sync_send(self, request, **kwargs)
        recorded.record(request, response)
        return response

    async def asend(
        self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any
    ) -> httpx.Response:
        response = await async_send(self, request, **kwargs)
        recorded.record(request, response)
        return response

    monkeypatch.setattr(httpx.Client, "send", send)
    monkeypatch.setattr(httpx.AsyncClient, "send", asend)
    return recorded


# -- the emulator ---------------------------------------------------------------------


@dataclass
class Webhooks:
    """``run_complete`` deliveries the emulator made."""

    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)

    async def send(self, url: str, headers: dict[str, str], body: bytes) -> int:
        self.received.append((headers, body))
        return 204

    def deliver(self, emu: Emulator) -> list[dict[str, Any]]:
        """Delivers what is due; answers every event received so far."""
        asyncio.run(emu.deliver_webhooks())
        return [json.loads(body) for _, body in self.received]


@pytest.fixture
def webhooks() -> Webhooks:
    return Webhooks()


@pytest.fixture
def emu(webhooks: Webhooks) -> Emulator:
    return Emulator(
        api_key=API_KEY,
        seed=0,
        machines=3,
        clock=ManualClock(),
        webhook_url=WEBHOOK_URL,
        webhook_sender=webhooks.send,
    )


class EmulatorSwitch:
    """One ASGI app serving whichever emulator is current, so that one
    :class:`EmulatorServer` (started once: stopping uvicorn takes ~0.2 s) serves a fresh
    emulator per test. Each emulator's own lifespan (its background ticker) does not run:
    requests and ``advance`` apply due transitions, and tests deliver webhooks themselves.
    """

    def __init__(self) -> None:
        self.current: Emulator | None = None

    @property
    def app(self) -> EmulatorSwitch:
        return self

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        assert self.current is not None, "no emulator is current"
        await self.current.app(scope, receive, send)


@pytest.fixture(scope="session")
def switch() -> Iterator[tuple[EmulatorSwitch, EmulatorServer]]:
    served = EmulatorSwitch()
    with EmulatorServer(served, host="127.0.0.1", port=0) as running:  # type: ignore[arg-type]
        yield served, running


@dataclass
class Served:
    emulator: Emulator
    base_url: str


@pytest.fixture
def server(
    emu: Emulator,
    switch: tuple[EmulatorSwitch, EmulatorServer],
    traffic: Traffic,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> Iterator[Served]:
    served, running = switch
    served.current = emu
    traffic.origin = running.base_url
    monkeypatch.setenv("CYBERDESK_BASE_URL", running.base_url)
    for name, value in SAMPLE_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    yield Served(emu, running.base_url)
    served.current = None


# -- the objects placeholders stand for ---------------------------------------------------


class World:
    """Creates, through the API, what a sample's placeholder ids get replaced with."""

    def __init__(self, emu: Emulator, server: Served) -> None:
        self.emu = emu
        self.client = CyberdeskClient(API_KEY, base_url=server.base_url)
        self._patient_workflow: str | None = None

    # machines and pools

    @property
    def machine_ids(self) -> list[str]:
        return [str(m.id) for m in self.emu.machines]

    def pool(self, name: str, machine_ids: list[str]) -> str:
        pool = self.client.pools.create_sync({"name": name}).unwrap()
        if machine_ids:
            self.client.pools.add_machines_sync(pool.id, {"machine_ids": machine_ids}).unwrap()
        return str(pool.id)

    # workflows and runs

    def workflow(self, name: str = "Guide workflow", **behavior: Any) -> str:
        """A workflow; ``behavior`` (outputs, status, error, duration, output_files) says
        how its runs end."""
        created = self.client.workflows.create_sync(
            {"name": name, "main_prompt": f"{name}: use {{input}}"}
        ).unwrap()
        if behavior:
            self.emu.set_workflow_behavior(created.id, **behavior)
        return str(created.id)

    @property
    def patient_workflow(self) -> str:
        """The Epic patient lookup: its output_schema gives demographics, medications,
        recentVitals and lastUpdated; a run takes PATIENT_RUN_SECONDS."""
        if self._patient_workflow is None:
            created = self.client.workflows.create_sync(
                {
                    "name": "Epic patient lookup",
                    "main_prompt": "Open the chart of {patient_first_name} {patient_last_name} "
                    "({patient_id}) and read it",
                    "output_schema": json.dumps(PATIENT_OUTPUT_SCHEMA),
                }
            ).unwrap()
            self.emu.set_workflow_behavior(created.id, duration=PATIENT_RUN_SECONDS)
            self._patient_workflow = str(created.id)
        return self._patient_workflow

    def run(self, workflow_id: str | None = None, **fields: Any) -> str:
        """A run created now (``scheduling``)."""
        body = {"workflow_id": workflow_id or self.patient_workflow, **fields}
        return str(self.client.runs.create_sync(body).unwrap().id)

    def finish(self, *run_ids: str) -> None:
        """Advances emulator time until every run is terminal."""
        for _ in range(1000):
            if all(self.emu.run(r).terminal for r in run_ids):
                return
            self.emu.advance(1.0)
        raise AssertionError(f"runs {run_ids} never ended")

    def finished_run(self, workflow_id: str | None = None, **fields: Any) -> str:
        run_id = self.run(workflow_id, **fields)
        self.finish(run_id)
        return run_id

    def session(self) -> str:
        """An open session: a run that started one has ended, the machine stays reserved."""
        starter = self.run(self.workflow("Session warmup"), start_session=True)
        self.finish(starter)
        session_id = self.emu.run(starter).session_id
        assert session_id is not None
        return str(session_id)

    # other resources

    def tag(self, name: str, **fields: Any) -> str:
        return str(self.client.workflow_tags.create_sync(name=name, **fields).unwrap().id)

    def tag_group(self, name: str) -> str:
        return str(self.client.workflow_tag_groups.create_sync(name=name).unwrap().id)

    def trajectory(self, workflow_id: str) -> str:
        body = {
            "workflow_id": workflow_id,
            "trajectory_data": [{"action": "click", "x": 10, "y": 20}],
            "dimensions": {"width": 1024, "height": 768},
        }
        return str(self.client.trajectories.create_sync(body).unwrap().id)

    def model_configuration(self) -> str:
        body = {"name": "Existing config", "provider": "anthropic", "model": "claude-sonnet-4"}
        return str(self.client.model_configurations.create_sync(body).unwrap().id)

    def prompt_image(self, filename: str, data: bytes) -> str:
        """Uploads an image; answers its storage path."""
        uploaded = self.client.workflows.upload_prompt_image_sync(
            file_content=data, filename=filename, content_type="image/png"
        ).unwrap()
        return str(uploaded.supabase_url).removeprefix("supabase://workflow-prompt-images/")

    def close(self) -> None:
        self.client.close()


@pytest.fixture
def world(emu: Emulator, server: Served) -> Iterator[World]:
    made = World(emu, server)
    yield made
    made.close()
