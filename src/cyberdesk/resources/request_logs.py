"""client.request_logs: records of requests made to machines, with status and timing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._coerce import as_model, as_str, as_uuid
from .._operation import Pages, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from ._base import Id, Resource, checked, ids, int_in, page, present, with_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        PaginatedResponse,
        RequestLogCreate,
        RequestLogResponse,
        RequestLogUpdate,
    )


class RequestLogs(Resource):
    """Request logs: one record per request to a machine (method, path, status, duration)."""

    # -- list -------------------------------------------------------------------------
    @operation
    def list(
        self,
        *,
        machine_id: Id | None = None,
        method: str | None = None,
        status_code: int | None = None,
        skip: int | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponse]:
        """One page of request logs; ``data.items`` are plain dicts."""
        query = present(
            **page(skip, limit),
            machine_id=checked(as_uuid, "machine_id", machine_id),
            method=checked(as_str, "method", method),
            status_code=int_in("status_code", status_code, 100, 599),
        )
        return Call("request_logs.list_request_logs", query, options=options)

    @iterator
    def iter(
        self,
        *,
        page_size: int = 100,
        machine_id: Id | None = None,
        method: str | None = None,
        status_code: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pages[dict[str, Any]]:
        """Every matching request log as a dict, page after page (``async for``); errors raise."""
        return paged(
            self.list,
            page_size,
            machine_id=machine_id,
            method=method,
            status_code=status_code,
            **options,
        )

    # -- create / get / update / delete ---------------------------------------------------
    @operation
    def create(
        self, data: RequestLogCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[RequestLogResponse]:
        """Records a request to a machine."""
        body = as_model("data", data, "RequestLogCreate")
        return Call("request_logs.create_request_log", {"body": body}, options=options)

    @operation
    def get(self, log_id: Id, **options: Unpack[RequestOptions]) -> Call[RequestLogResponse]:
        """One request log."""
        return Call("request_logs.get_request_log", ids(log_id=log_id), options=options)

    @operation
    def update(
        self,
        log_id: Id,
        data: RequestLogUpdate | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[RequestLogResponse]:
        """Completes a request log with its status, size, duration or error."""
        args = with_body("RequestLogUpdate", data, log_id=log_id)
        return Call("request_logs.update_request_log", args, options=options)

    @operation
    def delete(self, log_id: Id, **options: Unpack[WriteOptions]) -> Call[None]:
        """Deletes a request log."""
        return Call("request_logs.delete_request_log", ids(log_id=log_id), options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    iter_sync = iter.sync
    create_sync = create.sync
    get_sync = get.sync
    update_sync = update.sync
    delete_sync = delete.sync
