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
from ..models.pool_update_pool_parameters_type_0 import PoolUpdatePoolParametersType0
from ..models.pool_update_pool_sensitive_parameters_type_0 import (
    PoolUpdatePoolSensitiveParametersType0,
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
    from ..models.pool_update_pool_parameters_type_0 import (
        PoolUpdatePoolParametersType0,
    )
    from ..models.pool_update_pool_sensitive_parameters_type_0 import (
        PoolUpdatePoolSensitiveParametersType0,
    )


T = TypeVar("T", bound="PoolUpdate")


@_attrs_define(init=False)
class PoolUpdate:
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    pool_parameters: None | PoolUpdatePoolParametersType0 | Unset = UNSET
    pool_sensitive_parameters: None | PoolUpdatePoolSensitiveParametersType0 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        pool_parameters: Mapping[str, Any] | None | Unset = UNSET,
        pool_sensitive_parameters: Mapping[str, str] | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, (str, NoneType, Unset)):
            raise wrong_type("PoolUpdate", "name", "a str, or None", name)

        self.name = name
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type("PoolUpdate", "description", "a str, or None", description)

        self.description = description
        if not isinstance(
            pool_parameters, (PoolUpdatePoolParametersType0, NoneType, Unset)
        ):
            pool_parameters = checked_map(
                "PoolUpdate",
                "pool_parameters",
                pool_parameters,
                PoolUpdatePoolParametersType0,
                "a mapping, or None",
            )

        self.pool_parameters = pool_parameters
        if not isinstance(
            pool_sensitive_parameters,
            (PoolUpdatePoolSensitiveParametersType0, NoneType, Unset),
        ):
            pool_sensitive_parameters = checked_map(
                "PoolUpdate",
                "pool_sensitive_parameters",
                pool_sensitive_parameters,
                PoolUpdatePoolSensitiveParametersType0,
                "a mapping, or None",
            )

        self.pool_sensitive_parameters = pool_sensitive_parameters
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
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pool_parameters: dict[str, Any] | None | Unset
        if isinstance(self.pool_parameters, Unset):
            pool_parameters = UNSET
        elif isinstance(self.pool_parameters, _models.PoolUpdatePoolParametersType0):
            pool_parameters = self.pool_parameters.to_dict()
        else:
            pool_parameters = self.pool_parameters

        pool_sensitive_parameters: dict[str, Any] | None | Unset
        if isinstance(self.pool_sensitive_parameters, Unset):
            pool_sensitive_parameters = UNSET
        elif isinstance(
            self.pool_sensitive_parameters,
            _models.PoolUpdatePoolSensitiveParametersType0,
        ):
            pool_sensitive_parameters = self.pool_sensitive_parameters.to_dict()
        else:
            pool_sensitive_parameters = self.pool_sensitive_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if pool_parameters is not UNSET:
            field_dict["pool_parameters"] = pool_parameters
        if pool_sensitive_parameters is not UNSET:
            field_dict["pool_sensitive_parameters"] = pool_sensitive_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        pool_parameters = d.pop("pool_parameters", UNSET)
        if isinstance(pool_parameters, dict):
            try:
                pool_parameters_type_0 = (
                    _models.PoolUpdatePoolParametersType0.from_dict(pool_parameters)
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                pool_parameters = pool_parameters_type_0

        pool_sensitive_parameters = d.pop("pool_sensitive_parameters", UNSET)
        if isinstance(pool_sensitive_parameters, dict):
            try:
                pool_sensitive_parameters_type_0 = (
                    _models.PoolUpdatePoolSensitiveParametersType0.from_dict(
                        pool_sensitive_parameters
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                pool_sensitive_parameters = pool_sensitive_parameters_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        pool_update = cls.__new__(cls)
        pool_update.name = name
        pool_update.description = description
        pool_update.pool_parameters = pool_parameters
        pool_update.pool_sensitive_parameters = pool_sensitive_parameters

        pool_update.additional_properties = d
        return pool_update

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
