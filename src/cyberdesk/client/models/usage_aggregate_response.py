from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.usage_mode import UsageMode
from ..types import (
    checked_enum,
    model_json,
    parse_datetime,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="UsageAggregateResponse")


@_attrs_define(init=False)
class UsageAggregateResponse:
    total_agentic_steps: int
    total_cached_steps: int
    period_start: datetime.datetime
    period_end: datetime.datetime
    mode: UsageMode
    runs_counted: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        total_agentic_steps: int,
        total_cached_steps: int,
        period_start: datetime.datetime,
        period_end: datetime.datetime,
        mode: UsageMode,
        runs_counted: int,
    ) -> None:
        if type(total_agentic_steps) is bool or not isinstance(
            total_agentic_steps, int
        ):
            raise wrong_type(
                "UsageAggregateResponse",
                "total_agentic_steps",
                "an int",
                total_agentic_steps,
            )

        self.total_agentic_steps = total_agentic_steps
        if type(total_cached_steps) is bool or not isinstance(total_cached_steps, int):
            raise wrong_type(
                "UsageAggregateResponse",
                "total_cached_steps",
                "an int",
                total_cached_steps,
            )

        self.total_cached_steps = total_cached_steps
        if not isinstance(period_start, datetime.datetime):
            raise wrong_type(
                "UsageAggregateResponse", "period_start", "a datetime", period_start
            )

        self.period_start = period_start
        if not isinstance(period_end, datetime.datetime):
            raise wrong_type(
                "UsageAggregateResponse", "period_end", "a datetime", period_end
            )

        self.period_end = period_end
        if not isinstance(mode, _models.UsageMode):
            mode = checked_enum(
                "UsageAggregateResponse",
                "mode",
                mode,
                _models.UsageMode,
                "a UsageMode or one of its values (billed, simulated)",
            )

        self.mode = mode
        if type(runs_counted) is bool or not isinstance(runs_counted, int):
            raise wrong_type(
                "UsageAggregateResponse", "runs_counted", "an int", runs_counted
            )

        self.runs_counted = runs_counted
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
        total_agentic_steps = self.total_agentic_steps

        total_cached_steps = self.total_cached_steps

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        mode = self.mode.value

        runs_counted = self.runs_counted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_agentic_steps": total_agentic_steps,
                "total_cached_steps": total_cached_steps,
                "period_start": period_start,
                "period_end": period_end,
                "mode": mode,
                "runs_counted": runs_counted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_agentic_steps = d.pop("total_agentic_steps")

        total_cached_steps = d.pop("total_cached_steps")

        period_start = parse_datetime(d.pop("period_start"))

        period_end = parse_datetime(d.pop("period_end"))

        mode = UsageMode(d.pop("mode"))

        runs_counted = d.pop("runs_counted")

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        usage_aggregate_response = cls.__new__(cls)
        usage_aggregate_response.total_agentic_steps = total_agentic_steps
        usage_aggregate_response.total_cached_steps = total_cached_steps
        usage_aggregate_response.period_start = period_start
        usage_aggregate_response.period_end = period_end
        usage_aggregate_response.mode = mode
        usage_aggregate_response.runs_counted = runs_counted

        usage_aggregate_response.additional_properties = d
        return usage_aggregate_response

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
