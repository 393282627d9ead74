"""Errors a handler raises; the app turns them into FastAPI-style JSON answers."""

from __future__ import annotations

from .validation import ErrorDict, RequestValidationError, error


class ApiError(Exception):
    """An answer ``{"detail": message}`` with the given status."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def not_found(kind: str, ident: object) -> ApiError:
    return ApiError(404, f"{kind} {ident} not found")


def bad_request(detail: str) -> ApiError:
    return ApiError(400, detail)


def invalid(loc: tuple[str | int, ...], msg: str) -> RequestValidationError:
    """A 422 for a value that has the right type but breaks a rule (pydantic ``value_error``)."""
    return RequestValidationError([error(loc, f"Value error, {msg}", "value_error")])


def invalid_many(errors: list[ErrorDict]) -> RequestValidationError:
    return RequestValidationError(errors)
