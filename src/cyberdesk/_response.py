"""ApiResponse: what every SDK method returns.

For a type checker ``ApiResponse[T]`` is a union of three outcomes, so that checking
``error`` and ``validation_error`` against None narrows ``data`` to ``T``:

    Success[T]   data: T                      error: None            validation_error: None
    Invalid      data: HTTPValidationError    error: None            validation_error: data
    Failure      data: None                   error: CyberdeskError  validation_error: None

``Invalid`` is a 422: as the Python guide documents, its validation detail comes back in
``data.detail`` and ``error`` stays None. At run time ``ApiResponse`` is the base class of
the three (``isinstance(r, ApiResponse)`` holds), and calling it builds the right one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, NoReturn, TypeVar

from ._errors import CyberdeskError

if TYPE_CHECKING:
    from typing import TypeAlias

    from .client.models.http_validation_error import HTTPValidationError

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class _Outcome(Generic[T_co]):
    """What the three outcomes share; at run time this class is ``ApiResponse``."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if cls is _Outcome:
            cls = _outcome_class(*args, **kwargs)
        return object.__new__(cls)


def _outcome_class(
    data: Any = None, error: Any = None, status_code: Any = None, *_: Any, **__: Any
) -> type[_Outcome[Any]]:
    if error is not None:
        return Failure
    if status_code == 422 and data is not None:
        return Invalid
    return Success


@dataclass(frozen=True)
class Success(_Outcome[T_co]):
    """A successful call: ``data`` is its result."""

    data: T_co
    error: None = None
    status_code: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    """The response's headers (empty when there was no HTTP response, e.g. a local result)."""
    request_id: str | None = field(default=None, repr=False, compare=False)
    """The API's request id, to quote when asking support about this call."""
    attempts: int = field(default=1, repr=False, compare=False)
    """How many times the request was sent (retries included)."""

    @property
    def ok(self) -> Literal[True]:
        return True

    validation_error: None = field(default=None, init=False, repr=False, compare=False)
    """The 422 validation error, or None (a field, not a property: checkers narrow on it)."""

    def unwrap(self) -> T_co:
        """Returns ``data``."""
        return self.data


@dataclass(frozen=True)
class Invalid(_Outcome[Any]):
    """A 422: the API rejected the request's values; ``data.detail`` says which."""

    data: HTTPValidationError
    error: None = None
    status_code: int | None = 422
    headers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    request_id: str | None = field(default=None, repr=False, compare=False)
    attempts: int = field(default=1, repr=False, compare=False)

    @property
    def ok(self) -> Literal[False]:
        return False

    validation_error: HTTPValidationError = field(init=False, repr=False, compare=False)
    """The validation error (the same object as ``data``)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "validation_error", self.data)

    def unwrap(self) -> NoReturn:
        """Raises ValueError with the validation detail."""
        raise ValueError(f"validation failed: {validation_detail(self.data)}")


def validation_detail(data: Any) -> str:
    """A 422's detail as ``loc: msg`` items; never the ``input`` it echoes (maybe a secret)."""
    detail = getattr(data, "detail", data)
    if not isinstance(detail, list):
        return str(detail)
    items = (d if isinstance(d, Mapping) else {"loc": d.loc, "msg": d.msg} for d in detail)
    return "; ".join(
        f"{'.'.join(str(p) for p in item.get('loc') or [])}: {item.get('msg')}" for item in items
    )


@dataclass(frozen=True)
class Failure(_Outcome[Any]):
    """An HTTP error (other than 422), a transport failure or an unusable answer."""

    data: None
    error: CyberdeskError
    status_code: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    request_id: str | None = field(default=None, repr=False, compare=False)
    attempts: int = field(default=1, repr=False, compare=False)

    @property
    def ok(self) -> Literal[False]:
        return False

    validation_error: None = field(default=None, init=False, repr=False, compare=False)

    def unwrap(self) -> NoReturn:
        """Raises ``error``."""
        raise self.error


if TYPE_CHECKING:
    ApiResponse: TypeAlias = Success[T] | Invalid | Failure
else:
    ApiResponse = _Outcome
    ApiResponse.__name__ = ApiResponse.__qualname__ = "ApiResponse"


def api_response(
    data: Any,
    error: CyberdeskError | None = None,
    status_code: int | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    request_id: str | None = None,
    attempts: int = 1,
) -> ApiResponse[Any]:
    """The outcome that ``data``, ``error`` and ``status_code`` describe."""
    cls: Any = _outcome_class(data, error, status_code)
    result: ApiResponse[Any] = cls(data, error, status_code, headers or {}, request_id, attempts)
    return result


Acknowledged = dict[str, bool]
"""What a delete (or a pool's machine removal) answers: ``{"success": True}``, as the
official SDK has it, so ``response.data["success"]`` keeps working for code moved over."""


def acknowledged(_response: Any) -> Acknowledged:
    """The data of a call whose answer has no body worth keeping (only called on a 2xx)."""
    return {"success": True}
