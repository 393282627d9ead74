"""client.runs: create, list, read, wait for, retry and chain runs."""

from __future__ import annotations

import builtins
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, Flow, Gather, Sleep, TimeoutArg
from .._coerce import as_datetime, as_enum, as_int, as_model, as_str, as_uuid, model_class
from .._errors import APIConnectionError, APIStatusError, WaitTimeoutError
from .._pagination import pages
from .._response import Acknowledged, ApiResponse, acknowledged, api_response
from ._base import Resource, present

if TYPE_CHECKING:
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
    """A function of ``cyberdesk.batch.api`` as a method, imported on first use.

    Most programs never batch; importing the batch engine with the namespace would add
    about 4 ms to every process's first call.
    """

    def __init__(self, name: str):
        self.name = name

    def __get__(self, runs: object, owner: type) -> Any:
        from ..batch import api

        function = getattr(api, self.name)
        setattr(owner, self.name, function)  # later lookups find the function itself
        return function if runs is None else function.__get__(runs, owner)


TERMINAL_STATUSES = frozenset({"success", "task_failed", "error", "cancelled"})
"""Statuses a run never leaves. Anything else, including a status this SDK does not know
yet, means it is still going."""

Id = str | UUID
StatusCallback = Callable[["RunResponseWithIncludes"], Any]
_TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def _fields(fields: Iterable[RunField | str] | None) -> list[RunField] | None:
    if fields is None:
        return None
    if isinstance(fields, str):
        raise TypeError("fields must be a list of RunField values, not a single string")
    enum = model_class("RunField")
    return [as_enum(f"fields[{i}]", f, enum) for i, f in enumerate(fields)]


def _is_transient(response: ApiResponse[Any]) -> bool:
    error = response.error
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and error.status_code in _TRANSIENT_STATUSES


