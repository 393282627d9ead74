"""Contains some shared types for properties"""

import datetime
import json
import re
from collections.abc import Mapping, MutableMapping, Sequence
from enum import Enum
from http import HTTPStatus
from itertools import repeat
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def parse_datetime(value: str) -> datetime.datetime:
    """An ISO 8601 timestamp; dateutil (slow to import and to run) only for rare forms."""
    try:
        return datetime.datetime.fromisoformat(
            value[:-1] + "+00:00" if value.endswith("Z") else value
        )
    except ValueError:
        from dateutil.parser import isoparse

        return isoparse(value)


# UUID's own __init__ strips prefixes and braces, checks its arguments and sets its two
# slots through object.__setattr__; setting the slots directly halves the cost of a parse.
_new_object = object.__new__
_set_uuid_int = UUID.__dict__["int"].__set__
_set_uuid_is_safe = UUID.__dict__["is_safe"].__set__


def parse_uuid(value: str) -> UUID:
    """``UUID(value)``, twice as fast for the plain 32-hex-digit forms the API sends."""
    if type(value) is str:
        digits = value.replace("-", "")
        if len(digits) == 32:
            try:
                number = int(digits, 16)
            except ValueError:
                pass  # braces, "urn:uuid:" or a bad digit: UUID() decides
            else:
                # No prefix or brace got this far (int() refuses them), so UUID() would have
                # read these same 32 digits; 32 hex digits are always below 2**128.
                uuid = _new_object(UUID)
                _set_uuid_int(uuid, number)
                _set_uuid_is_safe(uuid, SafeUUID.unknown)
                return uuid
    return UUID(value)


# Project addition: what a model's __init__ checks its arguments with (model_init.jinja).
# Parsing does not go through __init__, so none of this is on a response's path. An error
# names the model, the field and the type given, never the value: a value given in the wrong
# place may be a secret.

NoneType = type(None)
_uuid_text = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
).fullmatch


def wrong_type(model: str, field: str, expected: str, value: Any) -> TypeError:
    """The error for an argument of the wrong type."""
    got = "None" if value is None else type(value).__name__
    return TypeError(f"{model}.{field} must be {expected}, got {got}")


def checked_uuid(model: str, field: str, value: Any, expected: str) -> Any:
    """A UUID, or a string that parses as one (kept as written)."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        if (
            _uuid_text(value) is not None
        ):  # the usual form, several times faster than UUID()
            return value
        try:
            UUID(value)
        except ValueError:
            raise ValueError(
                f"{model}.{field} must be {expected}, got a str that is not a UUID"
            ) from None
        return value
    raise wrong_type(model, field, expected, value)


def checked_enum(
    model: str, field: str, value: Any, enum: type[Enum], expected: str
) -> Any:
    """A member of ``enum``, from a member or its value."""
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            raise ValueError(
                f"{model}.{field} must be {expected}, got a str that is none of them"
            ) from None
    raise wrong_type(model, field, expected, value)


def checked_map(
    model: str, field: str, value: Any, cls: type[Any], expected: str
) -> Any:
    """Any mapping, as the generated dict type ``cls``."""
    if isinstance(value, Mapping):
        return cls(value)
    raise wrong_type(model, field, expected, value)


def checked_list(model: str, field: str, value: Any, expected: str) -> list[Any]:
    """A list from a list or a tuple; a string is a single value, not a sequence of characters."""
    if type(value) is list:
        return value
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray)):
        return list(value)
    raise wrong_type(model, field, expected, value)


def checked_items(
    model: str,
    field: str,
    items: list[Any],
    kinds: type[Any] | tuple[type[Any], ...],
    expected: str,
) -> list[Any]:
    """``items``, each an instance of ``kinds``."""
    if not all(map(isinstance, items, repeat(kinds))):
        for i, item in enumerate(items):
            if not isinstance(item, kinds):
                raise wrong_type(model, f"{field}[{i}]", expected, item)
    return items


def checked_uuid_list(model: str, field: str, value: Any, expected: str) -> list[Any]:
    """A list of UUIDs or UUID strings (each kept as written)."""
    items = checked_list(model, field, value, expected)
    for i, item in enumerate(items):
        if type(item) is not UUID:
            checked_uuid(model, f"{field}[{i}]", item, "a UUID or a UUID string")
    return items


def checked_map_list(
    model: str, field: str, value: Any, cls: type[Any], expected: str
) -> list[Any]:
    """A list of mappings, each as the generated dict type ``cls``."""
    items = checked_list(model, field, value, expected)
    if all(map(isinstance, items, repeat(cls))):
        return items
    return [
        item
        if isinstance(item, cls)
        else checked_map(model, f"{field}[{i}]", item, cls, "a mapping")
        for i, item in enumerate(items)
    ]


def model_json(model: Any) -> str:
    """A model as JSON text, as it is sent on the wire."""
    return json.dumps(model.to_dict(), ensure_ascii=False)


def pydantic_core_schema(cls: type[Any]) -> Any:
    """A pydantic schema for a generated model: instances pass as they are, a dict is read with
    ``from_dict``, and it serializes as ``to_dict`` (FastAPI return values and ``response_model``).

    pydantic is imported here, only when pydantic itself asks for the schema.
    """
    from pydantic_core import core_schema

    def validate(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        if isinstance(value, Mapping):
            return cls.from_dict(value)
        raise ValueError(
            f"expected a {cls.__name__} or a dict, got {type(value).__name__}"
        )

    return core_schema.no_info_plain_validator_function(
        validate,
        serialization=core_schema.plain_serializer_function_ser_schema(
            lambda model: model.to_dict(), return_schema=core_schema.dict_schema()
        ),
        # A reference, so that an app's OpenAPI lists the model once, under its name.
        ref=f"{cls.__module__}.{cls.__qualname__}",
    )


def pydantic_json_schema(cls: type[Any]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "title": cls.__name__}
    doc = (cls.__doc__ or "").strip()
    if doc:
        schema["description"] = doc.split("\n\n")[0]
    return schema


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
