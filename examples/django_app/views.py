"""The guide's ``PatientLookupView`` (Django tab) and a receiver for Cyberdesk webhooks.

Both are plain synchronous Django views: they use the client's ``_sync`` methods, which
need no event loop, through the one client of ``cyberdesk_client``.
"""

from __future__ import annotations

import json
import logging
from typing import Any, ClassVar

from django.conf import settings
from django.core.cache import cache
from django.dispatch import Signal
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cyberdesk import RunCreate, WaitTimeoutError
from cyberdesk.webhooks import (
    RunCompleteEvent,
    WebhookSecret,
    WebhookVerificationError,
    construct_event,
)

from .cyberdesk_client import get_client

logger = logging.getLogger(__name__)

# Sent for every verified run_complete (``event``), and again when its run released its
# session (``session_id``, ``run_id``, ``status``): connect receivers to act on them.
run_completed = Signal()
session_released = Signal()

# Long enough to outlast Svix's redelivery schedule (several days).
WEBHOOK_DEDUPE_SECONDS = 7 * 24 * 3600


def _upstream_error(message: str, **context: Any) -> JsonResponse:
    # 502: the request was fine, Cyberdesk (or the Epic workflow behind it) was not.
    return JsonResponse({"error": message, **context}, status=502)


# A server-to-server JSON API: authenticate callers with your API auth, not CSRF cookies.
@method_decorator(csrf_exempt, name="dispatch")
class PatientLookupView(View):
    http_method_names: ClassVar[list[str]] = ["post"]

    def post(self, request: HttpRequest) -> JsonResponse:
        """Retrieve patient data from Epic EHR."""
        try:
            data = json.loads(request.body)
            patient_id = str(data["patient_id"])
            patient_first_name = str(data["patient_first_name"])
            patient_last_name = str(data["patient_last_name"])
        except (ValueError, TypeError, KeyError) as exc:
            return JsonResponse({"error": f"Invalid request body: {exc!r}"}, status=400)

        config = settings.CYBERDESK
        client = get_client()
        created = client.runs.create_sync(
            RunCreate(
                workflow_id=config["EPIC_WORKFLOW_ID"],
                machine_id=config["EPIC_MACHINE_ID"],
                input_values={
                    "patient_id": patient_id,
                    "patient_first_name": patient_first_name,
                    "patient_last_name": patient_last_name,
                },
            )
        )
        if created.error is not None:
            return _upstream_error(f"Failed to create run: {created.error}")
        if not created.ok:
            # A 422 comes back as data: the API refused the run as configured here.
            problems = [item.msg for item in getattr(created.data, "detail", None) or []]
            return _upstream_error("Cyberdesk rejected the run", errors=problems)
        assert created.data is not None
        run_id = str(created.data.id)
        logger.info("run %s created for patient %s", run_id, patient_id)

        done = client.runs.wait_sync(
            run_id,
            timeout=config["RUN_TIMEOUT"],
            poll_interval=config["POLL_INTERVAL"],
            on_status=lambda run: logger.info("run %s is %s", run.id, run.status),
        )
        if isinstance(done.error, WaitTimeoutError):
            # The run keeps going on the machine; its run_complete webhook still arrives.
            return JsonResponse(
                {"error": "Request timed out", "run_id": run_id, "status": done.error.last_status},
                status=504,
            )
        if done.error is not None:
            return _upstream_error(f"Failed to read run: {done.error}", run_id=run_id)
        run = done.data
        assert run is not None
        if run.status != "success":
            return _upstream_error(
                f"Run {run.status}",
                run_id=run_id,
                status=str(run.status),
                errors=list(run.error or []),
            )

        # output_data is a model of the workflow's JSON output; to_dict() is the plain JSON.
        patient_data = run.output_data.to_dict() if run.output_data else {}
        missing = [
            key
            for key in ("demographics", "medications", "recentVitals", "lastUpdated")
            if key not in patient_data
        ]
        if missing:
            return _upstream_error("Run output is not patient data", run_id=run_id, fields=missing)
        return JsonResponse(
            {
                "patientId": patient_id,
                "runId": run_id,
                "demographics": patient_data["demographics"],
                "medications": patient_data["medications"],
                "vitals": patient_data["recentVitals"],
                "lastUpdated": patient_data["lastUpdated"],
            }
        )


def _webhook_secret() -> WebhookSecret | None:
    secret = settings.CYBERDESK.get("WEBHOOK_SECRET")
    return WebhookSecret(secret) if secret else None


@csrf_exempt  # Svix signs its deliveries; it cannot send a CSRF token
@require_POST
def cyberdesk_webhook(request: HttpRequest) -> HttpResponse:
    """Receive Cyberdesk's ``run_complete`` events (delivered and signed by Svix)."""
    secret = _webhook_secret()
    if secret is None:
        return HttpResponse("CYBERDESK_WEBHOOK_SECRET is not set", status=503)
    try:
        # request.body is the exact bytes the signature covers; never re-serialise the JSON.
        event = construct_event(request.body, request.headers, secret)
    except WebhookVerificationError as exc:
        # The message never contains the secret or a signature, so it is safe to return.
        return HttpResponseBadRequest(str(exc))

    # Svix delivers at least once. cache.add stores the id only if it is new, atomically in
    # a shared cache, so only one of two concurrent deliveries of a message goes on.
    message_id = request.headers.get("svix-id") or request.headers["webhook-id"]
    key = f"cyberdesk-webhook:{message_id}"
    if not cache.add(key, True, timeout=WEBHOOK_DEDUPE_SECONDS):
        logger.info("webhook %s already handled", message_id)
        return HttpResponse(status=204)
    try:
        if isinstance(event, RunCompleteEvent):
            _handle_run_complete(event)
    except Exception:
        cache.delete(key)  # not handled after all: let Svix's retry through
        raise
    return HttpResponse(status=204)


def _handle_run_complete(event: RunCompleteEvent) -> None:
    run = event.run
    run_completed.send(sender=cyberdesk_webhook, event=event)
    # Set when the run released its session: explicitly, as a chain's last step, or because
    # it failed. Compare with True: the field may be absent (UNSET) or None.
    if run.release_session_after is True:
        session_id = str(run.session_id) if run.session_id else None
        logger.info("session %s released by run %s (%s)", session_id, run.id, run.status)
        session_released.send(
            sender=cyberdesk_webhook,
            session_id=session_id,
            run_id=str(run.id),
            status=str(run.status),
        )
