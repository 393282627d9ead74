"""openapi.json agrees with the published wire contract, endpoint by endpoint and field by field."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = json.loads((ROOT / "openapi.json").read_text())
CONTRACT_DIR = Path(
    os.environ.get("CYBERDESK_CONTRACT_DIR", ROOT.parent / "shared" / "cyberdesk-api")
)


def _load(name: str) -> dict[str, Any]:
    path = CONTRACT_DIR / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have shared/ beside the clone")
        pytest.skip(f"{path} not present (set CYBERDESK_CONTRACT_DIR)")
    data: dict[str, Any] = json.loads(path.read_text())
    return data


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    return _load("contract.json")


def type_string(schema: dict[str, Any]) -> str:
    """Renders a JSON schema in the contract's type notation (union members sorted)."""
    if "anyOf" in schema:
        return " | ".join(sorted(type_string(s) for s in schema["anyOf"]))
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[1])
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind is None:
        return "any"
    if kind == "string":
        return {"uuid": "uuid", "date-time": "date-time", "date": "date", "binary": "bytes"}.get(
            fmt, "string"
        )
    if kind == "array":
        return f"list[{type_string(schema['items'])}]"
    if kind == "object":
        extra = schema.get("additionalProperties", True)
        return "object" if extra is True else f"dict[str, {type_string(extra)}]"
    return str(kind)


def normalize(type_str: str) -> str:
    """Sorts the top-level union members of a contract type string."""
    parts, depth, cur = [], 0, ""
    for ch in type_str:
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    return " | ".join(sorted(parts))


