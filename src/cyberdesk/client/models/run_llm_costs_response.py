from __future__ import annotations

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
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_items,
    checked_list,
    checked_uuid,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.run_llm_cost_row import RunLlmCostRow


T = TypeVar("T", bound="RunLlmCostsResponse")


@_attrs_define(init=False)
class RunLlmCostsResponse:
    run_id: UUID
    has_unpriced: bool
    rows: list[RunLlmCostRow]
    total_cost_usd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        run_id: UUID | str,
        has_unpriced: bool,
        rows: list[RunLlmCostRow],
        total_cost_usd: float | None | Unset = UNSET,
    ) -> None:
        if not isinstance(run_id, UUID):
            run_id = checked_uuid(
                "RunLlmCostsResponse", "run_id", run_id, "a UUID or a UUID string"
            )

        self.run_id = run_id
        if not isinstance(has_unpriced, bool):
            raise wrong_type(
                "RunLlmCostsResponse", "has_unpriced", "True or False", has_unpriced
            )

        self.has_unpriced = has_unpriced
        rows = checked_items(
            "RunLlmCostsResponse",
            "rows",
            checked_list(
                "RunLlmCostsResponse", "rows", rows, "a list of RunLlmCostRow"
            ),
            _models.RunLlmCostRow,
            "a RunLlmCostRow",
        )

        self.rows = rows
        if type(total_cost_usd) is bool or not isinstance(
            total_cost_usd, (float, int, NoneType, Unset)
        ):
            raise wrong_type(
                "RunLlmCostsResponse",
                "total_cost_usd",
                "a number, or None",
                total_cost_usd,
            )

        self.total_cost_usd = total_cost_usd
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
        run_id = str(self.run_id)

        has_unpriced = self.has_unpriced

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total_cost_usd: float | None | Unset
        if isinstance(self.total_cost_usd, Unset):
            total_cost_usd = UNSET
        else:
            total_cost_usd = self.total_cost_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "has_unpriced": has_unpriced,
                "rows": rows,
            }
        )
        if total_cost_usd is not UNSET:
            field_dict["total_cost_usd"] = total_cost_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = parse_uuid(d.pop("run_id"))

        has_unpriced = d.pop("has_unpriced")

        rows = []
        _rows = d.pop("rows")
        _rows_item_from_dict = _models.RunLlmCostRow.from_dict
        for rows_item_data in _rows:
            rows_item = _rows_item_from_dict(rows_item_data)
            rows.append(rows_item)

        total_cost_usd = d.pop("total_cost_usd", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_llm_costs_response = cls.__new__(cls)
        run_llm_costs_response.run_id = run_id
        run_llm_costs_response.has_unpriced = has_unpriced
        run_llm_costs_response.rows = rows
        run_llm_costs_response.total_cost_usd = total_cost_usd

        run_llm_costs_response.additional_properties = d
        return run_llm_costs_response

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
