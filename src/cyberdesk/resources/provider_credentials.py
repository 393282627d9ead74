"""client.provider_credentials: the organisation's own keys for model providers."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_enum, as_model, model_class
from .._response import ApiResponse
from ._base import Resource

if TYPE_CHECKING:
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

    def _list(self, timeout: TimeoutArg) -> Call[builtins.list[ProviderCredentialResponse]]:
        return Call("provider_credentials.list_provider_credentials", {}, timeout=timeout)

    async def list(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[ProviderCredentialResponse]]:
        """Every provider slot with its credential's status; keys themselves are never returned."""
        return await self._runner.arun(self._list(timeout))

    def list_sync(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[ProviderCredentialResponse]]:
        """Blocking twin of ``list``."""
        return self._runner.run(self._list(timeout))

    def _upsert(
        self,
        slot: ProviderCredentialSlot | str,
        data: ProviderCredentialUpsert | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[ProviderCredentialResponse]:
        args = {"slot": _slot(slot), "body": as_model("data", data, "ProviderCredentialUpsert")}
        return Call(
            "provider_credentials.upsert_provider_credential",
            args,
            timeout=timeout,
            idempotency_key=key,
        )

    async def upsert(
        self,
        slot: ProviderCredentialSlot | str,
        data: ProviderCredentialUpsert | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ProviderCredentialResponse]:
        """Stores the credential for a slot, replacing any there."""
        return await self._runner.arun(self._upsert(slot, data, idempotency_key, timeout))

    def upsert_sync(
        self,
        slot: ProviderCredentialSlot | str,
        data: ProviderCredentialUpsert | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ProviderCredentialResponse]:
        """Blocking twin of ``upsert``."""
        return self._runner.run(self._upsert(slot, data, idempotency_key, timeout))

    def _delete(
        self, slot: ProviderCredentialSlot | str, key: str | None, timeout: TimeoutArg
    ) -> Call[ProviderCredentialResponse]:
        return Call(
            "provider_credentials.delete_provider_credential",
            {"slot": _slot(slot)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def delete(
        self,
        slot: ProviderCredentialSlot | str,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ProviderCredentialResponse]:
        """Removes the credential from a slot; returns the slot as it is now."""
        return await self._runner.arun(self._delete(slot, idempotency_key, timeout))

    def delete_sync(
        self,
        slot: ProviderCredentialSlot | str,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ProviderCredentialResponse]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(slot, idempotency_key, timeout))

    def _validate(
        self, slot: ProviderCredentialSlot | str, key: str | None, timeout: TimeoutArg
    ) -> Call[ProviderCredentialValidationResponse]:
        return Call(
            "provider_credentials.validate_provider_credential",
            {"slot": _slot(slot)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def validate(
        self,
        slot: ProviderCredentialSlot | str,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ProviderCredentialValidationResponse]:
        """Checks with the provider that the stored credential works."""
        return await self._runner.arun(self._validate(slot, idempotency_key, timeout))

    def validate_sync(
        self,
        slot: ProviderCredentialSlot | str,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ProviderCredentialValidationResponse]:
        """Blocking twin of ``validate``."""
        return self._runner.run(self._validate(slot, idempotency_key, timeout))
