"""client.workflow_tags: labels (emoji, colour, optional group) for organising workflows."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_bool, as_str, as_uuid, as_uuid_list, model_class
from .._response import ApiResponse
from ._base import Resource, checked, model_or_fields, present

if TYPE_CHECKING:
    from ..client.models import WorkflowTagCreate, WorkflowTagResponse, WorkflowTagUpdate

Id = str | UUID


def _fields(
    name: Any,
    emoji: Any,
    color: Any,
    description: Any,
    group_id: Any,
    is_archived: Any = NOT_GIVEN,
) -> dict[str, Any]:
    """A tag's keyword fields, each checked when given."""
    return {
        "name": checked(as_str, "name", name),
        "emoji": checked(as_str, "emoji", emoji),
        "color": checked(as_str, "color", color),
        "description": checked(as_str, "description", description),
        "group_id": checked(as_uuid, "group_id", group_id),
        "is_archived": checked(as_bool, "is_archived", is_archived),
    }


class WorkflowTags(Resource):
    """Workflow tags; a tag in a group excludes the group's other tags from a workflow."""

    # -- list / create / get / update -------------------------------------------------------

    def _list(
        self, include_archived: bool | None, timeout: TimeoutArg
    ) -> Call[builtins.list[WorkflowTagResponse]]:
        query = present(
            include_archived=None
            if include_archived is None
            else as_bool("include_archived", include_archived)
        )
        return Call("workflow_tags.list_tags", query, timeout=timeout)

    async def list(
        self, *, include_archived: bool | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[WorkflowTagResponse]]:
        """Every tag with its ``workflow_count``; archived ones only when asked for."""
        return await self._runner.arun(self._list(include_archived, timeout))

    def list_sync(
        self, *, include_archived: bool | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[WorkflowTagResponse]]:
        """Blocking twin of ``list``."""
        return self._runner.run(self._list(include_archived, timeout))

    def _create(
        self,
        data: WorkflowTagCreate | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[WorkflowTagResponse]:
        body = model_or_fields("create", "WorkflowTagCreate", data, fields, ("name",))
        return Call(
            "workflow_tags.create_tag", {"body": body}, timeout=timeout, idempotency_key=key
        )

    async def create(
        self,
        data: WorkflowTagCreate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        group_id: Id | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowTagResponse]:
        """Creates a tag from keyword fields (``name=`` at least) or a ``WorkflowTagCreate``."""
        fields = _fields(name, emoji, color, description, group_id)
        return await self._runner.arun(self._create(data, fields, idempotency_key, timeout))

    def create_sync(
        self,
        data: WorkflowTagCreate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        group_id: Id | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowTagResponse]:
        """Blocking twin of ``create``."""
        fields = _fields(name, emoji, color, description, group_id)
        return self._runner.run(self._create(data, fields, idempotency_key, timeout))

    def _get(self, tag_id: Id, timeout: TimeoutArg) -> Call[WorkflowTagResponse]:
        return Call("workflow_tags.get_tag", {"tag_id": as_uuid("tag_id", tag_id)}, timeout=timeout)

    async def get(
        self, tag_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowTagResponse]:
        """One tag."""
        return await self._runner.arun(self._get(tag_id, timeout))

    def get_sync(
        self, tag_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowTagResponse]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(tag_id, timeout))

    def _update(
        self,
        tag_id: Id,
        data: WorkflowTagUpdate | Mapping[str, Any] | None,
        fields: dict[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[WorkflowTagResponse]:
        args = {
            "tag_id": as_uuid("tag_id", tag_id),
            "body": model_or_fields("update", "WorkflowTagUpdate", data, fields),
        }
        return Call("workflow_tags.update_tag", args, timeout=timeout, idempotency_key=key)

    async def update(
        self,
        tag_id: Id,
        data: WorkflowTagUpdate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        group_id: Id | None = NOT_GIVEN,
        is_archived: bool = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowTagResponse]:
        """Changes the fields given (None clears one, ``group_id=None`` ungroups the tag)."""
        fields = _fields(name, emoji, color, description, group_id, is_archived)
        return await self._runner.arun(self._update(tag_id, data, fields, idempotency_key, timeout))

    def update_sync(
        self,
        tag_id: Id,
        data: WorkflowTagUpdate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        group_id: Id | None = NOT_GIVEN,
        is_archived: bool = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowTagResponse]:
        """Blocking twin of ``update``."""
        fields = _fields(name, emoji, color, description, group_id, is_archived)
        return self._runner.run(self._update(tag_id, data, fields, idempotency_key, timeout))

    # -- archive / unarchive / delete / reorder ---------------------------------------------

    def _archive(
        self, tag_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[WorkflowTagResponse]:
        return Call(
            "workflow_tags.archive_tag",
            {"tag_id": as_uuid("tag_id", tag_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def archive(
        self, tag_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowTagResponse]:
        """Archives a tag: hidden from pickers, kept on the workflows that have it."""
        return await self._runner.arun(self._archive(tag_id, idempotency_key, timeout))

    def archive_sync(
        self, tag_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowTagResponse]:
        """Blocking twin of ``archive``."""
        return self._runner.run(self._archive(tag_id, idempotency_key, timeout))

    def _unarchive(
        self, tag_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[WorkflowTagResponse]:
        return Call(
            "workflow_tags.unarchive_tag",
            {"tag_id": as_uuid("tag_id", tag_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def unarchive(
        self, tag_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowTagResponse]:
        """Brings an archived tag back."""
        return await self._runner.arun(self._unarchive(tag_id, idempotency_key, timeout))

    def unarchive_sync(
        self, tag_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowTagResponse]:
        """Blocking twin of ``unarchive``."""
        return self._runner.run(self._unarchive(tag_id, idempotency_key, timeout))

    def _delete(self, tag_id: Id, key: str | None, timeout: TimeoutArg) -> Call[None]:
        return Call(
            "workflow_tags.delete_tag",
            {"tag_id": as_uuid("tag_id", tag_id)},
            timeout=timeout,
            idempotency_key=key,
        )

    async def delete(
        self, tag_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[None]:
        """Deletes a tag for good, taking it off every workflow."""
        return await self._runner.arun(self._delete(tag_id, idempotency_key, timeout))

    def delete_sync(
        self, tag_id: Id, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[None]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(tag_id, idempotency_key, timeout))

    def _reorder(self, ids: Iterable[Id], key: str | None, timeout: TimeoutArg) -> Call[None]:
        body = model_class("ReorderRequest")(ids=as_uuid_list("ids", ids))
        return Call(
            "workflow_tags.reorder_tags", {"body": body}, timeout=timeout, idempotency_key=key
        )

    async def reorder(
        self,
        ids: Iterable[Id],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Sets the display order of tags to the order of ``ids``."""
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

    # -- tags on workflows ----------------------------------------------------------------

    def _add_to_workflow(
        self, workflow_id: Id, tag_ids: Iterable[Id], key: str | None, timeout: TimeoutArg
    ) -> Call[builtins.list[WorkflowTagResponse]]:
        args = {
            "workflow_id": as_uuid("workflow_id", workflow_id),
            "body": model_class("AddTagsRequest")(tag_ids=as_uuid_list("tag_ids", tag_ids)),
        }
        return Call("workflows.add_tags_to_workflow", args, timeout=timeout, idempotency_key=key)

    async def add_to_workflow(
        self,
        workflow_id: Id,
        tag_ids: Iterable[Id],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[builtins.list[WorkflowTagResponse]]:
        """Adds tags to a workflow (replacing any other tag of the same group); returns its tags."""
        return await self._runner.arun(
            self._add_to_workflow(workflow_id, tag_ids, idempotency_key, timeout)
        )

    def add_to_workflow_sync(
        self,
        workflow_id: Id,
        tag_ids: Iterable[Id],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[builtins.list[WorkflowTagResponse]]:
        """Blocking twin of ``add_to_workflow``."""
        return self._runner.run(
            self._add_to_workflow(workflow_id, tag_ids, idempotency_key, timeout)
        )

    def _remove_from_workflow(
        self, workflow_id: Id, tag_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[None]:
        args = {
            "workflow_id": as_uuid("workflow_id", workflow_id),
            "tag_id": as_uuid("tag_id", tag_id),
        }
        return Call(
            "workflows.remove_tag_from_workflow", args, timeout=timeout, idempotency_key=key
        )

    async def remove_from_workflow(
        self,
        workflow_id: Id,
        tag_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Takes one tag off a workflow."""
        return await self._runner.arun(
            self._remove_from_workflow(workflow_id, tag_id, idempotency_key, timeout)
        )

    def remove_from_workflow_sync(
        self,
        workflow_id: Id,
        tag_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``remove_from_workflow``."""
        return self._runner.run(
            self._remove_from_workflow(workflow_id, tag_id, idempotency_key, timeout)
        )

    def _get_for_workflow(
        self, workflow_id: Id, timeout: TimeoutArg
    ) -> Call[builtins.list[WorkflowTagResponse]]:
        return Call(
            "workflows.get_workflow_tags",
            {"workflow_id": as_uuid("workflow_id", workflow_id)},
            timeout=timeout,
        )

    async def get_for_workflow(
        self, workflow_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[WorkflowTagResponse]]:
        """The tags a workflow has."""
        return await self._runner.arun(self._get_for_workflow(workflow_id, timeout))

    def get_for_workflow_sync(
        self, workflow_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[WorkflowTagResponse]]:
        """Blocking twin of ``get_for_workflow``."""
        return self._runner.run(self._get_for_workflow(workflow_id, timeout))

    def _bulk_add_to_workflows(
        self,
        workflow_ids: Iterable[Id],
        tag_ids: Iterable[Id],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[None]:
        body = model_class("BulkAddTagsRequest")(
            workflow_ids=as_uuid_list("workflow_ids", workflow_ids),
            tag_ids=as_uuid_list("tag_ids", tag_ids),
        )
        return Call(
            "workflows.bulk_add_tags_to_workflows",
            {"body": body},
            timeout=timeout,
            idempotency_key=key,
        )

    async def bulk_add_to_workflows(
        self,
        workflow_ids: Iterable[Id],
        tag_ids: Iterable[Id],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Adds the same tags to many workflows in one request."""
        return await self._runner.arun(
            self._bulk_add_to_workflows(workflow_ids, tag_ids, idempotency_key, timeout)
        )

    def bulk_add_to_workflows_sync(
        self,
        workflow_ids: Iterable[Id],
        tag_ids: Iterable[Id],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[None]:
        """Blocking twin of ``bulk_add_to_workflows``."""
        return self._runner.run(
            self._bulk_add_to_workflows(workflow_ids, tag_ids, idempotency_key, timeout)
        )
