from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import models as _models
from ..models.bedrock_auth_mode import BedrockAuthMode
from ..types import (
    UNSET,
    NoneType,
    Unset,
    checked_enum,
    model_json,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

T = TypeVar("T", bound="ProviderCredentialUpsert")


@_attrs_define(init=False)
class ProviderCredentialUpsert:
    api_key: None | str | Unset = UNSET
    service_account_json: None | str | Unset = UNSET
    bedrock_auth_mode: BedrockAuthMode | None | Unset = UNSET
    aws_access_key_id: None | str | Unset = UNSET
    aws_secret_access_key: None | str | Unset = UNSET
    aws_region: None | str | Unset = UNSET

    def __init__(
        self,
        api_key: str | None | Unset = UNSET,
        service_account_json: str | None | Unset = UNSET,
        bedrock_auth_mode: BedrockAuthMode | None | Unset = UNSET,
        aws_access_key_id: str | None | Unset = UNSET,
        aws_secret_access_key: str | None | Unset = UNSET,
        aws_region: str | None | Unset = UNSET,
    ) -> None:
        if not isinstance(api_key, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialUpsert", "api_key", "a str, or None", api_key
            )

        self.api_key = api_key
        if not isinstance(service_account_json, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialUpsert",
                "service_account_json",
                "a str, or None",
                service_account_json,
            )

        self.service_account_json = service_account_json
        if not isinstance(
            bedrock_auth_mode, (_models.BedrockAuthMode, NoneType, Unset)
        ):
            bedrock_auth_mode = checked_enum(
                "ProviderCredentialUpsert",
                "bedrock_auth_mode",
                bedrock_auth_mode,
                _models.BedrockAuthMode,
                "a BedrockAuthMode or one of its values (api_key, iam), or None",
            )

        self.bedrock_auth_mode = bedrock_auth_mode
        if not isinstance(aws_access_key_id, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialUpsert",
                "aws_access_key_id",
                "a str, or None",
                aws_access_key_id,
            )

        self.aws_access_key_id = aws_access_key_id
        if not isinstance(aws_secret_access_key, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialUpsert",
                "aws_secret_access_key",
                "a str, or None",
                aws_secret_access_key,
            )

        self.aws_secret_access_key = aws_secret_access_key
        if not isinstance(aws_region, (str, NoneType, Unset)):
            raise wrong_type(
                "ProviderCredentialUpsert", "aws_region", "a str, or None", aws_region
            )

        self.aws_region = aws_region

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

    def __repr__(self) -> str:
        hidden = ["api_key", "service_account_json", "aws_secret_access_key"]
        shown = []
        for name in self.__attrs_attrs__:
            value = getattr(self, name.name)
            text = (
                "<redacted>"
                if name.name in hidden
                and value is not None
                and not isinstance(value, Unset)
                else repr(value)
            )
            shown.append(f"{name.name}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        service_account_json: None | str | Unset
        if isinstance(self.service_account_json, Unset):
            service_account_json = UNSET
        else:
            service_account_json = self.service_account_json

        bedrock_auth_mode: None | str | Unset
        if isinstance(self.bedrock_auth_mode, Unset):
            bedrock_auth_mode = UNSET
        elif isinstance(self.bedrock_auth_mode, BedrockAuthMode):
            bedrock_auth_mode = self.bedrock_auth_mode.value
        else:
            bedrock_auth_mode = self.bedrock_auth_mode

        aws_access_key_id: None | str | Unset
        if isinstance(self.aws_access_key_id, Unset):
            aws_access_key_id = UNSET
        else:
            aws_access_key_id = self.aws_access_key_id

        aws_secret_access_key: None | str | Unset
        if isinstance(self.aws_secret_access_key, Unset):
            aws_secret_access_key = UNSET
        else:
            aws_secret_access_key = self.aws_secret_access_key

        aws_region: None | str | Unset
        if isinstance(self.aws_region, Unset):
            aws_region = UNSET
        else:
            aws_region = self.aws_region

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if service_account_json is not UNSET:
            field_dict["service_account_json"] = service_account_json
        if bedrock_auth_mode is not UNSET:
            field_dict["bedrock_auth_mode"] = bedrock_auth_mode
        if aws_access_key_id is not UNSET:
            field_dict["aws_access_key_id"] = aws_access_key_id
        if aws_secret_access_key is not UNSET:
            field_dict["aws_secret_access_key"] = aws_secret_access_key
        if aws_region is not UNSET:
            field_dict["aws_region"] = aws_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key", UNSET)

        service_account_json = d.pop("service_account_json", UNSET)

        bedrock_auth_mode = d.pop("bedrock_auth_mode", UNSET)
        if isinstance(bedrock_auth_mode, str):
            try:
                bedrock_auth_mode_type_0 = BedrockAuthMode(bedrock_auth_mode)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            else:
                bedrock_auth_mode = bedrock_auth_mode_type_0

        aws_access_key_id = d.pop("aws_access_key_id", UNSET)

        aws_secret_access_key = d.pop("aws_secret_access_key", UNSET)

        aws_region = d.pop("aws_region", UNSET)

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        provider_credential_upsert = cls.__new__(cls)
        provider_credential_upsert.api_key = api_key
        provider_credential_upsert.service_account_json = service_account_json
        provider_credential_upsert.bedrock_auth_mode = bedrock_auth_mode
        provider_credential_upsert.aws_access_key_id = aws_access_key_id
        provider_credential_upsert.aws_secret_access_key = aws_secret_access_key
        provider_credential_upsert.aws_region = aws_region

        return provider_credential_upsert
