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
    NoneType,
    Unset,
    checked_enum,
    checked_items,
    checked_list,
    model_json,
    parse_datetime,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
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
        if not isinstance(slot, _models.ProviderCredentialSlot):
            slot = checked_enum(
                "ProviderCredentialResponse",
                "slot",
                slot,
                _models.ProviderCredentialSlot,
                "a ProviderCredentialSlot or one of its values (anthropic, aws_bedrock, google, openai)",
            )

        self.slot = slot
        if not isinstance(display_name, str):
            raise wrong_type(
                "ProviderCredentialResponse", "display_name", "a str", display_name
            )

        self.display_name = display_name
        if not isinstance(source, _models.ProviderCredentialSource):
            source = checked_enum(
                "ProviderCredentialResponse",
                "source",
                source,
                _models.ProviderCredentialSource,
                "a ProviderCredentialSource or one of its values (cyberdesk, organization)",
            )

        self.source = source
        covered_providers = checked_items(
            "ProviderCredentialResponse",
            "covered_providers",
            checked_list(
                "ProviderCredentialResponse",
                "covered_providers",
                covered_providers,
                "a list of str",
            ),
            str,
            "a str",
        )

        self.covered_providers = covered_providers
        if not isinstance(status, (_models.ProviderCredentialStatus, NoneType, Unset)):
            status = checked_enum(
                "ProviderCredentialResponse",
                "status",
                status,
                _models.ProviderCredentialStatus,
                "a ProviderCredentialStatus or one of its values (active, invalid, missing), or None",
            )

        self.status = status
        if not isinstance(
            auth_type, (_models.ProviderCredentialAuthType, NoneType, Unset)
        ):
            auth_type = checked_enum(
                "ProviderCredentialResponse",
                "auth_type",
                auth_type,
                _models.ProviderCredentialAuthType,
                "a ProviderCredentialAuthType or one of its values (api_key, aws_bedrock_api_key, aws_iam, service_account_json), or None",
            )

        self.auth_type = auth_type
        if not isinstance(
            display_metadata, (_models.ProviderCredentialDisplayMetadata, Unset)
        ):
            raise wrong_type(
                "ProviderCredentialResponse",
                "display_metadata",
                "a ProviderCredentialDisplayMetadata",
                display_metadata,
            )

        self.display_metadata = display_metadata
        if not isinstance(last_error, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialResponse", "last_error", "a str, or None", last_error
            )

        self.last_error = last_error
        if not isinstance(activated_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialResponse",
                "activated_at",
                "a datetime, or None",
                activated_at,
            )

        self.activated_at = activated_at
        if not isinstance(last_validated_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialResponse",
                "last_validated_at",
                "a datetime, or None",
                last_validated_at,
            )

        self.last_validated_at = last_validated_at
        if not isinstance(created_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialResponse",
                "created_at",
                "a datetime, or None",
                created_at,
            )

        self.created_at = created_at
        if not isinstance(updated_at, (datetime.datetime, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialResponse",
                "updated_at",
                "a datetime, or None",
                updated_at,
            )

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

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        provider_credential_response = cls.__new__(cls)
        provider_credential_response.slot = slot
        provider_credential_response.display_name = display_name
        provider_credential_response.source = source
        provider_credential_response.covered_providers = covered_providers
        provider_credential_response.status = status
        provider_credential_response.auth_type = auth_type
        provider_credential_response.display_metadata = display_metadata
        provider_credential_response.last_error = last_error
        provider_credential_response.activated_at = activated_at
        provider_credential_response.last_validated_at = last_validated_at
        provider_credential_response.created_at = created_at
        provider_credential_response.updated_at = updated_at

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
