"""client.model_configurations: which language models agents use, with which settings."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_model, as_uuid
from .._response import ApiResponse
from ._base import Resource

if TYPE_CHECKING:
    from ..client.models import (
        ModelConfigurationCreate,
        ModelConfigurationResponse,
        ModelConfigurationUpdate,
    )

Id = str | UUID


def _create_body(data: Any) -> Any:
    """``data`` as a ModelConfigurationCreate; a dict may say ``model_id`` for ``model``."""
    if isinstance(data, Mapping) and "model_id" in data:
        if "model" in data:
            raise TypeError("data takes model (or its alias model_id), not both")
        fields = dict(data)
        fields["model"] = fields.pop("model_id")
        data = fields
    return as_model("data", data, "ModelConfigurationCreate")


class ModelConfigurations(Resource):
    """Model configurations: the system defaults and the organisation's own."""

    def _list(self, timeout: TimeoutArg) -> Call[builtins.list[ModelConfigurationResponse]]:
        return Call("model_configurations.list_model_configurations", {}, timeout=timeout)

    async def list(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[ModelConfigurationResponse]]:
        """Every model configuration: system defaults and the organisation's own."""
        return await self._runner.arun(self._list(timeout))

    def list_sync(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[ModelConfigurationResponse]]:
        """Blocking twin of ``list``."""
        return self._runner.run(self._list(timeout))

    def _create(
        self,
        data: ModelConfigurationCreate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[ModelConfigurationResponse]:
        return Call(
            "model_configurations.create_model_configuration",
            {"body": _create_body(data)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def create(
        self,
        data: ModelConfigurationCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ModelConfigurationResponse]:
        """Creates a model configuration; an ``api_key`` given is stored securely."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: ModelConfigurationCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ModelConfigurationResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    def _get(
        self, model_configuration_id: Id, timeout: TimeoutArg
    ) -> Call[ModelConfigurationResponse]:
        return Call(
            "model_configurations.get_model_configuration",
            {"model_configuration_id": as_uuid("model_configuration_id", model_configuration_id)},
            timeout=timeout,
        )

    async def get(
        self, model_configuration_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[ModelConfigurationResponse]:
        """One model configuration."""
        return await self._runner.arun(self._get(model_configuration_id, timeout))

    def get_sync(
        self, model_configuration_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[ModelConfigurationResponse]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(model_configuration_id, timeout))

    def _update(
        self,
        model_configuration_id: Id,
        data: ModelConfigurationUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[ModelConfigurationResponse]:
        args = {
            "model_configuration_id": as_uuid("model_configuration_id", model_configuration_id),
            "body": as_model("data", data, "ModelConfigurationUpdate"),
        }
        return Call(
            "model_configurations.update_model_configuration",
            args,
            timeout=timeout,
            idempotency_key=key,
        )

    async def update(
        self,
        model_configuration_id: Id,
        data: ModelConfigurationUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ModelConfigurationResponse]:
        """Changes a model configuration (``clear_api_key=True`` forgets its key)."""
        return await self._runner.arun(
            self._update(model_configuration_id, data, idempotency_key, timeout)
        )

    def update_sync(
        self,
        model_configuration_id: Id,
        data: ModelConfigurationUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[ModelConfigurationResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(
            self._update(model_configuration_id, data, idempotency_key, timeout)
        )

    def _delete(
        self, model_configuration_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[None]:
        return Call(
            "model_configurations.delete_model_configuration",
            {"model_configuration_id": as_uuid("model_configuration_id", model_configuration_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def delete(
        self,
        model_configuration_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Deletes one of the organisation's model configurations."""
        return await self._runner.arun(
            self._delete(model_configuration_id, idempotency_key, timeout)
        )

    def delete_sync(
        self,
        model_configuration_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(model_configuration_id, idempotency_key, timeout))
