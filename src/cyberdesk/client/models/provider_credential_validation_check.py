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

T = TypeVar("T", bound="ProviderCredentialValidationCheck")


@_attrs_define(init=False)
class ProviderCredentialValidationCheck:
    check: str
    label: str
    ok: bool
    model: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    is_auth_error: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        check: str,
        label: str,
        ok: bool,
        model: str | None | Unset = UNSET,
        location: str | None | Unset = UNSET,
        error: str | None | Unset = UNSET,
        is_auth_error: bool | Unset = False,
    ) -> None:
        if not isinstance(check, str):
            raise wrong_type(
                "ProviderCredentialValidationCheck", "check", "a str", check
            )

        self.check = check
        if not isinstance(label, str):
            raise wrong_type(
                "ProviderCredentialValidationCheck", "label", "a str", label
            )

        self.label = label
        if not isinstance(ok, bool):
            raise wrong_type(
                "ProviderCredentialValidationCheck", "ok", "True or False", ok
            )

        self.ok = ok
        if not isinstance(model, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialValidationCheck", "model", "a str, or None", model
            )

        self.model = model
        if not isinstance(location, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialValidationCheck",
                "location",
                "a str, or None",
                location,
            )

        self.location = location
        if not isinstance(error, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialValidationCheck", "error", "a str, or None", error
            )

        self.error = error
        if not isinstance(is_auth_error, (bool, Unset)):
            raise wrong_type(
                "ProviderCredentialValidationCheck",
                "is_auth_error",
                "True or False",
                is_auth_error,
            )

        self.is_auth_error = is_auth_error
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
        check = self.check

        label = self.label

        ok = self.ok

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        is_auth_error = self.is_auth_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "check": check,
                "label": label,
                "ok": ok,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if location is not UNSET:
            field_dict["location"] = location
        if error is not UNSET:
            field_dict["error"] = error
        if is_auth_error is not UNSET:
            field_dict["is_auth_error"] = is_auth_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        check = d.pop("check")

        label = d.pop("label")

        ok = d.pop("ok")

        model = d.pop("model", UNSET)

        location = d.pop("location", UNSET)

        error = d.pop("error", UNSET)

        is_auth_error = d.pop("is_auth_error", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        provider_credential_validation_check = cls.__new__(cls)
        provider_credential_validation_check.check = check
        provider_credential_validation_check.label = label
        provider_credential_validation_check.ok = ok
        provider_credential_validation_check.model = model
        provider_credential_validation_check.location = location
        provider_credential_validation_check.error = error
        provider_credential_validation_check.is_auth_error = is_auth_error

        provider_credential_validation_check.additional_properties = d
        return provider_credential_validation_check

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
