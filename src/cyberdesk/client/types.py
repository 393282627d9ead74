"""Contains some shared types for properties"""

import datetime
import json
from collections.abc import Mapping, MutableMapping, Sequence
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


def needs_map(value: Any) -> bool:
    """Whether ``value`` is a mapping that is not yet one of the generated dict types."""
    if isinstance(value, dict):
        return type(value) is dict
    return (
        value is not None
        and not isinstance(value, Unset)
        and isinstance(value, Mapping)
    )


def needs_map_list(value: Any) -> bool:
    """Whether a list (or tuple) holds a mapping that is not yet a generated dict type."""
    # Checked item by item in C: a parsed list of thousands of items costs next to nothing.
    if isinstance(value, tuple):
        return True
    return isinstance(value, list) and (
        dict in map(type, value) or not all(map(isinstance, value, repeat(dict)))
    )


def is_sequence(value: Any) -> bool:
    """A sequence of items (not a string): what a list-typed argument may be given as."""
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


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
