"""client.usage: what the organisation ran and spent, over a date range."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._call import NOT_GIVEN, Call, TimeoutArg
from .._coerce import as_datetime, as_enum, as_int, model_class
from .._pagination import pages
from .._response import ApiResponse
from ._base import Resource, present

if TYPE_CHECKING:
    from ..client.models import (
        PaginatedResponseRunLlmCostTotalResponse,
        RunLlmCostTotalResponse,
        UsageAggregateResponse,
        UsageMode,
    )


def _range(from_date: datetime | str | None, to_date: datetime | str | None) -> dict[str, Any]:
    """The date range as aware datetimes (naive means UTC); the start must not follow the end."""
    dates = present(
        from_date=None if from_date is None else as_datetime("from_date", from_date),
        to_date=None if to_date is None else as_datetime("to_date", to_date),
    )
    if len(dates) == 2 and dates["from_date"] > dates["to_date"]:
        raise ValueError(
            f"from_date ({dates['from_date'].isoformat()}) is after "
            f"to_date ({dates['to_date'].isoformat()})"
        )
    return dates


class Usage(Resource):
    """Usage: runs and steps counted for billing, and language-model costs."""

    def _aggregate(
        self,
        from_date: datetime | str,
        to_date: datetime | str,
        mode: UsageMode | str | None,
        timeout: TimeoutArg,
    ) -> Call[UsageAggregateResponse]:
        query = {
            **_range(as_datetime("from_date", from_date), as_datetime("to_date", to_date)),
            **present(
                mode=None if mode is None else as_enum("mode", mode, model_class("UsageMode"))
            ),
        }
        return Call("usage.get_usage_aggregate", query, timeout=timeout)

    async def aggregate(
        self,
        *,
        from_date: datetime | str,
        to_date: datetime | str,
        mode: UsageMode | str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[UsageAggregateResponse]:
        """Runs and agentic/cached steps between two dates (naive means UTC), by ``mode``."""
        return await self._runner.arun(self._aggregate(from_date, to_date, mode, timeout))

    def aggregate_sync(
        self,
        *,
        from_date: datetime | str,
        to_date: datetime | str,
        mode: UsageMode | str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[UsageAggregateResponse]:
        """Blocking twin of ``aggregate``."""
        return self._runner.run(self._aggregate(from_date, to_date, mode, timeout))

    def _list_llm_costs(
        self,
        skip: int | None,
        limit: int | None,
        from_date: datetime | str | None,
        to_date: datetime | str | None,
        timeout: TimeoutArg,
    ) -> Call[PaginatedResponseRunLlmCostTotalResponse]:
        query = {
            **_range(from_date, to_date),
            **present(
                skip=None if skip is None else as_int("skip", skip, minimum=0),
                limit=None if limit is None else as_int("limit", limit, minimum=1, maximum=1000),
            ),
        }
        return Call("usage.list_llm_costs", query, timeout=timeout)

    async def list_llm_costs(
        self,
        *,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseRunLlmCostTotalResponse]:
        """One page of language-model costs per run, optionally between two dates."""
        return await self._runner.arun(
            self._list_llm_costs(skip, limit, from_date, to_date, timeout)
        )

    def list_llm_costs_sync(
        self,
        *,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ApiResponse[PaginatedResponseRunLlmCostTotalResponse]:
        """Blocking twin of ``list_llm_costs``."""
        return self._runner.run(self._list_llm_costs(skip, limit, from_date, to_date, timeout))

    def _iter_llm_costs(
        self, page_size: int, from_date: datetime | str | None, to_date: datetime | str | None
    ) -> Any:
        return pages(
            lambda skip, limit: self._list_llm_costs(skip, limit, from_date, to_date, NOT_GIVEN),
            page_size,
        )

    def iter_llm_costs(
        self,
        *,
        page_size: int = 100,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
    ) -> AsyncIterator[RunLlmCostTotalResponse]:
        """Every run's language-model costs, page after page (``async for``); errors raise."""
        return self._runner.aiterate(self._iter_llm_costs(page_size, from_date, to_date))

    def iter_llm_costs_sync(
        self,
        *,
        page_size: int = 100,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
    ) -> Iterator[RunLlmCostTotalResponse]:
        """Blocking twin of ``iter_llm_costs``: a plain iterator."""
        return self._runner.iterate(self._iter_llm_costs(page_size, from_date, to_date))
