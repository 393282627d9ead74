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
from ..models.machine_response_machine_parameters_type_0 import (
    MachineResponseMachineParametersType0,
)
from ..models.machine_response_machine_sensitive_parameters_type_0 import (
    MachineResponseMachineSensitiveParametersType0,
)
from ..models.machine_status import MachineStatus
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    checked_items,
    checked_list,
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
    from ..models.machine_response_machine_parameters_type_0 import (
        MachineResponseMachineParametersType0,
    )
    from ..models.machine_response_machine_sensitive_parameters_type_0 import (
        MachineResponseMachineSensitiveParametersType0,
    )
    from ..models.pool_response import PoolResponse


T = TypeVar("T", bound="MachineResponse")


@_attrs_define(init=False)
class MachineResponse:
    id: UUID
    unkey_key_id: str
    status: MachineStatus
    is_available: bool
    alerts_enabled: bool
    created_at: datetime.datetime
    last_seen: datetime.datetime
    name: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    os_info: None | str | Unset = UNSET
    machine_parameters: MachineResponseMachineParametersType0 | None | Unset = UNSET
    machine_sensitive_parameters: (
        MachineResponseMachineSensitiveParametersType0 | None | Unset
    ) = UNSET
    user_id: None | Unset | UUID = UNSET
    organization_id: None | str | Unset = UNSET
    reserved_session_id: None | Unset | UUID = UNSET
    linked_keepalive_machine_id: None | Unset | UUID = UNSET
    physical_server_id: None | str | Unset = UNSET
    pools: list[PoolResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: UUID | str,
        unkey_key_id: str,
        status: MachineStatus,
        is_available: bool,
        alerts_enabled: bool,
        created_at: datetime.datetime,
        last_seen: datetime.datetime,
        name: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        hostname: str | None | Unset = UNSET,
        os_info: str | None | Unset = UNSET,
        machine_parameters: Mapping[str, Any] | None | Unset = UNSET,
        machine_sensitive_parameters: Mapping[str, str] | None | Unset = UNSET,
        user_id: UUID | str | None | Unset = UNSET,
        organization_id: str | None | Unset = UNSET,
        reserved_session_id: UUID | str | None | Unset = UNSET,
        linked_keepalive_machine_id: UUID | str | None | Unset = UNSET,
        physical_server_id: str | None | Unset = UNSET,
        pools: list[PoolResponse] | None | Unset = UNSET,
    ) -> None:
        if not isinstance(id, UUID):
            id = checked_uuid("MachineResponse", "id", id, "a UUID or a UUID string")

        self.id = id
        if not isinstance(unkey_key_id, str):
            raise wrong_type("MachineResponse", "unkey_key_id", "a str", unkey_key_id)

        self.unkey_key_id = unkey_key_id
        if not isinstance(status, _models.MachineStatus):
            status = checked_enum(
                "MachineResponse",
                "status",
                status,
                _models.MachineStatus,
                "a MachineStatus or one of its values (connected, disconnected, error)",
            )

        self.status = status
        if not isinstance(is_available, bool):
            raise wrong_type(
                "MachineResponse", "is_available", "True or False", is_available
            )

        self.is_available = is_available
        if not isinstance(alerts_enabled, bool):
            raise wrong_type(
                "MachineResponse", "alerts_enabled", "True or False", alerts_enabled
            )

        self.alerts_enabled = alerts_enabled
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type("MachineResponse", "created_at", "a datetime", created_at)

        self.created_at = created_at
        if not isinstance(last_seen, datetime.datetime):
            raise wrong_type("MachineResponse", "last_seen", "a datetime", last_seen)

        self.last_seen = last_seen
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("MachineResponse", "name", "a str, or None", name)

        self.name = name
        if not isinstance(version, (str, NoneType, Unset)):
            raise wrong_type("MachineResponse", "version", "a str, or None", version)

        self.version = version
        if not isinstance(hostname, (str, NoneType, Unset)):
            raise wrong_type("MachineResponse", "hostname", "a str, or None", hostname)

        self.hostname = hostname
        if not isinstance(os_info, (str, NoneType, Unset)):
            raise wrong_type("MachineResponse", "os_info", "a str, or None", os_info)

        self.os_info = os_info
        if not isinstance(
            machine_parameters, (MachineResponseMachineParametersType0, NoneType, Unset)
        ):
            machine_parameters = checked_map(
                "MachineResponse",
                "machine_parameters",
                machine_parameters,
                MachineResponseMachineParametersType0,
                "a mapping, or None",
            )

        self.machine_parameters = machine_parameters
        if not isinstance(
            machine_sensitive_parameters,
            (MachineResponseMachineSensitiveParametersType0, NoneType, Unset),
        ):
            machine_sensitive_parameters = checked_map(
                "MachineResponse",
                "machine_sensitive_parameters",
                machine_sensitive_parameters,
                MachineResponseMachineSensitiveParametersType0,
                "a mapping, or None",
            )

        self.machine_sensitive_parameters = machine_sensitive_parameters
        if not isinstance(user_id, (UUID, NoneType, Unset)):
            user_id = checked_uuid(
                "MachineResponse",
                "user_id",
                user_id,
                "a UUID or a UUID string, or None",
            )

        self.user_id = user_id
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "MachineResponse", "organization_id", "a str, or None", organization_id
            )

        self.organization_id = organization_id
        if not isinstance(reserved_session_id, (UUID, NoneType, Unset)):
            reserved_session_id = checked_uuid(
                "MachineResponse",
                "reserved_session_id",
                reserved_session_id,
                "a UUID or a UUID string, or None",
            )

        self.reserved_session_id = reserved_session_id
        if not isinstance(linked_keepalive_machine_id, (UUID, NoneType, Unset)):
            linked_keepalive_machine_id = checked_uuid(
                "MachineResponse",
                "linked_keepalive_machine_id",
                linked_keepalive_machine_id,
                "a UUID or a UUID string, or None",
            )

        self.linked_keepalive_machine_id = linked_keepalive_machine_id
        if not isinstance(physical_server_id, (str, NoneType, Unset)):
            raise wrong_type(
                "MachineResponse",
                "physical_server_id",
                "a str, or None",
                physical_server_id,
            )

        self.physical_server_id = physical_server_id
        if not isinstance(pools, (NoneType, Unset)):
            pools = checked_items(
                "MachineResponse",
                "pools",
                checked_list(
                    "MachineResponse", "pools", pools, "a list of PoolResponse, or None"
                ),
                _models.PoolResponse,
                "a PoolResponse",
            )

        self.pools = pools
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
        id = str(self.id)

        unkey_key_id = self.unkey_key_id

        status = self.status.value

        is_available = self.is_available

        alerts_enabled = self.alerts_enabled

        created_at = self.created_at.isoformat()

        last_seen = self.last_seen.isoformat()

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
            self.machine_parameters, _models.MachineResponseMachineParametersType0
        ):
            machine_parameters = self.machine_parameters.to_dict()
        else:
            machine_parameters = self.machine_parameters

        machine_sensitive_parameters: dict[str, Any] | None | Unset
        if isinstance(self.machine_sensitive_parameters, Unset):
            machine_sensitive_parameters = UNSET
        elif isinstance(
            self.machine_sensitive_parameters,
            _models.MachineResponseMachineSensitiveParametersType0,
        ):
            machine_sensitive_parameters = self.machine_sensitive_parameters.to_dict()
        else:
            machine_sensitive_parameters = self.machine_sensitive_parameters

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        reserved_session_id: None | str | Unset
        if isinstance(self.reserved_session_id, Unset):
            reserved_session_id = UNSET
        elif isinstance(self.reserved_session_id, UUID):
            reserved_session_id = str(self.reserved_session_id)
        else:
            reserved_session_id = self.reserved_session_id

        linked_keepalive_machine_id: None | str | Unset
        if isinstance(self.linked_keepalive_machine_id, Unset):
            linked_keepalive_machine_id = UNSET
        elif isinstance(self.linked_keepalive_machine_id, UUID):
            linked_keepalive_machine_id = str(self.linked_keepalive_machine_id)
        else:
            linked_keepalive_machine_id = self.linked_keepalive_machine_id

        physical_server_id: None | str | Unset
        if isinstance(self.physical_server_id, Unset):
            physical_server_id = UNSET
        else:
            physical_server_id = self.physical_server_id

        pools: list[dict[str, Any]] | None | Unset
        if isinstance(self.pools, Unset):
            pools = UNSET
        elif isinstance(self.pools, list):
            pools = []
            for pools_type_0_item_data in self.pools:
                pools_type_0_item = pools_type_0_item_data.to_dict()
                pools.append(pools_type_0_item)

        else:
            pools = self.pools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "unkey_key_id": unkey_key_id,
                "status": status,
                "is_available": is_available,
                "alerts_enabled": alerts_enabled,
                "created_at": created_at,
                "last_seen": last_seen,
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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if reserved_session_id is not UNSET:
            field_dict["reserved_session_id"] = reserved_session_id
        if linked_keepalive_machine_id is not UNSET:
            field_dict["linked_keepalive_machine_id"] = linked_keepalive_machine_id
        if physical_server_id is not UNSET:
            field_dict["physical_server_id"] = physical_server_id
        if pools is not UNSET:
            field_dict["pools"] = pools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        unkey_key_id = d.pop("unkey_key_id")

        status = MachineStatus(d.pop("status"))

        is_available = d.pop("is_available")

        alerts_enabled = d.pop("alerts_enabled")

        created_at = parse_datetime(d.pop("created_at"))

        last_seen = parse_datetime(d.pop("last_seen"))

        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        hostname = d.pop("hostname", UNSET)

        os_info = d.pop("os_info", UNSET)

        machine_parameters = d.pop("machine_parameters", UNSET)
        if isinstance(machine_parameters, dict):
            try:
                machine_parameters_type_0 = (
                    _models.MachineResponseMachineParametersType0.from_dict(
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
                    _models.MachineResponseMachineSensitiveParametersType0.from_dict(
                        machine_sensitive_parameters
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                machine_sensitive_parameters = machine_sensitive_parameters_type_0

        user_id = d.pop("user_id", UNSET)
        if isinstance(user_id, str):
            try:
                user_id_type_0 = parse_uuid(user_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                user_id = user_id_type_0

        organization_id = d.pop("organization_id", UNSET)

        reserved_session_id = d.pop("reserved_session_id", UNSET)
        if isinstance(reserved_session_id, str):
            try:
                reserved_session_id_type_0 = parse_uuid(reserved_session_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                reserved_session_id = reserved_session_id_type_0

        linked_keepalive_machine_id = d.pop("linked_keepalive_machine_id", UNSET)
        if isinstance(linked_keepalive_machine_id, str):
            try:
                linked_keepalive_machine_id_type_0 = parse_uuid(
                    linked_keepalive_machine_id
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                linked_keepalive_machine_id = linked_keepalive_machine_id_type_0

        physical_server_id = d.pop("physical_server_id", UNSET)

        pools = d.pop("pools", UNSET)
        if isinstance(pools, list):
            try:
                pools_type_0 = []
                _pools_type_0 = pools
                _pools_type_0_item_from_dict = _models.PoolResponse.from_dict
                for pools_type_0_item_data in _pools_type_0:
                    pools_type_0_item = _pools_type_0_item_from_dict(
                        pools_type_0_item_data
                    )
                    pools_type_0.append(pools_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                pools = pools_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        machine_response = cls.__new__(cls)
        machine_response.id = id
        machine_response.unkey_key_id = unkey_key_id
        machine_response.status = status
        machine_response.is_available = is_available
        machine_response.alerts_enabled = alerts_enabled
        machine_response.created_at = created_at
        machine_response.last_seen = last_seen
        machine_response.name = name
        machine_response.version = version
        machine_response.hostname = hostname
        machine_response.os_info = os_info
        machine_response.machine_parameters = machine_parameters
        machine_response.machine_sensitive_parameters = machine_sensitive_parameters
        machine_response.user_id = user_id
        machine_response.organization_id = organization_id
        machine_response.reserved_session_id = reserved_session_id
        machine_response.linked_keepalive_machine_id = linked_keepalive_machine_id
        machine_response.physical_server_id = physical_server_id
        machine_response.pools = pools

        machine_response.additional_properties = d
        return machine_response

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