class Runs(Resource):
    """Runs: one execution of a workflow on a machine."""

    # -- create -----------------------------------------------------------------------

    def _create(
        self, data: RunCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[RunResponse]:
        body = as_model("data", data, "RunCreate")
        return Call("runs.create_run", {"body": body}, timeout=timeout, idempotency_key=key)

    async def create(
        self,
        data: RunCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunResponse]:
        """Creates a run; it starts in ``scheduling``."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: RunCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    # -- list -------------------------------------------------------------------------

    def _list(
        self, skip: int | None, limit: int | None, filters: dict[str, Any], timeout: TimeoutArg
    ) -> Call[Any]:
        query = present(
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            status=None
            if filters["status"] is None
            else as_enum("status", filters["status"], model_class("RunStatus")),
            workflow_id=None
            if filters["workflow_id"] is None
            else as_uuid("workflow_id", filters["workflow_id"]),
            machine_id=None
            if filters["machine_id"] is None
            else as_uuid("machine_id", filters["machine_id"]),
            session_id=None
            if filters["session_id"] is None
            else as_uuid("session_id", filters["session_id"]),
            created_at_from=None
            if filters["created_at_from"] is None
            else as_datetime("created_at_from", filters["created_at_from"]),
            created_at_to=None
            if filters["created_at_to"] is None
            else as_datetime("created_at_to", filters["created_at_to"]),
            sort_mode=None
            if filters["sort_mode"] is None
            else as_enum("sort_mode", filters["sort_mode"], model_class("RunListSortMode")),
            search=filters["search"],
            deep_search=filters["deep_search"],
            fields=_fields(filters["fields"]),
            include=filters["include"],
        )
        return Call("runs.list_runs", query, timeout=timeout)

    async def list(
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
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesRunResponse]:
        """One page of runs (``data.items``, ``data.total``); ``fields`` trims each run."""
        filters = dict(
            status=status,
            workflow_id=workflow_id,
            machine_id=machine_id,
            session_id=session_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            sort_mode=sort_mode,
            search=search,
            deep_search=deep_search,
            fields=fields,
            include=include,
        )
        return await self._runner.arun(self._list(skip, limit, filters, timeout))

    def list_sync(
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
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesRunResponse]:
        """Blocking twin of ``list``."""
        filters = dict(
            status=status,
            workflow_id=workflow_id,
            machine_id=machine_id,
            session_id=session_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            sort_mode=sort_mode,
            search=search,
            deep_search=deep_search,
            fields=fields,
            include=include,
        )
        return self._runner.run(self._list(skip, limit, filters, timeout))

    def _iter(self, page_size: int, filters: dict[str, Any]) -> Any:
        return pages(lambda skip, limit: self._list(skip, limit, filters, NOT_GIVEN), page_size)

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
    ) -> AsyncIterator[RunResponse]:
        """Every run matching the filters, page after page (``async for``); errors raise."""
        filters = dict(
            status=status,
            workflow_id=workflow_id,
            machine_id=machine_id,
            session_id=session_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            sort_mode=sort_mode,
            search=search,
            deep_search=None,
            fields=fields,
            include=None,
        )
        return self._runner.aiterate(self._iter(page_size, filters))

    def iter_sync(
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
    ) -> Iterator[RunResponse]:
        """Blocking twin of ``iter``: a plain iterator."""
        filters = dict(
            status=status,
            workflow_id=workflow_id,
            machine_id=machine_id,
            session_id=session_id,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            sort_mode=sort_mode,
            search=search,
            deep_search=None,
            fields=fields,
            include=None,
        )
        return self._runner.iterate(self._iter(page_size, filters))

    # -- get / update / delete ----------------------------------------------------------

    def _get(
        self, run_id: Id, include: str | None, timeout: TimeoutArg
    ) -> Call[RunResponseWithIncludes]:
        return Call(
            "runs.get_run",
            {"run_id": as_uuid("run_id", run_id), **present(include=include)},
            timeout=timeout,
        )

    async def get(
        self, run_id: Id, *, include: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunResponseWithIncludes]:
        """One run, with its status, outputs and errors."""
        return await self._runner.arun(self._get(run_id, include, timeout))

    def get_sync(
        self, run_id: Id, *, include: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunResponseWithIncludes]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(run_id, include, timeout))

    def _update(
        self, run_id: Id, data: RunUpdate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[RunResponse]:
        body = {"run_id": as_uuid("run_id", run_id), "body": as_model("data", data, "RunUpdate")}
        return Call("runs.update_run", body, timeout=timeout, idempotency_key=key)

    async def update(
        self,
        run_id: Id,
        data: RunUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunResponse]:
        """Changes a run (``RunUpdate(status=RunStatus.CANCELLED)`` cancels it)."""
        return await self._runner.arun(self._update(run_id, data, idempotency_key, timeout))

    def update_sync(
        self,
        run_id: Id,
        data: RunUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(self._update(run_id, data, idempotency_key, timeout))

    def _cancel(self, run_id: Id, key: str | None, timeout: TimeoutArg) -> Call[RunResponse]:
        return self._update(run_id, {"status": "cancelled"}, key, timeout)

    async def cancel(
        self, run_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunResponse]:
        """Cancels a run (an update to ``cancelled``)."""
        return await self._runner.arun(self._cancel(run_id, idempotency_key, timeout))

    def cancel_sync(
        self, run_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunResponse]:
        """Blocking twin of ``cancel``."""
        return self._runner.run(self._cancel(run_id, idempotency_key, timeout))

    def _delete(self, run_id: Id, key: str | None, timeout: TimeoutArg) -> Call[Acknowledged]:
        return Call(
            "runs.delete_run",
            {"run_id": as_uuid("run_id", run_id)},
            timeout=timeout,
            idempotency_key=key,
            parse=acknowledged,
        )

    async def delete(
        self, run_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[Acknowledged]:
        """Deletes a run and its attachments."""
        return await self._runner.arun(self._delete(run_id, idempotency_key, timeout))

    def delete_sync(
        self, run_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[Acknowledged]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(run_id, idempotency_key, timeout))

    # -- retry / bulk / chain ----------------------------------------------------------

    def _retry(
        self,
        run_id: Id,
        data: RunRetry | Mapping[str, Any] | None,
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[RunResponse]:
        body = as_model("data", {} if data is None else data, "RunRetry")
        return Call(
            "runs.retry_run",
            {"run_id": as_uuid("run_id", run_id), "body": body},
            timeout=timeout,
            idempotency_key=key,
        )

    async def retry(
        self,
        run_id: Id,
        data: RunRetry | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunResponse]:
        """Runs a finished run again under the same id, clearing its outputs."""
        return await self._runner.arun(self._retry(run_id, data, idempotency_key, timeout))

    def retry_sync(
        self,
        run_id: Id,
        data: RunRetry | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunResponse]:
        """Blocking twin of ``retry``."""
        return self._runner.run(self._retry(run_id, data, idempotency_key, timeout))

    def _bulk_create(
        self, data: RunBulkCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[RunBulkCreateResponse]:
        body = as_model("data", data, "RunBulkCreate")
        as_int("data.count", body.count, minimum=1, maximum=1000)
        return Call("runs.bulk_create_runs", {"body": body}, timeout=timeout, idempotency_key=key)

    async def bulk_create(
        self,
        data: RunBulkCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunBulkCreateResponse]:
        """Creates ``count`` runs of one workflow (1 to 1000) in one request."""
        return await self._runner.arun(self._bulk_create(data, idempotency_key, timeout))

    def bulk_create_sync(
        self,
        data: RunBulkCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunBulkCreateResponse]:
        """Blocking twin of ``bulk_create``."""
        return self._runner.run(self._bulk_create(data, idempotency_key, timeout))

    def _chain(
        self, data: WorkflowChainCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[WorkflowChainResponse]:
        body = as_model("data", data, "WorkflowChainCreate")
        has_target = any(
            v not in (None, []) and type(v).__name__ != "Unset"
            for v in (body.machine_id, body.pool_ids)
        )
        if (
            has_target
            and body.session_id not in (None,)
            and type(body.session_id).__name__ != "Unset"
        ):
            raise ValueError("a chain takes either session_id or machine_id/pool_ids, not both")
        if not body.steps:
            raise ValueError("a chain needs at least one step")
        return Call("runs.create_run_chain", {"body": body}, timeout=timeout, idempotency_key=key)

    async def chain(
        self,
        data: WorkflowChainCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowChainResponse]:
        """Creates runs back to back in one session; ``data.run_ids`` are in step order."""
        return await self._runner.arun(self._chain(data, idempotency_key, timeout))

    def chain_sync(
        self,
        data: WorkflowChainCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowChainResponse]:
        """Blocking twin of ``chain``."""
        return self._runner.run(self._chain(data, idempotency_key, timeout))

    # -- a run's trajectory, screenshots and costs -----------------------------------------

    def _get_trajectory(self, run_id: Id, timeout: TimeoutArg) -> Call[TrajectoryResponse]:
        return Call(
            "runs.get_run_trajectory", {"run_id": as_uuid("run_id", run_id)}, timeout=timeout
        )

    async def get_trajectory(
        self, run_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[TrajectoryResponse]:
        """The trajectory a run followed."""
        return await self._runner.arun(self._get_trajectory(run_id, timeout))

    def get_trajectory_sync(
        self, run_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[TrajectoryResponse]:
        """Blocking twin of ``get_trajectory``."""
        return self._runner.run(self._get_trajectory(run_id, timeout))

    def _generate_trajectory(
        self, run_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[TrajectoryResponse]:
        return Call(
            "runs.generate_run_trajectory",
            {"run_id": as_uuid("run_id", run_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def generate_trajectory(
        self, run_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[TrajectoryResponse]:
        """Builds a trajectory from a finished run."""
        return await self._runner.arun(self._generate_trajectory(run_id, idempotency_key, timeout))

    def generate_trajectory_sync(
        self, run_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[TrajectoryResponse]:
        """Blocking twin of ``generate_trajectory``."""
        return self._runner.run(self._generate_trajectory(run_id, idempotency_key, timeout))

    def _get_image_signed_url(
        self, run_id: Id, image_url: str, expires_in: int | None, timeout: TimeoutArg
    ) -> Call[RunImageSignedUrlResponse]:
        query = present(
            expires_in=None
            if expires_in is None
            else as_int("expires_in", expires_in, minimum=10, maximum=3600)
        )
        args = {
            "run_id": as_uuid("run_id", run_id),
            "image_url": as_str("image_url", image_url),
            **query,
        }
        return Call("runs.get_run_image_signed_url", args, timeout=timeout)

    async def get_image_signed_url(
        self,
        run_id: Id,
        *,
        image_url: str,
        expires_in: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunImageSignedUrlResponse]:
        """A signed URL for a screenshot in ``run_message_history`` (10 to 3600 s)."""
        return await self._runner.arun(
            self._get_image_signed_url(run_id, image_url, expires_in, timeout)
        )

    def get_image_signed_url_sync(
        self,
        run_id: Id,
        *,
        image_url: str,
        expires_in: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunImageSignedUrlResponse]:
        """Blocking twin of ``get_image_signed_url``."""
        return self._runner.run(self._get_image_signed_url(run_id, image_url, expires_in, timeout))

    def _get_llm_costs(self, run_id: Id, timeout: TimeoutArg) -> Call[RunLlmCostsResponse]:
        return Call(
            "runs.get_run_llm_costs", {"run_id": as_uuid("run_id", run_id)}, timeout=timeout
        )

    async def get_llm_costs(
        self, run_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunLlmCostsResponse]:
        """What a run spent on language models."""
        return await self._runner.arun(self._get_llm_costs(run_id, timeout))

    def get_llm_costs_sync(
        self, run_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunLlmCostsResponse]:
        """Blocking twin of ``get_llm_costs``."""
        return self._runner.run(self._get_llm_costs(run_id, timeout))

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
        if timeout <= 0 or poll_interval <= 0 or max_interval < poll_interval:
            raise ValueError(
                "timeout and poll_interval must be positive, max_interval >= poll_interval"
            )
        started, slept = time.monotonic(), 0.0
        results: dict[UUID, ApiResponse[RunResponseWithIncludes]] = {}
        last: dict[UUID, Any] = {}
        interval = poll_interval
        while True:
            pending = [r for r in run_ids if r not in results]
            # No poll, nor any retry of one, outlives the wait: each gets only the time left.
            left = timeout - max(time.monotonic() - started, slept)
            calls = tuple(self._get(r, None, NOT_GIVEN) for r in pending)
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
                        results[run_id] = api_response(
                            None,
                            WaitTimeoutError(
                                str(run_id), timeout, None if status is None else str(status)
                            ),
                        )
                return [results[r] for r in run_ids]
            pause = min(interval, remaining)
            yield Sleep(pause)
            slept += pause
            interval = min(interval * 1.5, max_interval)

    def _wait_one(
        self,
        run_id: Id,
        timeout: float,
        poll_interval: float,
        max_interval: float,
        on_status: StatusCallback | None,
    ) -> Flow[ApiResponse[RunResponseWithIncludes]]:
        results = yield from self._wait(
            [as_uuid("run_id", run_id)], timeout, poll_interval, max_interval, on_status
        )
        return results[0]

    async def wait(
        self,
        run_id: Id,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 10.0,
        on_status: StatusCallback | None = None,
    ) -> ApiResponse[RunResponseWithIncludes]:
        """Waits until the run is ``success``, ``task_failed``, ``error`` or ``cancelled``.

        Polls with an interval growing from ``poll_interval`` to ``max_interval``;
        ``on_status(run)`` is called whenever the status changes. Transient failures while
        polling are retried until ``timeout``; when it passes first, ``error`` is a
        ``WaitTimeoutError`` (the run keeps going on the server).
        """
        return await self._runner.adrive(
            self._wait_one(run_id, timeout, poll_interval, max_interval, on_status)
        )

    def wait_sync(
        self,
        run_id: Id,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 10.0,
        on_status: StatusCallback | None = None,
    ) -> ApiResponse[RunResponseWithIncludes]:
        """Blocking twin of ``wait``."""
        return self._runner.drive(
            self._wait_one(run_id, timeout, poll_interval, max_interval, on_status)
        )

    async def wait_many(
        self,
        run_ids: Iterable[Id],
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 10.0,
        on_status: StatusCallback | None = None,
    ) -> builtins.list[ApiResponse[RunResponseWithIncludes]]:
        """Waits for several runs (a chain's ``run_ids``, a bulk create) under one timeout.

        Returns one ApiResponse per id, in the order given.
        """
        ids = [as_uuid(f"run_ids[{i}]", r) for i, r in enumerate(run_ids)]
        return await self._runner.adrive(
            self._wait(ids, timeout, poll_interval, max_interval, on_status)
        )

    def wait_many_sync(
        self,
        run_ids: Iterable[Id],
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 10.0,
        on_status: StatusCallback | None = None,
    ) -> builtins.list[ApiResponse[RunResponseWithIncludes]]:
        """Blocking twin of ``wait_many``."""
        ids = [as_uuid(f"run_ids[{i}]", r) for i, r in enumerate(run_ids)]
        return self._runner.drive(self._wait(ids, timeout, poll_interval, max_interval, on_status))

    # -- batches: many rows, bounded and resumable (cyberdesk.batch) -------------------------

    if TYPE_CHECKING:
        batch = _batch.batch
        batch_sync = _batch.batch_sync
    else:
        batch = _BatchMethod("batch")
        batch_sync = _BatchMethod("batch_sync")
