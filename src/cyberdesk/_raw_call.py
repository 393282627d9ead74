"""RawCall: the ``Call`` of ``client.request``, its own endpoint module."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._call import Call

if TYPE_CHECKING:
    import httpx


@dataclass(frozen=True)
class RawCall(Call[Any]):
    """A request to ``path`` (relative to the client's base URL); its data is the JSON body."""

    method: str = "GET"
    path: str = "/"
    params: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def module(self) -> Any:
        return self

    def _get_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"method": self.method, "url": self.path}
        kwargs["headers"] = dict(self.headers)
        if self.params:
            kwargs["params"] = dict(self.params)
        if self.json is not None:
            kwargs["json"] = self.json
        return kwargs

    @staticmethod
    def _parse_response(*, client: Any, response: httpx.Response) -> Any:
        return response.json() if response.content else None
