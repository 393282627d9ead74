"""Every async method of every namespace has a blocking ``_sync`` twin with the same signature.

Iterators are the exception that proves the rule: ``iter`` (and ``runs.batch``) returns an
``AsyncIterator`` and ``iter_sync`` an ``Iterator`` (``batch_sync`` a ``Generator``) of the
same items, with the same parameters.

Most methods are declared once (``@operation``, ``@flow``, ``@iterator``) and both forms
are derived; the checks look at what the class and its instances hand out, so they hold
for derived forms and hand-written ones alike.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from typing import Any

import pytest

import cyberdesk.resources
from cyberdesk._call import Runner
from cyberdesk._http import HttpState
from cyberdesk.resources._base import Resource


def namespace_classes() -> list[type[Resource]]:
    classes: list[type[Resource]] = []
    for info in pkgutil.iter_modules(cyberdesk.resources.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"cyberdesk.resources.{info.name}")
        classes += [
            value
            for value in vars(module).values()
            if inspect.isclass(value)
            and issubclass(value, Resource)
            and value.__module__ == module.__name__
        ]
    return classes


CLASSES = namespace_classes()


def public_methods(cls: type[Resource]) -> dict[str, Any]:
    return {
        name: getattr(cls, name)
        for name in vars(cls)
        if not name.startswith("_") and inspect.isfunction(getattr(cls, name))
    }


def bound_methods(cls: type[Resource]) -> dict[str, Any]:
    """The methods as a user reaches them: on an instance."""
    instance = cls(Runner(HttpState.__new__(HttpState)))
    return {name: getattr(instance, name) for name in public_methods(cls)}


def is_iterator(name: str, method: Any) -> bool:
    returns = str(inspect.signature(method).return_annotation)
    return name.startswith("iter") or returns.startswith("AsyncIterator[")


def test_every_namespace_of_the_client_is_found() -> None:
    names = {cls.__name__ for cls in CLASSES}
    assert {
        "Runs", "Machines", "Pools", "Workflows", "Connections", "Trajectories", "WorkflowTags",
        "WorkflowTagGroups", "ModelConfigurations", "Usage", "Health", "RequestLogs",
        "ProviderCredentials", "Computer",
    } <= names  # fmt: skip


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_async_methods_have_identical_sync_twins(cls: type[Resource]) -> None:
    methods = public_methods(cls)
    for name, method in methods.items():
        if name.endswith("_sync") or is_iterator(name, method):
            continue
        assert inspect.iscoroutinefunction(method), f"{cls.__name__}.{name} is not async"
        twin = methods.get(f"{name}_sync")
        assert twin is not None, f"{cls.__name__}.{name} has no {name}_sync"
        assert not inspect.iscoroutinefunction(twin), f"{cls.__name__}.{name}_sync is async"
        assert inspect.signature(twin) == inspect.signature(method), f"{cls.__name__}.{name}"


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_iterators_have_blocking_twins(cls: type[Resource]) -> None:
    methods = public_methods(cls)
    for name, method in methods.items():
        if not is_iterator(name, method) or name.endswith("_sync"):
            continue
        twin = methods.get(f"{name}_sync")
        assert twin is not None, f"{cls.__name__}.{name} has no {name}_sync"
        # Called without await: a plain function or an async generator function.
        assert not inspect.iscoroutinefunction(method), f"{cls.__name__}.{name} must not be awaited"
        assert not inspect.iscoroutinefunction(twin) and not inspect.isasyncgenfunction(twin)
        ours, theirs = inspect.signature(method), inspect.signature(twin)
        assert list(ours.parameters.values()) == list(theirs.parameters.values()), name
        item = re.fullmatch(r"AsyncIterator\[(.+)\]", str(ours.return_annotation))
        assert item is not None, f"{cls.__name__}.{name} must return an AsyncIterator"
        blocking = (f"Iterator[{item.group(1)}]", f"Generator[{item.group(1)}, None, None]")
        assert theirs.return_annotation in blocking, f"{name}_sync"


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_sync_method_has_its_original(cls: type[Resource]) -> None:
    methods = public_methods(cls)
    orphans = [
        name
        for name in methods
        if name.endswith("_sync") and name.removesuffix("_sync") not in methods
    ]
    assert orphans == []


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_twins_share_their_docstring_form(cls: type[Resource]) -> None:
    for name, method in public_methods(cls).items():
        assert method.__doc__, f"{cls.__name__}.{name} has no docstring"
        if name.endswith("_sync"):
            original = name.removesuffix("_sync")
            assert method.__doc__.startswith(f"Blocking twin of ``{original}``"), name


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_bound_twins_match_too(cls: type[Resource]) -> None:
    methods = bound_methods(cls)
    for name, method in methods.items():
        kind = "async" if inspect.iscoroutinefunction(method) else "plain"
        assert kind == ("async" if inspect.iscoroutinefunction(getattr(cls, name)) else "plain")
        assert method.__doc__ == getattr(cls, name).__doc__, name
        if hasattr(method, "__build__"):  # declared once, both forms derived
            assert method.__qualname__ == f"{cls.__name__}.{name}", name
        twin = methods.get(f"{name}_sync")
        if twin is not None and not is_iterator(name, method):
            assert inspect.signature(twin) == inspect.signature(method), f"{cls.__name__}.{name}"
            assert "self" not in inspect.signature(method).parameters
