"""client.pools: named groups of machines that runs can be sent to."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_bool, as_int, as_model, as_uuid
from .._pagination import pages
from .._response import Acknowledged, ApiResponse, acknowledged
from ._base import Resource, present

if TYPE_CHECKING:
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

    def _list(
        self, skip: int | None, limit: int | None, include: str | None, timeout: TimeoutArg
    ) -> Call[PaginatedResponseWithIncludesPoolResponse]:
        query = present(
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            include=include,
        )
        return Call("pools.list_pools", query, timeout=timeout)

    async def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        include: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesPoolResponse]:
        """One page of pools (``data.items``, ``data.total``)."""
        return await self._runner.arun(self._list(skip, limit, include, timeout))

    def list_sync(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        include: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesPoolResponse]:
        """Blocking twin of ``list``."""
        return self._runner.run(self._list(skip, limit, include, timeout))

    def _iter(self, page_size: int) -> Any:
        return pages(lambda skip, limit: self._list(skip, limit, None, NOT_GIVEN), page_size)

    def iter(self, *, page_size: int = 100) -> AsyncIterator[PoolResponse]:
        """Every pool, page after page (``async for``); errors raise."""
        return self._runner.aiterate(self._iter(page_size))

    def iter_sync(self, *, page_size: int = 100) -> Iterator[PoolResponse]:
        """Blocking twin of ``iter``: a plain iterator."""
        return self._runner.iterate(self._iter(page_size))

    # -- create / get / update / delete ---------------------------------------------------

    def _create(
        self, data: PoolCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[PoolResponse]:
        body = as_model("data", data, "PoolCreate")
        return Call("pools.create_pool", {"body": body}, timeout=timeout, idempotency_key=key)

    async def create(
        self,
        data: PoolCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PoolResponse]:
        """Creates an empty pool."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: PoolCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PoolResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    def _get(
        self,
        pool_id: Id,
        include_machines: bool | None,
        include: str | None,
        timeout: TimeoutArg,
    ) -> Call[PoolResponseWithIncludes]:
        query = present(
            include_machines=None
            if include_machines is None
            else as_bool("include_machines", include_machines),
            include=include,
        )
        return Call(
            "pools.get_pool", {"pool_id": as_uuid("pool_id", pool_id), **query}, timeout=timeout
        )

    async def get(
        self,
        pool_id: Id,
        *,
        include_machines: bool | None = None,
        include: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PoolResponseWithIncludes]:
        """One pool; ``include_machines=True`` adds its machines."""
        return await self._runner.arun(self._get(pool_id, include_machines, include, timeout))

    def get_sync(
        self,
        pool_id: Id,
        *,
        include_machines: bool | None = None,
        include: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PoolResponseWithIncludes]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(pool_id, include_machines, include, timeout))

    def _update(
        self,
        pool_id: Id,
        data: PoolUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[PoolResponse]:
        args = {
            "pool_id": as_uuid("pool_id", pool_id),
            "body": as_model("data", data, "PoolUpdate"),
        }
        return Call("pools.update_pool", args, timeout=timeout, idempotency_key=key)

    async def update(
        self,
        pool_id: Id,
        data: PoolUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PoolResponse]:
        """Changes a pool's name, description or parameters."""
        return await self._runner.arun(self._update(pool_id, data, idempotency_key, timeout))

    def update_sync(
        self,
        pool_id: Id,
        data: PoolUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PoolResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(self._update(pool_id, data, idempotency_key, timeout))

    def _delete(self, pool_id: Id, key: str | None, timeout: TimeoutArg) -> Call[Acknowledged]:
        return Call(
            "pools.delete_pool",
            {"pool_id": as_uuid("pool_id", pool_id)},
            timeout=timeout,
            idempotency_key=key,
            parse=acknowledged,
        )

    async def delete(
        self, pool_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[Acknowledged]:
        """Deletes a pool; its machines stay."""
        return await self._runner.arun(self._delete(pool_id, idempotency_key, timeout))

    def delete_sync(
        self, pool_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[Acknowledged]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(pool_id, idempotency_key, timeout))

    # -- membership -------------------------------------------------------------------------

    def _add_machines(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[PoolWithMachines]:
        args = {
            "pool_id": as_uuid("pool_id", pool_id),
            "body": as_model("data", data, "MachinePoolAssignment"),
        }
        return Call("pools.add_machines_to_pool", args, timeout=timeout, idempotency_key=key)

    async def add_machines(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PoolWithMachines]:
        """Adds ``data.machine_ids`` to the pool; returns the pool with its machines."""
        return await self._runner.arun(self._add_machines(pool_id, data, idempotency_key, timeout))

    def add_machines_sync(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PoolWithMachines]:
        """Blocking twin of ``add_machines``."""
        return self._runner.run(self._add_machines(pool_id, data, idempotency_key, timeout))

    def _remove_machines(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[Acknowledged]:
        args = {
            "pool_id": as_uuid("pool_id", pool_id),
            "body": as_model("data", data, "MachinePoolAssignment"),
        }
        return Call(
            "pools.remove_machines_from_pool",
            args,
            timeout=timeout,
            idempotency_key=key,
            parse=acknowledged,
        )

    async def remove_machines(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[Acknowledged]:
        """Takes ``data.machine_ids`` out of the pool."""
        return await self._runner.arun(
            self._remove_machines(pool_id, data, idempotency_key, timeout)
        )

    def remove_machines_sync(
        self,
        pool_id: Id,
        data: MachinePoolAssignment | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[Acknowledged]:
        """Blocking twin of ``remove_machines``."""
        return self._runner.run(self._remove_machines(pool_id, data, idempotency_key, timeout))
