"""Errors the SDK reports.

Methods return these in ``ApiResponse.error`` rather than raising them; ``raise
response.error`` or ``response.unwrap()`` turns one into an exception.

    CyberdeskError
    ├── APIError                      the request went out; what came back is unusable
    │   ├── APIStatusError            a non-2xx answer other than 422
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
    │   │   ├── PermissionDeniedError     403
    │   │   ├── NotFoundError             404
    │   │   ├── ConflictError             409
    │   │   ├── RateLimitError            429
    │   │   └── InternalServerError       5xx
    │   ├── APIResponseValidationError  a 2xx whose body does not parse
    │   └── APIConnectionError        no answer (connection failed, dropped, ...)
    │       └── APITimeoutError
    └── WaitTimeoutError              runs.wait gave up before the run ended
"""

from __future__ import annotations

from typing import Any

_MAX_TEXT = 500

# Response headers that can carry a credential: dropped from errors, so none reaches a log,
# a repr or a pickle.
_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)


def _excerpt(text: str) -> str:
    # An HTML error page or a huge body must not flood logs or terminals.
    text = text.strip()
    return text if len(text) <= _MAX_TEXT else f"{text[:_MAX_TEXT]}... ({len(text)} characters)"


def _rebuild(cls: type[CyberdeskError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class CyberdeskError(Exception):
    """Base class of every error the SDK reports.

    Errors pickle (to cross a process pool or a queue) with their type, message and
    attributes, without running ``__init__`` again, whose keyword-only arguments the
    default exception pickling cannot pass.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, dict(self.__dict__))


class APIError(CyberdeskError):
    """A request was sent and did not produce a usable answer."""

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path


class APIStatusError(APIError):
    """The API answered with an error status.

    ``body`` is the parsed JSON body when there is one, else the raw text (for example an
    HTML page from a proxy). ``detail`` is the API's message when the body carries one.
    """

    status_code: int

    def __init__(
        self,
        *,
        status_code: int,
        body: Any,
        method: str | None = None,
        path: str | None = None,
        request_id: str | None = None,
        headers: dict[str, str] | None = None,
        retry_after: float | None = None,
    ):
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.headers = {
            name: value
            for name, value in (headers or {}).items()
            if name.lower() not in _SECRET_HEADERS
        }
        self.retry_after = retry_after
        where = f" from {method} {path}" if method and path else ""
        detail = self.detail
        text = f": {_excerpt(str(detail))}" if detail not in (None, "") else ""
        rid = f" (request id {request_id})" if request_id else ""
        super().__init__(f"HTTP {status_code}{where}{text}{rid}", method=method, path=path)

    @property
    def detail(self) -> Any:
        if isinstance(self.body, dict) and "detail" in self.body:
            return self.body["detail"]
        return self.body


class BadRequestError(APIStatusError):
    """400: the API rejected the request."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or not valid."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible to this key)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


class APIResponseValidationError(APIError):
    """A success status whose body is not what the API describes (not JSON, truncated, ...)."""

    def __init__(
        self, message: str, *, status_code: int, method: str | None = None, path: str | None = None
    ):
        self.status_code = status_code
        super().__init__(message, method=method, path=path)


class APIConnectionError(APIError):
    """No answer came back: the connection failed or was dropped."""


class APITimeoutError(APIConnectionError):
    """No answer came back in time."""


class WaitTimeoutError(CyberdeskError):
    """``runs.wait`` reached its timeout while the run was still going.

    ``last_status`` is the last status seen; the run itself keeps going on the server.
    """

    def __init__(self, run_id: str, timeout: float, last_status: str | None):
        self.run_id = run_id
        self.timeout = timeout
        self.last_status = last_status
        super().__init__(
            f"run {run_id} was still {last_status or 'unknown'} after {timeout:g} s of waiting"
        )
