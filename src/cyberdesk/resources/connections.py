"""client.connections: the websocket sessions of machines' agents."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_enum, as_int, as_model, as_uuid, model_class
from .._pagination import pages
from .._response import ApiResponse
from ._base import Resource, present

if TYPE_CHECKING:
    from ..client.models import (
        ConnectionCreate,
        ConnectionResponse,
        ConnectionStatus,
        ConnectionUpdate,
        PaginatedResponseConnectionResponse,
    )

Id = str | UUID


class Connections(Resource):
    """Connections: when and how each machine's agent was connected."""

    # -- list -------------------------------------------------------------------------

    def _list(
        self,
        skip: int | None,
        limit: int | None,
        machine_id: Id | None,
        status: ConnectionStatus | str | None,
        timeout: TimeoutArg,
    ) -> Call[PaginatedResponseConnectionResponse]:
        query = present(
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            machine_id=None if machine_id is None else as_uuid("machine_id", machine_id),
            status=None
            if status is None
            else as_enum("status", status, model_class("ConnectionStatus")),
        )
        return Call("connections.list_connections", query, timeout=timeout)

    async def list(
        self,
        *,
        machine_id: Id | None = None,
        status: ConnectionStatus | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseConnectionResponse]:
        """One page of connections, optionally of one machine or in one status."""
        return await self._runner.arun(self._list(skip, limit, machine_id, status, timeout))

    def list_sync(
        self,
        *,
        machine_id: Id | None = None,
        status: ConnectionStatus | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseConnectionResponse]:
        """Blocking twin of ``list``."""
        return self._runner.run(self._list(skip, limit, machine_id, status, timeout))

    def _iter(
        self, page_size: int, machine_id: Id | None, status: ConnectionStatus | str | None
    ) -> Any:
        return pages(
            lambda skip, limit: self._list(skip, limit, machine_id, status, NOT_GIVEN), page_size
        )

    def iter(
        self,
        *,
        page_size: int = 100,
        machine_id: Id | None = None,
        status: ConnectionStatus | str | None = None,
    ) -> AsyncIterator[ConnectionResponse]:
        """Every matching connection, page after page (``async for``); errors raise."""
        return self._runner.aiterate(self._iter(page_size, machine_id, status))

    def iter_sync(
        self,
        *,
        page_size: int = 100,
        machine_id: Id | None = None,
        status: ConnectionStatus | str | None = None,
    ) -> Iterator[ConnectionResponse]:
        """Blocking twin of ``iter``: a plain iterator."""
        return self._runner.iterate(self._iter(page_size, machine_id, status))

    # -- create / get / update / delete ---------------------------------------------------

    def _create(
        self, data: ConnectionCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[ConnectionResponse]:
        body = as_model("data", data, "ConnectionCreate")
        return Call(
            "connections.create_connection", {"body": body}, timeout=timeout, idempotency_key=key
        )

    async def create(
        self,
        data: ConnectionCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ConnectionResponse]:
        """Records a machine's connection."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: ConnectionCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ConnectionResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    def _get(self, connection_id: Id, timeout: TimeoutArg) -> Call[ConnectionResponse]:
        return Call(
            "connections.get_connection",
            {"connection_id": as_uuid("connection_id", connection_id)},
            timeout=timeout,
        )

    async def get(
        self, connection_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[ConnectionResponse]:
        """One connection."""
        return await self._runner.arun(self._get(connection_id, timeout))

    def get_sync(
        self, connection_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[ConnectionResponse]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(connection_id, timeout))

    def _update(
        self,
        connection_id: Id,
        data: ConnectionUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[ConnectionResponse]:
        args = {
            "connection_id": as_uuid("connection_id", connection_id),
            "body": as_model("data", data, "ConnectionUpdate"),
        }
        return Call("connections.update_connection", args, timeout=timeout, idempotency_key=key)

    async def update(
        self,
        connection_id: Id,
        data: ConnectionUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ConnectionResponse]:
        """Changes a connection's status or timestamps."""
        return await self._runner.arun(self._update(connection_id, data, idempotency_key, timeout))

    def update_sync(
        self,
        connection_id: Id,
        data: ConnectionUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ConnectionResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(self._update(connection_id, data, idempotency_key, timeout))

    def _delete(self, connection_id: Id, key: str | None, timeout: TimeoutArg) -> Call[None]:
        return Call(
            "connections.delete_connection",
            {"connection_id": as_uuid("connection_id", connection_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def delete(
        self,
        connection_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Deletes a connection record."""
        return await self._runner.arun(self._delete(connection_id, idempotency_key, timeout))

    def delete_sync(
        self,
        connection_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(connection_id, idempotency_key, timeout))
