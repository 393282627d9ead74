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

from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_uuid,
    model_json,
    parse_datetime,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="RunLlmCostTotalResponse")


@_attrs_define(init=False)
class RunLlmCostTotalResponse:
    run_id: UUID
    workflow_id: UUID
    created_at: datetime.datetime
    has_unpriced: bool
    total_cost_usd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        run_id: UUID | str,
        workflow_id: UUID | str,
        created_at: datetime.datetime,
        has_unpriced: bool,
        total_cost_usd: float | None | Unset = UNSET,
    ) -> None:
        if not isinstance(run_id, UUID):
            run_id = checked_uuid(
                "RunLlmCostTotalResponse", "run_id", run_id, "a UUID or a UUID string"
            )

        self.run_id = run_id
        if not isinstance(workflow_id, UUID):
            workflow_id = checked_uuid(
                "RunLlmCostTotalResponse",
                "workflow_id",
                workflow_id,
                "a UUID or a UUID string",
            )

        self.workflow_id = workflow_id
        if not isinstance(created_at, datetime.datetime):
            raise wrong_type(
                "RunLlmCostTotalResponse", "created_at", "a datetime", created_at
            )

        self.created_at = created_at
        if not isinstance(has_unpriced, bool):
            raise wrong_type(
                "RunLlmCostTotalResponse", "has_unpriced", "True or False", has_unpriced
            )

        self.has_unpriced = has_unpriced
        if type(total_cost_usd) is bool or not isinstance(
            total_cost_usd, (float, int, NoneType, Unset)
        ):
            raise wrong_type(
                "RunLlmCostTotalResponse",
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

        workflow_id = str(self.workflow_id)

        created_at = self.created_at.isoformat()

        has_unpriced = self.has_unpriced

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
                "workflow_id": workflow_id,
                "created_at": created_at,
                "has_unpriced": has_unpriced,
            }
        )
        if total_cost_usd is not UNSET:
            field_dict["total_cost_usd"] = total_cost_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = parse_uuid(d.pop("run_id"))

        workflow_id = parse_uuid(d.pop("workflow_id"))

        created_at = parse_datetime(d.pop("created_at"))

        has_unpriced = d.pop("has_unpriced")

        total_cost_usd = d.pop("total_cost_usd", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_llm_cost_total_response = cls.__new__(cls)
        run_llm_cost_total_response.run_id = run_id
        run_llm_cost_total_response.workflow_id = workflow_id
        run_llm_cost_total_response.created_at = created_at
        run_llm_cost_total_response.has_unpriced = has_unpriced
        run_llm_cost_total_response.total_cost_usd = total_cost_usd

        run_llm_cost_total_response.additional_properties = d
        return run_llm_cost_total_response

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
