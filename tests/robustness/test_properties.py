"""Properties that must hold for any input hypothesis can find.

* every generated model round-trips its wire form: ``to_dict(from_dict(d)) == d`` and
  ``from_dict(to_dict(m)) == m``, for every object schema of openapi.json (strategies are
  built from the schemas themselves, see ``schema_strategies``);
* ``parse_retry_after`` never raises and never answers a negative, NaN or infinite delay;
* ``RetryConfig.backoff(n)`` stays within ``[0, min(max_delay, initial_delay * 2**(n-1))]``;
* an enum value the server adds later (any string for a run's ``status``, an attachment's
  ``attachment_type``, a machine's ``status``) never breaks parsing of an otherwise valid
  answer, whether parsed directly or through the client.
"""

from __future__ import annotations

import copy
import io
import json
import math
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cyberdesk.client.models as models
from cyberdesk import CyberdeskClient, RetryConfig
from cyberdesk._retry import parse_retry_after

from .schema_strategies import enum_values, for_named, object_schema_names

KEY = "cd_property_key"
BASE = "https://api.cyberdesk.io"
RUN_ID = "550e8400-e29b-41d4-a716-446655440000"
RUN_JSON = {
    "id": RUN_ID,
    "workflow_id": RUN_ID,
    "machine_id": None,
    "status": "scheduling",
    "created_at": "2026-01-01T00:00:00+00:00",
}

PROPERTY_SETTINGS = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# The multipart form of the prompt-image upload is not JSON: it is checked on its own below.
MULTIPART = "BodyUploadWorkflowPromptImageV1WorkflowsPromptImagePost"
JSON_MODELS = [name for name in object_schema_names() if name != MULTIPART]
NAMED_IN_THE_ISSUE = [
    "RunCreate",
    "RunResponse",
    "WorkflowChainCreate",
    "RunBulkCreate",
    "MachineResponse",
    "PoolResponse",
    "WorkflowResponse",
    "RunAttachmentResponse",
]


def test_the_strategies_cover_every_model_the_issue_names() -> None:
    assert set(NAMED_IN_THE_ISSUE) <= set(JSON_MODELS)
    assert len(JSON_MODELS) >= 100  # every object schema of openapi.json, not a sample


@pytest.mark.parametrize("name", JSON_MODELS)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_every_model_round_trips_its_wire_form(name: str, data: st.DataObject) -> None:
    cls = getattr(models, name)
    wire = data.draw(for_named(name), label=name)
    model = cls.from_dict(copy.deepcopy(wire))
    assert model.to_dict() == wire
    assert cls.from_dict(copy.deepcopy(model.to_dict())) == model
    json.dumps(model.to_dict())  # and what it sends is JSON


@pytest.mark.parametrize("name", NAMED_IN_THE_ISSUE)
@settings(PROPERTY_SETTINGS, max_examples=40)
@given(data=st.data())
def test_the_core_models_round_trip_under_more_examples(name: str, data: st.DataObject) -> None:
    cls = getattr(models, name)
    wire = data.draw(for_named(name), label=name)
    assert cls.from_dict(copy.deepcopy(wire)).to_dict() == wire


@given(content=st.binary(max_size=256), extra=st.text(max_size=10))
@PROPERTY_SETTINGS
def test_the_multipart_upload_body_carries_its_bytes(content: bytes, extra: str) -> None:
    cls = getattr(models, MULTIPART)
    body = cls.from_dict({"file": content, "note": extra})
    parts = dict(body.to_multipart())
    payload = parts["file"][1]
    assert isinstance(payload, io.BytesIO) and payload.getvalue() == content
    assert parts["note"] == (None, extra.encode(), "text/plain")


# -- Retry-After ----------------------------------------------------------------------------

HTTP_DATES = st.datetimes(
    min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31), timezones=st.just(timezone.utc)
).map(lambda d: format_datetime(d, usegmt=True))
NUMBERS = st.one_of(
    st.floats().map(repr),
    st.floats().map(str),
    st.integers().map(str),
    st.decimals(allow_nan=True).map(str),
    st.sampled_from(["nan", "-nan", "inf", "-inf", "Infinity", "1e309", "-0", "-0.0", "1_0"]),
)
RETRY_AFTER_TEXT = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,-+eE:; GMTMonJan "),
    NUMBERS,
    NUMBERS.map(lambda s: f"  {s}\t"),
    HTTP_DATES,
    HTTP_DATES.map(lambda s: s.replace("GMT", "+2359")),
    HTTP_DATES.map(lambda s: s.replace("GMT", "-9999")),
    HTTP_DATES.map(lambda s: s[:-4]),  # no zone
)


