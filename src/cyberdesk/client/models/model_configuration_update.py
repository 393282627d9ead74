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
from ..models.model_configuration_update_additional_params_type_0 import (
    ModelConfigurationUpdateAdditionalParamsType0,
)
from ..types import (
    UNSET,
    Unset,
    model_json,
    needs_map,
    pydantic_core_schema,
    pydantic_json_schema,
)

if TYPE_CHECKING:
    from ..models.model_configuration_update_additional_params_type_0 import (
        ModelConfigurationUpdateAdditionalParamsType0,
    )


T = TypeVar("T", bound="ModelConfigurationUpdate")


@_attrs_define(init=False)
class ModelConfigurationUpdate:
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    clear_api_key: bool | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    timeout_seconds: float | None | Unset = UNSET
    max_retries: int | None | Unset = UNSET
    additional_params: ModelConfigurationUpdateAdditionalParamsType0 | None | Unset = (
        UNSET
    )
    agent_harness_version_string: None | str | Unset = UNSET
    is_computer_use_model: bool | None | Unset = UNSET
    is_archived: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        provider: str | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        api_key: str | None | Unset = UNSET,
        clear_api_key: bool | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        max_retries: int | None | Unset = UNSET,
        additional_params: Mapping[str, Any] | None | Unset = UNSET,
        agent_harness_version_string: str | None | Unset = UNSET,
        is_computer_use_model: bool | None | Unset = UNSET,
        is_archived: bool | None | Unset = UNSET,
    ) -> None:

        self.name = name

        self.description = description

        self.provider = provider

        self.model = model

        self.api_key = api_key

        self.clear_api_key = clear_api_key

        self.temperature = temperature

        self.max_tokens = max_tokens

        self.timeout_seconds = timeout_seconds

        self.max_retries = max_retries
        if type(additional_params) is dict or (
            type(additional_params) is not ModelConfigurationUpdateAdditionalParamsType0
            and needs_map(additional_params)
        ):
            additional_params = ModelConfigurationUpdateAdditionalParamsType0(
                additional_params
            )

        self.additional_params = additional_params

        self.agent_harness_version_string = agent_harness_version_string

        self.is_computer_use_model = is_computer_use_model

        self.is_archived = is_archived
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

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        clear_api_key: bool | None | Unset
        if isinstance(self.clear_api_key, Unset):
            clear_api_key = UNSET
        else:
            clear_api_key = self.clear_api_key

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
            _models.ModelConfigurationUpdateAdditionalParamsType0,
        ):
            additional_params = self.additional_params.to_dict()
        else:
            additional_params = self.additional_params

        agent_harness_version_string: None | str | Unset
        if isinstance(self.agent_harness_version_string, Unset):
            agent_harness_version_string = UNSET
        else:
            agent_harness_version_string = self.agent_harness_version_string

        is_computer_use_model: bool | None | Unset
        if isinstance(self.is_computer_use_model, Unset):
            is_computer_use_model = UNSET
        else:
            is_computer_use_model = self.is_computer_use_model

        is_archived: bool | None | Unset
        if isinstance(self.is_archived, Unset):
            is_archived = UNSET
        else:
            is_archived = self.is_archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if clear_api_key is not UNSET:
            field_dict["clear_api_key"] = clear_api_key
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        provider = d.pop("provider", UNSET)

        model = d.pop("model", UNSET)

        api_key = d.pop("api_key", UNSET)

        clear_api_key = d.pop("clear_api_key", UNSET)

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        additional_params = d.pop("additional_params", UNSET)
        if isinstance(additional_params, dict):
            try:
                additional_params_type_0 = (
                    _models.ModelConfigurationUpdateAdditionalParamsType0.from_dict(
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

        model_configuration_update = cls(
            name=name,
            description=description,
            provider=provider,
            model=model,
            api_key=api_key,
            clear_api_key=clear_api_key,
            temperature=temperature,
            max_tokens=max_tokens,
            timeout_seconds=timeout_seconds,
            max_retries=max_retries,
            additional_params=additional_params,
            agent_harness_version_string=agent_harness_version_string,
            is_computer_use_model=is_computer_use_model,
            is_archived=is_archived,
        )

        model_configuration_update.additional_properties = d
        return model_configuration_update

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
