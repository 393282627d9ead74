"""What every namespace shares."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from uuid import UUID

from .._call import NOT_GIVEN, Runner
from .._coerce import as_enum, as_int, as_model, as_uuid, model_class, new_model

Id = str | UUID
"""An id argument: a UUID or its string form."""


class Resource:
    """A namespace of operations over the client's runner."""

    def __init__(self, runner: Runner):
        self._runner = runner

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


def present(**kwargs: Any) -> dict[str, Any]:
    """The arguments the caller actually gave (None and NOT_GIVEN mean "leave it out")."""
    return {k: v for k, v in kwargs.items() if v is not None and v is not NOT_GIVEN}


def page(skip: int | None, limit: int | None) -> dict[str, int]:
    """The ``skip``/``limit`` query of a list call, checked (the API allows 1 to 1000 a page)."""
    return present(skip=int_in("skip", skip, 0), limit=int_in("limit", limit, 1, 1000))


def int_in(name: str, value: Any, minimum: int, maximum: int | None = None) -> Any:
    """``value`` as an int from ``minimum`` to ``maximum``; NOT_GIVEN and None pass unchanged."""
    return checked(lambda n, v: as_int(n, v, minimum=minimum, maximum=maximum), name, value)


def ids(**given: Any) -> dict[str, Any]:
    """Each id argument as a UUID, checked under its own name."""
    return {name: as_uuid(name, value) for name, value in given.items()}


def with_body(model: str, data: Any, **given: Any) -> dict[str, Any]:
    """The path ids as UUIDs, then ``body``: ``data`` (a model or dict) as ``model``."""
    return {**ids(**given), "body": as_model("data", data, model)}


def aliased(model: str, data: Any, field: str, alias: str) -> Any:
    """``data`` (a model or dict) as ``model``; a dict may say ``alias`` for ``field``."""
    if isinstance(data, Mapping) and alias in data:
        if field in data:
            raise TypeError(f"data takes {field} (or its alias {alias}), not both")
        data = dict(data)
        data[field] = data.pop(alias)
    return as_model("data", data, model)


def enum_of(name: str, value: Any, model: str) -> Any:
    """``value`` as a member of the generated enum ``model``; None passes unchanged."""
    return None if value is None else as_enum(name, value, model_class(model))


def checked(check: Callable[[str, Any], Any], name: str, value: Any) -> Any:
    """``check(name, value)``, except that NOT_GIVEN and None pass unchanged."""
    return value if value is NOT_GIVEN or value is None else check(name, value)


def model_or_fields(
    op: str, model: str, data: Any, fields: Mapping[str, Any], required: tuple[str, ...] = ()
) -> Any:
    """The request body: ``data`` (a model or dict), or ``model`` built from keyword fields.

    A field left NOT_GIVEN stays out of the body; an explicit None is sent as null.
    """
    given = {name: value for name, value in fields.items() if value is not NOT_GIVEN}
    if data is not None:
        if given:
            names = ", ".join(given)
            raise TypeError(
                f"{op} takes a {model} or keyword fields, not both (got data and {names})"
            )
        return as_model("data", data, model)
    missing = [name for name in required if given.get(name) is None]
    if missing:
        needed = ", ".join(f"{name}=" for name in missing)
        raise TypeError(f"{op} needs {needed} (or a {model} as data)")
    return new_model("data", model, given)
