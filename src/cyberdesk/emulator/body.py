"""Reading a request body whole, or not at all.

A client that dies, is killed or gives up while sending leaves a cut body. Handled, it
would get a 422 stored under its ``Idempotency-Key``, and the client's retry of the whole
request would meet "reused with a different request". So the edge reads every body before
anything else looks at it, and a body that did not arrive whole (the client disconnected
first, or it ended short of its ``Content-Length``) is never handled.
"""

from __future__ import annotations

from starlette.types import Message, Receive

INCOMPLETE_DETAIL = "Request body ended before its Content-Length"


class BodyTooLarge(Exception):
    """The body passed the cap; raised as soon as it does, so no more than the cap is held."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"Request body is larger than the emulator's limit of {limit} bytes")
        self.limit = limit


class BodyIncomplete(Exception):
    """The body did not arrive whole; ``disconnected`` when the client has gone."""

    def __init__(self, disconnected: bool) -> None:
        super().__init__("client disconnected" if disconnected else INCOMPLETE_DETAIL)
        self.disconnected = disconnected


async def read_body(receive: Receive, limit: int, declared: int | None) -> bytes:
    """The whole body of ``receive``: at most ``limit`` bytes, exactly ``declared`` bytes
    when the request has a ``Content-Length``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise BodyIncomplete(disconnected=True)
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    if declared is not None and size != declared:
        raise BodyIncomplete(disconnected=False)
    return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """``receive`` for the layers inside: ``body`` in one message, then the client's own
    messages (which then can only be its disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed
