from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    checked_uuid,
    checked_uuid_list,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
)

T = TypeVar("T", bound="WorkflowChainResponse")


@_attrs_define(init=False)
class WorkflowChainResponse:
    session_id: UUID
    run_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        session_id: UUID | str,
        run_ids: Sequence[UUID | str],
    ) -> None:
        if not isinstance(session_id, UUID):
            session_id = checked_uuid(
                "WorkflowChainResponse",
                "session_id",
                session_id,
                "a UUID or a UUID string",
            )

        self.session_id = session_id
        run_ids = checked_uuid_list(
            "WorkflowChainResponse",
            "run_ids",
            run_ids,
            "a list of UUIDs or UUID strings",
        )

        self.run_ids = run_ids
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
        session_id = str(self.session_id)

        run_ids = []
        for run_ids_item_data in self.run_ids:
            run_ids_item = str(run_ids_item_data)
            run_ids.append(run_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "run_ids": run_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = parse_uuid(d.pop("session_id"))

        run_ids = []
        _run_ids = d.pop("run_ids")
        for run_ids_item_data in _run_ids:
            run_ids_item = parse_uuid(run_ids_item_data)

            run_ids.append(run_ids_item)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_chain_response = cls.__new__(cls)
        workflow_chain_response.session_id = session_id
        workflow_chain_response.run_ids = run_ids

        workflow_chain_response.additional_properties = d
        return workflow_chain_response

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
