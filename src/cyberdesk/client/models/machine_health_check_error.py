from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Unset,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="MachineHealthCheckError")


@_attrs_define(init=False)
class MachineHealthCheckError:
    machine_id: str
    error: str
    organization_id: None | str | Unset = UNSET
    machine_name: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        machine_id: str,
        error: str,
        organization_id: str | None | Unset = UNSET,
        machine_name: str | None | Unset = UNSET,
        status_code: int | None | Unset = UNSET,
    ) -> None:
        if not isinstance(machine_id, str):
            raise wrong_type(
                "MachineHealthCheckError", "machine_id", "a str", machine_id
            )

        self.machine_id = machine_id
        if not isinstance(error, str):
            raise wrong_type("MachineHealthCheckError", "error", "a str", error)

        self.error = error
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "MachineHealthCheckError",
                "organization_id",
                "a str, or None",
                organization_id,
            )

        self.organization_id = organization_id
        if not isinstance(machine_name, (str, NoneType, Unset)):
            raise wrong_type(
                "MachineHealthCheckError",
                "machine_name",
                "a str, or None",
                machine_name,
            )

        self.machine_name = machine_name
        if type(status_code) is bool or not isinstance(
            status_code, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "MachineHealthCheckError", "status_code", "an int, or None", status_code
            )

        self.status_code = status_code
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
        machine_id = self.machine_id

        error = self.error

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        machine_name: None | str | Unset
        if isinstance(self.machine_name, Unset):
            machine_name = UNSET
        else:
            machine_name = self.machine_name

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "machine_id": machine_id,
                "error": error,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if machine_name is not UNSET:
            field_dict["machine_name"] = machine_name
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        machine_id = d.pop("machine_id")

        error = d.pop("error")

        organization_id = d.pop("organization_id", UNSET)

        machine_name = d.pop("machine_name", UNSET)

        status_code = d.pop("status_code", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        machine_health_check_error = cls.__new__(cls)
        machine_health_check_error.machine_id = machine_id
        machine_health_check_error.error = error
        machine_health_check_error.organization_id = organization_id
        machine_health_check_error.machine_name = machine_name
        machine_health_check_error.status_code = status_code

        machine_health_check_error.additional_properties = d
        return machine_health_check_error

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
