"""What the generated ``from_dict`` makes of each kind of value a response field can hold."""

from __future__ import annotations

import copy
import datetime
import subprocess
import sys
from typing import Any
from uuid import UUID

import pytest

from cyberdesk.client import PaginatedResponseWithIncludesRunResponse, RunResponse
from cyberdesk.client.models.run_post_run_check_snapshot import RunPostRunCheckSnapshot
from cyberdesk.client.types import UNSET

RUN_ID = "550e8400-e29b-41d4-a716-446655440000"
OTHER_ID = "550e8400-e29b-41d4-a716-446655440001"


def run(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": RUN_ID,
        "workflow_id": OTHER_ID,
        "machine_id": None,
        "status": "success",
        "created_at": "2026-01-01T00:00:00Z",
    }
    return {**base, **fields}


def test_typed_values_are_built() -> None:
    parsed = RunResponse.from_dict(
        run(
            machine_id=OTHER_ID,
            pool_ids=[RUN_ID],
            ended_at="2026-01-01T00:03:00.5+00:00",
            output_data={"total": 3},
            run_message_history=[{"role": "user", "content": []}],
            post_run_checks=[],
        )
    )
    assert parsed.machine_id == UUID(OTHER_ID)
    assert parsed.pool_ids == [UUID(RUN_ID)]
    assert parsed.ended_at == datetime.datetime(2026, 1, 1, 0, 3, 0, 500000, datetime.timezone.utc)
    assert parsed.output_data == {"total": 3}
    assert type(parsed.output_data).__name__ == "RunResponseOutputDataType0"
    assert parsed.run_message_history == [{"role": "user", "content": []}]
    assert parsed.post_run_checks == []


def test_null_stays_none_and_absent_stays_unset() -> None:
    parsed = RunResponse.from_dict(run(ended_at=None, output_data=None))
    assert parsed.machine_id is None
    assert parsed.ended_at is None and parsed.output_data is None
    assert parsed.started_at is UNSET and parsed.pool_ids is UNSET


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("machine_id", "not-a-uuid"),  # the right JSON type, but it does not construct
        ("machine_id", 42),  # the wrong JSON type
        ("ended_at", "yesterday"),
        ("pool_ids", [RUN_ID, "not-a-uuid"]),  # one bad item keeps the whole list raw
        ("output_data", ["not", "an", "object"]),
        ("post_run_checks", [{"no": "required fields"}]),
    ],
)
def test_an_optional_value_that_does_not_construct_is_kept_as_sent(field: str, value: Any) -> None:
    parsed = RunResponse.from_dict(run(**{field: value}))
    assert getattr(parsed, field) == value
    assert type(getattr(parsed, field)) is type(value)


def test_a_required_value_that_does_not_construct_raises() -> None:
    with pytest.raises(ValueError):
        RunResponse.from_dict(run(id="not-a-uuid"))
    with pytest.raises(KeyError):
        RunResponse.from_dict({k: v for k, v in run().items() if k != "workflow_id"})


def test_nested_models_are_built_where_present() -> None:
    check = {"status": "success", "id": OTHER_ID, "name": "file exists", "order": 1}
    parsed = RunResponse.from_dict(run(post_run_checks=[check]))
    assert isinstance(parsed.post_run_checks, list)
    built = parsed.post_run_checks[0]
    assert isinstance(built, RunPostRunCheckSnapshot)
    assert built.status == "success" and built.id == UUID(OTHER_ID) and built.order == 1
    assert built.to_dict() == check


def test_parsing_leaves_the_input_alone_and_keeps_unknown_keys() -> None:
    payload = run(brand_new_field={"x": 1}, pool_ids=[RUN_ID])
    before = copy.deepcopy(payload)
    parsed = RunResponse.from_dict(payload)
    assert payload == before
    assert parsed.additional_properties == {"brand_new_field": {"x": 1}}
    assert parsed.to_dict() == {**payload, "created_at": "2026-01-01T00:00:00+00:00"}


