"""client.workflow_tag_groups: groups of mutually exclusive workflow tags."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._call import NOT_GIVEN, Call
from .._coerce import as_str, as_uuid, as_uuid_list, model_class
from .._operation import operation
from .._options import RequestOptions, WriteOptions
from ._base import Id, Resource, checked, ids, model_or_fields

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        WorkflowTagGroupCreate,
        WorkflowTagGroupResponse,
        WorkflowTagGroupUpdate,
    )


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

    @operation
    def list(
        self, **options: Unpack[RequestOptions]
    ) -> Call[builtins.list[WorkflowTagGroupResponse]]:
        """Every tag group, in display order."""
        return Call("workflow_tag_groups.list_tag_groups", {}, options=options)

    @operation
    def create(
        self,
        data: WorkflowTagGroupCreate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[WorkflowTagGroupResponse]:
        """Creates a group from keyword fields (``name=`` at least) or a model."""
        fields = _fields(name, emoji, color, description)
        body = model_or_fields("create", "WorkflowTagGroupCreate", data, fields, ("name",))
        return Call("workflow_tag_groups.create_tag_group", {"body": body}, options=options)

    @operation
    def get(
        self, group_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[WorkflowTagGroupResponse]:
        """One tag group."""
        return Call("workflow_tag_groups.get_tag_group", ids(group_id=group_id), options=options)

    @operation
    def update(
        self,
        group_id: Id,
        data: WorkflowTagGroupUpdate | Mapping[str, Any] | None = None,
        *,
        name: str = NOT_GIVEN,
        emoji: str | None = NOT_GIVEN,
        color: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        **options: Unpack[WriteOptions],
    ) -> Call[WorkflowTagGroupResponse]:
        """Changes the fields given (None clears one)."""
        fields = _fields(name, emoji, color, description)
        args = {
            "group_id": as_uuid("group_id", group_id),
            "body": model_or_fields("update", "WorkflowTagGroupUpdate", data, fields),
        }
        return Call("workflow_tag_groups.update_tag_group", args, options=options)

    @operation
    def delete(self, group_id: Id, **options: Unpack[WriteOptions]) -> Call[None]:
        """Deletes a group; its tags stay, ungrouped."""
        return Call("workflow_tag_groups.delete_tag_group", ids(group_id=group_id), options=options)

    @operation
    def reorder(self, ids: Iterable[Id], **options: Unpack[WriteOptions]) -> Call[None]:
        """Sets the display order of groups to the order of ``ids``."""
        body = model_class("ReorderRequest")(ids=as_uuid_list("ids", ids))
        return Call("workflow_tag_groups.reorder_tag_groups", {"body": body}, options=options)

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    create_sync = create.sync
    get_sync = get.sync
    update_sync = update.sync
    delete_sync = delete.sync
    reorder_sync = reorder.sync
