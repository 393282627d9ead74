"""client.usage: what the organisation ran and spent, over a date range."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._call import Call
from .._coerce import as_datetime
from .._operation import Pages, iterator, operation, paged
from .._options import RequestOptions
from ._base import Resource, enum_of, page, present

if TYPE_CHECKING:
    from typing_extensions import Unpack

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

    @operation
    def aggregate(
        self,
        *,
        from_date: datetime | str,
        to_date: datetime | str,
        mode: UsageMode | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[UsageAggregateResponse]:
        """Runs and agentic/cached steps between two dates (naive means UTC), by ``mode``."""
        query = {
            **_range(as_datetime("from_date", from_date), as_datetime("to_date", to_date)),
            **present(mode=enum_of("mode", mode, "UsageMode")),
        }
        return Call("usage.get_usage_aggregate", query, options=options)

    @operation
    def list_llm_costs(
        self,
        *,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        skip: int | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PaginatedResponseRunLlmCostTotalResponse]:
        """One page of language-model costs per run, optionally between two dates."""
        query = {**_range(from_date, to_date), **page(skip, limit)}
        return Call("usage.list_llm_costs", query, options=options)

    @iterator
    def iter_llm_costs(
        self,
        *,
        page_size: int = 100,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pages[RunLlmCostTotalResponse]:
        """Every run's language-model costs, page after page (``async for``); errors raise."""
        return paged(
            self.list_llm_costs, page_size, from_date=from_date, to_date=to_date, **options
        )

    # The blocking twins, each with its original's signature and docstring.
    aggregate_sync = aggregate.sync
    list_llm_costs_sync = list_llm_costs.sync
    iter_llm_costs_sync = iter_llm_costs.sync