def test_a_page_parses_each_run_as_a_single_run_would() -> None:
    runs = [run(machine_id=OTHER_ID), run(ended_at="bad"), run(output_data={"a": [1]})]
    page = PaginatedResponseWithIncludesRunResponse.from_dict(
        {"items": runs, "total": 3, "skip": 0, "limit": 10}
    )
    assert [r.to_dict() for r in page.items] == [RunResponse.from_dict(r).to_dict() for r in runs]


def test_a_nested_model_module_loads_only_when_a_response_holds_one() -> None:
    code = (
        "import sys\n"
        "from cyberdesk.client.models import RunResponse\n"
        f"RunResponse.from_dict({run()!r})\n"
        "name = 'cyberdesk.client.models.run_post_run_check_snapshot'\n"
        "print(name in sys.modules)\n"
        f"RunResponse.from_dict({run(post_run_checks=None)!r})\n"
        "print(name in sys.modules)\n"
        f"RunResponse.from_dict({run(post_run_checks=[{}])!r})\n"
        "print(name in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True"]


def test_a_sync_call_loads_no_event_loop_no_batch_engine_no_unused_generated_code() -> None:
    code = (
        "import sys, httpx, json\n"
        "from cyberdesk import CyberdeskClient\n"
        f"body = json.dumps({run()!r}).encode()\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))\n"
        "client = CyberdeskClient('k', transport=transport)\n"
        f"assert client.runs.get_sync({RUN_ID!r}).error is None\n"
        "unused = ('asyncio', 'cyberdesk.batch', 'cyberdesk.client.client',\n"
        "          'cyberdesk.client.models.workflow_model_metadata',\n"
        "          'cyberdesk.client.models.http_validation_error',\n"
        "          'cyberdesk._retry_event', 'cyberdesk._raw_call', 'tenacity')\n"
        "print(sorted(m for m in unused if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


UUID_FORMS = [
    RUN_ID,
    RUN_ID.upper(),
    RUN_ID.replace("-", ""),
    "{" + RUN_ID + "}",
    "urn:uuid:" + RUN_ID,
    " " + RUN_ID[1:],  # int() would take the space: UUID() and the fast path agree
    "+" + RUN_ID[1:],
    "5_0e8400-e29b-41d4-a716-446655440000",
    "550e8400-e29b-41d4-a716-44665544000g",
    "550e8400-e29b-41d4-a716-4466554400",
    "550e8400-e29b-41d4-a716-4466554400000",
    "",
    "-" * 36,
    "550e8400e29b41d4a716446655440000-----",
]


@pytest.mark.parametrize("value", UUID_FORMS)
def test_parse_uuid_matches_uuid(value: str) -> None:
    from cyberdesk.client.types import parse_uuid

    try:
        expected: UUID | type[BaseException] = UUID(value)
    except ValueError:
        expected = ValueError
    if expected is ValueError:
        with pytest.raises(ValueError):
            parse_uuid(value)
        return
    parsed = parse_uuid(value)
    assert type(parsed) is UUID
    assert parsed == expected and parsed.int == expected.int  # type: ignore[union-attr]
    assert parsed.is_safe is expected.is_safe  # type: ignore[union-attr]
    assert str(parsed) == str(expected) and hash(parsed) == hash(expected)


def test_parse_uuid_refuses_what_uuid_refuses() -> None:
    from cyberdesk.client.types import parse_uuid

    for value in (None, 42, b"x" * 16):
        with pytest.raises((TypeError, AttributeError)) as raised:
            parse_uuid(value)  # type: ignore[arg-type]
        with pytest.raises(raised.type):
            UUID(value)  # type: ignore[arg-type]


def test_the_classes_loaded_on_first_use_are_the_exported_ones() -> None:
    import cyberdesk
    from cyberdesk import _retry
    from cyberdesk._raw_call import RawCall
    from cyberdesk._retry_event import RetryEvent

    assert _retry.RetryEvent is RetryEvent is cyberdesk.RetryEvent
    client = cyberdesk.CyberdeskClient("k")
    assert type(client.request.__build__(client, "GET", "/v1/runs")) is RawCall  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        _retry.NoSuchName  # noqa: B018
