"""The runner's request building: the same requests httpx would build, with less work."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

import cyberdesk._call
from cyberdesk import CyberdeskClient
from cyberdesk._call import Call, Runner

BASES = [
    "https://api.cyberdesk.io",
    "https://api.cyberdesk.io/",
    "http://127.0.0.1:8000/prefix",
    "http://127.0.0.1:8000/prefix/",
    "http://user:pw@example.test/a/b",
    "http://example.test/?x=1",
]
PATHS = [
    "/v1/runs/550e8400-e29b-41d4-a716-446655440000",
    "/v1/runs/a%20b%2Fc",
    "/v1/runs/..",
    "/v1/runs/./x",
    "/v1/machines/%C3%A9t%C3%A9",
    "v1/relative",
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_built_urls_are_the_ones_httpx_merges(base: str, path: str) -> None:
    client = httpx.Client(base_url=base)
    kwargs = {"method": "get", "url": path}
    module = type("Endpoint", (), {"_get_kwargs": staticmethod(lambda: dict(kwargs))})
    call: Call[Any] = Call("runs.get_run")
    object.__setattr__(call, "module", lambda: module)
    built = Runner(CyberdeskClient("k")._http).build(call, client)
    assert built.url == client.build_request("GET", path).url
    assert str(built.url) == str(client.build_request("GET", path).url)


def test_empty_query_parameters_and_headers_build_the_same_request() -> None:
    client = CyberdeskClient("k")
    runner = client.runs._runner
    http = client._http.sync_client()
    call: Call[Any] = Call("runs.list_runs", {})
    built = runner.build(call, http)
    kwargs = call.module()._get_kwargs()
    plain = http.build_request("GET", kwargs["url"], params=kwargs["params"], headers={})
    assert built.url == plain.url
    assert list(built.headers.items()) == list(plain.headers.items())
    assert built.extensions == plain.extensions


def test_endpoint_modules_are_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = importlib.import_module

    def counting(name: str, package: str | None = None) -> Any:
        seen.append(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", counting)
    monkeypatch.setattr(cyberdesk._call, "_ENDPOINTS", {})
    call: Call[Any] = Call("health.health_check")
    for _ in range(3):
        module = call.module()
    assert module is real("cyberdesk.client.api.health.health_check")
    assert seen == ["cyberdesk.client.api.health.health_check"]
