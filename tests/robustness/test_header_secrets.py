"""A key or header value with a stray character never reaches an error message."""

from __future__ import annotations

import asyncio
import pickle

import pytest

from cyberdesk import APIConnectionError, CyberdeskClient
from cyberdesk.emulator import Emulator, EmulatorServer

KEY = "cd_live_HDRSECRET_0a1b"
TOKEN = "tok-HDRSECRET-9f9f"


@pytest.mark.parametrize("bad", [KEY + "\n", " " + KEY, KEY[:5] + "\x00" + KEY[5:]])
def test_key_with_whitespace_or_control_character_is_refused_without_echo(bad: str) -> None:
    with pytest.raises(ValueError, match="newline") as info:
        CyberdeskClient(bad, base_url="http://127.0.0.1:9")
    assert "HDRSECRET" not in str(info.value) + repr(info.value)


def test_header_value_h11_refuses_is_not_quoted_in_the_error() -> None:
    emu = Emulator(api_key=KEY, seed=0, machines=1)
    with EmulatorServer(emu) as srv:
        client = CyberdeskClient(KEY, base_url=srv.base_url, headers={"X-Token": TOKEN + "\x0b"})
        sync = client.machines.list_sync()

        async def call() -> object:
            return await client.machines.list()

        results = [sync, asyncio.run(call())]
    for response in results:
        error = response.error  # type: ignore[attr-defined]
        assert isinstance(error, APIConnectionError)
        assert "LocalProtocolError" in str(error)
        for text in (str(error), repr(error), repr(response), repr(pickle.dumps(error))):
            assert "HDRSECRET" not in text
