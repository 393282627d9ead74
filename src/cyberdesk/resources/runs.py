"""client.runs: create, list, read, wait for, retry and chain runs."""

from __future__ import annotations

import builtins
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import Call, Flow, Gather, Sleep
from .._coerce import (
    as_datetime,
    as_enum,
    as_int,
    as_model,
    as_seconds,
    as_str,
    as_uuid,
    model_class,
)
from .._errors import APIConnectionError, APIStatusError, WaitTimeoutError
from .._operation import Pages, call_of, flow, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from .._response import Acknowledged, ApiResponse, acknowledged, api_response
from .._statuses import TERMINAL_STATUSES as TERMINAL_STATUSES
from ._base import Id, Resource, checked, enum_of, ids, int_in, page, present, with_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..batch import api as _batch
    from ..client.models import (
        PaginatedResponseWithIncludesRunResponse,
        RunBulkCreate,
        RunBulkCreateResponse,
        RunCreate,
        RunField,
        RunImageSignedUrlResponse,
        RunListSortMode,
        RunLlmCostsResponse,
        RunResponse,
        RunResponseWithIncludes,
        RunRetry,
        RunStatus,
        RunUpdate,
        TrajectoryResponse,
        WorkflowChainCreate,
        WorkflowChainResponse,
    )


class _BatchMethod:
    """A form declared in ``cyberdesk.batch.api`` as a method, imported on first use.

    Most programs never batch; importing the batch engine with the namespace would add
    about 4 ms to every process's first call.
    """

    def __init__(self, name: str):
        self.name = name

    def __get__(self, runs: object, owner: type) -> Any:
        from ..batch import api

        form = getattr(api, self.name)
        form.__set_name__(owner, self.name)  # as if it had been in the class body
        setattr(owner, self.name, form)  # later lookups find the form itself
        return form.__get__(runs, owner)


StatusCallback = Callable[["RunResponseWithIncludes"], Any]
_TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def _fields(fields: Iterable[RunField | str] | None) -> list[RunField] | None:
    if fields is None:
        return None
    if isinstance(fields, str):
        raise TypeError("fields must be a list of RunField values, not a single string")
    enum = model_class("RunField")
    return [as_enum(f"fields[{i}]", f, enum) for i, f in enumerate(fields)]


def _given(value: Any) -> bool:
    """Whether a model field holds a value (not None, an empty list or UNSET)."""
    return value not in (None, []) and type(value).__name__ != "Unset"


def _is_transient(response: ApiResponse[Any]) -> bool:
    error = response.error
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and error.status_code in _TRANSIENT_STATUSES


