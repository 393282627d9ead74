"""save_to_file, download and iter_bytes: streamed, atomic, sanitized."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from cyberdesk import APIConnectionError, NotFoundError
from cyberdesk._download import safe_filename
from tests.helpers import ATTACHMENT_ID, BASE, make_client

pytestmark = pytest.mark.anyio
META = f"/v1/run-attachments/{ATTACHMENT_ID}"
DATA = f"/v1/run-attachments/{ATTACHMENT_ID}/download"


def meta(filename: str) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "id": ATTACHMENT_ID, "filename": filename, "content_type": "text/plain",
            "attachment_type": "output", "size_bytes": 11, "run_id": ATTACHMENT_ID,
            "storage_path": "x", "created_at": "2026-01-01T00:00:00Z",
        },
    )  # fmt: skip


async def save(mode: str, output_path: Any, **kwargs: Any) -> Any:
    client = make_client()
    if mode == "sync":
        return client.run_attachments.save_to_file_sync(
            ATTACHMENT_ID, output_path=output_path, **kwargs
        )
    return await client.run_attachments.save_to_file(
        ATTACHMENT_ID, output_path=output_path, **kwargs
    )


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
async def test_save_into_a_directory_uses_the_sanitized_server_name(
    mode: str, tmp_path: Path
) -> None:
    progress: list[tuple[int, int | None]] = []
    with respx.mock(base_url=BASE) as mock:
        mock.get(META).mock(return_value=meta("../../etc/passwd"))
        mock.get(DATA).mock(return_value=httpx.Response(200, content=b"hello world"))
        response = await save(
            mode, f"{tmp_path}/out/", on_progress=lambda d, t: progress.append((d, t))
        )
    saved = Path(response.data["path"])
    assert saved == tmp_path / "out" / "passwd" and saved.read_bytes() == b"hello world"
    assert response.data["size"] == 11
    assert progress[0] == (0, 11) and progress[-1] == (11, 11)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["passwd"]


@MODES
async def test_save_to_an_explicit_file_path_skips_the_metadata_call(
    mode: str, tmp_path: Path
) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(DATA).mock(return_value=httpx.Response(200, content=b"abc"))
        response = await save(mode, tmp_path / "custom-name.pdf")
    assert response.data == {"path": str(tmp_path / "custom-name.pdf"), "size": 3}


@MODES
async def test_a_failed_download_leaves_nothing_behind(mode: str, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    with respx.mock(base_url=BASE) as mock:
        mock.get(DATA).mock(return_value=httpx.Response(404, json={"detail": "gone"}))
        response = await save(mode, target)
    assert isinstance(response.error, NotFoundError) and response.data is None
    assert list(tmp_path.iterdir()) == []


@MODES
async def test_a_connection_dropped_mid_body_leaves_nothing_behind(
    mode: str, tmp_path: Path
) -> None:
    class Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Any:
            yield b"partial"
            raise httpx.ReadError("connection reset")

        async def __aiter__(self) -> Any:
            yield b"partial"
            raise httpx.ReadError("connection reset")

    with respx.mock(base_url=BASE) as mock:
        mock.get(DATA).mock(return_value=httpx.Response(200, stream=Broken()))
        response = await save(mode, tmp_path / "big.bin")
    assert isinstance(response.error, APIConnectionError)
    assert list(tmp_path.iterdir()) == []


@MODES
async def test_an_existing_file_is_replaced_only_when_the_new_one_is_complete(
    mode: str, tmp_path: Path
) -> None:
    target = tmp_path / "keep.txt"
    target.write_bytes(b"previous")
    with respx.mock(base_url=BASE) as mock:
        mock.get(DATA).mock(return_value=httpx.Response(500))
        await save(mode, target)
        assert target.read_bytes() == b"previous"
        mock.get(DATA).mock(return_value=httpx.Response(200, content=b"new"))
        await save(mode, target)
    assert target.read_bytes() == b"new"


@MODES
async def test_download_returns_bytes_and_iter_bytes_streams_chunks(mode: str) -> None:
    body = bytes(range(256)) * 1000
    progress: list[int] = []
    with respx.mock(base_url=BASE) as mock:
        mock.get(DATA).mock(return_value=httpx.Response(200, content=body))
        client = make_client()
        if mode == "sync":
            whole = client.run_attachments.download_sync(ATTACHMENT_ID).data
            chunks = list(
                client.run_attachments.iter_bytes_sync(
                    ATTACHMENT_ID, chunk_size=10_000, on_progress=lambda d, t: progress.append(d)
                )
            )
        else:
            whole = (await client.run_attachments.download(ATTACHMENT_ID)).data
            chunks = [
                c
                async for c in client.run_attachments.iter_bytes(
                    ATTACHMENT_ID, chunk_size=10_000, on_progress=lambda d, t: progress.append(d)
                )
            ]
    assert whole == body and b"".join(chunks) == body
    assert max(len(c) for c in chunks) <= 10_000 and progress[-1] == len(body)


async def test_iter_bytes_raises_the_http_error() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get(DATA).mock(return_value=httpx.Response(404, json={"detail": "gone"}))
        with pytest.raises(NotFoundError):
            list(make_client().run_attachments.iter_bytes_sync(ATTACHMENT_ID))


@pytest.mark.parametrize(
    "hostile, expected",
    [
        ("../../etc/passwd", "passwd"),
        ("/absolute/path.txt", "path.txt"),
        ("C:\\Windows\\system32\\evil.dll", "evil.dll"),
        ("..", "fallback"),
        ("", "fallback"),
        (None, "fallback"),
        (".hidden", "hidden"),
        ("CON.txt", "fallback"),
        ("a\x00b\nc.txt", "a_b_c.txt"),
        ("report:2026?.pdf", "report_2026_.pdf"),
    ],
)
def test_safe_filename_keeps_files_inside_the_directory(hostile: str | None, expected: str) -> None:
    assert safe_filename(hostile, "fallback") == expected


def test_safe_filename_caps_length_and_keeps_the_extension() -> None:
    name = safe_filename("x" * 1000 + ".pdf", "f")
    assert name.endswith(".pdf") and len(name.encode()) <= 200
