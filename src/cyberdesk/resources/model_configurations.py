"""client.model_configurations: which language models agents use, with which settings."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._operation import operation
from .._options import RequestOptions, WriteOptions
from ._base import Id, Resource, aliased, ids, with_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        ModelConfigurationCreate,
        ModelConfigurationResponse,
        ModelConfigurationUpdate,
    )


class ModelConfigurations(Resource):
    """Model configurations: the system defaults and the organisation's own."""

    @operation
    def list(
        self, **options: Unpack[RequestOptions]
    ) -> Call[builtins.list[ModelConfigurationResponse]]:
        """Every model configuration: system defaults and the organisation's own."""
        return Call("model_configurations.list_model_configurations", {}, options=options)

    @operation
    def create(
        self, data: ModelConfigurationCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[ModelConfigurationResponse]:
        """Creates a model configuration; an ``api_key`` given is stored securely."""
        args = {"body": aliased("ModelConfigurationCreate", data, "model", "model_id")}
        return Call("model_configurations.create_model_configuration", args, options=options)

    @operation
    def get(
        self, model_configuration_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[ModelConfigurationResponse]:
        """One model configuration."""
        args = ids(model_configuration_id=model_configuration_id)
        return Call("model_configurations.get_model_configuration", args, options=options)

    @operation
    def update(
        self,
        model_configuration_id: Id,
        data: ModelConfigurationUpdate | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[ModelConfigurationResponse]:
        """Changes a model configuration (``clear_api_key=True`` forgets its key)."""
        args = with_body(
            "ModelConfigurationUpdate", data, model_configuration_id=model_configuration_id
        )
        return Call("model_configurations.update_model_configuration", args, options=options)

    @operation
    def delete(self, model_configuration_id: Id, **options: Unpack[WriteOptions]) -> Call[None]:
        """Deletes one of the organisation's model configurations."""
        args = ids(model_configuration_id=model_configuration_id)
        return Call("model_configurations.delete_model_configuration", args, options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    create_sync = create.sync
    get_sync = get.sync
    update_sync = update.sync
    delete_sync = delete.sync
