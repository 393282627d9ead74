from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.machines_health_check_response_scope import (
    MachinesHealthCheckResponseScope,
)
from ..models.machines_health_check_response_status import (
    MachinesHealthCheckResponseStatus,
)
from ..types import (
    checked_enum,
    checked_items,
    checked_list,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.machine_health_check_error import MachineHealthCheckError


T = TypeVar("T", bound="MachinesHealthCheckResponse")


@_attrs_define(init=False)
class MachinesHealthCheckResponse:
    status: MachinesHealthCheckResponseStatus
    scope: MachinesHealthCheckResponseScope
    checked_machines: int
    healthy_machines: int
    errored_machines: list[MachineHealthCheckError]
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        status: MachinesHealthCheckResponseStatus,
        scope: MachinesHealthCheckResponseScope,
        checked_machines: int,
        healthy_machines: int,
        errored_machines: list[MachineHealthCheckError],
        message: str,
    ) -> None:
        if not isinstance(status, _models.MachinesHealthCheckResponseStatus):
            status = checked_enum(
                "MachinesHealthCheckResponse",
                "status",
                status,
                _models.MachinesHealthCheckResponseStatus,
                "a MachinesHealthCheckResponseStatus or one of its values (error, ok)",
            )

        self.status = status
        if not isinstance(scope, _models.MachinesHealthCheckResponseScope):
            scope = checked_enum(
                "MachinesHealthCheckResponse",
                "scope",
                scope,
                _models.MachinesHealthCheckResponseScope,
                "a MachinesHealthCheckResponseScope or one of its values (all_organizations, organization)",
            )

        self.scope = scope
        if type(checked_machines) is bool or not isinstance(checked_machines, int):
            raise wrong_type(
                "MachinesHealthCheckResponse",
                "checked_machines",
                "an int",
                checked_machines,
            )

        self.checked_machines = checked_machines
        if type(healthy_machines) is bool or not isinstance(healthy_machines, int):
            raise wrong_type(
                "MachinesHealthCheckResponse",
                "healthy_machines",
                "an int",
                healthy_machines,
            )

        self.healthy_machines = healthy_machines
        errored_machines = checked_items(
            "MachinesHealthCheckResponse",
            "errored_machines",
            checked_list(
                "MachinesHealthCheckResponse",
                "errored_machines",
                errored_machines,
                "a list of MachineHealthCheckError",
            ),
            _models.MachineHealthCheckError,
            "a MachineHealthCheckError",
        )

        self.errored_machines = errored_machines
        if not isinstance(message, str):
            raise wrong_type("MachinesHealthCheckResponse", "message", "a str", message)

        self.message = message
        self.additional_properties = {}

    def to_json(self) -> str:
        """This model as JSON text, as the API reads it."""
        return model_json(self)

    if not TYPE_CHECKING:
        # dict(model) gives the wire form: what fastapi.encoders.jsonable_encoder falls back to.
        # Hidden from type checkers, which would otherwise take every model for a sequence.
        def __iter__(self) -> Iterator[tuple[str, Any]]:
            return iter(self.to_dict().items())

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return pydantic_core_schema(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return pydantic_json_schema(cls)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        scope = self.scope.value

        checked_machines = self.checked_machines

        healthy_machines = self.healthy_machines

        errored_machines = []
        for errored_machines_item_data in self.errored_machines:
            errored_machines_item = errored_machines_item_data.to_dict()
            errored_machines.append(errored_machines_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "scope": scope,
                "checked_machines": checked_machines,
                "healthy_machines": healthy_machines,
                "errored_machines": errored_machines,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = MachinesHealthCheckResponseStatus(d.pop("status"))

        scope = MachinesHealthCheckResponseScope(d.pop("scope"))

        checked_machines = d.pop("checked_machines")

        healthy_machines = d.pop("healthy_machines")

        errored_machines = []
        _errored_machines = d.pop("errored_machines")
        _errored_machines_item_from_dict = _models.MachineHealthCheckError.from_dict
        for errored_machines_item_data in _errored_machines:
            errored_machines_item = _errored_machines_item_from_dict(
                errored_machines_item_data
            )
            errored_machines.append(errored_machines_item)

        message = d.pop("message")

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        machines_health_check_response = cls.__new__(cls)
        machines_health_check_response.status = status
        machines_health_check_response.scope = scope
        machines_health_check_response.checked_machines = checked_machines
        machines_health_check_response.healthy_machines = healthy_machines
        machines_health_check_response.errored_machines = errored_machines
        machines_health_check_response.message = message

        machines_health_check_response.additional_properties = d
        return machines_health_check_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
