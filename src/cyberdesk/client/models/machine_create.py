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
from ..models.machine_create_machine_parameters_type_0 import (
    MachineCreateMachineParametersType0,
)
from ..models.machine_create_machine_sensitive_parameters_type_0 import (
    MachineCreateMachineSensitiveParametersType0,
)
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_map,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.machine_create_machine_parameters_type_0 import (
        MachineCreateMachineParametersType0,
    )
    from ..models.machine_create_machine_sensitive_parameters_type_0 import (
        MachineCreateMachineSensitiveParametersType0,
    )


T = TypeVar("T", bound="MachineCreate")


@_attrs_define(init=False)
class MachineCreate:
    fingerprint: str
    unkey_key_id: str
    name: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    os_info: None | str | Unset = UNSET
    machine_parameters: MachineCreateMachineParametersType0 | None | Unset = UNSET
    machine_sensitive_parameters: (
        MachineCreateMachineSensitiveParametersType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        fingerprint: str,
        unkey_key_id: str,
        name: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        hostname: str | None | Unset = UNSET,
        os_info: str | None | Unset = UNSET,
        machine_parameters: Mapping[str, Any] | None | Unset = UNSET,
        machine_sensitive_parameters: Mapping[str, str] | None | Unset = UNSET,
        *,
        description: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(fingerprint, str):
            raise wrong_type("MachineCreate", "fingerprint", "a str", fingerprint)

        self.fingerprint = fingerprint
        if not isinstance(unkey_key_id, str):
            raise wrong_type("MachineCreate", "unkey_key_id", "a str", unkey_key_id)

        self.unkey_key_id = unkey_key_id
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("MachineCreate", "name", "a str, or None", name)

        self.name = name
        if not isinstance(version, (str, NoneType, Unset)):
            raise wrong_type("MachineCreate", "version", "a str, or None", version)

        self.version = version
        if not isinstance(hostname, (str, NoneType, Unset)):
            raise wrong_type("MachineCreate", "hostname", "a str, or None", hostname)

        self.hostname = hostname
        if not isinstance(os_info, (str, NoneType, Unset)):
            raise wrong_type("MachineCreate", "os_info", "a str, or None", os_info)

        self.os_info = os_info
        if not isinstance(
            machine_parameters, (MachineCreateMachineParametersType0, NoneType, Unset)
        ):
            machine_parameters = checked_map(
                "MachineCreate",
                "machine_parameters",
                machine_parameters,
                MachineCreateMachineParametersType0,
                "a mapping, or None",
            )

        self.machine_parameters = machine_parameters
        if not isinstance(
            machine_sensitive_parameters,
            (MachineCreateMachineSensitiveParametersType0, NoneType, Unset),
        ):
            machine_sensitive_parameters = checked_map(
                "MachineCreate",
                "machine_sensitive_parameters",
                machine_sensitive_parameters,
                MachineCreateMachineSensitiveParametersType0,
                "a mapping, or None",
            )

        self.machine_sensitive_parameters = machine_sensitive_parameters
        self.additional_properties = {}
        if description is not None and not isinstance(description, Unset):
            if not isinstance(description, str):
                raise wrong_type(
                    "MachineCreate", "description", "a str, or None", description
                )
            self.additional_properties["description"] = description

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

    def __repr__(self) -> str:
        hidden = ["machine_sensitive_parameters"]
        shown = []
        for name in self.__attrs_attrs__:
            value = getattr(self, name.name)
            text = (
                "<redacted>"
                if name.name in hidden
                and value is not None
                and not isinstance(value, Unset)
                else repr(value)
            )
            shown.append(f"{name.name}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        fingerprint = self.fingerprint

        unkey_key_id = self.unkey_key_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        os_info: None | str | Unset
        if isinstance(self.os_info, Unset):
            os_info = UNSET
        else:
            os_info = self.os_info

        machine_parameters: dict[str, Any] | None | Unset
        if isinstance(self.machine_parameters, Unset):
            machine_parameters = UNSET
        elif isinstance(
            self.machine_parameters, _models.MachineCreateMachineParametersType0
        ):
            machine_parameters = self.machine_parameters.to_dict()
        else:
            machine_parameters = self.machine_parameters

        machine_sensitive_parameters: dict[str, Any] | None | Unset
        if isinstance(self.machine_sensitive_parameters, Unset):
            machine_sensitive_parameters = UNSET
        elif isinstance(
            self.machine_sensitive_parameters,
            _models.MachineCreateMachineSensitiveParametersType0,
        ):
            machine_sensitive_parameters = self.machine_sensitive_parameters.to_dict()
        else:
            machine_sensitive_parameters = self.machine_sensitive_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fingerprint": fingerprint,
                "unkey_key_id": unkey_key_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if os_info is not UNSET:
            field_dict["os_info"] = os_info
        if machine_parameters is not UNSET:
            field_dict["machine_parameters"] = machine_parameters
        if machine_sensitive_parameters is not UNSET:
            field_dict["machine_sensitive_parameters"] = machine_sensitive_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fingerprint = d.pop("fingerprint")

        unkey_key_id = d.pop("unkey_key_id")

        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        hostname = d.pop("hostname", UNSET)

        os_info = d.pop("os_info", UNSET)

        machine_parameters = d.pop("machine_parameters", UNSET)
        if isinstance(machine_parameters, dict):
            try:
                machine_parameters_type_0 = (
                    _models.MachineCreateMachineParametersType0.from_dict(
                        machine_parameters
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                machine_parameters = machine_parameters_type_0

        machine_sensitive_parameters = d.pop("machine_sensitive_parameters", UNSET)
        if isinstance(machine_sensitive_parameters, dict):
            try:
                machine_sensitive_parameters_type_0 = (
                    _models.MachineCreateMachineSensitiveParametersType0.from_dict(
                        machine_sensitive_parameters
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                machine_sensitive_parameters = machine_sensitive_parameters_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        machine_create = cls.__new__(cls)
        machine_create.fingerprint = fingerprint
        machine_create.unkey_key_id = unkey_key_id
        machine_create.name = name
        machine_create.version = version
        machine_create.hostname = hostname
        machine_create.os_info = os_info
        machine_create.machine_parameters = machine_parameters
        machine_create.machine_sensitive_parameters = machine_sensitive_parameters

        machine_create.additional_properties = d
        return machine_create

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
