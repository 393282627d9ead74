"""client.trajectories: recorded step sequences that runs can replay."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._coerce import as_bool, as_datetime, as_uuid
from .._operation import Pages, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from .._response import Acknowledged, acknowledged
from ._base import Id, Resource, aliased, checked, ids, page, present

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        PaginatedResponseWithIncludesTrajectoryResponse,
        TrajectoryCreate,
        TrajectoryResponse,
        TrajectoryResponseWithIncludes,
        TrajectoryUpdate,
    )


class Trajectories(Resource):
    """Trajectories: the recorded steps of a workflow, replayed to make runs fast and cheap."""

    # -- list -------------------------------------------------------------------------
    @operation
    def list(
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
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponseWithIncludesTrajectoryResponse]:
        """One page of trajectories (``data.items``, ``data.total``)."""
        query = present(
            **page(skip, limit),
            search=search,
            workflow_id=checked(as_uuid, "workflow_id", workflow_id),
            run_id=checked(as_uuid, "run_id", run_id),
            is_approved=checked(as_bool, "is_approved", is_approved),
            is_generated=checked(as_bool, "is_generated", is_generated),
            include=include,
            created_at_from=checked(as_datetime, "created_at_from", created_at_from),
            created_at_to=checked(as_datetime, "created_at_to", created_at_to),
            updated_at_from=checked(as_datetime, "updated_at_from", updated_at_from),
            updated_at_to=checked(as_datetime, "updated_at_to", updated_at_to),
        )
        return Call("trajectories.list_trajectories", query, options=options)

    @iterator
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
        **options: Unpack[RequestOptions],
    ) -> Pages[TrajectoryResponse]:
        """Every matching trajectory, page after page (``async for``); errors raise."""
        return paged(
            self.list,
            page_size,
            search=search,
            workflow_id=workflow_id,
            run_id=run_id,
            is_approved=is_approved,
            is_generated=is_generated,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            **options,
        )

    # -- get / create / update / delete ---------------------------------------------------
    @operation
    def get(
        self, trajectory_id: Id, *, include: str | None = None, **options: Unpack[RequestOptions]
    ) -> Call[TrajectoryResponseWithIncludes]:
        """One trajectory, with its steps."""
        args = {**ids(trajectory_id=trajectory_id), **present(include=include)}
        return Call("trajectories.get_trajectory", args, options=options)

    @operation
    def create(
        self, data: TrajectoryCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[TrajectoryResponse]:
        """Stores a trajectory for a workflow."""
        body = aliased("TrajectoryCreate", data, "trajectory_data", "steps")
        return Call("trajectories.create_trajectory", {"body": body}, options=options)

    @operation
    def update(
        self,
        trajectory_id: Id,
        data: TrajectoryUpdate | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[TrajectoryResponse]:
        """Changes a trajectory's steps, name or approval."""
        body = aliased("TrajectoryUpdate", data, "trajectory_data", "steps")
        args = {**ids(trajectory_id=trajectory_id), "body": body}
        return Call("trajectories.update_trajectory", args, options=options)

    @operation
    def delete(self, trajectory_id: Id, **options: Unpack[WriteOptions]) -> Call[Acknowledged]:
        """Deletes a trajectory."""
        args = ids(trajectory_id=trajectory_id)
        return Call("trajectories.delete_trajectory", args, parse=acknowledged, options=options)

    # -- duplicate / latest -----------------------------------------------------------------
    @operation
    def duplicate(
        self, trajectory_id: Id, **options: Unpack[WriteOptions]
    ) -> Call[TrajectoryResponse]:
        """Copies a trajectory, with fresh copies of its images."""
        args = ids(trajectory_id=trajectory_id)
        return Call("trajectories.duplicate_trajectory", args, options=options)

    @operation
    def get_latest_for_workflow(
        self, workflow_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[TrajectoryResponse]:
        """The workflow's most recent trajectory."""
        args = ids(workflow_id=workflow_id)
        return Call("trajectories.get_latest_trajectory_for_workflow", args, options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    iter_sync = iter.sync
    get_sync = get.sync
    create_sync = create.sync
    update_sync = update.sync
    delete_sync = delete.sync
    duplicate_sync = duplicate.sync
    get_latest_for_workflow_sync = get_latest_for_workflow.sync
