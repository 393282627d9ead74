"""client.workflows: workflows, their versions, and the images their prompts show."""

from __future__ import annotations

import builtins
import mimetypes
import os
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import (
    as_bool,
    as_datetime,
    as_int,
    as_model,
    as_str,
    as_uuid,
    as_uuid_list,
    model_class,
)
from .._pagination import pages
from .._response import Acknowledged, ApiResponse, acknowledged
from ._base import Resource, present

if TYPE_CHECKING:
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

Id = str | UUID
_DATE_FILTERS = ("created_at_from", "created_at_to", "updated_at_from", "updated_at_to")


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

    def _list(
        self, skip: int | None, limit: int | None, filters: dict[str, Any], timeout: TimeoutArg
    ) -> Call[PaginatedResponseWithIncludesWorkflowResponse]:
        dates = {
            name: as_datetime(name, filters[name])
            for name in _DATE_FILTERS
            if filters[name] is not None
        }
        query = present(
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            search=filters["search"],
            tag_ids=None if filters["tag_ids"] is None else _tag_ids(filters["tag_ids"]),
            include_tags=None
            if filters["include_tags"] is None
            else as_bool("include_tags", filters["include_tags"]),
            include=filters["include"],
            **dates,
        )
        return Call("workflows.list_workflows", query, timeout=timeout)

    async def list(
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
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesWorkflowResponse]:
        """One page of workflows; ``tag_ids`` keeps those with the given tags."""
        filters = dict(
            search=search,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            tag_ids=tag_ids,
            include_tags=include_tags,
            include=include,
        )
        return await self._runner.arun(self._list(skip, limit, filters, timeout))

    def list_sync(
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
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseWithIncludesWorkflowResponse]:
        """Blocking twin of ``list``."""
        filters = dict(
            search=search,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            tag_ids=tag_ids,
            include_tags=include_tags,
            include=include,
        )
        return self._runner.run(self._list(skip, limit, filters, timeout))

    def _iter(self, page_size: int, filters: dict[str, Any]) -> Any:
        return pages(lambda skip, limit: self._list(skip, limit, filters, NOT_GIVEN), page_size)

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
    ) -> AsyncIterator[WorkflowResponse]:
        """Every workflow matching the filters, page after page (``async for``); errors raise."""
        filters = dict(
            search=search,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            tag_ids=tag_ids,
            include_tags=include_tags,
            include=None,
        )
        return self._runner.aiterate(self._iter(page_size, filters))

    def iter_sync(
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
    ) -> Iterator[WorkflowResponse]:
        """Blocking twin of ``iter``: a plain iterator."""
        filters = dict(
            search=search,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
            tag_ids=tag_ids,
            include_tags=include_tags,
            include=None,
        )
        return self._runner.iterate(self._iter(page_size, filters))

    # -- create / get / update / delete ---------------------------------------------------

    def _create(
        self, data: WorkflowCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[WorkflowResponse]:
        body = as_model("data", data, "WorkflowCreate")
        return Call(
            "workflows.create_workflow", {"body": body}, timeout=timeout, idempotency_key=key
        )

    async def create(
        self,
        data: WorkflowCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowResponse]:
        """Creates a workflow from its name and ``main_prompt``."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: WorkflowCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    def _get(
        self, workflow_id: Id, include: str | None, timeout: TimeoutArg
    ) -> Call[WorkflowResponseWithIncludes]:
        return Call(
            "workflows.get_workflow",
            {"workflow_id": as_uuid("workflow_id", workflow_id), **present(include=include)},
            timeout=timeout,
        )

    async def get(
        self, workflow_id: Id, *, include: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowResponseWithIncludes]:
        """One workflow, with its prompt and settings."""
        return await self._runner.arun(self._get(workflow_id, include, timeout))

    def get_sync(
        self, workflow_id: Id, *, include: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowResponseWithIncludes]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(workflow_id, include, timeout))

    def _update(
        self,
        workflow_id: Id,
        data: WorkflowUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[WorkflowResponse]:
        args = {
            "workflow_id": as_uuid("workflow_id", workflow_id),
            "body": as_model("data", data, "WorkflowUpdate"),
        }
        return Call("workflows.update_workflow", args, timeout=timeout, idempotency_key=key)

    async def update(
        self,
        workflow_id: Id,
        data: WorkflowUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowResponse]:
        """Changes a workflow's name, prompt or settings."""
        return await self._runner.arun(self._update(workflow_id, data, idempotency_key, timeout))

    def update_sync(
        self,
        workflow_id: Id,
        data: WorkflowUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(self._update(workflow_id, data, idempotency_key, timeout))

    def _delete(self, workflow_id: Id, key: str | None, timeout: TimeoutArg) -> Call[Acknowledged]:
        return Call(
            "workflows.delete_workflow",
            {"workflow_id": as_uuid("workflow_id", workflow_id)},
            timeout=timeout,
            idempotency_key=key,
            parse=acknowledged,
        )

    async def delete(
        self,
        workflow_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[Acknowledged]:
        """Deletes a workflow."""
        return await self._runner.arun(self._delete(workflow_id, idempotency_key, timeout))

    def delete_sync(
        self,
        workflow_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[Acknowledged]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(workflow_id, idempotency_key, timeout))

    # -- duplicate / merge / versions -----------------------------------------------------

    def _duplicate(
        self,
        workflow_id: Id,
        data: WorkflowDuplicateRequest | Mapping[str, Any] | None,
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[WorkflowResponse]:
        args: dict[str, Any] = {"workflow_id": as_uuid("workflow_id", workflow_id)}
        if data is not None:
            args["body"] = as_model("data", data, "WorkflowDuplicateRequest")
        return Call("workflows.duplicate_workflow", args, timeout=timeout, idempotency_key=key)

    async def duplicate(
        self,
        workflow_id: Id,
        data: WorkflowDuplicateRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowResponse]:
        """Copies a workflow (with its trajectories when ``include_trajectories`` is set)."""
        return await self._runner.arun(self._duplicate(workflow_id, data, idempotency_key, timeout))

    def duplicate_sync(
        self,
        workflow_id: Id,
        data: WorkflowDuplicateRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowResponse]:
        """Blocking twin of ``duplicate``."""
        return self._runner.run(self._duplicate(workflow_id, data, idempotency_key, timeout))

    def _merge(
        self,
        workflow_id: Id,
        data: WorkflowMergeRequest | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[WorkflowResponse]:
        args = {
            "workflow_id": as_uuid("workflow_id", workflow_id),
            "body": as_model("data", data, "WorkflowMergeRequest"),
        }
        return Call("workflows.merge_workflow", args, timeout=timeout, idempotency_key=key)

    async def merge(
        self,
        workflow_id: Id,
        data: WorkflowMergeRequest | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowResponse]:
        """Merges this workflow into ``data.target_workflow_id``."""
        return await self._runner.arun(self._merge(workflow_id, data, idempotency_key, timeout))

    def merge_sync(
        self,
        workflow_id: Id,
        data: WorkflowMergeRequest | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowResponse]:
        """Blocking twin of ``merge``."""
        return self._runner.run(self._merge(workflow_id, data, idempotency_key, timeout))

    def _get_versions(
        self, workflow_id: Id, timeout: TimeoutArg
    ) -> Call[builtins.list[GetWorkflowVersionsResponse200Item]]:
        return Call(
            "workflows.get_workflow_versions",
            {"workflow_id": as_uuid("workflow_id", workflow_id)},
            timeout=timeout,
        )

    async def get_versions(
        self, workflow_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[GetWorkflowVersionsResponse200Item]]:
        """The earlier versions of a workflow's prompt."""
        return await self._runner.arun(self._get_versions(workflow_id, timeout))

    def get_versions_sync(
        self, workflow_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[GetWorkflowVersionsResponse200Item]]:
        """Blocking twin of ``get_versions``."""
        return self._runner.run(self._get_versions(workflow_id, timeout))

    # -- prompt images ----------------------------------------------------------------------

    def _upload_prompt_image(
        self,
        file_path: str | os.PathLike[str] | None,
        file_content: bytes | None,
        filename: str | None,
        content_type: str | None,
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[WorkflowPromptImageResponse]:
        body = _image(file_path, file_content, filename, content_type)
        return Call(
            "workflows.upload_workflow_prompt_image",
            {"body": body},
            timeout=timeout,
            idempotency_key=key,
        )

    async def upload_prompt_image(
        self,
        *,
        file_path: str | os.PathLike[str] | None = None,
        file_content: bytes | None = None,
        filename: str | None = None,
        content_type: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowPromptImageResponse]:
        """Uploads a prompt image (``file_path``, or ``file_content`` with ``filename``)."""
        return await self._runner.arun(
            self._upload_prompt_image(
                file_path, file_content, filename, content_type, idempotency_key, timeout
            )
        )

    def upload_prompt_image_sync(
        self,
        *,
        file_path: str | os.PathLike[str] | None = None,
        file_content: bytes | None = None,
        filename: str | None = None,
        content_type: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[WorkflowPromptImageResponse]:
        """Blocking twin of ``upload_prompt_image``."""
        return self._runner.run(
            self._upload_prompt_image(
                file_path, file_content, filename, content_type, idempotency_key, timeout
            )
        )

    def _list_prompt_images(
        self, timeout: TimeoutArg
    ) -> Call[builtins.list[WorkflowPromptImageListItem]]:
        return Call("workflows.list_workflow_prompt_images", {}, timeout=timeout)

    async def list_prompt_images(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[WorkflowPromptImageListItem]]:
        """Every prompt image of the organisation."""
        return await self._runner.arun(self._list_prompt_images(timeout))

    def list_prompt_images_sync(
        self, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[builtins.list[WorkflowPromptImageListItem]]:
        """Blocking twin of ``list_prompt_images``."""
        return self._runner.run(self._list_prompt_images(timeout))

    def _get_prompt_image_signed_url(
        self, path: str, timeout: TimeoutArg
    ) -> Call[WorkflowPromptImageSignedUrlResponse]:
        return Call(
            "workflows.get_workflow_prompt_image_signed_url",
            {"path": as_str("path", path)},
            timeout=timeout,
        )

    async def get_prompt_image_signed_url(
        self, path: str, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowPromptImageSignedUrlResponse]:
        """A fresh signed URL for previewing a prompt image (``path`` as listed)."""
        return await self._runner.arun(self._get_prompt_image_signed_url(path, timeout))

    def get_prompt_image_signed_url_sync(
        self, path: str, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[WorkflowPromptImageSignedUrlResponse]:
        """Blocking twin of ``get_prompt_image_signed_url``."""
        return self._runner.run(self._get_prompt_image_signed_url(path, timeout))

    def _delete_prompt_image(
        self, path: str, key: str | None, timeout: TimeoutArg
    ) -> Call[Acknowledged]:
        return Call(
            "workflows.delete_workflow_prompt_image",
            {"path": as_str("path", path)},
            timeout=timeout,
            idempotency_key=key,
            parse=acknowledged,
        )

    async def delete_prompt_image(
        self, path: str, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[Acknowledged]:
        """Deletes a prompt image (``path`` as listed)."""
        return await self._runner.arun(self._delete_prompt_image(path, idempotency_key, timeout))

    def delete_prompt_image_sync(
        self, path: str, *, idempotency_key: str | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[Acknowledged]:
        """Blocking twin of ``delete_prompt_image``."""
        return self._runner.run(self._delete_prompt_image(path, idempotency_key, timeout))
