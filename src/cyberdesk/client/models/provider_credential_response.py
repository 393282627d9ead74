from __future__ import annotations

import datetime
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
from ..models.provider_credential_auth_type import ProviderCredentialAuthType
from ..models.provider_credential_slot import ProviderCredentialSlot
from ..models.provider_credential_source import ProviderCredentialSource
from ..models.provider_credential_status import ProviderCredentialStatus
from ..types import (
    UNSET,
    Unset,
    model_json,
    parse_datetime,
    pydantic_core_schema,
    pydantic_json_schema,
)

if TYPE_CHECKING:
    from ..models.provider_credential_display_metadata import (
        ProviderCredentialDisplayMetadata,
    )


T = TypeVar("T", bound="ProviderCredentialResponse")


@_attrs_define(init=False)
class ProviderCredentialResponse:
    slot: ProviderCredentialSlot
    display_name: str
    source: ProviderCredentialSource
    covered_providers: list[str]
    status: None | ProviderCredentialStatus | Unset = UNSET
    auth_type: None | ProviderCredentialAuthType | Unset = UNSET
    display_metadata: ProviderCredentialDisplayMetadata | Unset = UNSET
    last_error: None | str | Unset = UNSET
    activated_at: datetime.datetime | None | Unset = UNSET
    last_validated_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        slot: ProviderCredentialSlot,
        display_name: str,
        source: ProviderCredentialSource,
        covered_providers: list[str],
        status: ProviderCredentialStatus | None | Unset = UNSET,
        auth_type: ProviderCredentialAuthType | None | Unset = UNSET,
        display_metadata: ProviderCredentialDisplayMetadata | Unset = UNSET,
        last_error: str | None | Unset = UNSET,
        activated_at: datetime.datetime | None | Unset = UNSET,
        last_validated_at: datetime.datetime | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:

        self.slot = slot

        self.display_name = display_name

        self.source = source

        self.covered_providers = covered_providers

        self.status = status

        self.auth_type = auth_type

        self.display_metadata = display_metadata

        self.last_error = last_error

        self.activated_at = activated_at

        self.last_validated_at = last_validated_at

        self.created_at = created_at

        self.updated_at = updated_at
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

        display_name = self.display_name

        source = self.source.value

        covered_providers = self.covered_providers

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProviderCredentialStatus):
            status = self.status.value
        else:
            status = self.status

        auth_type: None | str | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        elif isinstance(self.auth_type, ProviderCredentialAuthType):
            auth_type = self.auth_type.value
        else:
            auth_type = self.auth_type

        display_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_metadata, Unset):
            display_metadata = self.display_metadata.to_dict()

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        activated_at: None | str | Unset
        if isinstance(self.activated_at, Unset):
            activated_at = UNSET
        elif isinstance(self.activated_at, datetime.datetime):
            activated_at = self.activated_at.isoformat()
        else:
            activated_at = self.activated_at

        last_validated_at: None | str | Unset
        if isinstance(self.last_validated_at, Unset):
            last_validated_at = UNSET
        elif isinstance(self.last_validated_at, datetime.datetime):
            last_validated_at = self.last_validated_at.isoformat()
        else:
            last_validated_at = self.last_validated_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slot": slot,
                "display_name": display_name,
                "source": source,
                "covered_providers": covered_providers,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if display_metadata is not UNSET:
            field_dict["display_metadata"] = display_metadata
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if activated_at is not UNSET:
            field_dict["activated_at"] = activated_at
        if last_validated_at is not UNSET:
            field_dict["last_validated_at"] = last_validated_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slot = ProviderCredentialSlot(d.pop("slot"))

        display_name = d.pop("display_name")

        source = ProviderCredentialSource(d.pop("source"))

        covered_providers = cast(list[str], d.pop("covered_providers"))

        status = d.pop("status", UNSET)
        if isinstance(status, str):
            try:
                status_type_0 = ProviderCredentialStatus(status)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                status = status_type_0

        auth_type = d.pop("auth_type", UNSET)
        if isinstance(auth_type, str):
            try:
                auth_type_type_0 = ProviderCredentialAuthType(auth_type)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                auth_type = auth_type_type_0

        _display_metadata = d.pop("display_metadata", UNSET)
        display_metadata: ProviderCredentialDisplayMetadata | Unset
        if isinstance(_display_metadata, Unset):
            display_metadata = UNSET
        else:
            display_metadata = _models.ProviderCredentialDisplayMetadata.from_dict(
                _display_metadata
            )

        last_error = d.pop("last_error", UNSET)

        activated_at = d.pop("activated_at", UNSET)
        if isinstance(activated_at, str):
            try:
                activated_at_type_0 = parse_datetime(activated_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                activated_at = activated_at_type_0

        last_validated_at = d.pop("last_validated_at", UNSET)
        if isinstance(last_validated_at, str):
            try:
                last_validated_at_type_0 = parse_datetime(last_validated_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                last_validated_at = last_validated_at_type_0

        created_at = d.pop("created_at", UNSET)
        if isinstance(created_at, str):
            try:
                created_at_type_0 = parse_datetime(created_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                created_at = created_at_type_0

        updated_at = d.pop("updated_at", UNSET)
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = parse_datetime(updated_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                updated_at = updated_at_type_0

        provider_credential_response = cls(
            slot=slot,
            display_name=display_name,
            source=source,
            covered_providers=covered_providers,
            status=status,
            auth_type=auth_type,
            display_metadata=display_metadata,
            last_error=last_error,
            activated_at=activated_at,
            last_validated_at=last_validated_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        provider_credential_response.additional_properties = d
        return provider_credential_response

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
