"""client.machines: the Windows machines that run workflows, and their pools."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_datetime, as_enum, as_int, as_model, as_uuid, model_class
from .._pagination import pages
from .._response import Acknowledged, ApiResponse, acknowledged
from ._base import Resource, present

if TYPE_CHECKING:
    from ..client.models import (
        CyberdriverShutdownRequest,
        CyberdriverShutdownResponse200,
        CyberdriverWebSessionResponse,
        MachineCreate,
        MachinePoolUpdate,
        MachineResponse,
        MachineResponseWithIncludes,
        MachineStatus,
        MachineUpdate,
        PaginatedResponseWithIncludesMachineResponse,
        PoolResponse,
    )

Id = str | UUID


class Machines(Resource):
    """Machines: the desktops Cyberdesk drives (they usually register themselves)."""

    # -- list -------------------------------------------------------------------------

    def _list(
        self, skip: int | None, limit: int | None, filters: dict[str, Any], timeout: TimeoutArg
    ) -> Call[PaginatedResponseWithIncludesMachineResponse]:
        query = present(
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            search=filters["search"],
            name=filters["name"],
            status=None
            if filters["status"] is None
            else as_enum("status", filters["status"], model_class("MachineStatus")),
            created_at_from=None
            if filters["created_at_from"] is None
            else as_datetime("created_at_from", filters["created_at_from"]),
            created_at_to=None
            if filters["created_at_to"] is None
            else as_datetime("created_at_to", filters["created_at_to"]),
            include=filters["include"],
        )
        return Call("machines.list_machines", query, timeout=timeout)

    async def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        name: str | None = None,
        status: MachineStatus | str | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        include: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesMachineResponse]:
        """One page of machines (``data.items``, ``data.total``)."""
        filters = dict(
            search=search,
            name=name,
            status=status,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            include=include,
        )
        return await self._runner.arun(self._list(skip, limit, filters, timeout))

    def list_sync(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        name: str | None = None,
        status: MachineStatus | str | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        include: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesMachineResponse]:
        """Blocking twin of ``list``."""
        filters = dict(
            search=search,
            name=name,
            status=status,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
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
        name: str | None = None,
        status: MachineStatus | str | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
    ) -> AsyncIterator[MachineResponse]:
        """Every machine matching the filters, page after page (``async for``); errors raise."""
        filters = dict(
            search=search,
            name=name,
            status=status,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            include=None,
        )
        return self._runner.aiterate(self._iter(page_size, filters))

    def iter_sync(
        self,
        *,
        page_size: int = 100,
        search: str | None = None,
        name: str | None = None,
        status: MachineStatus | str | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
    ) -> Iterator[MachineResponse]:
        """Blocking twin of ``iter``: a plain iterator."""
        filters = dict(
            search=search,
            name=name,
            status=status,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            include=None,
        )
        return self._runner.iterate(self._iter(page_size, filters))

    # -- create / get / update / delete ---------------------------------------------------

    def _create(
        self, data: MachineCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[MachineResponse]:
        body = as_model("data", data, "MachineCreate")
        return Call("machines.create_machine", {"body": body}, timeout=timeout, idempotency_key=key)

    async def create(
        self,
        data: MachineCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[MachineResponse]:
        """Registers a machine."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: MachineCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[MachineResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    def _get(
        self, machine_id: Id, include: str | None, timeout: TimeoutArg
    ) -> Call[MachineResponseWithIncludes]:
        return Call(
            "machines.get_machine",
            {"machine_id": as_uuid("machine_id", machine_id), **present(include=include)},
            timeout=timeout,
        )

    async def get(
        self, machine_id: Id, *, include: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[MachineResponseWithIncludes]:
        """One machine, with its status and reservation."""
        return await self._runner.arun(self._get(machine_id, include, timeout))

    def get_sync(
        self, machine_id: Id, *, include: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[MachineResponseWithIncludes]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(machine_id, include, timeout))

    def _update(
        self,
        machine_id: Id,
        data: MachineUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[MachineResponse]:
        args = {
            "machine_id": as_uuid("machine_id", machine_id),
            "body": as_model("data", data, "MachineUpdate"),
        }
        return Call("machines.update_machine", args, timeout=timeout, idempotency_key=key)

    async def update(
        self,
        machine_id: Id,
        data: MachineUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[MachineResponse]:
        """Changes a machine (``reserved_session_id=None`` releases its session)."""
        return await self._runner.arun(self._update(machine_id, data, idempotency_key, timeout))

    def update_sync(
        self,
        machine_id: Id,
        data: MachineUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[MachineResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(self._update(machine_id, data, idempotency_key, timeout))

    def _delete(self, machine_id: Id, key: str | None, timeout: TimeoutArg) -> Call[Acknowledged]:
        return Call(
            "machines.delete_machine",
            {"machine_id": as_uuid("machine_id", machine_id)},
            timeout=timeout,
            idempotency_key=key,
            parse=acknowledged,
        )

    async def delete(
        self, machine_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[Acknowledged]:
        """Deletes a machine; its runs stay, with ``machine_id`` set to null."""
        return await self._runner.arun(self._delete(machine_id, idempotency_key, timeout))

    def delete_sync(
        self, machine_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[Acknowledged]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(machine_id, idempotency_key, timeout))

    # -- pools ------------------------------------------------------------------------------

    def _get_pools(self, machine_id: Id, timeout: TimeoutArg) -> Call[builtins.list[PoolResponse]]:
        return Call(
            "machines.get_machine_pools",
            {"machine_id": as_uuid("machine_id", machine_id)},
            timeout=timeout,
        )

    async def get_pools(
        self, machine_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[PoolResponse]]:
        """The pools a machine belongs to."""
        return await self._runner.arun(self._get_pools(machine_id, timeout))

    def get_pools_sync(
        self, machine_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[PoolResponse]]:
        """Blocking twin of ``get_pools``."""
        return self._runner.run(self._get_pools(machine_id, timeout))

    def _update_pools(
        self,
        machine_id: Id,
        data: MachinePoolUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[MachineResponse]:
        args = {
            "machine_id": as_uuid("machine_id", machine_id),
            "body": as_model("data", data, "MachinePoolUpdate"),
        }
        return Call("machines.update_machine_pools", args, timeout=timeout, idempotency_key=key)

    async def update_pools(
        self,
        machine_id: Id,
        data: MachinePoolUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[MachineResponse]:
        """Replaces the machine's pools with exactly ``data.pool_ids``."""
        return await self._runner.arun(
            self._update_pools(machine_id, data, idempotency_key, timeout)
        )

    def update_pools_sync(
        self,
        machine_id: Id,
        data: MachinePoolUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[MachineResponse]:
        """Blocking twin of ``update_pools``."""
        return self._runner.run(self._update_pools(machine_id, data, idempotency_key, timeout))

    # -- the machine's agent (Cyberdriver) ---------------------------------------------------

    def _create_web_session(
        self, machine_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[CyberdriverWebSessionResponse]:
        return Call(
            "machines.create_cyberdriver_web_session",
            {"machine_id": as_uuid("machine_id", machine_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def create_web_session(
        self, machine_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[CyberdriverWebSessionResponse]:
        """Opens a remote-desktop session for watching and controlling the machine."""
        return await self._runner.arun(
            self._create_web_session(machine_id, idempotency_key, timeout)
        )

    def create_web_session_sync(
        self, machine_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[CyberdriverWebSessionResponse]:
        """Blocking twin of ``create_web_session``."""
        return self._runner.run(self._create_web_session(machine_id, idempotency_key, timeout))

    def _shutdown_cyberdriver(
        self,
        machine_id: Id,
        data: CyberdriverShutdownRequest | Mapping[str, Any] | None,
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[CyberdriverShutdownResponse200]:
        args: dict[str, Any] = {"machine_id": as_uuid("machine_id", machine_id)}
        if data is not None:
            args["body"] = as_model("data", data, "CyberdriverShutdownRequest")
        return Call("computer.cyberdriver_shutdown", args, timeout=timeout, idempotency_key=key)

    async def shutdown_cyberdriver(
        self,
        machine_id: Id,
        data: CyberdriverShutdownRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[CyberdriverShutdownResponse200]:
        """Stops the agent on the machine (``source``/``reason`` are recorded)."""
        return await self._runner.arun(
            self._shutdown_cyberdriver(machine_id, data, idempotency_key, timeout)
        )

    def shutdown_cyberdriver_sync(
        self,
        machine_id: Id,
        data: CyberdriverShutdownRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[CyberdriverShutdownResponse200]:
        """Blocking twin of ``shutdown_cyberdriver``."""
        return self._runner.run(
            self._shutdown_cyberdriver(machine_id, data, idempotency_key, timeout)
        )
