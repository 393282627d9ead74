"""Property-based requests to every operation of openapi.json.

A small generator turns each operation's parameter and body schemas into Hypothesis
strategies (schema-shaped values, ids that exist or not). Every answer must be below 500
and match openapi.json (checked by the recorder for each answer). schemathesis would do
this too but took minutes for 118 operations here, so this stays in-house and fast.
"""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cyberdesk.emulator import Emulator

from .conformance import SPEC
from .conftest import API_KEY, ManualClock, make_client

SCHEMAS = SPEC["components"]["schemas"]
PARAMETERS = SPEC["components"]["parameters"]

EMU = Emulator(api_key=API_KEY, seed=3, machines=2, clock=ManualClock())
CLIENT = make_client(EMU)


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
TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=12)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def from_schema(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values shaped like ``schema`` (mostly valid; the API must cope either way)."""
    schema = _resolve(schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return st.one_of([from_schema(o, depth) for o in options])
    kind = schema.get("type")
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "uuid":
            return st.one_of(st.sampled_from(KNOWN_IDS), st.uuids().map(str))
        if fmt == "date-time":
            return st.datetimes(timezones=st.just(__import__("datetime").timezone.utc)).map(
                lambda d: d.isoformat()
            )
        return TEXT
    if kind == "integer":
        return st.integers(min_value=-5, max_value=2000)
    if kind == "number":
        return st.floats(min_value=-100, max_value=100, allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        if depth > 3:
            return st.just([])
        return st.lists(from_schema(schema.get("items", {}), depth + 1), max_size=3)
    if kind == "object" or "properties" in schema:
        if depth > 3:
            return st.just({})
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {k: from_schema(v, depth + 1) for k, v in properties.items() if k in required},
            optional={
                k: from_schema(v, depth + 1) for k, v in properties.items() if k not in required
            },
        )
    return st.one_of(st.none(), st.integers(), TEXT)


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, ops in SPEC["paths"].items()
        for method, op in ops.items()
    ]


def _request(method: str, path: str, op: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    path_params: dict[str, st.SearchStrategy[Any]] = {}
    query: dict[str, st.SearchStrategy[Any]] = {}
    for raw in op.get("parameters", []):
        param = PARAMETERS[raw["$ref"].rsplit("/", 1)[1]] if "$ref" in raw else raw
        if param["in"] == "path":
            values = from_schema(param["schema"]).map(str)
            path_params[param["name"]] = values.filter(
                lambda v: v and "/" not in v and "?" not in v
            )
        elif param["in"] == "query":
            query[param["name"]] = from_schema(param["schema"])
    body_schema = (
        op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    )
    return st.fixed_dictionaries(
        {
            "path": st.fixed_dictionaries(path_params),
            "query": st.fixed_dictionaries({}, optional=query),
            "body": from_schema(body_schema) if body_schema else st.none(),
        }
    )


def _encode_query(query: dict[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        for item in value if isinstance(value, list) else [value]:
            if item is None:
                continue
            pairs.append(
                (
                    key,
                    json.dumps(item)
                    if isinstance(item, (dict, list))
                    else str(item).lower()
                    if isinstance(item, bool)
                    else str(item),
                )
            )
    return pairs


@pytest.mark.parametrize(
    ("method", "path", "op"), _operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_operation_never_fails_and_conforms(method: str, path: str, op: dict[str, Any]) -> None:
    @settings(
        max_examples=6,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(_request(method, path, op))
    def check(request: dict[str, Any]) -> None:
        url = path.format(**request["path"])
        kwargs: dict[str, Any] = {"params": _encode_query(request["query"])}
        if "multipart/form-data" in op.get("requestBody", {}).get("content", {}):
            kwargs["files"] = {"file": ("x.png", b"\x89PNG", "image/png")}
        elif request["body"] is not None:
            kwargs["json"] = request["body"]
        response = CLIENT.request(method, url, **kwargs)
        assert response.status_code < 500, (method, url, response.text)

    check()


def test_known_ids_are_real() -> None:
    assert all(uuid.UUID(i) for i in KNOWN_IDS)
