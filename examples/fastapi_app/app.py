"""Patient lookup from Epic through Cyberdesk, as a FastAPI service.

The guide's "Real-World Example: Healthcare Integration" (FastAPI tab), made ready for
production use:

* one ``CyberdeskClient`` for the life of the app, opened and closed in the lifespan and
  handed to routes with ``Depends`` (one connection pool, closed on shutdown);
* ``client.runs.wait`` instead of a hand-written polling loop, with a timeout that maps to
  504, and run failures and API errors mapped to 502 with their reasons;
* ``GET /runs/{run_id}`` and ``GET /runs``: the SDK's models returned as they are; FastAPI
  serializes them (and documents them in ``/openapi.json``) like its own models;
* ``POST /webhooks/cyberdesk``: verifies the Svix signature on the raw body, ignores
  redeliveries by ``svix-id`` and records the runs that released their session.

Run it (from the ``examples`` directory)::

    export CYBERDESK_API_KEY=cd_... EPIC_WORKFLOW_ID=... EPIC_MACHINE_ID=...
    export CYBERDESK_WEBHOOK_SECRET=whsec_...         # optional: enables the webhook route
    export CYBERDESK_BASE_URL=http://127.0.0.1:8765   # optional: a local cyberdesk-emulator
    uvicorn --factory fastapi_app.app:create_app

    curl -X POST localhost:8000/patients/lookup -H 'content-type: application/json' \\
         -d '{"patient_id": "12345", "patient_first_name": "John", "patient_last_name": "Doe"}'
"""

from __future__ import annotations

import logging
import os
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request, Response
from pydantic import BaseModel, ValidationError

from cyberdesk import (
    CyberdeskClient,
    NotFoundError,
    RunCreate,
    RunResponse,
    RunResponseWithIncludes,
    WaitTimeoutError,
)
from cyberdesk.webhooks import (
    RunCompleteEvent,
    WebhookSecret,
    WebhookVerificationError,
    construct_event,
)

logger = logging.getLogger(__name__)


# -- settings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """Everything the app reads from its environment; ``create_app(Settings(...))`` in tests."""

    api_key: str = field(repr=False)
    workflow_id: str
    # None lets Cyberdesk pick any available machine of the organisation.
    machine_id: str | None = None
    # None means CYBERDESK_BASE_URL if set, else the cloud API (the client decides).
    base_url: str | None = None
    # None disables POST /webhooks/cyberdesk (it answers 503).
    webhook_secret: str | None = field(default=None, repr=False)
    # How long a lookup waits for its run before answering 504; the run keeps going.
    run_timeout: float = 120.0
    poll_interval: float = 1.0

    def __post_init__(self) -> None:
        # A mistyped id fails at startup, not as a 500 on every lookup.
        for name in ("workflow_id", "machine_id"):
            value = getattr(self, name)
            if value is not None:
                try:
                    uuid.UUID(value)
                except ValueError:
                    raise ValueError(f"{name} must be a UUID, got {value!r}") from None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        missing = [
            name for name in ("CYBERDESK_API_KEY", "EPIC_WORKFLOW_ID") if not environ.get(name)
        ]
        if missing:
            raise RuntimeError(f"set the environment variable(s) {', '.join(missing)}")
        return cls(
            api_key=environ["CYBERDESK_API_KEY"],
            workflow_id=environ["EPIC_WORKFLOW_ID"],
            machine_id=environ.get("EPIC_MACHINE_ID") or None,
            base_url=environ.get("CYBERDESK_BASE_URL") or None,
            webhook_secret=environ.get("CYBERDESK_WEBHOOK_SECRET") or None,
            run_timeout=float(environ.get("EPIC_RUN_TIMEOUT", "120")),
        )


def default_client(settings: Settings) -> CyberdeskClient:
    return CyberdeskClient(settings.api_key, base_url=settings.base_url)


# -- webhook bookkeeping -----------------------------------------------------------------


@dataclass(frozen=True)
class SessionRelease:
    """A ``run_complete`` whose run released its session: every run of it is done."""

    session_id: str | None
    run_id: str
    status: str


