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

from .. import models as _models
from ..models.cyberdriver_web_session_response_features import (
    CyberdriverWebSessionResponseFeatures,
)
from ..types import (
    Unset,
    checked_map,
    checked_uuid,
    model_json,
    parse_uuid,
    pydantic_core_schema,
    pydantic_json_schema,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.cyberdriver_web_session_endpoints import (
        CyberdriverWebSessionEndpoints,
    )
    from ..models.cyberdriver_web_session_response_features import (
        CyberdriverWebSessionResponseFeatures,
    )


T = TypeVar("T", bound="CyberdriverWebSessionResponse")


@_attrs_define(init=False)
class CyberdriverWebSessionResponse:
    machine_id: UUID
    rustdesk_peer_id: str
    desktop_label: str
    selected_organization_id: str
    token: str
    expires_at: int
    mode: str
    endpoints: CyberdriverWebSessionEndpoints
    public_key: str
    features: CyberdriverWebSessionResponseFeatures
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        machine_id: UUID | str,
        rustdesk_peer_id: str,
        desktop_label: str,
        selected_organization_id: str,
        token: str,
        expires_at: int,
        mode: str,
        endpoints: CyberdriverWebSessionEndpoints,
        public_key: str,
        features: Mapping[str, bool],
    ) -> None:
        if not isinstance(machine_id, UUID):
            machine_id = checked_uuid(
                "CyberdriverWebSessionResponse",
                "machine_id",
                machine_id,
                "a UUID or a UUID string",
            )

        self.machine_id = machine_id
        if not isinstance(rustdesk_peer_id, str):
            raise wrong_type(
                "CyberdriverWebSessionResponse",
                "rustdesk_peer_id",
                "a str",
                rustdesk_peer_id,
            )

        self.rustdesk_peer_id = rustdesk_peer_id
        if not isinstance(desktop_label, str):
            raise wrong_type(
                "CyberdriverWebSessionResponse", "desktop_label", "a str", desktop_label
            )

        self.desktop_label = desktop_label
        if not isinstance(selected_organization_id, str):
            raise wrong_type(
                "CyberdriverWebSessionResponse",
                "selected_organization_id",
                "a str",
                selected_organization_id,
            )

        self.selected_organization_id = selected_organization_id
        if not isinstance(token, str):
            raise wrong_type("CyberdriverWebSessionResponse", "token", "a str", token)

        self.token = token
        if type(expires_at) is bool or not isinstance(expires_at, int):
            raise wrong_type(
                "CyberdriverWebSessionResponse", "expires_at", "an int", expires_at
            )

        self.expires_at = expires_at
        if not isinstance(mode, str):
            raise wrong_type("CyberdriverWebSessionResponse", "mode", "a str", mode)

        self.mode = mode
        if not isinstance(endpoints, _models.CyberdriverWebSessionEndpoints):
            raise wrong_type(
                "CyberdriverWebSessionResponse",
                "endpoints",
                "a CyberdriverWebSessionEndpoints",
                endpoints,
            )

        self.endpoints = endpoints
        if not isinstance(public_key, str):
            raise wrong_type(
                "CyberdriverWebSessionResponse", "public_key", "a str", public_key
            )

        self.public_key = public_key
        if not isinstance(features, CyberdriverWebSessionResponseFeatures):
            features = checked_map(
                "CyberdriverWebSessionResponse",
                "features",
                features,
                CyberdriverWebSessionResponseFeatures,
                "a mapping",
            )

        self.features = features
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

    def __repr__(self) -> str:
        hidden = ["token"]
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
        machine_id = str(self.machine_id)

        rustdesk_peer_id = self.rustdesk_peer_id

        desktop_label = self.desktop_label

        selected_organization_id = self.selected_organization_id

        token = self.token

        expires_at = self.expires_at

        mode = self.mode

        endpoints = self.endpoints.to_dict()

        public_key = self.public_key

        features = self.features.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "machine_id": machine_id,
                "rustdesk_peer_id": rustdesk_peer_id,
                "desktop_label": desktop_label,
                "selected_organization_id": selected_organization_id,
                "token": token,
                "expires_at": expires_at,
                "mode": mode,
                "endpoints": endpoints,
                "public_key": public_key,
                "features": features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        machine_id = parse_uuid(d.pop("machine_id"))

        rustdesk_peer_id = d.pop("rustdesk_peer_id")

        desktop_label = d.pop("desktop_label")

        selected_organization_id = d.pop("selected_organization_id")

        token = d.pop("token")

        expires_at = d.pop("expires_at")

        mode = d.pop("mode")

        endpoints = _models.CyberdriverWebSessionEndpoints.from_dict(d.pop("endpoints"))

        public_key = d.pop("public_key")

        features = _models.CyberdriverWebSessionResponseFeatures.from_dict(
            d.pop("features")
        )

        # Project change: built without __init__, whose argument checks are for callers: a
        # response keeps a value it should not hold, as sent (and parsing stays fast).
        cyberdriver_web_session_response = cls.__new__(cls)
        cyberdriver_web_session_response.machine_id = machine_id
        cyberdriver_web_session_response.rustdesk_peer_id = rustdesk_peer_id
        cyberdriver_web_session_response.desktop_label = desktop_label
        cyberdriver_web_session_response.selected_organization_id = (
            selected_organization_id
        )
        cyberdriver_web_session_response.token = token
        cyberdriver_web_session_response.expires_at = expires_at
        cyberdriver_web_session_response.mode = mode
        cyberdriver_web_session_response.endpoints = endpoints
        cyberdriver_web_session_response.public_key = public_key
        cyberdriver_web_session_response.features = features

        cyberdriver_web_session_response.additional_properties = d
        return cyberdriver_web_session_response

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
