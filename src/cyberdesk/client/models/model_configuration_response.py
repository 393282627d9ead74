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
from ..models.model_configuration_response_additional_params_type_0 import (
    ModelConfigurationResponseAdditionalParamsType0,
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
    from ..models.model_configuration_response_additional_params_type_0 import (
        ModelConfigurationResponseAdditionalParamsType0,
    )


T = TypeVar("T", bound="ModelConfigurationResponse")


@_attrs_define(init=False)
class ModelConfigurationResponse:
    name: str
    provider: str
    model: str
    id: UUID
    is_system_default: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    timeout_seconds: float | None | Unset = UNSET
    max_retries: int | None | Unset = UNSET
    additional_params: (
        ModelConfigurationResponseAdditionalParamsType0 | None | Unset
    ) = UNSET
    agent_harness_version_string: None | str | Unset = UNSET
    is_computer_use_model: bool | Unset = False
    is_archived: bool | Unset = False
    organization_id: None | str | Unset = UNSET
    api_key_alias: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        provider: str,
        model: str,
        id: UUID | str,
        is_system_default: bool,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        description: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        max_retries: int | None | Unset = UNSET,
        additional_params: Mapping[str, Any] | None | Unset = UNSET,
        agent_harness_version_string: str | None | Unset = UNSET,
        is_computer_use_model: bool | Unset = False,
        is_archived: bool | Unset = False,
        organization_id: str | None | Unset = UNSET,
        api_key_alias: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(name, str):
            raise wrong_type("ModelConfigurationResponse", "name", "a str", name)

        self.name = name
        if not isinstance(provider, str):
            raise wrong_type(
                "ModelConfigurationResponse", "provider", "a str", provider
            )

        self.provider = provider
        if not isinstance(model, str):
            raise wrong_type("ModelConfigurationResponse", "model", "a str", model)

        self.model = model
        if not isinstance(id, UUID):
            id = checked_uuid(
                "ModelConfigurationResponse", "id", id, "a UUID or a UUID string"
            )

        self.id = id
        if not isinstance(is_system_default, bool):
            raise wrong_type(
                "ModelConfigurationResponse",
                "is_system_default",
                "True or False",
                is_system_default,
            )

        self.is_system_default = is_system_default
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "ModelConfigurationResponse", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(updated_at, datetime.datetime):
            raise wrong_type(
                "ModelConfigurationResponse", "updated_at", "a datetime", updated_at
            )

        self.updated_at = updated_at
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "ModelConfigurationResponse",
                "description",
                "a str, or None",
                description,
            )

        self.description = description
        if type(temperature) is bool or not isinstance(
            temperature, (float, int, NoneType, Unset)
        ):
            raise wrong_type(
                "ModelConfigurationResponse",
                "temperature",
                "a number, or None",
                temperature,
            )

        self.temperature = temperature
        if type(max_tokens) is bool or not isinstance(
            max_tokens, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "ModelConfigurationResponse",
                "max_tokens",
                "an int, or None",
                max_tokens,
            )

        self.max_tokens = max_tokens
        if type(timeout_seconds) is bool or not isinstance(
            timeout_seconds, (float, int, NoneType, Unset)
        ):
            raise wrong_type(
                "ModelConfigurationResponse",
                "timeout_seconds",
                "a number, or None",
                timeout_seconds,
            )

        self.timeout_seconds = timeout_seconds
        if type(max_retries) is bool or not isinstance(
            max_retries, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "ModelConfigurationResponse",
                "max_retries",
                "an int, or None",
                max_retries,
            )

        self.max_retries = max_retries
        if not isinstance(
            additional_params,
            (ModelConfigurationResponseAdditionalParamsType0, NoneType, Unset),
        ):
            additional_params = checked_map(
                "ModelConfigurationResponse",
                "additional_params",
                additional_params,
                ModelConfigurationResponseAdditionalParamsType0,
                "a mapping, or None",
            )

        self.additional_params = additional_params
        if not isinstance(agent_harness_version_string, (str, NoneType, Unset)):
            raise wrong_type(
                "ModelConfigurationResponse",
                "agent_harness_version_string",
                "a str, or None",
                agent_harness_version_string,
            )

        self.agent_harness_version_string = agent_harness_version_string
        if not isinstance(is_computer_use_model, (bool, Unset)):
            raise wrong_type(
                "ModelConfigurationResponse",
                "is_computer_use_model",
                "True or False",
                is_computer_use_model,
            )

        self.is_computer_use_model = is_computer_use_model
        if not isinstance(is_archived, (bool, Unset)):
            raise wrong_type(
                "ModelConfigurationResponse",
                "is_archived",
                "True or False",
                is_archived,
            )

        self.is_archived = is_archived
        if not isinstance(organization_id, (str, NoneType, Unset)):
            raise wrong_type(
                "ModelConfigurationResponse",
                "organization_id",
                "a str, or None",
                organization_id,
            )

        self.organization_id = organization_id
        if not isinstance(api_key_alias, (str, NoneType, Unset)):
            raise wrong_type(
                "ModelConfigurationResponse",
                "api_key_alias",
                "a str, or None",
                api_key_alias,
            )

        self.api_key_alias = api_key_alias
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
        name = self.name

        provider = self.provider

        model = self.model

        id = str(self.id)

        is_system_default = self.is_system_default

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        timeout_seconds: float | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        max_retries: int | None | Unset
        if isinstance(self.max_retries, Unset):
            max_retries = UNSET
        else:
            max_retries = self.max_retries

        additional_params: dict[str, Any] | None | Unset
        if isinstance(self.additional_params, Unset):
            additional_params = UNSET
        elif isinstance(
            self.additional_params,
            _models.ModelConfigurationResponseAdditionalParamsType0,
        ):
            additional_params = self.additional_params.to_dict()
        else:
            additional_params = self.additional_params

        agent_harness_version_string: None | str | Unset
        if isinstance(self.agent_harness_version_string, Unset):
            agent_harness_version_string = UNSET
        else:
            agent_harness_version_string = self.agent_harness_version_string

        is_computer_use_model = self.is_computer_use_model

        is_archived = self.is_archived

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        api_key_alias: None | str | Unset
        if isinstance(self.api_key_alias, Unset):
            api_key_alias = UNSET
        else:
            api_key_alias = self.api_key_alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "model": model,
                "id": id,
                "is_system_default": is_system_default,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if additional_params is not UNSET:
            field_dict["additional_params"] = additional_params
        if agent_harness_version_string is not UNSET:
            field_dict["agent_harness_version_string"] = agent_harness_version_string
        if is_computer_use_model is not UNSET:
            field_dict["is_computer_use_model"] = is_computer_use_model
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if api_key_alias is not UNSET:
            field_dict["api_key_alias"] = api_key_alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        model = d.pop("model")

        id = parse_uuid(d.pop("id"))

        is_system_default = d.pop("is_system_default")

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        additional_params = d.pop("additional_params", UNSET)
        if isinstance(additional_params, dict):
            try:
                additional_params_type_0 = (
                    _models.ModelConfigurationResponseAdditionalParamsType0.from_dict(
                        additional_params
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                additional_params = additional_params_type_0

        agent_harness_version_string = d.pop("agent_harness_version_string", UNSET)

        is_computer_use_model = d.pop("is_computer_use_model", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        api_key_alias = d.pop("api_key_alias", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        model_configuration_response = cls.__new__(cls)
        model_configuration_response.name = name
        model_configuration_response.provider = provider
        model_configuration_response.model = model
        model_configuration_response.id = id
        model_configuration_response.is_system_default = is_system_default
        model_configuration_response.created_at = created_at
        model_configuration_response.updated_at = updated_at
        model_configuration_response.description = description
        model_configuration_response.temperature = temperature
        model_configuration_response.max_tokens = max_tokens
        model_configuration_response.timeout_seconds = timeout_seconds
        model_configuration_response.max_retries = max_retries
        model_configuration_response.additional_params = additional_params
        model_configuration_response.agent_harness_version_string = (
            agent_harness_version_string
        )
        model_configuration_response.is_computer_use_model = is_computer_use_model
        model_configuration_response.is_archived = is_archived
        model_configuration_response.organization_id = organization_id
        model_configuration_response.api_key_alias = api_key_alias

        model_configuration_response.additional_properties = d
        return model_configuration_response

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
