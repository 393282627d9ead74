"""client.health: whether the API, its database and the machines are up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._call import Call
from .._operation import operation
from .._options import RequestOptions
from ._base import Resource

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..client.models import HealthCheckResponse200, MachinesHealthCheckResponse


def _json(response: httpx.Response) -> Any:
    return response.json()


class Health(Resource):
    """Health checks; a failing check comes back as an error (e.g. 503)."""

    @operation
    def check(self, **options: Unpack[RequestOptions]) -> Call[HealthCheckResponse200]:
        """Whether the API answers; ``data`` holds the string fields it reports."""
        return Call("health.health_check", {}, options=options)

    @operation
    def database(self, **options: Unpack[RequestOptions]) -> Call[Any]:
        """Whether the API reaches its database; ``data`` is the JSON it answered."""
        # The contract leaves this body free-form: hand back whatever JSON came.
        return Call("health.database_health_check", {}, parse=_json, options=options)

    @operation
    def machines(self, **options: Unpack[RequestOptions]) -> Call[MachinesHealthCheckResponse]:
        """Whether the organisation's machines are reachable."""
        return Call("health.health_machines", {}, options=options)

    # The blocking twins, each with its original's signature and docstring.
    check_sync = check.sync
    database_sync = database.sync
    machines_sync = machines.sync
