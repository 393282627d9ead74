from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.provider_credential_slot import ProviderCredentialSlot
from ..types import (
    checked_enum,
    checked_items,
    checked_list,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.provider_credential_response import ProviderCredentialResponse
    from ..models.provider_credential_validation_check import (
        ProviderCredentialValidationCheck,
    )


T = TypeVar("T", bound="ProviderCredentialValidationResponse")


@_attrs_define(init=False)
class ProviderCredentialValidationResponse:
    slot: ProviderCredentialSlot
    ok: bool
    checks: list[ProviderCredentialValidationCheck]
    credential: ProviderCredentialResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        slot: ProviderCredentialSlot,
        ok: bool,
        checks: list[ProviderCredentialValidationCheck],
        credential: ProviderCredentialResponse,
    ) -> None:
        if not isinstance(slot, _models.ProviderCredentialSlot):
            slot = checked_enum(
                "ProviderCredentialValidationResponse",
                "slot",
                slot,
                _models.ProviderCredentialSlot,
                "a ProviderCredentialSlot or one of its values (anthropic, aws_bedrock, google, openai)",
            )

        self.slot = slot
        if not isinstance(ok, bool):
            raise wrong_type(
                "ProviderCredentialValidationResponse", "ok", "True or False", ok
            )

        self.ok = ok
        checks = checked_items(
            "ProviderCredentialValidationResponse",
            "checks",
            checked_list(
                "ProviderCredentialValidationResponse",
                "checks",
                checks,
                "a list of ProviderCredentialValidationCheck",
            ),
            _models.ProviderCredentialValidationCheck,
            "a ProviderCredentialValidationCheck",
        )

        self.checks = checks
        if not isinstance(credential, _models.ProviderCredentialResponse):
            raise wrong_type(
                "ProviderCredentialValidationResponse",
                "credential",
                "a ProviderCredentialResponse",
                credential,
            )

        self.credential = credential
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
        slot = self.slot.value

        ok = self.ok

        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)

        credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slot": slot,
                "ok": ok,
                "checks": checks,
                "credential": credential,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slot = ProviderCredentialSlot(d.pop("slot"))

        ok = d.pop("ok")

        checks = []
        _checks = d.pop("checks")
        _checks_item_from_dict = _models.ProviderCredentialValidationCheck.from_dict
        for checks_item_data in _checks:
            checks_item = _checks_item_from_dict(checks_item_data)
            checks.append(checks_item)

        credential = _models.ProviderCredentialResponse.from_dict(d.pop("credential"))

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        provider_credential_validation_response = cls.__new__(cls)
        provider_credential_validation_response.slot = slot
        provider_credential_validation_response.ok = ok
        provider_credential_validation_response.checks = checks
        provider_credential_validation_response.credential = credential

        provider_credential_validation_response.additional_properties = d
        return provider_credential_validation_response

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
