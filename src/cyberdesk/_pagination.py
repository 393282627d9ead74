"""skip/limit paging as a flow: yields page calls, hands out items, stops at ``total``."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from ._call import Call
from ._response import ApiResponse


def pages(
    make_call: Callable[[int, int], Call[Any]], page_size: int
) -> Generator[Any, ApiResponse[Any] | None, None]:
    """Items of every page: ``make_call(skip, limit)`` builds each page's request.

    A failed page raises its error: an iterator has no ApiResponse to put it in.
    """
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, got {page_size}")
    skip = 0
    while True:
        response = yield make_call(skip, page_size)
        assert response is not None
        if response.error is not None:
            raise response.error
        page = response.unwrap()
        items = list(page.items)
        yield from items
        skip += len(items)
        if not items or skip >= page.total:
            return
