"""client.health: whether the API, its database and the machines are up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._response import ApiResponse
from ._base import Resource

if TYPE_CHECKING:
    import httpx

    from ..client.models import HealthCheckResponse200, MachinesHealthCheckResponse


def _json(response: httpx.Response) -> Any:
    return response.json()


class Health(Resource):
    """Health checks; a failing check comes back as an error (e.g. 503)."""

    def _check(self, timeout: TimeoutArg) -> Call[HealthCheckResponse200]:
        return Call("health.health_check", {}, timeout=timeout)

    async def check(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[HealthCheckResponse200]:
        """Whether the API answers; ``data`` holds the string fields it reports."""
        return await self._runner.arun(self._check(timeout))

    def check_sync(self, *, timeout: TimeoutArg = NOT_GIVEN) -> ApiResponse[HealthCheckResponse200]:
        """Blocking twin of ``check``."""
        return self._runner.run(self._check(timeout))

    def _database(self, timeout: TimeoutArg) -> Call[Any]:
        # The contract leaves this body free-form: hand back whatever JSON came.
        return Call("health.database_health_check", {}, parse=_json, timeout=timeout)

    async def database(self, *, timeout: TimeoutArg = NOT_GIVEN) -> ApiResponse[Any]:
        """Whether the API reaches its database; ``data`` is the JSON it answered."""
        return await self._runner.arun(self._database(timeout))

    def database_sync(self, *, timeout: TimeoutArg = NOT_GIVEN) -> ApiResponse[Any]:
        """Blocking twin of ``database``."""
        return self._runner.run(self._database(timeout))

    def _machines(self, timeout: TimeoutArg) -> Call[MachinesHealthCheckResponse]:
        return Call("health.health_machines", {}, timeout=timeout)

    async def machines(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[MachinesHealthCheckResponse]:
        """Whether the organisation's machines are reachable."""
        return await self._runner.arun(self._machines(timeout))

    def machines_sync(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[MachinesHealthCheckResponse]:
        """Blocking twin of ``machines``."""
        return self._runner.run(self._machines(timeout))
