"""client.pools: named groups of machines that runs can be sent to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import Call
from .._coerce import as_bool, as_int, as_model, as_uuid
from .._operation import Pages, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from ._base import Resource, present

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        MachinePoolAssignment,
        PaginatedResponseWithIncludesPoolResponse,
        PoolCreate,
        PoolResponse,
        PoolResponseWithIncludes,
        PoolUpdate,
        PoolWithMachines,
    )

Id = str | UUID


class Pools(Resource):
    """Pools: groups of machines (per customer, per environment) that runs can target."""

    # -- list -------------------------------------------------------------------------
    @operation
    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        include: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponseWithIncludesPoolResponse]:
        """One page of pools (``data.items``, ``data.total``)."""
        query = present(
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            include=include,
        )
        return Call("pools.list_pools", query, options=options)

    list_sync = list.sync

    @iterator
    def iter(
        self, *, page_size: int = 100, **options: Unpack[RequestOptions]
    ) -> Pages[PoolResponse]:
        """Every pool, page after page (``async for``); errors raise."""
        return paged(self.list, page_size, **options)

    iter_sync = iter.sync

    # -- create / get / update / delete ---------------------------------------------------
    @operation
    def create(
        self, data: PoolCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[PoolResponse]:
        """Creates an empty pool."""
        body = as_model("data", data, "PoolCreate")
        return Call("pools.create_pool", {"body": body}, options=options)

    create_sync = create.sync

    @operation
    def get(
        self,
        pool_id: Id,
        *,
        include_machines: bool | None = None,
        include: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PoolResponseWithIncludes]:
        """One pool; ``include_machines=True`` adds its machines."""
        query = present(
            include_machines=None
            if include_machines is None
            else as_bool("include_machines", include_machines),
            include=include,
        )
        return Call(
            "pools.get_pool", {"pool_id": as_uuid("pool_id", pool_id), **query}, options=options
        )

    get_sync = get.sync

    @operation
    def update(
        self, pool_id: Id, data: PoolUpdate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[PoolResponse]:
        """Changes a pool's name, description or parameters."""
        args = {
            "pool_id": as_uuid("pool_id", pool_id),
            "body": as_model("data", data, "PoolUpdate"),
        }
        return Call("pools.update_pool", args, options=options)

    update_sync = update.sync

    @operation
    def delete(self, pool_id: Id, **options: Unpack[WriteOptions]) -> Call[None]:
        """Deletes a pool; its machines stay."""
        return Call("pools.delete_pool", {"pool_id": as_uuid("pool_id", pool_id)}, options=options)

    delete_sync = delete.sync

    # -- membership -------------------------------------------------------------------------
    @operation
    def add_machines(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[PoolWithMachines]:
        """Adds ``data.machine_ids`` to the pool; returns the pool with its machines."""
        args = {
            "pool_id": as_uuid("pool_id", pool_id),
            "body": as_model("data", data, "MachinePoolAssignment"),
        }
        return Call("pools.add_machines_to_pool", args, options=options)

    add_machines_sync = add_machines.sync

    @operation
    def remove_machines(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[None]:
        """Takes ``data.machine_ids`` out of the pool."""
        args = {
            "pool_id": as_uuid("pool_id", pool_id),
            "body": as_model("data", data, "MachinePoolAssignment"),
        }
        return Call("pools.remove_machines_from_pool", args, options=options)

    remove_machines_sync = remove_machines.sync
