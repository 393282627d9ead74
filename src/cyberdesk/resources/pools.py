"""client.pools: named groups of machines that runs can be sent to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._coerce import as_bool
from .._operation import Pages, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from .._response import Acknowledged, acknowledged
from ._base import Id, Resource, checked, ids, page, present, with_body

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
        query = present(**page(skip, limit), include=include)
        return Call("pools.list_pools", query, options=options)

    @iterator
    def iter(
        self, *, page_size: int = 100, **options: Unpack[RequestOptions]
    ) -> Pages[PoolResponse]:
        """Every pool, page after page (``async for``); errors raise."""
        return paged(self.list, page_size, **options)

    # -- create / get / update / delete ---------------------------------------------------
    @operation
    def create(
        self, data: PoolCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[PoolResponse]:
        """Creates an empty pool."""
        return Call("pools.create_pool", with_body("PoolCreate", data), options=options)

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
        flag = checked(as_bool, "include_machines", include_machines)
        args = {**ids(pool_id=pool_id), **present(include_machines=flag, include=include)}
        return Call("pools.get_pool", args, options=options)

    @operation
    def update(
        self, pool_id: Id, data: PoolUpdate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[PoolResponse]:
        """Changes a pool's name, description or parameters."""
        args = with_body("PoolUpdate", data, pool_id=pool_id)
        return Call("pools.update_pool", args, options=options)

    @operation
    def delete(self, pool_id: Id, **options: Unpack[WriteOptions]) -> Call[Acknowledged]:
        """Deletes a pool; its machines stay."""
        return Call("pools.delete_pool", ids(pool_id=pool_id), parse=acknowledged, options=options)

    # -- membership -------------------------------------------------------------------------
    @operation
    def add_machines(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[PoolWithMachines]:
        """Adds ``data.machine_ids`` to the pool; returns the pool with its machines."""
        args = with_body("MachinePoolAssignment", data, pool_id=pool_id)
        return Call("pools.add_machines_to_pool", args, options=options)

    @operation
    def remove_machines(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[Acknowledged]:
        """Takes ``data.machine_ids`` out of the pool."""
        args = with_body("MachinePoolAssignment", data, pool_id=pool_id)
        return Call("pools.remove_machines_from_pool", args, parse=acknowledged, options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    iter_sync = iter.sync
    create_sync = create.sync
    get_sync = get.sync
    update_sync = update.sync
    delete_sync = delete.sync
    add_machines_sync = add_machines.sync
    remove_machines_sync = remove_machines.sync
