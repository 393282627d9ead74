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
from ..models.pool_response_pool_parameters_type_0 import (
    PoolResponsePoolParametersType0,
)
from ..models.pool_response_pool_sensitive_parameters_type_0 import (
    PoolResponsePoolSensitiveParametersType0,
)
from ..types import (
    UNSET,
    NoneType,
    Unset,
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
    from ..models.pool_response_pool_parameters_type_0 import (
        PoolResponsePoolParametersType0,
    )
    from ..models.pool_response_pool_sensitive_parameters_type_0 import (
        PoolResponsePoolSensitiveParametersType0,
    )


T = TypeVar("T", bound="PoolResponse")


@_attrs_define(init=False)
class PoolResponse:
    name: str
    id: UUID
    organization_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    pool_parameters: None | PoolResponsePoolParametersType0 | Unset = UNSET
    pool_sensitive_parameters: (
        None | PoolResponsePoolSensitiveParametersType0 | Unset
    ) = UNSET
    machine_count: int | None | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        id: UUID | str,
        organization_id: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        description: str | None | Unset = UNSET,
        pool_parameters: Mapping[str, Any] | None | Unset = UNSET,
        pool_sensitive_parameters: Mapping[str, str] | None | Unset = UNSET,
        machine_count: int | None | Unset = 0,
    ) -> None:
        if not isinstance(name, str):
            raise wrong_type("PoolResponse", "name", "a str", name)

        self.name = name
        if not isinstance(id, UUID):
            id = checked_uuid("PoolResponse", "id", id, "a UUID or a UUID string")

        self.id = id
        if not isinstance(organization_id, str):
            raise wrong_type(
                "PoolResponse", "organization_id", "a str", organization_id
            )

        self.organization_id = organization_id
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type("PoolResponse", "created_at", "a datetime", created_at)

        self.created_at = created_at
        if not isinstance(updated_at, datetime.datetime):
            raise wrong_type("PoolResponse", "updated_at", "a datetime", updated_at)

        self.updated_at = updated_at
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "PoolResponse", "description", "a str, or None", description
            )

        self.description = description
        if not isinstance(
            pool_parameters, (PoolResponsePoolParametersType0, NoneType, Unset)
        ):
            pool_parameters = checked_map(
                "PoolResponse",
                "pool_parameters",
                pool_parameters,
                PoolResponsePoolParametersType0,
                "a mapping, or None",
            )

        self.pool_parameters = pool_parameters
        if not isinstance(
            pool_sensitive_parameters,
            (PoolResponsePoolSensitiveParametersType0, NoneType, Unset),
        ):
            pool_sensitive_parameters = checked_map(
                "PoolResponse",
                "pool_sensitive_parameters",
                pool_sensitive_parameters,
                PoolResponsePoolSensitiveParametersType0,
                "a mapping, or None",
            )

        self.pool_sensitive_parameters = pool_sensitive_parameters
        if type(machine_count) is bool or not isinstance(
            machine_count, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "PoolResponse", "machine_count", "an int, or None", machine_count
            )

        self.machine_count = machine_count
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
        hidden = ["pool_sensitive_parameters"]
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
        name = self.name

        id = str(self.id)

        organization_id = self.organization_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pool_parameters: dict[str, Any] | None | Unset
        if isinstance(self.pool_parameters, Unset):
            pool_parameters = UNSET
        elif isinstance(self.pool_parameters, _models.PoolResponsePoolParametersType0):
            pool_parameters = self.pool_parameters.to_dict()
        else:
            pool_parameters = self.pool_parameters

        pool_sensitive_parameters: dict[str, Any] | None | Unset
        if isinstance(self.pool_sensitive_parameters, Unset):
            pool_sensitive_parameters = UNSET
        elif isinstance(
            self.pool_sensitive_parameters,
            _models.PoolResponsePoolSensitiveParametersType0,
        ):
            pool_sensitive_parameters = self.pool_sensitive_parameters.to_dict()
        else:
            pool_sensitive_parameters = self.pool_sensitive_parameters

        machine_count: int | None | Unset
        if isinstance(self.machine_count, Unset):
            machine_count = UNSET
        else:
            machine_count = self.machine_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "organization_id": organization_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if pool_parameters is not UNSET:
            field_dict["pool_parameters"] = pool_parameters
        if pool_sensitive_parameters is not UNSET:
            field_dict["pool_sensitive_parameters"] = pool_sensitive_parameters
        if machine_count is not UNSET:
            field_dict["machine_count"] = machine_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        pool_parameters = d.pop("pool_parameters", UNSET)
        if isinstance(pool_parameters, dict):
            try:
                pool_parameters_type_0 = (
                    _models.PoolResponsePoolParametersType0.from_dict(pool_parameters)
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                pool_parameters = pool_parameters_type_0

        pool_sensitive_parameters = d.pop("pool_sensitive_parameters", UNSET)
        if isinstance(pool_sensitive_parameters, dict):
            try:
                pool_sensitive_parameters_type_0 = (
                    _models.PoolResponsePoolSensitiveParametersType0.from_dict(
                        pool_sensitive_parameters
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                pool_sensitive_parameters = pool_sensitive_parameters_type_0

        machine_count = d.pop("machine_count", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        pool_response = cls.__new__(cls)
        pool_response.name = name
        pool_response.id = id
        pool_response.organization_id = organization_id
        pool_response.created_at = created_at
        pool_response.updated_at = updated_at
        pool_response.description = description
        pool_response.pool_parameters = pool_parameters
        pool_response.pool_sensitive_parameters = pool_sensitive_parameters
        pool_response.machine_count = machine_count

        pool_response.additional_properties = d
        return pool_response

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
