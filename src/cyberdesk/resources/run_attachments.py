"""client.run_attachments: a run's input and output files."""

from __future__ import annotations

import builtins
import os
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._call import NOT_GIVEN, Call, Download, Flow, TimeoutArg
from .._coerce import as_enum, as_int, as_model, as_uuid, model_class
from .._download import AtomicFileSink, Progress, ProgressCallback, safe_filename, wants_directory
from .._pagination import pages
from .._response import Acknowledged, ApiResponse, acknowledged, api_response
from ._base import Resource, present

if TYPE_CHECKING:
    from ..client.models import (
        AttachmentType,
        PaginatedResponseRunAttachmentResponse,
        RunAttachmentCreate,
        RunAttachmentDownloadUrlResponse,
        RunAttachmentResponse,
        RunAttachmentUpdate,
    )

Id = str | UUID


def _chunk_size(value: int | None) -> int | None:
    # None hands on chunks as they arrive: re-chunking copies every byte again.
    return None if value is None else as_int("chunk_size", value, minimum=1)


def _body(response: Any) -> bytes:
    content: bytes = response.content
    return content


class RunAttachments(Resource):
    """Files attached to runs: inputs sent with a run, outputs a run produced."""

    def _list(
        self,
        run_id: Id | None,
        attachment_type: AttachmentType | str | None,
        skip: int | None,
        limit: int | None,
        timeout: TimeoutArg,
    ) -> Call[PaginatedResponseRunAttachmentResponse]:
        query = present(
            run_id=None if run_id is None else as_uuid("run_id", run_id),
            attachment_type=None
            if attachment_type is None
            else as_enum("attachment_type", attachment_type, model_class("AttachmentType")),
            skip=None if skip is None else as_int("skip", skip, minimum=0),
            limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
        )
        return Call("run_attachments.list_run_attachments", query, timeout=timeout)

    async def list(
        self,
        *,
        run_id: Id | None = None,
        attachment_type: AttachmentType | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseRunAttachmentResponse]:
        """One page of attachments, optionally of one run and one type (input/output)."""
        return await self._runner.arun(self._list(run_id, attachment_type, skip, limit, timeout))

    def list_sync(
        self,
        *,
        run_id: Id | None = None,
        attachment_type: AttachmentType | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseRunAttachmentResponse]:
        """Blocking twin of ``list``."""
        return self._runner.run(self._list(run_id, attachment_type, skip, limit, timeout))

    def _iter(
        self, run_id: Id | None, attachment_type: AttachmentType | str | None, page_size: int
    ) -> Any:
        return pages(
            lambda skip, limit: self._list(run_id, attachment_type, skip, limit, NOT_GIVEN),
            page_size,
        )

    def iter(
        self,
        *,
        run_id: Id | None = None,
        attachment_type: AttachmentType | str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[RunAttachmentResponse]:
        """Every matching attachment, page after page (``async for``); errors raise."""
        return self._runner.aiterate(self._iter(run_id, attachment_type, page_size))

    def iter_sync(
        self,
        *,
        run_id: Id | None = None,
        attachment_type: AttachmentType | str | None = None,
        page_size: int = 100,
    ) -> Iterator[RunAttachmentResponse]:
        """Blocking twin of ``iter``: a plain iterator."""
        return self._runner.iterate(self._iter(run_id, attachment_type, page_size))

    def _get(self, attachment_id: Id, timeout: TimeoutArg) -> Call[RunAttachmentResponse]:
        return Call(
            "run_attachments.get_run_attachment",
            {"attachment_id": as_uuid("attachment_id", attachment_id)},
            timeout=timeout,
        )

    async def get(
        self, attachment_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunAttachmentResponse]:
        """An attachment's metadata: filename, type, size, expiry."""
        return await self._runner.arun(self._get(attachment_id, timeout))

    def get_sync(
        self, attachment_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunAttachmentResponse]:
        """Blocking twin of ``get``."""
        return self._runner.run(self._get(attachment_id, timeout))

    def _create(
        self, data: RunAttachmentCreate | Mapping[str, Any], key: str | None, timeout: TimeoutArg
    ) -> Call[RunAttachmentResponse]:
        body = as_model("data", data, "RunAttachmentCreate")
        return Call(
            "run_attachments.create_run_attachment",
            {"body": body},
            timeout=timeout,
            idempotency_key=key,
        )

    async def create(
        self,
        data: RunAttachmentCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunAttachmentResponse]:
        """Attaches a file to a run."""
        return await self._runner.arun(self._create(data, idempotency_key, timeout))

    def create_sync(
        self,
        data: RunAttachmentCreate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunAttachmentResponse]:
        """Blocking twin of ``create``."""
        return self._runner.run(self._create(data, idempotency_key, timeout))

    def _update(
        self,
        attachment_id: Id,
        data: RunAttachmentUpdate | Mapping[str, Any],
        key: str | None,
        timeout: TimeoutArg,
    ) -> Call[RunAttachmentResponse]:
        args = {
            "attachment_id": as_uuid("attachment_id", attachment_id),
            "body": as_model("data", data, "RunAttachmentUpdate"),
        }
        return Call(
            "run_attachments.update_run_attachment", args, timeout=timeout, idempotency_key=key
        )

    async def update(
        self,
        attachment_id: Id,
        data: RunAttachmentUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunAttachmentResponse]:
        """Changes an attachment's expiry (the only thing the API lets change)."""
        return await self._runner.arun(self._update(attachment_id, data, idempotency_key, timeout))

    def update_sync(
        self,
        attachment_id: Id,
        data: RunAttachmentUpdate | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[RunAttachmentResponse]:
        """Blocking twin of ``update``."""
        return self._runner.run(self._update(attachment_id, data, idempotency_key, timeout))

    def _delete(
        self, attachment_id: Id, key: str | None, timeout: TimeoutArg
    ) -> Call[Acknowledged]:
        args = {"attachment_id": as_uuid("attachment_id", attachment_id)}
        return Call(
            "run_attachments.delete_run_attachment",
            args,
            timeout=timeout,
            idempotency_key=key,
            parse=acknowledged,
        )

    async def delete(
        self,
        attachment_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[Acknowledged]:
        """Deletes an attachment."""
        return await self._runner.arun(self._delete(attachment_id, idempotency_key, timeout))

    def delete_sync(
        self,
        attachment_id: Id,
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[Acknowledged]:
        """Blocking twin of ``delete``."""
        return self._runner.run(self._delete(attachment_id, idempotency_key, timeout))

    # -- contents ---------------------------------------------------------------------------

    def _download(self, attachment_id: Id, timeout: TimeoutArg) -> Call[bytes]:
        args = {"attachment_id": as_uuid("attachment_id", attachment_id)}
        return Call("run_attachments.download_run_attachment", args, parse=_body, timeout=timeout)

    async def download(
        self, attachment_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[bytes]:
        """The file's bytes, in memory; ``save_to_file`` or ``iter_bytes`` suit large files."""
        return await self._runner.arun(self._download(attachment_id, timeout))

    def download_sync(
        self, attachment_id: Id, *, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[bytes]:
        """Blocking twin of ``download``."""
        return self._runner.run(self._download(attachment_id, timeout))

    def _get_download_url(
        self, attachment_id: Id, expires_in: int | None, timeout: TimeoutArg
    ) -> Call[RunAttachmentDownloadUrlResponse]:
        args = {
            "attachment_id": as_uuid("attachment_id", attachment_id),
            **present(
                expires_in=None
                if expires_in is None
                else as_int("expires_in", expires_in, minimum=10, maximum=3600)
            ),
        }
        return Call("run_attachments.get_run_attachment_download_url", args, timeout=timeout)

    async def get_download_url(
        self, attachment_id: Id, *, expires_in: int | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunAttachmentDownloadUrlResponse]:
        """A signed URL to the file, valid ``expires_in`` seconds (10 to 3600, default 300)."""
        return await self._runner.arun(self._get_download_url(attachment_id, expires_in, timeout))

    def get_download_url_sync(
        self, attachment_id: Id, *, expires_in: int | None = None, timeout: TimeoutArg = NOT_GIVEN
    ) -> ApiResponse[RunAttachmentDownloadUrlResponse]:
        """Blocking twin of ``get_download_url``."""
        return self._runner.run(self._get_download_url(attachment_id, expires_in, timeout))

    def _save_to_file(
        self,
        attachment_id: Id,
        output_path: str | os.PathLike[str],
        on_progress: ProgressCallback | None,
    ) -> Flow[ApiResponse[dict[str, Any]]]:
        attachment = as_uuid("attachment_id", attachment_id)
        if not isinstance(output_path, (str, os.PathLike)):
            raise TypeError(f"output_path must be a path, got {type(output_path).__name__}")
        target = Path(output_path)
        if wants_directory(output_path):
            # The server's filename is untrusted: it only ever names a file inside the directory.
            info = yield self._get(attachment, NOT_GIVEN)
            if info.error is not None or not hasattr(info.data, "filename"):
                return api_response(None, info.error, info.status_code)
            target = target / safe_filename(
                getattr(info.data, "filename", None), f"attachment-{attachment}"
            )
        sink = AtomicFileSink(target, on_progress)
        try:
            result = yield Download(self._download(attachment, NOT_GIVEN), sink)
        except BaseException:
            sink.discard()
            raise
        if result.error is not None:
            sink.discard()
            return api_response(None, result.error, result.status_code)
        saved = sink.commit()
        return api_response({"path": str(saved), "size": sink.size}, None, result.status_code)

    async def save_to_file(
        self,
        attachment_id: Id,
        output_path: str | os.PathLike[str] = ".",
        *,
        on_progress: ProgressCallback | None = None,
    ) -> ApiResponse[dict[str, Any]]:
        """Streams the file to disk; ``data`` is ``{'path': ..., 'size': ...}``.

        ``output_path`` is a file path, or a directory (existing, or ending in a slash) in
        which the attachment's own name, sanitized, is used. The file appears only when
        complete; ``on_progress(bytes_so_far, total_or_None)`` follows the transfer.
        """
        return await self._runner.adrive(
            self._save_to_file(attachment_id, output_path, on_progress)
        )

    def save_to_file_sync(
        self,
        attachment_id: Id,
        output_path: str | os.PathLike[str] = ".",
        *,
        on_progress: ProgressCallback | None = None,
    ) -> ApiResponse[dict[str, Any]]:
        """Blocking twin of ``save_to_file``."""
        return self._runner.drive(self._save_to_file(attachment_id, output_path, on_progress))

    async def iter_bytes(
        self,
        attachment_id: Id,
        *,
        chunk_size: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[bytes]:
        """The file's bytes as they arrive (``async for chunk in ...``); errors raise."""
        call = self._download(attachment_id, NOT_GIVEN)
        async with self._runner.astream(call) as response:
            progress = Progress(response.headers.get("Content-Length"), on_progress)
            async for chunk in response.aiter_bytes(_chunk_size(chunk_size)):
                progress.add(len(chunk))
                yield chunk

    def iter_bytes_sync(
        self,
        attachment_id: Id,
        *,
        chunk_size: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[bytes]:
        """Blocking twin of ``iter_bytes``: a plain iterator."""
        call = self._download(attachment_id, NOT_GIVEN)
        with self._runner.stream(call) as response:
            progress = Progress(response.headers.get("Content-Length"), on_progress)
            for chunk in response.iter_bytes(_chunk_size(chunk_size)):
                progress.add(len(chunk))
                yield chunk


__all__: builtins.list[str] = ["RunAttachments"]
