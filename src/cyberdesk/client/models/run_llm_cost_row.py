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

T = TypeVar("T", bound="RunLlmCostRow")


@_attrs_define(init=False)
class RunLlmCostRow:
    role: str
    billing_platform: str
    model: str
    endpoint_type: str
    call_count: int
    input_tokens: int
    uncached_input_tokens: int
    cache_read_tokens: int
    cache_write_5m_tokens: int
    cache_write_1h_tokens: int
    output_tokens: int
    reasoning_tokens: int
    source: str
    cost_usd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        role: str,
        billing_platform: str,
        model: str,
        endpoint_type: str,
        call_count: int,
        input_tokens: int,
        uncached_input_tokens: int,
        cache_read_tokens: int,
        cache_write_5m_tokens: int,
        cache_write_1h_tokens: int,
        output_tokens: int,
        reasoning_tokens: int,
        source: str,
        cost_usd: float | None | Unset = UNSET,
    ) -> None:
        if not isinstance(role, str):
            raise wrong_type("RunLlmCostRow", "role", "a str", role)

        self.role = role
        if not isinstance(billing_platform, str):
            raise wrong_type(
                "RunLlmCostRow", "billing_platform", "a str", billing_platform
            )

        self.billing_platform = billing_platform
        if not isinstance(model, str):
            raise wrong_type("RunLlmCostRow", "model", "a str", model)

        self.model = model
        if not isinstance(endpoint_type, str):
            raise wrong_type("RunLlmCostRow", "endpoint_type", "a str", endpoint_type)

        self.endpoint_type = endpoint_type
        if type(call_count) is bool or not isinstance(call_count, int):
            raise wrong_type("RunLlmCostRow", "call_count", "an int", call_count)

        self.call_count = call_count
        if type(input_tokens) is bool or not isinstance(input_tokens, int):
            raise wrong_type("RunLlmCostRow", "input_tokens", "an int", input_tokens)

        self.input_tokens = input_tokens
        if type(uncached_input_tokens) is bool or not isinstance(
            uncached_input_tokens, int
        ):
            raise wrong_type(
                "RunLlmCostRow",
                "uncached_input_tokens",
                "an int",
                uncached_input_tokens,
            )

        self.uncached_input_tokens = uncached_input_tokens
        if type(cache_read_tokens) is bool or not isinstance(cache_read_tokens, int):
            raise wrong_type(
                "RunLlmCostRow", "cache_read_tokens", "an int", cache_read_tokens
            )

        self.cache_read_tokens = cache_read_tokens
        if type(cache_write_5m_tokens) is bool or not isinstance(
            cache_write_5m_tokens, int
        ):
            raise wrong_type(
                "RunLlmCostRow",
                "cache_write_5m_tokens",
                "an int",
                cache_write_5m_tokens,
            )

        self.cache_write_5m_tokens = cache_write_5m_tokens
        if type(cache_write_1h_tokens) is bool or not isinstance(
            cache_write_1h_tokens, int
        ):
            raise wrong_type(
                "RunLlmCostRow",
                "cache_write_1h_tokens",
                "an int",
                cache_write_1h_tokens,
            )

        self.cache_write_1h_tokens = cache_write_1h_tokens
        if type(output_tokens) is bool or not isinstance(output_tokens, int):
            raise wrong_type("RunLlmCostRow", "output_tokens", "an int", output_tokens)

        self.output_tokens = output_tokens
        if type(reasoning_tokens) is bool or not isinstance(reasoning_tokens, int):
            raise wrong_type(
                "RunLlmCostRow", "reasoning_tokens", "an int", reasoning_tokens
            )

        self.reasoning_tokens = reasoning_tokens
        if not isinstance(source, str):
            raise wrong_type("RunLlmCostRow", "source", "a str", source)

        self.source = source
        if type(cost_usd) is bool or not isinstance(
            cost_usd, (float, int, NoneType, Unset)
        ):
            raise wrong_type("RunLlmCostRow", "cost_usd", "a number, or None", cost_usd)

        self.cost_usd = cost_usd
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
        role = self.role

        billing_platform = self.billing_platform

        model = self.model

        endpoint_type = self.endpoint_type

        call_count = self.call_count

        input_tokens = self.input_tokens

        uncached_input_tokens = self.uncached_input_tokens

        cache_read_tokens = self.cache_read_tokens

        cache_write_5m_tokens = self.cache_write_5m_tokens

        cache_write_1h_tokens = self.cache_write_1h_tokens

        output_tokens = self.output_tokens

        reasoning_tokens = self.reasoning_tokens

        source = self.source

        cost_usd: float | None | Unset
        if isinstance(self.cost_usd, Unset):
            cost_usd = UNSET
        else:
            cost_usd = self.cost_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "billing_platform": billing_platform,
                "model": model,
                "endpoint_type": endpoint_type,
                "call_count": call_count,
                "input_tokens": input_tokens,
                "uncached_input_tokens": uncached_input_tokens,
                "cache_read_tokens": cache_read_tokens,
                "cache_write_5m_tokens": cache_write_5m_tokens,
                "cache_write_1h_tokens": cache_write_1h_tokens,
                "output_tokens": output_tokens,
                "reasoning_tokens": reasoning_tokens,
                "source": source,
            }
        )
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        billing_platform = d.pop("billing_platform")

        model = d.pop("model")

        endpoint_type = d.pop("endpoint_type")

        call_count = d.pop("call_count")

        input_tokens = d.pop("input_tokens")

        uncached_input_tokens = d.pop("uncached_input_tokens")

        cache_read_tokens = d.pop("cache_read_tokens")

        cache_write_5m_tokens = d.pop("cache_write_5m_tokens")

        cache_write_1h_tokens = d.pop("cache_write_1h_tokens")

        output_tokens = d.pop("output_tokens")

        reasoning_tokens = d.pop("reasoning_tokens")

        source = d.pop("source")

        cost_usd = d.pop("cost_usd", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_llm_cost_row = cls.__new__(cls)
        run_llm_cost_row.role = role
        run_llm_cost_row.billing_platform = billing_platform
        run_llm_cost_row.model = model
        run_llm_cost_row.endpoint_type = endpoint_type
        run_llm_cost_row.call_count = call_count
        run_llm_cost_row.input_tokens = input_tokens
        run_llm_cost_row.uncached_input_tokens = uncached_input_tokens
        run_llm_cost_row.cache_read_tokens = cache_read_tokens
        run_llm_cost_row.cache_write_5m_tokens = cache_write_5m_tokens
        run_llm_cost_row.cache_write_1h_tokens = cache_write_1h_tokens
        run_llm_cost_row.output_tokens = output_tokens
        run_llm_cost_row.reasoning_tokens = reasoning_tokens
        run_llm_cost_row.source = source
        run_llm_cost_row.cost_usd = cost_usd

        run_llm_cost_row.additional_properties = d
        return run_llm_cost_row

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
