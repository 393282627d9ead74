"""client.workflow_tags: labels (emoji, colour, optional group) for organising workflows."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._call import NOT_GIVEN, Call
from .._coerce import as_bool, as_str, as_uuid, as_uuid_list, model_class
from .._operation import operation
from .._options import RequestOptions, WriteOptions
from ._base import Id, Resource, checked, ids, model_or_fields, present

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import WorkflowTagCreate, WorkflowTagResponse, WorkflowTagUpdate


def _fields(
    name: Any, emoji: Any, color: Any, description: Any, group_id: Any, is_archived: Any = NOT_GIVEN
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
    @operation
    def list(
        self, *, include_archived: bool | None = None, **options: Unpack[RequestOptions]
    ) -> Call[builtins.list[WorkflowTagResponse]]:
        """Every tag with its ``workflow_count``; archived ones only when asked for."""
        query = present(include_archived=checked(as_bool, "include_archived", include_archived))
        return Call("workflow_tags.list_tags", query, options=options)

    @operation
    def create(
        self,
        data: WorkflowTagCreate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        group_id: Id | None = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[WorkflowTagResponse]:
        """Creates a tag from keyword fields (``name=`` at least) or a ``WorkflowTagCreate``."""
        fields = _fields(name, emoji, color, description, group_id)
        body = model_or_fields("create", "WorkflowTagCreate", data, fields, ("name",))
        return Call("workflow_tags.create_tag", {"body": body}, options=options)

    @operation
    def get(self, tag_id: Id, **options: Unpack[RequestOptions]) -> Call[WorkflowTagResponse]:
        """One tag."""
        return Call("workflow_tags.get_tag", ids(tag_id=tag_id), options=options)

    @operation
    def update(
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
        **options: Unpack[WriteOptions],
    ) -> Call[WorkflowTagResponse]:
        """Changes the fields given (None clears one, ``group_id=None`` ungroups the tag)."""
        fields = _fields(name, emoji, color, description, group_id, is_archived)
        args = {
            "tag_id": as_uuid("tag_id", tag_id),
            "body": model_or_fields("update", "WorkflowTagUpdate", data, fields),
        }
        return Call("workflow_tags.update_tag", args, options=options)

    # -- archive / unarchive / delete / reorder ---------------------------------------------
    @operation
    def archive(self, tag_id: Id, **options: Unpack[WriteOptions]) -> Call[WorkflowTagResponse]:
        """Archives a tag: hidden from pickers, kept on the workflows that have it."""
        return Call("workflow_tags.archive_tag", ids(tag_id=tag_id), options=options)

    @operation
    def unarchive(self, tag_id: Id, **options: Unpack[WriteOptions]) -> Call[WorkflowTagResponse]:
        """Brings an archived tag back."""
        return Call("workflow_tags.unarchive_tag", ids(tag_id=tag_id), options=options)

    @operation
    def delete(self, tag_id: Id, **options: Unpack[WriteOptions]) -> Call[None]:
        """Deletes a tag for good, taking it off every workflow."""
        return Call("workflow_tags.delete_tag", ids(tag_id=tag_id), options=options)

    @operation
    def reorder(self, ids: Iterable[Id], **options: Unpack[WriteOptions]) -> Call[None]:
        """Sets the display order of tags to the order of ``ids``."""
        body = model_class("ReorderRequest")(ids=as_uuid_list("ids", ids))
        return Call("workflow_tags.reorder_tags", {"body": body}, options=options)

    # -- tags on workflows ----------------------------------------------------------------
    @operation
    def add_to_workflow(
        self, workflow_id: Id, tag_ids: Iterable[Id], **options: Unpack[WriteOptions]
    ) -> Call[builtins.list[WorkflowTagResponse]]:
        """Adds tags to a workflow (replacing any other tag of the same group); returns its tags."""
        args = {
            "workflow_id": as_uuid("workflow_id", workflow_id),
            "body": model_class("AddTagsRequest")(tag_ids=as_uuid_list("tag_ids", tag_ids)),
        }
        return Call("workflows.add_tags_to_workflow", args, options=options)

    @operation
    def remove_from_workflow(
        self, workflow_id: Id, tag_id: Id, **options: Unpack[WriteOptions]
    ) -> Call[None]:
        """Takes one tag off a workflow."""
        args = {
            "workflow_id": as_uuid("workflow_id", workflow_id),
            "tag_id": as_uuid("tag_id", tag_id),
        }
        return Call("workflows.remove_tag_from_workflow", args, options=options)

    @operation
    def get_for_workflow(
        self, workflow_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[builtins.list[WorkflowTagResponse]]:
        """The tags a workflow has."""
        return Call("workflows.get_workflow_tags", ids(workflow_id=workflow_id), options=options)

    @operation
    def bulk_add_to_workflows(
        self, workflow_ids: Iterable[Id], tag_ids: Iterable[Id], **options: Unpack[WriteOptions]
    ) -> Call[None]:
        """Adds the same tags to many workflows in one request."""
        body = model_class("BulkAddTagsRequest")(
            workflow_ids=as_uuid_list("workflow_ids", workflow_ids),
            tag_ids=as_uuid_list("tag_ids", tag_ids),
        )
        return Call("workflows.bulk_add_tags_to_workflows", {"body": body}, options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    create_sync = create.sync
    get_sync = get.sync
    update_sync = update.sync
    archive_sync = archive.sync
    unarchive_sync = unarchive.sync
    delete_sync = delete.sync
    reorder_sync = reorder.sync
    add_to_workflow_sync = add_to_workflow.sync
    remove_from_workflow_sync = remove_from_workflow.sync
    get_for_workflow_sync = get_for_workflow.sync
    bulk_add_to_workflows_sync = bulk_add_to_workflows.sync
