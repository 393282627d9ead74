"""client.trajectories: recorded step sequences that runs can replay."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_bool, as_datetime, as_int, as_model, as_uuid
from .._pagination import pages
from .._response import Acknowledged, ApiResponse, acknowledged
from ._base import Resource, present

if TYPE_CHECKING:
    from ..client.models import (
        PaginatedResponseWithIncludesTrajectoryResponse,
        TrajectoryCreate,
        TrajectoryResponse,
        TrajectoryResponseWithIncludes,
        TrajectoryUpdate,
    )

Id = str | UUID
_DATE_FILTERS = ("created_at_from", "created_at_to", "updated_at_from", "updated_at_to")


def _body(data: Any, model: str) -> Any:
    """``data`` as ``model``; a dict may say ``steps`` for ``trajectory_data`` (as the guide)."""
    if isinstance(data, Mapping) and "steps" in data:
        if "trajectory_data" in data:
            raise TypeError("data takes trajectory_data (or its alias steps), not both")
        fields = dict(data)
        fields["trajectory_data"] = fields.pop("steps")
        data = fields
    return as_model("data", data, model)


class Trajectories(Resource):
    """Trajectories: the recorded steps of a workflow, replayed to make runs fast and cheap."""

    # -- list -------------------------------------------------------------------------

    def _list(
        self, skip: int | None, limit: int | None, filters: dict[str, Any], timeout: TimeoutArg
    ) -> Call[PaginatedResponseWithIncludesTrajectoryResponse]:
        dates = {
            name: as_datetime(name, filters[name])
            for name in _DATE_FILTERS
            if filters[name] is not None
        }
        query = present(
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            search=filters["search"],
            workflow_id=None
            if filters["workflow_id"] is None
            else as_uuid("workflow_id", filters["workflow_id"]),
            run_id=None if filters["run_id"] is None else as_uuid("run_id", filters["run_id"]),
            is_approved=None
            if filters["is_approved"] is None
            else as_bool("is_approved", filters["is_approved"]),
            is_generated=None
            if filters["is_generated"] is None
            else as_bool("is_generated", filters["is_generated"]),
            include=filters["include"],
            **dates,
        )
        return Call("trajectories.list_trajectories", query, timeout=timeout)

    async def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        workflow_id: Id | None = None,
        run_id: Id | None = None,
        is_approved: bool | None = None,
        is_generated: bool | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        updated_at_from: datetime | str | None = None,
        updated_at_to: datetime | str | None = None,
        include: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesTrajectoryResponse]:
        """One page of trajectories (``data.items``, ``data.total``)."""
        filters = dict(
            search=search,
            workflow_id=workflow_id,
            run_id=run_id,
            is_approved=is_approved,
            is_generated=is_generated,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            include=include,
        )
        return await self._runner.arun(self._list(skip, limit, filters, timeout))

    def list_sync(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        workflow_id: Id | None = None,
        run_id: Id | None = None,
        is_approved: bool | None = None,
        is_generated: bool | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        updated_at_from: datetime | str | None = None,
        updated_at_to: datetime | str | None = None,
        include: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesTrajectoryResponse]:
        """Blocking twin of ``list``."""
        filters = dict(
            search=search,
            workflow_id=workflow_id,
            run_id=run_id,
            is_approved=is_approved,
            is_generated=is_generated,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            include=include,
        )
        return self._runner.run(self._list(skip, limit, filters, timeout))

    def _iter(self, page_size: int, filters: dict[str, Any]) -> Any:
        return pages(lambda skip, limit: self._list(skip, limit, filters, NOT_GIVEN), page_size)

    def iter(
        self,
        *,
        page_size: int = 100,
        search: str | None = None,
        workflow_id: Id | None = None,
        run_id: Id | None = None,
        is_approved: bool | None = None,
        is_generated: bool | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        updated_at_from: datetime | str | None = None,
        updated_at_to: datetime | str | None = None,
    ) -> AsyncIterator[TrajectoryResponse]:
        """Every matching trajectory, page after page (``async for``); errors raise."""
        filters = dict(
            search=search,
            workflow_id=workflow_id,
            run_id=run_id,
            is_approved=is_approved,
            is_generated=is_generated,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            include=None,
        )
        return self._runner.aiterate(self._iter(page_size, filters))

    def iter_sync(
        self,
        *,
        page_size: int = 100,
        search: str | None = None,
        workflow_id: Id | None = None,
        run_id: Id | None = None,
        is_approved: bool | None = None,
        is_generated: bool | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        updated_at_from: datetime | str | None = None,
        updated_at_to: datetime | str | None = None,
    ) -> Iterator[TrajectoryResponse]:
        """Blocking twin of ``iter``: a plain iterator."""
        filters = dict(
            search=search,
            workflow_id=workflow_id,
            run_id=run_id,
            is_approved=is_approved,
            is_generated=is_generated,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            include=None,
        )
        return self._runner.iterate(self._iter(page_size, filters))

    # -- get / create / update / delete ---------------------------------------------------

    def _get(
        self, trajectory_id: Id, include: str | None, timeout: TimeoutArg
    ) -> Call[TrajectoryResponseWithIncludes]:
        return Call(
            "trajectories.get_trajectory",
            {"trajectory_id": as_uuid("trajectory_id", trajectory_id), **present(include=include)},
            timeout=timeout,
        )

    async def get(
        self, trajectory_id: Id, *, include: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[TrajectoryResponseWithIncludes]:
        """One trajectory, with its steps."""
        return await self._runner.arun(self._get(trajectory_id, include, timeout))

    def get_sync(
        self, trajectory_id: Id, *, include: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[TrajectoryResponseWithIncludes]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(trajectory_id, include, timeout))

    def _create(
        self, data: TrajectoryCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[TrajectoryResponse]:
        body = _body(data, "TrajectoryCreate")
        return Call(
            "trajectories.create_trajectory", {"body": body}, timeout=timeout, idempotency_key=key
        )

    async def create(
        self,
        data: TrajectoryCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[TrajectoryResponse]:
        """Stores a trajectory for a workflow."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: TrajectoryCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[TrajectoryResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    def _update(
        self,
        trajectory_id: Id,
        data: TrajectoryUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[TrajectoryResponse]:
        args = {
            "trajectory_id": as_uuid("trajectory_id", trajectory_id),
            "body": _body(data, "TrajectoryUpdate"),
        }
        return Call("trajectories.update_trajectory", args, timeout=timeout, idempotency_key=key)

    async def update(
        self,
        trajectory_id: Id,
        data: TrajectoryUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[TrajectoryResponse]:
        """Changes a trajectory's steps, name or approval."""
        return await self._runner.arun(self._update(trajectory_id, data, idempotency_key, timeout))

    def update_sync(
        self,
        trajectory_id: Id,
        data: TrajectoryUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[TrajectoryResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(self._update(trajectory_id, data, idempotency_key, timeout))

    def _delete(
        self, trajectory_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[Acknowledged]:
        return Call(
            "trajectories.delete_trajectory",
            {"trajectory_id": as_uuid("trajectory_id", trajectory_id)},
            timeout=timeout,
            idempotency_key=key,
            parse=acknowledged,
        )

    async def delete(
        self,
        trajectory_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[Acknowledged]:
        """Deletes a trajectory."""
        return await self._runner.arun(self._delete(trajectory_id, idempotency_key, timeout))

    def delete_sync(
        self,
        trajectory_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[Acknowledged]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(trajectory_id, idempotency_key, timeout))

    # -- duplicate / latest -----------------------------------------------------------------

    def _duplicate(
        self, trajectory_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[TrajectoryResponse]:
        return Call(
            "trajectories.duplicate_trajectory",
            {"trajectory_id": as_uuid("trajectory_id", trajectory_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def duplicate(
        self,
        trajectory_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[TrajectoryResponse]:
        """Copies a trajectory, with fresh copies of its images."""
        return await self._runner.arun(self._duplicate(trajectory_id, idempotency_key, timeout))

    def duplicate_sync(
        self,
        trajectory_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[TrajectoryResponse]:
        """Blocking twin of ``duplicate``."""
        return self._runner.run(self._duplicate(trajectory_id, idempotency_key, timeout))

    def _get_latest_for_workflow(
        self, workflow_id: Id, timeout: TimeoutArg
    ) -> Call[TrajectoryResponse]:
        return Call(
            "trajectories.get_latest_trajectory_for_workflow",
            {"workflow_id": as_uuid("workflow_id", workflow_id)},
            timeout=timeout,
        )

    async def get_latest_for_workflow(
        self, workflow_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[TrajectoryResponse]:
        """The workflow's most recent trajectory."""
        return await self._runner.arun(self._get_latest_for_workflow(workflow_id, timeout))

    def get_latest_for_workflow_sync(
        self, workflow_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[TrajectoryResponse]:
        """Blocking twin of ``get_latest_for_workflow``."""
        return self._runner.run(self._get_latest_for_workflow(workflow_id, timeout))
