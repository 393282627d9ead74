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
from ..models.model_configuration_create_additional_params_type_0 import (
    ModelConfigurationCreateAdditionalParamsType0,
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
    from ..models.model_configuration_create_additional_params_type_0 import (
        ModelConfigurationCreateAdditionalParamsType0,
    )


T = TypeVar("T", bound="ModelConfigurationCreate")


@_attrs_define(init=False)
class ModelConfigurationCreate:
    name: str
    provider: str
    model: str
    description: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    timeout_seconds: float | None | Unset = UNSET
    max_retries: int | None | Unset = UNSET
    additional_params: ModelConfigurationCreateAdditionalParamsType0 | None | Unset = (
        UNSET
    )
    agent_harness_version_string: None | str | Unset = UNSET
    is_computer_use_model: bool | Unset = False
    is_archived: bool | Unset = False
    api_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        name: str,
        provider: str,
        model: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        max_retries: int | None | Unset = UNSET,
        additional_params: Mapping[str, Any] | None | Unset = UNSET,
        agent_harness_version_string: str | None | Unset = UNSET,
        is_computer_use_model: bool | Unset = False,
        is_archived: bool | Unset = False,
        api_key: str | None | Unset = UNSET,
        model_id: str | Unset = UNSET,
    ) -> None:
        if not isinstance(model_id, Unset):
            if not isinstance(model, Unset):
                raise TypeError(
                    "ModelConfigurationCreate takes model= or its alias model_id=, not both"
                )
            model = model_id
        if isinstance(model, Unset):
            raise TypeError(
                "ModelConfigurationCreate() missing required argument: 'model' (or its alias 'model_id')"
            )
        if not isinstance(name, str):
            raise wrong_type("ModelConfigurationCreate", "name", "a str", name)

        self.name = name
        if not isinstance(provider, str):
            raise wrong_type("ModelConfigurationCreate", "provider", "a str", provider)

        self.provider = provider
        if not isinstance(model, str):
            raise wrong_type("ModelConfigurationCreate", "model", "a str", model)

        self.model = model
        if not isinstance(description, (str, NoneType, Unset)):
            raise wrong_type(
                "ModelConfigurationCreate", "description", "a str, or None", description
            )

        self.description = description
        if type(temperature) is bool or not isinstance(
            temperature, (float, int, NoneType, Unset)
        ):
            raise wrong_type(
                "ModelConfigurationCreate",
                "temperature",
                "a number, or None",
                temperature,
            )

        self.temperature = temperature
        if type(max_tokens) is bool or not isinstance(
            max_tokens, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "ModelConfigurationCreate", "max_tokens", "an int, or None", max_tokens
            )

        self.max_tokens = max_tokens
        if type(timeout_seconds) is bool or not isinstance(
            timeout_seconds, (float, int, NoneType, Unset)
        ):
            raise wrong_type(
                "ModelConfigurationCreate",
                "timeout_seconds",
                "a number, or None",
                timeout_seconds,
            )

        self.timeout_seconds = timeout_seconds
        if type(max_retries) is bool or not isinstance(
            max_retries, (int, NoneType, Unset)
        ):
            raise wrong_type(
                "ModelConfigurationCreate",
                "max_retries",
                "an int, or None",
                max_retries,
            )

        self.max_retries = max_retries
        if not isinstance(
            additional_params,
            (ModelConfigurationCreateAdditionalParamsType0, NoneType, Unset),
        ):
            additional_params = checked_map(
                "ModelConfigurationCreate",
                "additional_params",
                additional_params,
                ModelConfigurationCreateAdditionalParamsType0,
                "a mapping, or None",
            )

        self.additional_params = additional_params
        if not isinstance(agent_harness_version_string, (str, NoneType, Unset)):
            raise wrong_type(
                "ModelConfigurationCreate",
                "agent_harness_version_string",
                "a str, or None",
                agent_harness_version_string,
            )

        self.agent_harness_version_string = agent_harness_version_string
        if not isinstance(is_computer_use_model, (bool, Unset)):
            raise wrong_type(
                "ModelConfigurationCreate",
                "is_computer_use_model",
                "True or False",
                is_computer_use_model,
            )

        self.is_computer_use_model = is_computer_use_model
        if not isinstance(is_archived, (bool, Unset)):
            raise wrong_type(
                "ModelConfigurationCreate", "is_archived", "True or False", is_archived
            )

        self.is_archived = is_archived
        if not isinstance(api_key, (str, NoneType, Unset)):
            raise wrong_type(
                "ModelConfigurationCreate", "api_key", "a str, or None", api_key
            )

        self.api_key = api_key
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
        hidden = ["api_key"]
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

        provider = self.provider

        model = self.model

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
            _models.ModelConfigurationCreateAdditionalParamsType0,
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

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "model": model,
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
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        model = d.pop("model")

        description = d.pop("description", UNSET)

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        additional_params = d.pop("additional_params", UNSET)
        if isinstance(additional_params, dict):
            try:
                additional_params_type_0 = (
                    _models.ModelConfigurationCreateAdditionalParamsType0.from_dict(
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

        api_key = d.pop("api_key", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        model_configuration_create = cls.__new__(cls)
        model_configuration_create.name = name
        model_configuration_create.provider = provider
        model_configuration_create.model = model
        model_configuration_create.description = description
        model_configuration_create.temperature = temperature
        model_configuration_create.max_tokens = max_tokens
        model_configuration_create.timeout_seconds = timeout_seconds
        model_configuration_create.max_retries = max_retries
        model_configuration_create.additional_params = additional_params
        model_configuration_create.agent_harness_version_string = (
            agent_harness_version_string
        )
        model_configuration_create.is_computer_use_model = is_computer_use_model
        model_configuration_create.is_archived = is_archived
        model_configuration_create.api_key = api_key

        model_configuration_create.additional_properties = d
        return model_configuration_create

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
