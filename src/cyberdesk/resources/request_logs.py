"""client.request_logs: records of requests made to machines, with status and timing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_int, as_model, as_str, as_uuid
from .._pagination import pages
from .._response import ApiResponse
from ._base import Resource, present

if TYPE_CHECKING:
    from ..client.models import (
        PaginatedResponse,
        RequestLogCreate,
        RequestLogResponse,
        RequestLogUpdate,
    )

Id = str | UUID


class RequestLogs(Resource):
    """Request logs: one record per request to a machine (method, path, status, duration)."""

    # -- list -------------------------------------------------------------------------

    def _list(
        self, skip: int | None, limit: int | None, filters: dict[str, Any], timeout: TimeoutArg
    ) -> Call[PaginatedResponse]:
        query = present(
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            machine_id=None
            if filters["machine_id"] is None
            else as_uuid("machine_id", filters["machine_id"]),
            method=None if filters["method"] is None else as_str("method", filters["method"]),
            status_code=None
            if filters["status_code"] is None
            else as_int("status_code", filters["status_code"], minimum=100, maximum=599),
        )
        return Call("request_logs.list_request_logs", query, timeout=timeout)

    async def list(
        self,
        *,
        machine_id: Id | None = None,
        method: str | None = None,
        status_code: int | None = None,
        skip: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponse]:
        """One page of request logs; ``data.items`` are plain dicts."""
        filters = dict(machine_id=machine_id, method=method, status_code=status_code)
        return await self._runner.arun(self._list(skip, limit, filters, timeout))

    def list_sync(
        self,
        *,
        machine_id: Id | None = None,
        method: str | None = None,
        status_code: int | None = None,
        skip: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponse]:
        """Blocking twin of ``list``."""
        filters = dict(machine_id=machine_id, method=method, status_code=status_code)
        return self._runner.run(self._list(skip, limit, filters, timeout))

    def _iter(self, page_size: int, filters: dict[str, Any]) -> Any:
        return pages(lambda skip, limit: self._list(skip, limit, filters, NOT_GIVEN), page_size)

    def iter(
        self,
        *,
        page_size: int = 100,
        machine_id: Id | None = None,
        method: str | None = None,
        status_code: int | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every matching request log as a dict, page after page (``async for``); errors raise."""
        filters = dict(machine_id=machine_id, method=method, status_code=status_code)
        return self._runner.aiterate(self._iter(page_size, filters))

    def iter_sync(
        self,
        *,
        page_size: int = 100,
        machine_id: Id | None = None,
        method: str | None = None,
        status_code: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Blocking twin of ``iter``: a plain iterator."""
        filters = dict(machine_id=machine_id, method=method, status_code=status_code)
        return self._runner.iterate(self._iter(page_size, filters))

    # -- create / get / update / delete ---------------------------------------------------

    def _create(
        self, data: RequestLogCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[RequestLogResponse]:
        body = as_model("data", data, "RequestLogCreate")
        return Call(
            "request_logs.create_request_log", {"body": body}, timeout=timeout, idempotency_key=key
        )

    async def create(
        self,
        data: RequestLogCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RequestLogResponse]:
        """Records a request to a machine."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: RequestLogCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RequestLogResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    def _get(self, log_id: Id, timeout: TimeoutArg) -> Call[RequestLogResponse]:
        return Call(
            "request_logs.get_request_log", {"log_id": as_uuid("log_id", log_id)}, timeout=timeout
        )

    async def get(
        self, log_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RequestLogResponse]:
        """One request log."""
        return await self._runner.arun(self._get(log_id, timeout))

    def get_sync(
        self, log_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RequestLogResponse]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(log_id, timeout))

    def _update(
        self,
        log_id: Id,
        data: RequestLogUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[RequestLogResponse]:
        args = {
            "log_id": as_uuid("log_id", log_id),
            "body": as_model("data", data, "RequestLogUpdate"),
        }
        return Call("request_logs.update_request_log", args, timeout=timeout, idempotency_key=key)

    async def update(
        self,
        log_id: Id,
        data: RequestLogUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RequestLogResponse]:
        """Completes a request log with its status, size, duration or error."""
        return await self._runner.arun(self._update(log_id, data, idempotency_key, timeout))

    def update_sync(
        self,
        log_id: Id,
        data: RequestLogUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RequestLogResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(self._update(log_id, data, idempotency_key, timeout))

    def _delete(self, log_id: Id, key: str | None, timeout: TimeoutArg) -> Call[None]:
        return Call(
            "request_logs.delete_request_log",
            {"log_id": as_uuid("log_id", log_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def delete(
        self, log_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[None]:
        """Deletes a request log."""
        return await self._runner.arun(self._delete(log_id, idempotency_key, timeout))

    def delete_sync(
        self, log_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[None]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(log_id, idempotency_key, timeout))
