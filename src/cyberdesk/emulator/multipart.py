"""multipart/form-data parsing with the standard library (no python-multipart needed)."""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP

from .context import UploadedFile
from .limits import clean_text


def parse_form(content_type: str, body: bytes) -> dict[str, UploadedFile] | None:
    """The parts of a form by field name, or None when the body is not multipart."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message: Message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        return None
    parts: dict[str, UploadedFile] = {}
    for part in message.iter_parts() if hasattr(message, "iter_parts") else []:
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        # The parser keeps undecodable header bytes as surrogates, which JSON cannot carry.
        filename = clean_text(part.get_filename() or name)
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        parts[clean_text(name)] = UploadedFile(filename, clean_text(part.get_content_type()), data)
    return parts
