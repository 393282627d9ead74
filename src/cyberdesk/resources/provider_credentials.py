"""client.provider_credentials: the organisation's own keys for model providers."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._coerce import as_enum, as_model, model_class
from .._operation import operation
from .._options import RequestOptions, WriteOptions
from ._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        ProviderCredentialResponse,
        ProviderCredentialSlot,
        ProviderCredentialUpsert,
        ProviderCredentialValidationResponse,
    )


def _slot(slot: ProviderCredentialSlot | str) -> ProviderCredentialSlot:
    enum: type[ProviderCredentialSlot] = model_class("ProviderCredentialSlot")
    return as_enum("slot", slot, enum)


class ProviderCredentials(Resource):
    """Provider credentials: one slot per provider (``openai``, ``anthropic``, ...)."""

    @operation
    def list(
        self, **options: Unpack[RequestOptions]
    ) -> Call[builtins.list[ProviderCredentialResponse]]:
        """Every provider slot with its credential's status; keys themselves are never returned."""
        return Call("provider_credentials.list_provider_credentials", {}, options=options)

    @operation
    def upsert(
        self,
        slot: ProviderCredentialSlot | str,
        data: ProviderCredentialUpsert | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[ProviderCredentialResponse]:
        """Stores the credential for a slot, replacing any there."""
        args = {"slot": _slot(slot), "body": as_model("data", data, "ProviderCredentialUpsert")}
        return Call("provider_credentials.upsert_provider_credential", args, options=options)

    @operation
    def delete(
        self, slot: ProviderCredentialSlot | str, **options: Unpack[WriteOptions]
    ) -> Call[ProviderCredentialResponse]:
        """Removes the credential from a slot; returns the slot as it is now."""
        args = {"slot": _slot(slot)}
        return Call("provider_credentials.delete_provider_credential", args, options=options)

    @operation
    def validate(
        self, slot: ProviderCredentialSlot | str, **options: Unpack[WriteOptions]
    ) -> Call[ProviderCredentialValidationResponse]:
        """Checks with the provider that the stored credential works."""
        args = {"slot": _slot(slot)}
        return Call("provider_credentials.validate_provider_credential", args, options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    upsert_sync = upsert.sync
    delete_sync = delete.sync
    validate_sync = validate.sync
