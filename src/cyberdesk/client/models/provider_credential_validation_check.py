from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderCredentialValidationCheck")


@_attrs_define
class ProviderCredentialValidationCheck:
    check: str
    label: str
    ok: bool
    model: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    is_auth_error: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        provider_credential_validation_check = cls(
            check=check,
            label=label,
            ok=ok,
            model=model,
            location=location,
            error=error,
            is_auth_error=is_auth_error,
        )

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
