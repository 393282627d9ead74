"""client.machines: the Windows machines that run workflows, and their pools."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._coerce import as_datetime, as_model
from .._operation import Pages, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from .._response import Acknowledged, acknowledged
from ._base import Id, Resource, checked, enum_of, ids, page, present, with_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

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


class Machines(Resource):
    """Machines: the desktops Cyberdesk drives (they usually register themselves)."""

    # -- list -------------------------------------------------------------------------
    @operation
    def list(
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
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponseWithIncludesMachineResponse]:
        """One page of machines (``data.items``, ``data.total``)."""
        query = present(
            **page(skip, limit),
            search=search,
            name=name,
            status=enum_of("status", status, "MachineStatus"),
            created_at_from=checked(as_datetime, "created_at_from", created_at_from),
            created_at_to=checked(as_datetime, "created_at_to", created_at_to),
            include=include,
        )
        return Call("machines.list_machines", query, options=options)

    @iterator
    def iter(
        self,
        *,
        page_size: int = 100,
        search: str | None = None,
        name: str | None = None,
        status: MachineStatus | str | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pages[MachineResponse]:
        """Every machine matching the filters, page after page (``async for``); errors raise."""
        return paged(
            self.list,
            page_size,
            search=search,
            name=name,
            status=status,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            **options,
        )

    # -- create / get / update / delete ---------------------------------------------------
    @operation
    def create(
        self, data: MachineCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[MachineResponse]:
        """Registers a machine."""
        return Call("machines.create_machine", with_body("MachineCreate", data), options=options)

    @operation
    def get(
        self, machine_id: Id, *, include: str | None = None, **options: Unpack[RequestOptions]
    ) -> Call[MachineResponseWithIncludes]:
        """One machine, with its status and reservation."""
        args = {**ids(machine_id=machine_id), **present(include=include)}
        return Call("machines.get_machine", args, options=options)

    @operation
    def update(
        self,
        machine_id: Id,
        data: MachineUpdate | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[MachineResponse]:
        """Changes a machine (``reserved_session_id=None`` releases its session)."""
        args = with_body("MachineUpdate", data, machine_id=machine_id)
        return Call("machines.update_machine", args, options=options)

    @operation
    def delete(self, machine_id: Id, **options: Unpack[WriteOptions]) -> Call[Acknowledged]:
        """Deletes a machine; its runs stay, with ``machine_id`` set to null."""
        args = ids(machine_id=machine_id)
        return Call("machines.delete_machine", args, parse=acknowledged, options=options)

    # -- pools ------------------------------------------------------------------------------
    @operation
    def get_pools(
        self, machine_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[builtins.list[PoolResponse]]:
        """The pools a machine belongs to."""
        return Call("machines.get_machine_pools", ids(machine_id=machine_id), options=options)

    @operation
    def update_pools(
        self,
        machine_id: Id,
        data: MachinePoolUpdate | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[MachineResponse]:
        """Replaces the machine's pools with exactly ``data.pool_ids``."""
        args = with_body("MachinePoolUpdate", data, machine_id=machine_id)
        return Call("machines.update_machine_pools", args, options=options)

    # -- the machine's agent (Cyberdriver) ---------------------------------------------------
    @operation
    def create_web_session(
        self, machine_id: Id, **options: Unpack[WriteOptions]
    ) -> Call[CyberdriverWebSessionResponse]:
        """Opens a remote-desktop session for watching and controlling the machine."""
        args = ids(machine_id=machine_id)
        return Call("machines.create_cyberdriver_web_session", args, options=options)

    @operation
    def shutdown_cyberdriver(
        self,
        machine_id: Id,
        data: CyberdriverShutdownRequest | Mapping[str, Any] | None = None,
        **options: Unpack[WriteOptions],
    ) -> Call[CyberdriverShutdownResponse200]:
        """Stops the agent on the machine (``source``/``reason`` are recorded)."""
        args = ids(machine_id=machine_id)
        if data is not None:
            args["body"] = as_model("data", data, "CyberdriverShutdownRequest")
        return Call("computer.cyberdriver_shutdown", args, options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    iter_sync = iter.sync
    create_sync = create.sync
    get_sync = get.sync
    update_sync = update.sync
    delete_sync = delete.sync
    get_pools_sync = get_pools.sync
    update_pools_sync = update_pools.sync
    create_web_session_sync = create_web_session.sync
    shutdown_cyberdriver_sync = shutdown_cyberdriver.sync
