"""client.run_attachments: a run's input and output files."""

from __future__ import annotations

import builtins
import os
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._call import Call, Download, Flow
from .._coerce import as_int, as_model, as_uuid
from .._download import AtomicFileSink, Progress, ProgressCallback, safe_filename, wants_directory
from .._operation import Pages, call_of, flow, iterator, operation, paged
from .._options import RequestOptions, WriteOptions
from .._response import Acknowledged, ApiResponse, acknowledged, api_response
from ._base import Id, Resource, checked, enum_of, ids, int_in, page, present, with_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..client.models import (
        AttachmentType,
        PaginatedResponseRunAttachmentResponse,
        RunAttachmentCreate,
        RunAttachmentDownloadUrlResponse,
        RunAttachmentResponse,
        RunAttachmentUpdate,
    )


def _chunk_size(value: int | None) -> int | None:
    # None hands on chunks as they arrive: re-chunking copies every byte again.
    return None if value is None else as_int("chunk_size", value, minimum=1)


def _body(response: Any) -> bytes:
    content: bytes = response.content
    return content


class RunAttachments(Resource):
    """Files attached to runs: inputs sent with a run, outputs a run produced."""

    @operation
    def list(
        self,
        *,
        run_id: Id | None = None,
        attachment_type: AttachmentType | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponseRunAttachmentResponse]:
        """One page of attachments, optionally of one run and one type (input/output)."""
        query = present(
            run_id=checked(as_uuid, "run_id", run_id),
            attachment_type=enum_of("attachment_type", attachment_type, "AttachmentType"),
            **page(skip, limit),
        )
        return Call("run_attachments.list_run_attachments", query, options=options)

    @iterator
    def iter(
        self,
        *,
        run_id: Id | None = None,
        attachment_type: AttachmentType | str | None = None,
        page_size: int = 100,
        **options: Unpack[RequestOptions],
    ) -> Pages[RunAttachmentResponse]:
        """Every matching attachment, page after page (``async for``); errors raise."""
        return paged(
            self.list, page_size, run_id=run_id, attachment_type=attachment_type, **options
        )

    @operation
    def get(
        self, attachment_id: Id, **options: Unpack[RequestOptions]
    ) -> Call[RunAttachmentResponse]:
        """An attachment's metadata: filename, type, size, expiry."""
        args = ids(attachment_id=attachment_id)
        return Call("run_attachments.get_run_attachment", args, options=options)

    @operation
    def create(
        self, data: RunAttachmentCreate | Mapping[str, Any], **options: Unpack[WriteOptions]
    ) -> Call[RunAttachmentResponse]:
        """Attaches a file to a run."""
        body = as_model("data", data, "RunAttachmentCreate")
        return Call("run_attachments.create_run_attachment", {"body": body}, options=options)

    @operation
    def update(
        self,
        attachment_id: Id,
        data: RunAttachmentUpdate | Mapping[str, Any],
        **options: Unpack[WriteOptions],
    ) -> Call[RunAttachmentResponse]:
        """Changes an attachment's expiry (the only thing the API lets change)."""
        args = with_body("RunAttachmentUpdate", data, attachment_id=attachment_id)
        return Call("run_attachments.update_run_attachment", args, options=options)

    @operation
    def delete(self, attachment_id: Id, **options: Unpack[WriteOptions]) -> Call[Acknowledged]:
        """Deletes an attachment."""
        args = ids(attachment_id=attachment_id)
        return Call(
            "run_attachments.delete_run_attachment", args, parse=acknowledged, options=options
        )

    # -- contents ---------------------------------------------------------------------------
    @operation
    def download(self, attachment_id: Id, **options: Unpack[RequestOptions]) -> Call[bytes]:
        """The file's bytes, in memory; ``save_to_file`` or ``iter_bytes`` suit large files."""
        args = ids(attachment_id=attachment_id)
        return Call("run_attachments.download_run_attachment", args, parse=_body, options=options)

    @operation
    def get_download_url(
        self, attachment_id: Id, *, expires_in: int | None = None, **options: Unpack[RequestOptions]
    ) -> Call[RunAttachmentDownloadUrlResponse]:
        """A signed URL to the file, valid ``expires_in`` seconds (10 to 3600, default 300)."""
        expires = int_in("expires_in", expires_in, 10, 3600)
        args = {**ids(attachment_id=attachment_id), **present(expires_in=expires)}
        return Call("run_attachments.get_run_attachment_download_url", args, options=options)

    @flow
    def save_to_file(
        self,
        attachment_id: Id,
        output_path: str | os.PathLike[str] = ".",
        *,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> Flow[ApiResponse[dict[str, Any]]]:
        """Streams the file to disk; ``data`` is ``{'path': ..., 'size': ...}``.

        ``output_path`` is a file path, or a directory (existing, or ending in a slash) in
        which the attachment's own name, sanitized, is used. The file appears only when
        complete; ``on_progress(bytes_so_far, total_or_None)`` follows the transfer.
        """
        attachment = as_uuid("attachment_id", attachment_id)
        if not isinstance(output_path, (str, os.PathLike)):
            raise TypeError(f"output_path must be a path, got {type(output_path).__name__}")
        target = Path(output_path)
        if wants_directory(output_path):
            # The server's filename is untrusted: it only ever names a file inside the directory.
            info = yield call_of(self.get, attachment, **options)
            if info.error is not None or not hasattr(info.data, "filename"):
                return api_response(None, info.error, info.status_code)
            target = target / safe_filename(
                getattr(info.data, "filename", None), f"attachment-{attachment}"
            )
        sink = AtomicFileSink(target, on_progress)
        try:
            result = yield Download(call_of(self.download, attachment, **options), sink)
        except BaseException:
            sink.discard()
            raise
        if result.error is not None:
            sink.discard()
            return api_response(None, result.error, result.status_code)
        saved = sink.commit()
        return api_response({"path": str(saved), "size": sink.size}, None, result.status_code)

    async def iter_bytes(
        self,
        attachment_id: Id,
        *,
        chunk_size: int | None = None,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[bytes]:
        """The file's bytes as they arrive (``async for chunk in ...``); errors raise."""
        call = call_of(self.download, attachment_id, **options)
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
        **options: Unpack[RequestOptions],
    ) -> Iterator[bytes]:
        """Blocking twin of ``iter_bytes``: a plain iterator."""
        call = call_of(self.download, attachment_id, **options)
        with self._runner.stream(call) as response:
            progress = Progress(response.headers.get("Content-Length"), on_progress)
            for chunk in response.iter_bytes(_chunk_size(chunk_size)):
                progress.add(len(chunk))
                yield chunk

    # The blocking twins, each with its original's signature and docstring.
    list_sync = list.sync
    iter_sync = iter.sync
    get_sync = get.sync
    create_sync = create.sync
    update_sync = update.sync
    delete_sync = delete.sync
    download_sync = download.sync
    get_download_url_sync = get_download_url.sync
    save_to_file_sync = save_to_file.sync


__all__: builtins.list[str] = ["RunAttachments"]
