"""pytest fixtures that run the Cyberdesk emulator.

Registered as a pytest plugin when cyberdesk is installed; the emulator itself (the
``emulator`` extra) is imported only when a test asks for one of these fixtures.

* ``cyberdesk_emulator`` — one running :class:`~cyberdesk.emulator.EmulatorServer` per test
  session (its emulator is ``server.emulator``).
* ``cyberdesk_emulator_function`` — a fresh emulator and server for one test.
* ``cyberdesk_client`` / ``cyberdesk_async_client`` — ``cyberdesk.CyberdeskClient`` pointed at
  the per-test server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from cyberdesk import CyberdeskClient
    from cyberdesk.emulator import EmulatorServer


def _server() -> EmulatorServer:
    try:
        from cyberdesk.emulator import Emulator, EmulatorServer
    except ImportError as exc:
        pytest.skip(f'the Cyberdesk emulator needs pip install "cyberdesk[emulator]" ({exc})')
    return EmulatorServer(Emulator())


def _client(server: EmulatorServer) -> CyberdeskClient:
    from cyberdesk import CyberdeskClient

    return CyberdeskClient(server.emulator.api_key, base_url=server.base_url)


@pytest.fixture(scope="session")
def cyberdesk_emulator() -> Iterator[EmulatorServer]:
    """A running emulator shared by the whole test session."""
    with _server() as server:
        yield server


@pytest.fixture
def cyberdesk_emulator_function() -> Iterator[EmulatorServer]:
    """A running emulator of its own for one test."""
    with _server() as server:
        yield server


@pytest.fixture
def cyberdesk_client(cyberdesk_emulator_function: EmulatorServer) -> Iterator[CyberdeskClient]:
    """A ``CyberdeskClient`` talking to this test's emulator."""
    server = cyberdesk_emulator_function
    client = _client(server)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
async def cyberdesk_async_client(
    cyberdesk_emulator_function: EmulatorServer,
) -> AsyncIterator[CyberdeskClient]:
    """A ``CyberdeskClient`` for async tests (run them with anyio or pytest-asyncio)."""
    server = cyberdesk_emulator_function
    client = _client(server)
    try:
        yield client
    finally:
        await client.aclose()