@given(value=st.one_of(st.none(), RETRY_AFTER_TEXT))
@example(value="Fri, 31 Dec 9999 23:59:59 GMT")
@example(value="Mon, 01 Jan 0001 00:00:00 GMT")
@example(value="Wed, 21 Oct 2015 07:28:00 +9900")
@example(value="1e400")
@example(value="\u0661\u0662")  # Arabic-Indic digits: float() reads them as 12
@settings(max_examples=500, deadline=None)
def test_parse_retry_after_never_raises_nor_gives_an_unusable_delay(value: str | None) -> None:
    seconds = parse_retry_after(value)
    if seconds is not None:
        assert isinstance(seconds, float)
        assert math.isfinite(seconds) and seconds >= 0, (value, seconds)


WHOLE_SECONDS = st.datetimes(min_value=datetime(1900, 1, 1)).map(
    lambda d: d.replace(microsecond=0, tzinfo=timezone.utc)
)


@given(moment=WHOLE_SECONDS, now=st.datetimes(min_value=datetime(1900, 1, 1)))
@settings(max_examples=200, deadline=None)
def test_an_http_date_gives_the_time_until_it_or_zero(moment: datetime, now: datetime) -> None:
    # (Two-digit years are RFC 5322's: "Mon, 01 Jan 0068" reads as 2068, hence 1900 and on.)
    now = now.replace(tzinfo=timezone.utc)
    seconds = parse_retry_after(format_datetime(moment, usegmt=True), now=now)
    assert seconds == max(0.0, (moment - now).total_seconds())


# -- backoff --------------------------------------------------------------------------------

DELAYS = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def configs(draw: st.DrawFn) -> tuple[RetryConfig, float]:
    high = draw(DELAYS)
    low = draw(st.floats(min_value=0, max_value=high))
    draw_random = draw(st.floats(min_value=0, max_value=1, exclude_max=True))
    config = RetryConfig(initial_delay=low, max_delay=high, random=lambda: draw_random)
    return config, draw_random


@given(pair=configs(), attempt=st.integers(min_value=1, max_value=100_000))
@settings(max_examples=300, deadline=None)
def test_backoff_stays_within_full_jitter_bounds(
    pair: tuple[RetryConfig, float], attempt: int
) -> None:
    config, _ = pair
    delay = config.backoff(attempt)
    ceiling = min(config.max_delay, config.initial_delay * 2.0 ** min(attempt - 1, 1000))
    assert math.isfinite(delay)
    assert 0.0 <= delay <= ceiling


@given(attempt=st.integers(min_value=1, max_value=200))
@settings(max_examples=200, deadline=None)
def test_backoff_with_the_real_random_stays_within_bounds(attempt: int) -> None:
    config = RetryConfig()
    assert 0.0 <= config.backoff(attempt) <= min(8.0, 0.25 * 2.0 ** min(attempt - 1, 100))


def test_retry_config_refuses_non_finite_delays() -> None:
    slept: list[float] = []
    try:
        config = RetryConfig(
            initial_delay=math.inf, max_delay=math.inf, random=lambda: 0.5, sleep=slept.append
        )
    except ValueError:
        return  # refused up front: the fix
    answers = iter([httpx.Response(503), httpx.Response(201, json=RUN_JSON)])
    client = CyberdeskClient(
        KEY, base_url=BASE, transport=httpx.MockTransport(lambda r: next(answers)), retry=config
    )
    response = client.runs.create_sync({"workflow_id": RUN_ID})
    assert response.error is None
    assert all(math.isfinite(s) for s in slept), f"the SDK asked to sleep {slept} s"


# -- enum values the server adds later ------------------------------------------------------

ANY_TEXT = st.text(max_size=40)