def resolve_param(param: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        name = param["$ref"].rsplit("/", 1)[1]
        resolved: dict[str, Any] = SPEC["components"]["parameters"][name]
        return resolved
    return param


def operation(method: str, path: str) -> dict[str, Any]:
    ops = SPEC["paths"].get(path)
    assert ops is not None, f"openapi.json lacks the path {path}"
    op = ops.get(method.lower())
    assert op is not None, f"openapi.json lacks {method} {path}"
    result: dict[str, Any] = op
    return result


def test_every_contract_endpoint_is_described(contract: dict[str, Any]) -> None:
    wanted = {(e["method"], e["path"]) for e in contract["endpoints"]}
    described = {(m.upper(), p) for p, ops in SPEC["paths"].items() for m in ops}
    assert wanted - described == set(), "endpoints missing from openapi.json"
    assert described - wanted == set(), "openapi.json describes endpoints the contract lacks"


def test_operation_ids_are_unique_and_readable() -> None:
    ids = [op["operationId"] for ops in SPEC["paths"].values() for op in ops.values()]
    assert len(ids) == len(set(ids))
    for op_id in ids:
        assert op_id.isidentifier() and "_v1_" not in op_id, op_id


def test_parameters_agree(contract: dict[str, Any]) -> None:
    problems = []
    for e in contract["endpoints"]:
        op = operation(e["method"], e["path"])
        params = [resolve_param(p) for p in op.get("parameters", [])]
        for where, expected in (("path", e["path_params"]), ("query", e["query_params"])):
            ours = {p["name"]: p for p in params if p["in"] == where}
            if set(ours) != {p["name"] for p in expected}:
                problems.append(f"{e['method']} {e['path']}: {where} params {sorted(ours)}")
                continue
            for p in expected:
                mine = ours[p["name"]]
                if normalize(p["type"]) != type_string(mine["schema"]):
                    problems.append(f"{e['path']} {p['name']}: type {type_string(mine['schema'])}")
                if where == "query" and bool(mine.get("required")) != p["required"]:
                    problems.append(f"{e['path']} {p['name']}: required")
                if where == "query" and mine["schema"].get("default") != p["default"]:
                    problems.append(f"{e['path']} {p['name']}: default")
        headers = {p["name"] for p in params if p["in"] == "header"}
        if (e["method"] != "GET") != ("Idempotency-Key" in headers):
            problems.append(f"{e['method']} {e['path']}: Idempotency-Key header")
    assert problems == []


def test_request_bodies_agree(contract: dict[str, Any]) -> None:
    problems = []
    for e in contract["endpoints"]:
        body = operation(e["method"], e["path"]).get("requestBody")
        if e["body"] is None:
            if body is not None:
                problems.append(f"{e['method']} {e['path']}: unexpected body")
            continue
        if body is None:
            problems.append(f"{e['method']} {e['path']}: body missing")
            continue
        content = body["content"]
        if list(content) != [e["body"]["content_type"]]:
            problems.append(f"{e['path']}: content type {list(content)}")
            continue
        schema = type_string(content[e["body"]["content_type"]]["schema"])
        if schema != e["body"]["schema"]:
            problems.append(f"{e['path']}: body schema {schema}")
    assert problems == []


def test_responses_agree(contract: dict[str, Any]) -> None:
    problems = []
    for e in contract["endpoints"]:
        responses = operation(e["method"], e["path"])["responses"]
        for code, expected in e["responses"].items():
            got = responses.get(code)
            if got is None:
                problems.append(f"{e['method']} {e['path']}: no {code}")
                continue
            content = got.get("content")
            if expected == "null":
                ok = content is None
            elif expected == "bytes":
                ok = (
                    content is not None
                    and type_string(next(iter(content.values()))["schema"]) == "bytes"
                )
            else:
                ok = content is not None and type_string(
                    content["application/json"]["schema"]
                ) == normalize(expected)
            if not ok:
                problems.append(f"{e['method']} {e['path']} {code}: {content}")
        extra = set(responses) - set(e["responses"])
        contract_has_success = any(c.startswith("2") for c in e["responses"])
        if extra and (
            contract_has_success or "description" not in operation(e["method"], e["path"])
        ):
            problems.append(f"{e['method']} {e['path']}: undocumented extra responses {extra}")
    assert problems == []


def _check_schemas(expected: dict[str, Any]) -> list[str]:
    problems = []
    ours = SPEC["components"]["schemas"]
    for name, schema in expected.items():
        mine = ours.get(name)
        if mine is None:
            problems.append(f"schema {name} missing")
            continue
        if schema["kind"] == "enum":
            if sorted(mine.get("enum", [])) != sorted(schema["values"]):
                problems.append(f"enum {name}: {mine.get('enum')}")
            continue
        props = mine.get("properties", {})
        names = [f["name"] for f in schema["fields"]]
        if set(props) != set(names):
            problems.append(f"{name}: fields {sorted(set(props) ^ set(names))}")
            continue
        required = set(mine.get("required", []))
        for f in schema["fields"]:
            prop = props[f["name"]]
            rendered = type_string(prop)
            if rendered != normalize(f["type"]):
                problems.append(f"{name}.{f['name']}: type {rendered} != {f['type']}")
            if (f["name"] in required) != f["required"]:
                problems.append(f"{name}.{f['name']}: required")
            if ("null" in rendered.split(" | ")) != f["nullable"]:
                problems.append(f"{name}.{f['name']}: nullable")
            if prop.get("default") != f["default"]:
                problems.append(f"{name}.{f['name']}: default {prop.get('default')!r}")
        if (mine.get("additionalProperties", True) is not False) != schema["additional_properties"]:
            problems.append(f"{name}: additionalProperties")
    return problems


def test_every_schema_agrees(contract: dict[str, Any]) -> None:
    assert _check_schemas(contract["schemas"]) == []


def test_webhook_event_schemas_agree() -> None:
    webhooks = _load("webhooks.json")
    assert _check_schemas(webhooks["schemas"]) == []
    for event, schema in webhooks["events"].items():
        body = SPEC["webhooks"][event]["post"]["requestBody"]["content"]["application/json"]
        assert type_string(body["schema"]) == schema


def test_the_comparison_catches_a_disagreement(contract: dict[str, Any]) -> None:
    # Guards the checker itself: a contract with one field made optional must not pass.
    altered = json.loads(json.dumps(contract["schemas"]["RunCreate"]))
    altered["fields"][0]["required"] = False
    assert _check_schemas({"RunCreate": altered}) == ["RunCreate.workflow_id: required"]


def test_screenshot_success_body_is_described_as_png() -> None:
    op = operation("GET", "/v1/computer/{machine_id}/display/screenshot")
    assert "image/png" in op["responses"]["200"]["content"]
    assert "PNG" in op["description"]


def test_openapi_json_is_valid_openapi_31() -> None:
    from openapi_spec_validator import validate

    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)
