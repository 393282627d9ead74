from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="CyberdriverWebSessionEndpoints")


@_attrs_define(init=False)
class CyberdriverWebSessionEndpoints:
    hbbs_url: str
    hbbr_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        hbbs_url: str,
        hbbr_url: str,
    ) -> None:
        if not isinstance(hbbs_url, str):
            raise wrong_type(
                "CyberdriverWebSessionEndpoints", "hbbs_url", "a str", hbbs_url
            )

        self.hbbs_url = hbbs_url
        if not isinstance(hbbr_url, str):
            raise wrong_type(
                "CyberdriverWebSessionEndpoints", "hbbr_url", "a str", hbbr_url
            )

        self.hbbr_url = hbbr_url
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
        hbbs_url = self.hbbs_url

        hbbr_url = self.hbbr_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hbbs_url": hbbs_url,
                "hbbr_url": hbbr_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hbbs_url = d.pop("hbbs_url")

        hbbr_url = d.pop("hbbr_url")

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        cyberdriver_web_session_endpoints = cls.__new__(cls)
        cyberdriver_web_session_endpoints.hbbs_url = hbbs_url
        cyberdriver_web_session_endpoints.hbbr_url = hbbr_url

        cyberdriver_web_session_endpoints.additional_properties = d
        return cyberdriver_web_session_endpoints

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
