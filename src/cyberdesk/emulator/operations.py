"""The API's operations, read from the generated client so the emulator cannot drift from it.

Every module under ``cyberdesk.client.api`` describes one operation of openapi.json: its
``_get_kwargs`` has the path parameters (positional), the query parameters with their types
and defaults (keyword-only), and the request body model. Calling it with placeholders
yields the method and the URL template. Handlers are then registered by operation id (the
module name), and the app refuses to start if an operation has none.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from cyberdesk.client import api as generated_api
from cyberdesk.client.types import UNSET, Unset

_SKIPPED_KWARGS = {"idempotency_key"}


@dataclass(frozen=True)
class Param:
    """A path or query parameter: its wire name, type annotation and default."""

    name: str
    annotation: Any
    required: bool
    default: Any


@dataclass(frozen=True)
class Operation:
    """One HTTP operation of the API."""

    operation_id: str
    tag: str
    method: str
    path: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body_model: type[Any] | None
    body_required: bool
    body_multipart: bool

    @property
    def route(self) -> str:
        """``"METHOD /template"``: the key faults and stats use."""
        return f"{self.method} {self.path}"


class _Placeholder:
    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return f"PLACEHOLDER{self.name}PLACEHOLDER"


class _BodyPlaceholder:
    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def _sample(annotation: Any) -> Any:
    if annotation is datetime.datetime:
        return datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
    return annotation()


def _body_info(annotation: Any) -> tuple[type[Any] | None, bool]:
    args = typing.get_args(annotation)
    if not args:
        return annotation, True
    models = [a for a in args if a is not Unset and a is not type(None)]
    return (models[0] if models else None), Unset not in args


def _describe(tag: str, name: str, func: Any) -> Operation:
    hints = typing.get_type_hints(func)
    signature = inspect.signature(func)
    call: dict[str, Any] = {}
    path_params: list[Param] = []
    query_params: list[Param] = []
    body_model: type[Any] | None = None
    body_required = False
    for pname, parameter in signature.parameters.items():
        if pname in _SKIPPED_KWARGS:
            continue
        annotation = hints[pname]
        if pname == "body":
            body_model, body_required = _body_info(annotation)
            call[pname] = _BodyPlaceholder()
        elif parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            path_params.append(Param(pname, annotation, True, None))
            call[pname] = _Placeholder(pname)
        else:
            required = parameter.default is inspect.Parameter.empty
            default = None if required or parameter.default is UNSET else parameter.default
            query_params.append(Param(pname, annotation, required, default))
            if required:
                call[pname] = _sample(annotation)
    kwargs = func(**call)
    path = str(kwargs["url"])
    for param in path_params:
        path = path.replace(str(_Placeholder(param.name)), "{" + param.name + "}")
    return Operation(
        operation_id=name,
        tag=tag,
        method=str(kwargs["method"]).upper(),
        path=path,
        path_params=tuple(path_params),
        query_params=tuple(query_params),
        body_model=body_model,
        body_required=body_required,
        body_multipart="files" in kwargs,
    )


@cache
def all_operations() -> tuple[Operation, ...]:
    """Every operation of the generated client, in a stable order."""
    found: list[Operation] = []
    for tag_info in sorted(pkgutil.iter_modules(generated_api.__path__), key=lambda m: m.name):
        tag_pkg = importlib.import_module(f"{generated_api.__name__}.{tag_info.name}")
        for mod_info in sorted(pkgutil.iter_modules(tag_pkg.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{tag_pkg.__name__}.{mod_info.name}")
            found.append(_describe(tag_info.name, mod_info.name, module._get_kwargs))
    return tuple(found)
