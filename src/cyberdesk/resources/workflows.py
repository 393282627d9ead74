"""client.workflows: workflows, their versions, and the images their prompts show."""

from __future__ import annotations

import builtins
import mimetypes
import os
from collections.abc import Iterable, Mapping
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._coerce import as_bool, as_datetime, as_model, as_str, as_uuid_list, model_class
from .._operation import Pages, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from .._response import Acknowledged, acknowledged
from ._base import Id, Resource, checked, ids, page, present, with_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        GetWorkflowVersionsResponse200Item,
        PaginatedResponseWithIncludesWorkflowResponse,
        WorkflowCreate,
        WorkflowDuplicateRequest,
        WorkflowMergeRequest,
        WorkflowPromptImageListItem,
        WorkflowPromptImageResponse,
        WorkflowPromptImageSignedUrlResponse,
        WorkflowResponse,
        WorkflowResponseWithIncludes,
        WorkflowUpdate,
    )


def _tag_ids(tag_ids: Iterable[Id] | str) -> str:
    """The API's comma-separated tag filter, from ids or a comma-separated string."""
    ids = as_uuid_list("tag_ids", tag_ids.split(",") if isinstance(tag_ids, str) else tag_ids)
    return ",".join(str(i) for i in ids)


def _image(
    file_path: str | os.PathLike[str] | None,
    file_content: bytes | None,
    filename: str | None,
    content_type: str | None,
) -> Any:
    """The multipart body of a prompt image, its bytes read now so a retry can resend them."""
    from ..client.types import File

    if (file_path is None) == (file_content is None):
        raise ValueError("upload_prompt_image takes file_path or file_content, exactly one of them")
    if file_path is not None:
        if not isinstance(file_path, (str, os.PathLike)):
            raise TypeError(f"file_path must be a str or a path, got {type(file_path).__name__}")
        path = Path(file_path)
        if not path.is_file():
            raise ValueError(f"file_path {os.fspath(file_path)!r} is not an existing file")
        content = path.read_bytes()
        name = path.name if filename is None else as_str("filename", filename)
    else:
        if not isinstance(file_content, (bytes, bytearray, memoryview)):
            raise TypeError(f"file_content must be bytes, got {type(file_content).__name__}")
        if filename is None:
            raise ValueError("filename is required with file_content (e.g. 'button.png')")
        content = bytes(file_content)
        name = as_str("filename", filename)
    if content_type is None:
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    else:
        as_str("content_type", content_type)
    model = model_class("BodyUploadWorkflowPromptImageV1WorkflowsPromptImagePost")
    return model(file=File(payload=BytesIO(content), file_name=name, mime_type=content_type))