class WebhookInbox:
    """What the webhook route accepted, and the ``svix-id`` values it has already handled.

    In memory, so per process: with several workers, or to survive restarts, keep the ids in
    a shared store (a unique column, Redis ``SET NX``) instead.
    """

    def __init__(self, remember: int = 10_000) -> None:
        self._remember = remember
        self._handled: OrderedDict[str, None] = OrderedDict()
        self.completed_runs: list[RunCompleteEvent] = []
        self.session_releases: list[SessionRelease] = []

    def already_handled(self, message_id: str) -> bool:
        return message_id in self._handled

    def mark_handled(self, message_id: str) -> None:
        self._handled[message_id] = None
        # Svix gives up redelivering after a few days; the oldest ids can go.
        while len(self._handled) > self._remember:
            self._handled.popitem(last=False)

    def record(self, event: RunCompleteEvent) -> None:
        self.completed_runs.append(event)
        run = event.run
        # Set when the run released its session: explicitly, as a chain's last step, or
        # because it failed. Compare with True: the field may be absent (UNSET) or None.
        if run.release_session_after is True:
            session_id = None if not run.session_id else str(run.session_id)
            release = SessionRelease(session_id, str(run.id), str(run.status))
            self.session_releases.append(release)
            logger.info("session %s released by run %s (%s)", session_id, run.id, run.status)


# -- dependencies ------------------------------------------------------------------------


def get_client(request: Request) -> CyberdeskClient:
    client: CyberdeskClient = request.app.state.cyberdesk
    return client


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_inbox(request: Request) -> WebhookInbox:
    inbox: WebhookInbox = request.app.state.webhooks
    return inbox


def get_webhook_secret(request: Request) -> WebhookSecret:
    secret: WebhookSecret | None = request.app.state.webhook_secret
    if secret is None:
        raise HTTPException(status_code=503, detail="CYBERDESK_WEBHOOK_SECRET is not set")
    return secret


Client = Annotated[CyberdeskClient, Depends(get_client)]
AppSettings = Annotated[Settings, Depends(get_settings)]
Inbox = Annotated[WebhookInbox, Depends(get_inbox)]
Secret = Annotated[WebhookSecret, Depends(get_webhook_secret)]


# -- routes ------------------------------------------------------------------------------

router = APIRouter()


class PatientLookup(BaseModel):
    patient_id: str
    patient_first_name: str
    patient_last_name: str


class PatientRecord(BaseModel):
    patientId: str
    runId: str
    demographics: dict[str, Any]
    medications: list[Any]
    vitals: dict[str, Any]
    lastUpdated: str


def _upstream_error(message: str, **context: Any) -> HTTPException:
    # 502: the request was fine, Cyberdesk (or the Epic workflow behind it) was not.
    return HTTPException(status_code=502, detail={"message": message, **context})


@router.post("/patients/lookup")
async def lookup_patient(
    body: PatientLookup, client: Client, settings: AppSettings
) -> PatientRecord:
    """Retrieve a patient's data from Epic EHR by running the Epic workflow."""
    created = await client.runs.create(
        RunCreate(
            workflow_id=settings.workflow_id,
            machine_id=settings.machine_id,
            input_values={
                "patient_id": body.patient_id,
                "patient_first_name": body.patient_first_name,
                "patient_last_name": body.patient_last_name,
            },
        )
    )
    if created.error is not None:
        raise _upstream_error(f"Failed to create run: {created.error}")
    if not created.ok:
        # A 422 comes back as data: the API refused the run as configured here.
        problems = [item.msg for item in getattr(created.data, "detail", None) or []]
        raise _upstream_error("Cyberdesk rejected the run", errors=problems)
    assert created.data is not None
    run_id = str(created.data.id)
    logger.info("run %s created for patient %s", run_id, body.patient_id)

    done = await client.runs.wait(
        run_id,
        timeout=settings.run_timeout,
        poll_interval=settings.poll_interval,
        on_status=lambda run: logger.info("run %s is %s", run.id, run.status),
    )
    if isinstance(done.error, WaitTimeoutError):
        # The run keeps going on the machine; its run_complete webhook still arrives.
        raise HTTPException(
            status_code=504,
            detail={
                "message": "Request timed out",
                "run_id": run_id,
                "status": done.error.last_status,
            },
        )
    if done.error is not None:
        raise _upstream_error(f"Failed to read run: {done.error}", run_id=run_id)
    run = done.data
    assert run is not None
    if run.status != "success":
        raise _upstream_error(
            f"Run {run.status}",
            run_id=run_id,
            status=str(run.status),
            errors=list(run.error or []),
        )

    # output_data is a model of the workflow's JSON output; to_dict() is the plain JSON.
    output = run.output_data.to_dict() if run.output_data else {}
    try:
        return PatientRecord.model_validate(
            {
                "patientId": body.patient_id,
                "runId": run_id,
                "demographics": output.get("demographics"),
                "medications": output.get("medications"),
                "vitals": output.get("recentVitals"),
                "lastUpdated": output.get("lastUpdated"),
            }
        )
    except ValidationError as exc:
        # The workflow's output_schema and this app disagree: say so instead of a bare 500.
        fields = sorted({".".join(map(str, e["loc"])) for e in exc.errors()})
        raise _upstream_error(
            "Run output is not patient data", run_id=run_id, fields=fields
        ) from None


