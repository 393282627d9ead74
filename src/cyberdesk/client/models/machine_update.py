from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.machine_status import MachineStatus
from ..models.machine_update_machine_parameters_type_0 import (
    MachineUpdateMachineParametersType0,
)
from ..models.machine_update_machine_sensitive_parameters_type_0 import (
    MachineUpdateMachineSensitiveParametersType0,
)
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    checked_map,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.machine_update_machine_parameters_type_0 import (
        MachineUpdateMachineParametersType0,
    )
    from ..models.machine_update_machine_sensitive_parameters_type_0 import (
        MachineUpdateMachineSensitiveParametersType0,
    )


T = TypeVar("T", bound="MachineUpdate")


@_attrs_define(init=False)
class MachineUpdate:
    name: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    os_info: None | str | Unset = UNSET
    status: MachineStatus | None | Unset = UNSET
    is_available: bool | None | Unset = UNSET
    alerts_enabled: bool | None | Unset = UNSET
    last_seen: datetime.datetime | None | Unset = UNSET
    reserved_session_id: None | Unset | UUID = UNSET
    machine_parameters: MachineUpdateMachineParametersType0 | None | Unset = UNSET
    machine_sensitive_parameters: (
        MachineUpdateMachineSensitiveParametersType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        hostname: str | None | Unset = UNSET,
        os_info: str | None | Unset = UNSET,
        status: MachineStatus | None | Unset = UNSET,
        is_available: bool | None | Unset = UNSET,
        alerts_enabled: bool | None | Unset = UNSET,
        last_seen: datetime.datetime | None | Unset = UNSET,
        reserved_session_id: UUID | str | None | Unset = UNSET,
        machine_parameters: Mapping[str, Any] | None | Unset = UNSET,
        machine_sensitive_parameters: Mapping[str, str] | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("MachineUpdate", "name", "a str, or None", name)

        self.name = name
        if not isinstance(version, (str, NoneType, Unset)):
            raise wrong_type("MachineUpdate", "version", "a str, or None", version)

        self.version = version
        if not isinstance(hostname, (str, NoneType, Unset)):
            raise wrong_type("MachineUpdate", "hostname", "a str, or None", hostname)

        self.hostname = hostname
        if not isinstance(os_info, (str, NoneType, Unset)):
            raise wrong_type("MachineUpdate", "os_info", "a str, or None", os_info)

        self.os_info = os_info
        if not isinstance(status, (_models.MachineStatus, NoneType, Unset)):
            status = checked_enum(
                "MachineUpdate",
                "status",
                status,
                _models.MachineStatus,
                "a MachineStatus or one of its values (connected, disconnected, error), or None",
            )

        self.status = status
        if not isinstance(is_available, (bool, NoneType, Unset)):
            raise wrong_type(
                "MachineUpdate", "is_available", "True or False, or None", is_available
            )

        self.is_available = is_available
        if not isinstance(alerts_enabled, (bool, NoneType, Unset)):
            raise wrong_type(
                "MachineUpdate",
                "alerts_enabled",
                "True or False, or None",
                alerts_enabled,
            )

        self.alerts_enabled = alerts_enabled
        if not isinstance(last_seen, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "MachineUpdate", "last_seen", "a datetime, or None", last_seen
            )

        self.last_seen = last_seen
        if not isinstance(reserved_session_id, (UUID, NoneType, Unset)):
            reserved_session_id = checked_uuid(
                "MachineUpdate",
                "reserved_session_id",
                reserved_session_id,
                "a UUID or a UUID string, or None",
            )

        self.reserved_session_id = reserved_session_id
        if not isinstance(
            machine_parameters, (MachineUpdateMachineParametersType0, NoneType, Unset)
        ):
            machine_parameters = checked_map(
                "MachineUpdate",
                "machine_parameters",
                machine_parameters,
                MachineUpdateMachineParametersType0,
                "a mapping, or None",
            )

        self.machine_parameters = machine_parameters
        if not isinstance(
            machine_sensitive_parameters,
            (MachineUpdateMachineSensitiveParametersType0, NoneType, Unset),
        ):
            machine_sensitive_parameters = checked_map(
                "MachineUpdate",
                "machine_sensitive_parameters",
                machine_sensitive_parameters,
                MachineUpdateMachineSensitiveParametersType0,
                "a mapping, or None",
            )

        self.machine_sensitive_parameters = machine_sensitive_parameters
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MachineStatus):
            status = self.status.value
        else:
            status = self.status

        is_available: bool | None | Unset
        if isinstance(self.is_available, Unset):
            is_available = UNSET
        else:
            is_available = self.is_available

        alerts_enabled: bool | None | Unset
        if isinstance(self.alerts_enabled, Unset):
            alerts_enabled = UNSET
        else:
            alerts_enabled = self.alerts_enabled

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        reserved_session_id: None | str | Unset
        if isinstance(self.reserved_session_id, Unset):
            reserved_session_id = UNSET
        elif isinstance(self.reserved_session_id, UUID):
            reserved_session_id = str(self.reserved_session_id)
        else:
            reserved_session_id = self.reserved_session_id

        machine_parameters: dict[str, Any] | None | Unset
        if isinstance(self.machine_parameters, Unset):
            machine_parameters = UNSET
        elif isinstance(
            self.machine_parameters, _models.MachineUpdateMachineParametersType0
        ):
            machine_parameters = self.machine_parameters.to_dict()
        else:
            machine_parameters = self.machine_parameters

        machine_sensitive_parameters: dict[str, Any] | None | Unset
        if isinstance(self.machine_sensitive_parameters, Unset):
            machine_sensitive_parameters = UNSET
        elif isinstance(
            self.machine_sensitive_parameters,
            _models.MachineUpdateMachineSensitiveParametersType0,
        ):
            machine_sensitive_parameters = self.machine_sensitive_parameters.to_dict()
        else:
            machine_sensitive_parameters = self.machine_sensitive_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if os_info is not UNSET:
            field_dict["os_info"] = os_info
        if status is not UNSET:
            field_dict["status"] = status
        if is_available is not UNSET:
            field_dict["is_available"] = is_available
        if alerts_enabled is not UNSET:
            field_dict["alerts_enabled"] = alerts_enabled
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen
        if reserved_session_id is not UNSET:
            field_dict["reserved_session_id"] = reserved_session_id
        if machine_parameters is not UNSET:
            field_dict["machine_parameters"] = machine_parameters
        if machine_sensitive_parameters is not UNSET:
            field_dict["machine_sensitive_parameters"] = machine_sensitive_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        hostname = d.pop("hostname", UNSET)

        os_info = d.pop("os_info", UNSET)

        status = d.pop("status", UNSET)
        if isinstance(status, str):
            try:
                status_type_0 = MachineStatus(status)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                status = status_type_0

        is_available = d.pop("is_available", UNSET)

        alerts_enabled = d.pop("alerts_enabled", UNSET)

        last_seen = d.pop("last_seen", UNSET)
        if isinstance(last_seen, str):
            try:
                last_seen_type_0 = parse_datetime(last_seen)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                last_seen = last_seen_type_0

        reserved_session_id = d.pop("reserved_session_id", UNSET)
        if isinstance(reserved_session_id, str):
            try:
                reserved_session_id_type_0 = parse_uuid(reserved_session_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                reserved_session_id = reserved_session_id_type_0

        machine_parameters = d.pop("machine_parameters", UNSET)
        if isinstance(machine_parameters, dict):
            try:
                machine_parameters_type_0 = (
                    _models.MachineUpdateMachineParametersType0.from_dict(
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
                    _models.MachineUpdateMachineSensitiveParametersType0.from_dict(
                        machine_sensitive_parameters
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                machine_sensitive_parameters = machine_sensitive_parameters_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        machine_update = cls.__new__(cls)
        machine_update.name = name
        machine_update.version = version
        machine_update.hostname = hostname
        machine_update.os_info = os_info
        machine_update.status = status
        machine_update.is_available = is_available
        machine_update.alerts_enabled = alerts_enabled
        machine_update.last_seen = last_seen
        machine_update.reserved_session_id = reserved_session_id
        machine_update.machine_parameters = machine_parameters
        machine_update.machine_sensitive_parameters = machine_sensitive_parameters

        machine_update.additional_properties = d
        return machine_update

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
