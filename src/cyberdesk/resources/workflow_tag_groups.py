"""client.workflow_tag_groups: groups of mutually exclusive workflow tags."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_str, as_uuid, as_uuid_list, model_class
from .._response import ApiResponse
from ._base import Resource, checked, model_or_fields

if TYPE_CHECKING:
    from ..client.models import (
        WorkflowTagGroupCreate,
        WorkflowTagGroupResponse,
        WorkflowTagGroupUpdate,
    )

Id = str | UUID


def _fields(name: Any, emoji: Any, color: Any, description: Any) -> dict[str, Any]:
    """A group's keyword fields, each checked when given."""
    return {
        "name": checked(as_str, "name", name),
        "emoji": checked(as_str, "emoji", emoji),
        "color": checked(as_str, "color", color),
        "description": checked(as_str, "description", description),
    }


class WorkflowTagGroups(Resource):
    """Tag groups: a workflow carries at most one tag of each group ("Draft" or "Published")."""

    def _list(self, timeout: TimeoutArg) -> Call[builtins.list[WorkflowTagGroupResponse]]:
        return Call("workflow_tag_groups.list_tag_groups", {}, timeout=timeout)

    async def list(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[WorkflowTagGroupResponse]]:
        """Every tag group, in display order."""
        return await self._runner.arun(self._list(timeout))

    def list_sync(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[WorkflowTagGroupResponse]]:
        """Blocking twin of ``list``."""
        return self._runner.run(self._list(timeout))

    def _create(
        self,
        data: WorkflowTagGroupCreate | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[WorkflowTagGroupResponse]:
        body = model_or_fields("create", "WorkflowTagGroupCreate", data, fields, ("name",))
        return Call(
            "workflow_tag_groups.create_tag_group",
            {"body": body},
            timeout=timeout,
            idempotency_key=key,
        )

    async def create(
        self,
        data: WorkflowTagGroupCreate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowTagGroupResponse]:
        """Creates a group from keyword fields (``name=`` at least) or a model."""
        fields = _fields(name, emoji, color, description)
        return await self._runner.arun(self._create(data, fields, idempotency_key, timeout))

    def create_sync(
        self,
        data: WorkflowTagGroupCreate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowTagGroupResponse]:
        """Blocking twin of ``create``."""
        fields = _fields(name, emoji, color, description)
        return self._runner.run(self._create(data, fields, idempotency_key, timeout))

    def _get(self, group_id: Id, timeout: TimeoutArg) -> Call[WorkflowTagGroupResponse]:
        return Call(
            "workflow_tag_groups.get_tag_group",
            {"group_id": as_uuid("group_id", group_id)},
            timeout=timeout,
        )

    async def get(
        self, group_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowTagGroupResponse]:
        """One tag group."""
        return await self._runner.arun(self._get(group_id, timeout))

    def get_sync(
        self, group_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowTagGroupResponse]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(group_id, timeout))

    def _update(
        self,
        group_id: Id,
        data: WorkflowTagGroupUpdate | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[WorkflowTagGroupResponse]:
        args = {
            "group_id": as_uuid("group_id", group_id),
            "body": model_or_fields("update", "WorkflowTagGroupUpdate", data, fields),
        }
        return Call(
            "workflow_tag_groups.update_tag_group", args, timeout=timeout, idempotency_key=key
        )

    async def update(
        self,
        group_id: Id,
        data: WorkflowTagGroupUpdate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowTagGroupResponse]:
        """Changes the fields given (None clears one)."""
        fields = _fields(name, emoji, color, description)
        return await self._runner.arun(
            self._update(group_id, data, fields, idempotency_key, timeout)
        )

    def update_sync(
        self,
        group_id: Id,
        data: WorkflowTagGroupUpdate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowTagGroupResponse]:
        """Blocking twin of ``update``."""
        fields = _fields(name, emoji, color, description)
        return self._runner.run(self._update(group_id, data, fields, idempotency_key, timeout))

    def _delete(self, group_id: Id, key: str | None, timeout: TimeoutArg) -> Call[None]:
        return Call(
            "workflow_tag_groups.delete_tag_group",
            {"group_id": as_uuid("group_id", group_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def delete(
        self, group_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[None]:
        """Deletes a group; its tags stay, ungrouped."""
        return await self._runner.arun(self._delete(group_id, idempotency_key, timeout))

    def delete_sync(
        self, group_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[None]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(group_id, idempotency_key, timeout))

    def _reorder(self, ids: Iterable[Id], key: str | None, timeout: TimeoutArg) -> Call[None]:
        body = model_class("ReorderRequest")(ids=as_uuid_list("ids", ids))
        return Call(
            "workflow_tag_groups.reorder_tag_groups",
            {"body": body},
            timeout=timeout,
            idempotency_key=key,
        )

    async def reorder(
        self,
        ids: Iterable[Id],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Sets the display order of groups to the order of ``ids``."""
        return await self._runner.arun(self._reorder(ids, idempotency_key, timeout))

    def reorder_sync(
        self,
        ids: Iterable[Id],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``reorder``."""
        return self._runner.run(self._reorder(ids, idempotency_key, timeout))