def _client(body_of: Callable[[httpx.Request], tuple[int, Any]]) -> CyberdeskClient:
    def handler(request: httpx.Request) -> httpx.Response:
        status, body = body_of(request)
        return httpx.Response(status, json=body)

    return CyberdeskClient(
        KEY,
        base_url=BASE,
        transport=httpx.MockTransport(handler),
        retry=RetryConfig(max_retries=0),
    )


ENUM_CASES = [
    ("RunResponse", "status", "RunStatus"),
    ("RunResponseWithIncludes", "status", "RunStatus"),
    ("RunAttachmentResponse", "attachment_type", "AttachmentType"),
    ("MachineResponse", "status", "MachineStatus"),
    ("MachineResponseWithIncludes", "status", "MachineStatus"),
]


@pytest.mark.parametrize(("model", "field", "enum"), ENUM_CASES)
@settings(PROPERTY_SETTINGS, max_examples=30)
@given(data=st.data(), value=ANY_TEXT)
def test_unknown_enum_values_parse_and_round_trip(
    model: str, field: str, enum: str, data: st.DataObject, value: str
) -> None:
    wire = data.draw(for_named(model), label=model)
    wire[field] = value
    parsed = getattr(models, model).from_dict(copy.deepcopy(wire))
    got = getattr(parsed, field)
    assert isinstance(got, getattr(models, enum))
    assert got == value and got.value == value and str(got) == value
    assert parsed.to_dict() == wire
    if value not in enum_values(enum):
        assert got not in list(getattr(models, enum))  # the declared members are untouched


SDK_CASES: list[tuple[str, str, Callable[[CyberdeskClient], Any], Callable[[Any], Any]]] = [
    (
        "RunResponse",
        "status",
        lambda c: c.runs.create_sync({"workflow_id": RUN_ID}),
        lambda data: data.status,
    ),
    ("RunResponseWithIncludes", "status", lambda c: c.runs.get_sync(RUN_ID), lambda d: d.status),
    (
        "RunAttachmentResponse",
        "attachment_type",
        lambda c: c.run_attachments.get_sync(RUN_ID),
        lambda data: data.attachment_type,
    ),
    (
        "MachineResponseWithIncludes",
        "status",
        lambda c: c.machines.get_sync(RUN_ID),
        lambda data: data.status,
    ),
    (
        "PaginatedResponseWithIncludesMachineResponse",
        "status",
        lambda c: c.machines.list_sync(),
        lambda data: data.items[0].status,
    ),
    (
        "PaginatedResponseWithIncludesRunResponse",
        "status",
        lambda c: c.runs.list_sync(),
        lambda data: data.items[0].status,
    ),
]


@pytest.mark.parametrize(
    ("model", "field", "call", "read"), SDK_CASES, ids=[c[0] for c in SDK_CASES]
)
@settings(PROPERTY_SETTINGS, max_examples=15)
@given(data=st.data(), value=ANY_TEXT)
def test_unknown_enum_values_never_break_an_answer_through_the_client(
    model: str,
    field: str,
    call: Callable[[CyberdeskClient], Any],
    read: Callable[[Any], Any],
    data: st.DataObject,
    value: str,
) -> None:
    wire = data.draw(for_named(model))
    if "items" in wire:
        item_model = model.replace("PaginatedResponseWithIncludes", "")
        wire["items"] = [data.draw(for_named(item_model))]
        wire["items"][0][field] = value
    else:
        wire[field] = value
    status = 201 if model == "RunResponse" else 200
    client = _client(lambda request: (status, wire))
    response = call(client)
    assert response.error is None, response.error
    assert read(response.data) == value


def test_wait_treats_an_unknown_status_as_still_going() -> None:
    statuses = iter(["scheduling", "queued_for_gpu", "queued_for_gpu", "success"])
    sleeps: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**RUN_JSON, "status": next(statuses)})

    client = CyberdeskClient(
        KEY,
        base_url=BASE,
        transport=httpx.MockTransport(answer),
        retry=RetryConfig(max_retries=0, sleep=sleeps.append),
    )
    seen: list[str] = []
    done = client.runs.wait_sync(
        RUN_ID, timeout=60, poll_interval=1, on_status=lambda run: seen.append(str(run.status))
    )
    assert done.error is None and done.data is not None and done.data.status == "success"
    assert seen == ["scheduling", "queued_for_gpu", "success"]
    assert len(sleeps) == 3