class Runs(Resource):
    """Runs: one execution of a workflow on a machine."""

    @operation
    def create(
        self, data: RunCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[RunResponse]:
        """Creates a run; it starts in ``scheduling``."""
        return Call("runs.create_run", with_body("RunCreate", data), options=options)

    @operation
    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        status: RunStatus | str | None = None,
        workflow_id: Id | None = None,
        machine_id: Id | None = None,
        session_id: Id | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        sort_mode: RunListSortMode | str | None = None,
        search: str | None = None,
        deep_search: bool | None = None,
        fields: Sequence[RunField | str] | None = None,
        include: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponseWithIncludesRunResponse]:
        """One page of runs (``data.items``, ``data.total``); ``fields`` trims each run."""
        query = present(
            **page(skip, limit),
            status=enum_of("status", status, "RunStatus"),
            workflow_id=checked(as_uuid, "workflow_id", workflow_id),
            machine_id=checked(as_uuid, "machine_id", machine_id),
            session_id=checked(as_uuid, "session_id", session_id),
            created_at_from=checked(as_datetime, "created_at_from", created_at_from),
            created_at_to=checked(as_datetime, "created_at_to", created_at_to),
            sort_mode=enum_of("sort_mode", sort_mode, "RunListSortMode"),
            search=search,
            deep_search=deep_search,
            fields=_fields(fields),
            include=include,
        )
        return Call("runs.list_runs", query, options=options)

    @iterator
    def iter(
        self,
        *,
        page_size: int = 100,
        status: RunStatus | str | None = None,
        workflow_id: Id | None = None,
        machine_id: Id | None = None,
        session_id: Id | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        sort_mode: RunListSortMode | str | None = None,
        search: str | None = None,
        fields: Sequence[RunField | str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pages[RunResponse]:
        """Every run matching the filters, page after page (``async for``); errors raise."""
        return paged(
            self.list,
            page_size,
            status=status,
            workflow_id=workflow_id,
            machine_id=machine_id,
            session_id=session_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            sort_mode=sort_mode,
            search=search,
            fields=fields,
            **options,
        )

    @operation
    def get(
        self, run_id: Id, *, include: str | None = None, **options: Unpack[RequestOptions]
    ) -> Call[RunResponseWithIncludes]:
        """One run, with its status, outputs and errors."""
        args = {**ids(run_id=run_id), **present(include=include)}
        return Call("runs.get_run", args, options=options)

    @operation
    def update(
        self, run_id: Id, data: RunUpdate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[RunResponse]:
        """Changes a run (``RunUpdate(status=RunStatus.CANCELLED)`` cancels it)."""
        return Call("runs.update_run", with_body("RunUpdate", data, run_id=run_id), options=options)

    @operation
    def cancel(self, run_id: Id, **options: Unpack[WriteOptions]) -> Call[RunResponse]:
        """Cancels a run (an update to ``cancelled``)."""
        return call_of(self.update, run_id, {"status": "cancelled"}, **options)

    @operation
    def delete(self, run_id: Id, **options: Unpack[WriteOptions]) -> Call[Acknowledged]:
        """Deletes a run and its attachments."""
        return Call("runs.delete_run", ids(run_id=run_id), parse=acknowledged, options=options)

    @operation
    def retry(
        self,
        run_id: Id,
        data: RunRetry | Mapping[str, Any] | None = None,
        **options: Unpack[WriteOptions],
    ) -> Call[RunResponse]:
        """Runs a finished run again under the same id, clearing its outputs."""
        args = with_body("RunRetry", {} if data is None else data, run_id=run_id)
        return Call("runs.retry_run", args, options=options)

    @operation
    def bulk_create(
        self, data: RunBulkCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[RunBulkCreateResponse]:
        """Creates ``count`` runs of one workflow (1 to 1000) in one request."""
        body = as_model("data", data, "RunBulkCreate")
        as_int("data.count", body.count, minimum=1, maximum=1000)
        return Call("runs.bulk_create_runs", {"body": body}, options=options)

    @operation
    def chain(
        self, data: WorkflowChainCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[WorkflowChainResponse]:
        """Creates runs back to back in one session; ``data.run_ids`` are in step order."""
        body = as_model("data", data, "WorkflowChainCreate")
        if _given(body.session_id) and any(map(_given, (body.machine_id, body.pool_ids))):
            raise ValueError("a chain takes either session_id or machine_id/pool_ids, not both")
        if not body.steps:
            raise ValueError("a chain needs at least one step")
        return Call("runs.create_run_chain", {"body": body}, options=options)

    # -- a run's trajectory, screenshots and costs -----------------------------------------

    @operation
    def get_trajectory(
        self, run_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[TrajectoryResponse]:
        """The trajectory a run followed."""
        return Call("runs.get_run_trajectory", ids(run_id=run_id), options=options)

    @operation
    def generate_trajectory(
        self, run_id: Id, **options: Unpack[WriteOptions]
    ) -> Call[TrajectoryResponse]:
        """Builds a trajectory from a finished run."""
        return Call("runs.generate_run_trajectory", ids(run_id=run_id), options=options)

    @operation
    def get_image_signed_url(
        self,
        run_id: Id,
        *,
        image_url: str,
        expires_in: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[RunImageSignedUrlResponse]:
        """A signed URL for a screenshot in ``run_message_history`` (10 to 3600 s)."""
        query = present(expires_in=int_in("expires_in", expires_in, 10, 3600))
        args = {**ids(run_id=run_id), "image_url": as_str("image_url", image_url), **query}
        return Call("runs.get_run_image_signed_url", args, options=options)

    @operation
    def get_llm_costs(
        self, run_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[RunLlmCostsResponse]:
        """What a run spent on language models."""
        return Call("runs.get_run_llm_costs", ids(run_id=run_id), options=options)

    # -- waiting ---------------------------------------------------------------------------

    def _wait(
        self,
        run_ids: builtins.list[UUID],
        timeout: float,
        poll_interval: float,
        max_interval: float,
        on_status: StatusCallback | None,
    ) -> Flow[builtins.list[ApiResponse[RunResponseWithIncludes]]]:
        """Polls every run until each is terminal, with a growing interval, within ``timeout``."""
        timeout = as_seconds("timeout", timeout)
        poll_interval = as_seconds("poll_interval", poll_interval)
        if as_seconds("max_interval", max_interval) < poll_interval:
            raise ValueError("max_interval must be at least poll_interval")
        started, slept = time.monotonic(), 0.0
        results: dict[UUID, ApiResponse[RunResponseWithIncludes]] = {}
        last: dict[UUID, Any] = {}
        interval = poll_interval
        while True:
            pending = [r for r in run_ids if r not in results]
            # No poll, nor any retry of one, outlives the wait: each gets only the time left.
            left = timeout - max(time.monotonic() - started, slept)
            calls = tuple(call_of(self.get, r) for r in pending)
            answers = yield Gather(calls, deadline=time.monotonic() + left)
            for run_id, response in zip(pending, answers, strict=True):
                run = response.data
                if response.error is not None:
                    if not _is_transient(response):
                        results[run_id] = response
                    continue
                status = getattr(run, "status", None)
                if status is None:  # a 422 body: the id was rejected
                    results[run_id] = response
                    continue
                if on_status is not None and last.get(run_id) != status:
                    on_status(run)
                last[run_id] = status
                if str(status) in TERMINAL_STATUSES:
                    results[run_id] = response
            if len(results) == len(run_ids):
                return [results[r] for r in run_ids]
            # A fake sleep in tests takes no time, so the clock is also what was slept.
            remaining = timeout - max(time.monotonic() - started, slept)
            if remaining <= 0:
                for run_id in run_ids:
                    if run_id not in results:
                        status = last.get(run_id)
                        seen = None if status is None else str(status)
                        error = WaitTimeoutError(str(run_id), timeout, seen)
                        results[run_id] = api_response(None, error)
                return [results[r] for r in run_ids]
            pause = min(interval, remaining)
            yield Sleep(pause)
            slept += pause
            interval = min(interval * 1.5, max_interval)

    @flow
    def wait(
        self,
        run_id: Id,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 10.0,
        on_status: StatusCallback | None = None,
    ) -> Flow[ApiResponse[RunResponseWithIncludes]]:
        """Waits until the run is ``success``, ``task_failed``, ``error`` or ``cancelled``.

        Polls with an interval growing from ``poll_interval`` to ``max_interval``;
        ``on_status(run)`` is called whenever the status changes. Transient failures while
        polling are retried until ``timeout``; when it passes first, ``error`` is a
        ``WaitTimeoutError`` (the run keeps going on the server).
        """
        results = yield from self._wait(
            [as_uuid("run_id", run_id)], timeout, poll_interval, max_interval, on_status
        )
        return results[0]

    @flow
    def wait_many(
        self,
        run_ids: Iterable[Id],
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 10.0,
        on_status: StatusCallback | None = None,
    ) -> Flow[builtins.list[ApiResponse[RunResponseWithIncludes]]]:
        """Waits for several runs (a chain's ``run_ids``, a bulk create) under one timeout.

        Returns one ApiResponse per id, in the order given.
        """
        ids = [as_uuid(f"run_ids[{i}]", r) for i, r in enumerate(run_ids)]
        return self._wait(ids, timeout, poll_interval, max_interval, on_status)

    # -- batches: many rows, bounded and resumable (cyberdesk.batch) -------------------------
    if TYPE_CHECKING:
        batch = _batch.batch
        batch_sync = _batch.batch_sync
    else:
        batch = _BatchMethod("batch")
        batch_sync = _BatchMethod("batch_sync")

    # The blocking twins, each with its original's signature and docstring.
    create_sync = create.sync
    list_sync = list.sync
    iter_sync = iter.sync
    get_sync = get.sync
    update_sync = update.sync
    cancel_sync = cancel.sync
    delete_sync = delete.sync
    retry_sync = retry.sync
    bulk_create_sync = bulk_create.sync
    chain_sync = chain.sync
    get_trajectory_sync = get_trajectory.sync
    generate_trajectory_sync = generate_trajectory.sync
    get_image_signed_url_sync = get_image_signed_url.sync
    get_llm_costs_sync = get_llm_costs.sync
    wait_sync = wait.sync
    wait_many_sync = wait_many.sync
