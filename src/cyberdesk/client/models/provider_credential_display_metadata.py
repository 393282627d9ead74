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

T = TypeVar("T", bound="ProviderCredentialDisplayMetadata")


@_attrs_define(init=False)
class ProviderCredentialDisplayMetadata:
    key_last4: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    client_email: None | str | Unset = UNSET
    aws_region: None | str | Unset = UNSET
    access_key_id_last4: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        key_last4: str | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
        client_email: str | None | Unset = UNSET,
        aws_region: str | None | Unset = UNSET,
        access_key_id_last4: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(key_last4, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialDisplayMetadata",
                "key_last4",
                "a str, or None",
                key_last4,
            )

        self.key_last4 = key_last4
        if not isinstance(project_id, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialDisplayMetadata",
                "project_id",
                "a str, or None",
                project_id,
            )

        self.project_id = project_id
        if not isinstance(client_email, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialDisplayMetadata",
                "client_email",
                "a str, or None",
                client_email,
            )

        self.client_email = client_email
        if not isinstance(aws_region, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialDisplayMetadata",
                "aws_region",
                "a str, or None",
                aws_region,
            )

        self.aws_region = aws_region
        if not isinstance(access_key_id_last4, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialDisplayMetadata",
                "access_key_id_last4",
                "a str, or None",
                access_key_id_last4,
            )

        self.access_key_id_last4 = access_key_id_last4
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
        key_last4: None | str | Unset
        if isinstance(self.key_last4, Unset):
            key_last4 = UNSET
        else:
            key_last4 = self.key_last4

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        client_email: None | str | Unset
        if isinstance(self.client_email, Unset):
            client_email = UNSET
        else:
            client_email = self.client_email

        aws_region: None | str | Unset
        if isinstance(self.aws_region, Unset):
            aws_region = UNSET
        else:
            aws_region = self.aws_region

        access_key_id_last4: None | str | Unset
        if isinstance(self.access_key_id_last4, Unset):
            access_key_id_last4 = UNSET
        else:
            access_key_id_last4 = self.access_key_id_last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_last4 is not UNSET:
            field_dict["key_last4"] = key_last4
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if aws_region is not UNSET:
            field_dict["aws_region"] = aws_region
        if access_key_id_last4 is not UNSET:
            field_dict["access_key_id_last4"] = access_key_id_last4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_last4 = d.pop("key_last4", UNSET)

        project_id = d.pop("project_id", UNSET)

        client_email = d.pop("client_email", UNSET)

        aws_region = d.pop("aws_region", UNSET)

        access_key_id_last4 = d.pop("access_key_id_last4", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        provider_credential_display_metadata = cls.__new__(cls)
        provider_credential_display_metadata.key_last4 = key_last4
        provider_credential_display_metadata.project_id = project_id
        provider_credential_display_metadata.client_email = client_email
        provider_credential_display_metadata.aws_region = aws_region
        provider_credential_display_metadata.access_key_id_last4 = access_key_id_last4

        provider_credential_display_metadata.additional_properties = d
        return provider_credential_display_metadata

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
