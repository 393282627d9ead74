"""client.connections: the websocket sessions of machines' agents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._coerce import as_model, as_uuid
from .._operation import Pages, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from ._base import Id, Resource, checked, enum_of, ids, page, present, with_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        ConnectionCreate,
        ConnectionResponse,
        ConnectionStatus,
        ConnectionUpdate,
        PaginatedResponseConnectionResponse,
    )


class Connections(Resource):
    """Connections: when and how each machine's agent was connected."""

    # -- list -------------------------------------------------------------------------
    @operation
    def list(
        self,
        *,
        machine_id: Id | None = None,
        status: ConnectionStatus | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponseConnectionResponse]:
        """One page of connections, optionally of one machine or in one status."""
        query = present(
            **page(skip, limit),
            machine_id=checked(as_uuid, "machine_id", machine_id),
            status=enum_of("status", status, "ConnectionStatus"),
        )
        return Call("connections.list_connections", query, options=options)

    @iterator
    def iter(
        self,
        *,
        page_size: int = 100,
        machine_id: Id | None = None,
        status: ConnectionStatus | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pages[ConnectionResponse]:
        """Every matching connection, page after page (``async for``); errors raise."""
        return paged(self.list, page_size, machine_id=machine_id, status=status, **options)

    # -- create / get / update / delete ---------------------------------------------------
    @operation
    def create(
        self, data: ConnectionCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[ConnectionResponse]:
        """Records a machine's connection."""
        body = as_model("data", data, "ConnectionCreate")
        return Call("connections.create_connection", {"body": body}, options=options)

    @operation
    def get(self, connection_id: Id, **options: Unpack[RequestOptions]) -> Call[ConnectionResponse]:
        """One connection."""
        return Call("connections.get_connection", ids(connection_id=connection_id), options=options)

    @operation
    def update(
        self,
        connection_id: Id,
        data: ConnectionUpdate | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[ConnectionResponse]:
        """Changes a connection's status or timestamps."""
        args = with_body("ConnectionUpdate", data, connection_id=connection_id)
        return Call("connections.update_connection", args, options=options)

    @operation
    def delete(self, connection_id: Id, **options: Unpack[WriteOptions]) -> Call[None]:
        """Deletes a connection record."""
        args = ids(connection_id=connection_id)
        return Call("connections.delete_connection", args, options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    iter_sync = iter.sync
    create_sync = create.sync
    get_sync = get.sync
    update_sync = update.sync
    delete_sync = delete.sync
