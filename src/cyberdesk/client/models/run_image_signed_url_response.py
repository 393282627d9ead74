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

T = TypeVar("T", bound="RunImageSignedUrlResponse")


@_attrs_define(init=False)
class RunImageSignedUrlResponse:
    supabase_url: str
    signed_url: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        supabase_url: str,
        signed_url: str,
        expires_in: int,
    ) -> None:
        if not isinstance(supabase_url, str):
            raise wrong_type(
                "RunImageSignedUrlResponse", "supabase_url", "a str", supabase_url
            )

        self.supabase_url = supabase_url
        if not isinstance(signed_url, str):
            raise wrong_type(
                "RunImageSignedUrlResponse", "signed_url", "a str", signed_url
            )

        self.signed_url = signed_url
        if type(expires_in) is bool or not isinstance(expires_in, int):
            raise wrong_type(
                "RunImageSignedUrlResponse", "expires_in", "an int", expires_in
            )

        self.expires_in = expires_in
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
        supabase_url = self.supabase_url

        signed_url = self.signed_url

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supabase_url": supabase_url,
                "signed_url": signed_url,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supabase_url = d.pop("supabase_url")

        signed_url = d.pop("signed_url")

        expires_in = d.pop("expires_in")

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        run_image_signed_url_response = cls.__new__(cls)
        run_image_signed_url_response.supabase_url = supabase_url
        run_image_signed_url_response.signed_url = signed_url
        run_image_signed_url_response.expires_in = expires_in

        run_image_signed_url_response.additional_properties = d
        return run_image_signed_url_response

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
