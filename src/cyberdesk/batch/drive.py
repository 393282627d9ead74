"""Carrying out a batch flow: blocking (``batch_sync``) or in the event loop (``batch``)."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Generator
from typing import TYPE_CHECKING, Any, cast

from .._call import Gather, Runner, Sleep
from .engine import pushes_back
from .results import BatchResult

if TYPE_CHECKING:
    from .._http import HttpState
    from .._response import ApiResponse
    from .._retry import RetryConfig
    from .engine import BatchFlow


class _SingleAttempt:
    """The client's HTTP state with per-call retries off; everything else is shared.

    The batch retries rows itself (same idempotency key) and pauses all of them at once on
    a 429, so a call must not sit out a ``Retry-After`` of its own.
    """

    def __init__(self, http: HttpState) -> None:
        self._http = http
        self.retry: RetryConfig = dataclasses.replace(http.retry, max_retries=0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._http, name)


def single_attempt_runner(runner: Runner) -> tuple[Runner, RetryConfig]:
    """A runner over the same connection pools that makes one attempt per call."""
    http: HttpState = runner._http
    return Runner(cast("HttpState", _SingleAttempt(http))), http.retry


def _one_by_one(runner: Runner, gather: Gather) -> list[ApiResponse[Any] | None]:
    # Sent one after another: once the API pushes back, the rest wait for the shared pause
    # (None: not sent) instead of going out after the push-back.
    answers: list[ApiResponse[Any] | None] = []
    held = False
    for call in gather.calls:
        answer = None if held else runner.run(call)
        held = held or (answer is not None and pushes_back(answer))
        answers.append(answer)
    return answers


def drive(runner: Runner, flow: BatchFlow) -> Generator[BatchResult, None, None]:
    """Runs the flow, blocking; yields each result as it comes."""
    once, retry = single_attempt_runner(runner)
    try:
        step = next(flow)
        while True:
            if isinstance(step, Sleep):
                retry.sleep(step.seconds)
                step = flow.send(None)
            elif isinstance(step, Gather):
                step = flow.send(_one_by_one(once, step))
            else:
                yield step
                step = next(flow)
    except StopIteration:
        return
    finally:
        flow.close()  # journal closed whether the batch ended, failed or was abandoned


async def adrive(runner: Runner, flow: BatchFlow) -> AsyncIterator[BatchResult]:
    """Runs the flow in the event loop, each round's calls at once; yields each result."""
    once, retry = single_attempt_runner(runner)
    try:
        step = next(flow)
        while True:
            if isinstance(step, Sleep):
                await retry.async_sleep(step.seconds)
                step = flow.send(None)
            elif isinstance(step, Gather):
                import asyncio  # here: `import cyberdesk` and sync calls need no event loop

                answers = await asyncio.gather(*(once.arun(call) for call in step.calls))
                step = flow.send(list(answers))
            else:
                yield step
                step = next(flow)
    except StopIteration:
        return
    finally:
        flow.close()