class Workflows(Resource):
    """Workflows: the instructions an agent follows on a machine."""

    # -- list -------------------------------------------------------------------------
    @operation
    def list(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        updated_at_from: datetime | str | None = None,
        updated_at_to: datetime | str | None = None,
        tag_ids: Iterable[Id] | str | None = None,
        include_tags: bool | None = None,
        include: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponseWithIncludesWorkflowResponse]:
        """One page of workflows; ``tag_ids`` keeps those with the given tags."""
        query = present(
            **page(skip, limit),
            search=search,
            tag_ids=None if tag_ids is None else _tag_ids(tag_ids),
            include_tags=checked(as_bool, "include_tags", include_tags),
            include=include,
            created_at_from=checked(as_datetime, "created_at_from", created_at_from),
            created_at_to=checked(as_datetime, "created_at_to", created_at_to),
            updated_at_from=checked(as_datetime, "updated_at_from", updated_at_from),
            updated_at_to=checked(as_datetime, "updated_at_to", updated_at_to),
        )
        return Call("workflows.list_workflows", query, options=options)

    @iterator
    def iter(
        self,
        *,
        page_size: int = 100,
        search: str | None = None,
        created_at_from: datetime | str | None = None,
        created_at_to: datetime | str | None = None,
        updated_at_from: datetime | str | None = None,
        updated_at_to: datetime | str | None = None,
        tag_ids: Iterable[Id] | str | None = None,
        include_tags: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pages[WorkflowResponse]:
        """Every workflow matching the filters, page after page (``async for``); errors raise."""
        return paged(
            self.list,
            page_size,
            search=search,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            tag_ids=tag_ids,
            include_tags=include_tags,
            **options,
        )

    # -- create / get / update / delete ---------------------------------------------------
    @operation
    def create(
        self, data: WorkflowCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[WorkflowResponse]:
        """Creates a workflow from its name and ``main_prompt``."""
        return Call("workflows.create_workflow", with_body("WorkflowCreate", data), options=options)

    @operation
    def get(
        self, workflow_id: Id, *, include: str | None = None, **options: Unpack[RequestOptions]
    ) -> Call[WorkflowResponseWithIncludes]:
        """One workflow, with its prompt and settings."""
        args = {**ids(workflow_id=workflow_id), **present(include=include)}
        return Call("workflows.get_workflow", args, options=options)

    @operation
    def update(
        self,
        workflow_id: Id,
        data: WorkflowUpdate | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[WorkflowResponse]:
        """Changes a workflow's name, prompt or settings."""
        args = with_body("WorkflowUpdate", data, workflow_id=workflow_id)
        return Call("workflows.update_workflow", args, options=options)

    @operation
    def delete(self, workflow_id: Id, **options: Unpack[WriteOptions]) -> Call[Acknowledged]:
        """Deletes a workflow."""
        args = ids(workflow_id=workflow_id)
        return Call("workflows.delete_workflow", args, parse=acknowledged, options=options)

    # -- duplicate / merge / versions -----------------------------------------------------
    @operation
    def duplicate(
        self,
        workflow_id: Id,
        data: WorkflowDuplicateRequest | Mapping[str, Any] | None = None,
        **options: Unpack[WriteOptions],
    ) -> Call[WorkflowResponse]:
        """Copies a workflow (with its trajectories when ``include_trajectories`` is set)."""
        args = ids(workflow_id=workflow_id)
        if data is not None:
            args["body"] = as_model("data", data, "WorkflowDuplicateRequest")
        return Call("workflows.duplicate_workflow", args, options=options)

    @operation
    def merge(
        self,
        workflow_id: Id,
        data: WorkflowMergeRequest | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[WorkflowResponse]:
        """Merges this workflow into ``data.target_workflow_id``."""
        args = with_body("WorkflowMergeRequest", data, workflow_id=workflow_id)
        return Call("workflows.merge_workflow", args, options=options)

    @operation
    def get_versions(
        self, workflow_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[builtins.list[GetWorkflowVersionsResponse200Item]]:
        """The earlier versions of a workflow's prompt."""
        args = ids(workflow_id=workflow_id)
        return Call("workflows.get_workflow_versions", args, options=options)

    # -- prompt images ----------------------------------------------------------------------
    @operation
    def upload_prompt_image(
        self,
        *,
        file_path: str | os.PathLike[str] | None = None,
        file_content: bytes | None = None,
        filename: str | None = None,
        content_type: str | None = None,
        **options: Unpack[WriteOptions],
    ) -> Call[WorkflowPromptImageResponse]:
        """Uploads a prompt image (``file_path``, or ``file_content`` with ``filename``)."""
        body = _image(file_path, file_content, filename, content_type)
        return Call("workflows.upload_workflow_prompt_image", {"body": body}, options=options)

    @operation
    def list_prompt_images(
        self, **options: Unpack[RequestOptions]
    ) -> Call[builtins.list[WorkflowPromptImageListItem]]:
        """Every prompt image of the organisation."""
        return Call("workflows.list_workflow_prompt_images", {}, options=options)

    @operation
    def get_prompt_image_signed_url(
        self, path: str, **options: Unpack[RequestOptions]
    ) -> Call[WorkflowPromptImageSignedUrlResponse]:
        """A fresh signed URL for previewing a prompt image (``path`` as listed)."""
        args = {"path": as_str("path", path)}
        return Call("workflows.get_workflow_prompt_image_signed_url", args, options=options)

    @operation
    def delete_prompt_image(self, path: str, **options: Unpack[WriteOptions]) -> Call[Acknowledged]:
        """Deletes a prompt image (``path`` as listed)."""
        args = {"path": as_str("path", path)}
        return Call(
            "workflows.delete_workflow_prompt_image", args, parse=acknowledged, options=options
        )

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    iter_sync = iter.sync
    create_sync = create.sync
    get_sync = get.sync
    update_sync = update.sync
    delete_sync = delete.sync
    duplicate_sync = duplicate.sync
    merge_sync = merge.sync
    get_versions_sync = get_versions.sync
    upload_prompt_image_sync = upload_prompt_image.sync
    list_prompt_images_sync = list_prompt_images.sync
    get_prompt_image_signed_url_sync = get_prompt_image_signed_url.sync
    delete_prompt_image_sync = delete_prompt_image.sync
