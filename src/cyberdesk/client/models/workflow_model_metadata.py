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

from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_uuid,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
)

T = TypeVar("T", bound="WorkflowModelMetadata")


@_attrs_define(init=False)
class WorkflowModelMetadata:
    main_agent_model_id: None | Unset | UUID = UNSET
    cache_detection_model_id: None | Unset | UUID = UNSET
    fallback_model_1_id: None | Unset | UUID = UNSET
    fallback_model_2_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        main_agent_model_id: UUID | str | None | Unset = UNSET,
        cache_detection_model_id: UUID | str | None | Unset = UNSET,
        fallback_model_1_id: UUID | str | None | Unset = UNSET,
        fallback_model_2_id: UUID | str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(main_agent_model_id, (UUID, NoneType, Unset)):
            main_agent_model_id = checked_uuid(
                "WorkflowModelMetadata",
                "main_agent_model_id",
                main_agent_model_id,
                "a UUID or a UUID string, or None",
            )

        self.main_agent_model_id = main_agent_model_id
        if not isinstance(cache_detection_model_id, (UUID, NoneType, Unset)):
            cache_detection_model_id = checked_uuid(
                "WorkflowModelMetadata",
                "cache_detection_model_id",
                cache_detection_model_id,
                "a UUID or a UUID string, or None",
            )

        self.cache_detection_model_id = cache_detection_model_id
        if not isinstance(fallback_model_1_id, (UUID, NoneType, Unset)):
            fallback_model_1_id = checked_uuid(
                "WorkflowModelMetadata",
                "fallback_model_1_id",
                fallback_model_1_id,
                "a UUID or a UUID string, or None",
            )

        self.fallback_model_1_id = fallback_model_1_id
        if not isinstance(fallback_model_2_id, (UUID, NoneType, Unset)):
            fallback_model_2_id = checked_uuid(
                "WorkflowModelMetadata",
                "fallback_model_2_id",
                fallback_model_2_id,
                "a UUID or a UUID string, or None",
            )

        self.fallback_model_2_id = fallback_model_2_id
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
        main_agent_model_id: None | str | Unset
        if isinstance(self.main_agent_model_id, Unset):
            main_agent_model_id = UNSET
        elif isinstance(self.main_agent_model_id, UUID):
            main_agent_model_id = str(self.main_agent_model_id)
        else:
            main_agent_model_id = self.main_agent_model_id

        cache_detection_model_id: None | str | Unset
        if isinstance(self.cache_detection_model_id, Unset):
            cache_detection_model_id = UNSET
        elif isinstance(self.cache_detection_model_id, UUID):
            cache_detection_model_id = str(self.cache_detection_model_id)
        else:
            cache_detection_model_id = self.cache_detection_model_id

        fallback_model_1_id: None | str | Unset
        if isinstance(self.fallback_model_1_id, Unset):
            fallback_model_1_id = UNSET
        elif isinstance(self.fallback_model_1_id, UUID):
            fallback_model_1_id = str(self.fallback_model_1_id)
        else:
            fallback_model_1_id = self.fallback_model_1_id

        fallback_model_2_id: None | str | Unset
        if isinstance(self.fallback_model_2_id, Unset):
            fallback_model_2_id = UNSET
        elif isinstance(self.fallback_model_2_id, UUID):
            fallback_model_2_id = str(self.fallback_model_2_id)
        else:
            fallback_model_2_id = self.fallback_model_2_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_agent_model_id is not UNSET:
            field_dict["main_agent_model_id"] = main_agent_model_id
        if cache_detection_model_id is not UNSET:
            field_dict["cache_detection_model_id"] = cache_detection_model_id
        if fallback_model_1_id is not UNSET:
            field_dict["fallback_model_1_id"] = fallback_model_1_id
        if fallback_model_2_id is not UNSET:
            field_dict["fallback_model_2_id"] = fallback_model_2_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        main_agent_model_id = d.pop("main_agent_model_id", UNSET)
        if isinstance(main_agent_model_id, str):
            try:
                main_agent_model_id_type_0 = parse_uuid(main_agent_model_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                main_agent_model_id = main_agent_model_id_type_0

        cache_detection_model_id = d.pop("cache_detection_model_id", UNSET)
        if isinstance(cache_detection_model_id, str):
            try:
                cache_detection_model_id_type_0 = parse_uuid(cache_detection_model_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                cache_detection_model_id = cache_detection_model_id_type_0

        fallback_model_1_id = d.pop("fallback_model_1_id", UNSET)
        if isinstance(fallback_model_1_id, str):
            try:
                fallback_model_1_id_type_0 = parse_uuid(fallback_model_1_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                fallback_model_1_id = fallback_model_1_id_type_0

        fallback_model_2_id = d.pop("fallback_model_2_id", UNSET)
        if isinstance(fallback_model_2_id, str):
            try:
                fallback_model_2_id_type_0 = parse_uuid(fallback_model_2_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                fallback_model_2_id = fallback_model_2_id_type_0

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        workflow_model_metadata = cls.__new__(cls)
        workflow_model_metadata.main_agent_model_id = main_agent_model_id
        workflow_model_metadata.cache_detection_model_id = cache_detection_model_id
        workflow_model_metadata.fallback_model_1_id = fallback_model_1_id
        workflow_model_metadata.fallback_model_2_id = fallback_model_2_id

        workflow_model_metadata.additional_properties = d
        return workflow_model_metadata

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
