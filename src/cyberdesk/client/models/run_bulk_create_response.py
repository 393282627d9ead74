from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    checked_items,
    checked_list,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.run_response import RunResponse


T = TypeVar("T", bound="RunBulkCreateResponse")


@_attrs_define(init=False)
class RunBulkCreateResponse:
    created_runs: list[RunResponse]
    failed_count: int | Unset = 0
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        created_runs: list[RunResponse],
        failed_count: int | Unset = 0,
        errors: list[str] | Unset = UNSET,
    ) -> None:
        created_runs = checked_items(
            "RunBulkCreateResponse",
            "created_runs",
            checked_list(
                "RunBulkCreateResponse",
                "created_runs",
                created_runs,
                "a list of RunResponse",
            ),
            _models.RunResponse,
            "a RunResponse",
        )

        self.created_runs = created_runs
        if type(failed_count) is bool or not isinstance(failed_count, (int, Unset)):
            raise wrong_type(
                "RunBulkCreateResponse", "failed_count", "an int", failed_count
            )

        self.failed_count = failed_count
        if not isinstance(errors, Unset):
            errors = checked_items(
                "RunBulkCreateResponse",
                "errors",
                checked_list(
                    "RunBulkCreateResponse", "errors", errors, "a list of str"
                ),
                str,
                "a str",
            )

        self.errors = errors
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
        created_runs = []
        for created_runs_item_data in self.created_runs:
            created_runs_item = created_runs_item_data.to_dict()
            created_runs.append(created_runs_item)

        failed_count = self.failed_count

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_runs": created_runs,
            }
        )
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_runs = []
        _created_runs = d.pop("created_runs")
        _created_runs_item_from_dict = _models.RunResponse.from_dict
        for created_runs_item_data in _created_runs:
            created_runs_item = _created_runs_item_from_dict(created_runs_item_data)
            created_runs.append(created_runs_item)

        failed_count = d.pop("failed_count", UNSET)

        errors = cast(list[str], d.pop("errors", UNSET))

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_bulk_create_response = cls.__new__(cls)
        run_bulk_create_response.created_runs = created_runs
        run_bulk_create_response.failed_count = failed_count
        run_bulk_create_response.errors = errors

        run_bulk_create_response.additional_properties = d
        return run_bulk_create_response

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