@router.get("/runs/{run_id}")
async def get_run(run_id: uuid.UUID, client: Client) -> RunResponseWithIncludes:
    """One run, as the SDK returns it: the model is the response body."""
    got = await client.runs.get(run_id)
    if isinstance(got.error, NotFoundError):
        raise HTTPException(status_code=404, detail=f"no run {run_id}")
    if got.error is not None:
        raise _upstream_error(f"Failed to read run: {got.error}", run_id=str(run_id))
    if got.validation_error is not None:
        raise _upstream_error("Cyberdesk rejected the request", run_id=str(run_id))
    return got.data


@router.get("/runs", response_model=list[RunResponse])
async def recent_runs(client: Client, limit: int = 20) -> Any:
    """The latest runs; ``response_model`` takes the SDK's model like a pydantic one."""
    listed = await client.runs.list(limit=limit)
    if listed.error is not None or listed.validation_error is not None:
        raise _upstream_error("Failed to list runs")
    return listed.data.items


@router.post("/webhooks/cyberdesk", status_code=204)
async def cyberdesk_webhook(request: Request, inbox: Inbox, secret: Secret) -> Response:
    """Receive Cyberdesk's ``run_complete`` events (delivered and signed by Svix)."""
    # The signature covers the exact bytes sent: verify them before any JSON parsing.
    raw = await request.body()
    try:
        event = construct_event(raw, request.headers, secret)
    except WebhookVerificationError as exc:
        # The message never contains the secret or a signature, so it is safe to return.
        raise HTTPException(status_code=400, detail=str(exc)) from None

    # Svix delivers at least once: the same message (same id) can come again.
    message_id = request.headers.get("svix-id") or request.headers["webhook-id"]
    if inbox.already_handled(message_id):
        logger.info("webhook %s already handled", message_id)
        return Response(status_code=204)
    if isinstance(event, RunCompleteEvent):
        inbox.record(event)
    # Marked only once handled, so a delivery that failed half-way is handled on retry.
    inbox.mark_handled(message_id)
    return Response(status_code=204)


# -- the app -----------------------------------------------------------------------------


def create_app(
    settings: Settings | None = None,
    *,
    client_factory: Callable[[Settings], CyberdeskClient] = default_client,
) -> FastAPI:
    """The app; ``settings`` default to the environment, ``client_factory`` builds its client
    (give one with your own ``RetryConfig``, timeouts or proxy)."""
    settings = settings or Settings.from_env()
    # Parsed now so that a malformed secret stops the app at startup, rather than turning
    # every delivery into a 400 that Svix keeps retrying.
    webhook_secret = WebhookSecret(settings.webhook_secret) if settings.webhook_secret else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # One client, so one connection pool, for every request; closed on shutdown.
        async with client_factory(settings) as client:
            app.state.cyberdesk = client
            yield

    app = FastAPI(title="Epic patient lookup (Cyberdesk)", lifespan=lifespan)
    app.state.settings = settings
    app.state.webhook_secret = webhook_secret
    app.state.webhooks = WebhookInbox()
    app.include_router(router)
    return app
