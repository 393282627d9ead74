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
    Unset,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
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

        self.role = role

        self.billing_platform = billing_platform

        self.model = model

        self.endpoint_type = endpoint_type

        self.call_count = call_count

        self.input_tokens = input_tokens

        self.uncached_input_tokens = uncached_input_tokens

        self.cache_read_tokens = cache_read_tokens

        self.cache_write_5m_tokens = cache_write_5m_tokens

        self.cache_write_1h_tokens = cache_write_1h_tokens

        self.output_tokens = output_tokens

        self.reasoning_tokens = reasoning_tokens

        self.source = source

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

        run_llm_cost_row = cls(
            role=role,
            billing_platform=billing_platform,
            model=model,
            endpoint_type=endpoint_type,
            call_count=call_count,
            input_tokens=input_tokens,
            uncached_input_tokens=uncached_input_tokens,
            cache_read_tokens=cache_read_tokens,
            cache_write_5m_tokens=cache_write_5m_tokens,
            cache_write_1h_tokens=cache_write_1h_tokens,
            output_tokens=output_tokens,
            reasoning_tokens=reasoning_tokens,
            source=source,
            cost_usd=cost_usd,
        )

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
