"""EmulatorServer on a real socket, and the console command."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from cyberdesk.emulator import Emulator, EmulatorServer
from cyberdesk.emulator.__main__ import banner, listening_socket, main


def test_server_serves_and_ticks_in_the_background() -> None:
    emu = Emulator(api_key="cd_test_key")
    with EmulatorServer(emu, port=0) as server:
        headers = {"Authorization": "Bearer cd_test_key"}
        with httpx.Client(base_url=server.base_url, headers=headers) as http:
            workflow = http.post("/v1/workflows", json={"main_prompt": "p"}).json()
            run = http.post("/v1/runs", json={"workflow_id": workflow["id"]}).json()
            deadline = time.monotonic() + 5
            while http.get(f"/v1/runs/{run['id']}").json()["status"] != "success":
                assert time.monotonic() < deadline
                time.sleep(0.02)
    assert "cd_test_key" not in repr(server) and "cd_test_key" not in repr(emu)


def test_banner_lists_what_a_user_needs() -> None:
    emu = Emulator(api_key="cd_banner_key", machines=3, webhook_secret="whsec_" + "A" * 32)
    text = banner(emu, "http://127.0.0.1:9999")
    assert "http://127.0.0.1:9999" in text and "cd_banner_key" in text and "whsec_" in text
    for machine in emu.machines:
        assert machine.name in text and str(machine.id) in text
    assert str(emu.pools[0].id) in text


def test_console_command_prints_url_and_exits_on_ctrl_c() -> None:
    command = [sys.executable, "-m", "cyberdesk.emulator", "--port", "0", "--api-key", "cd_cli"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Cyberdesk emulator listening on http://127.0.0.1:")
        base_url = first.rsplit(" ", 1)[1].strip()
        lines = [process.stdout.readline() for _ in range(6)]
        assert any("cd_cli" in line for line in lines)
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.get(
                    f"{base_url}/v1/health", headers={"Authorization": "Bearer cd_cli"}
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert response.status_code == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_command_refuses_negative_timings(capsys: pytest.CaptureFixture[str]) -> None:
    for flag in ("--start-delay", "--duration"):
        with pytest.raises(SystemExit) as exited:
            main([flag, "-1"])
        assert exited.value.code == 2 and flag in capsys.readouterr().err


def test_the_commands_socket_hands_out_connections_without_nagle() -> None:
    async def accepted_nodelay() -> int:
        sock = listening_socket(socket.AF_INET, "127.0.0.1", 0)
        seen: asyncio.Queue[int] = asyncio.Queue()

        async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            accepted = writer.get_extra_info("socket")
            seen.put_nowait(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(on_connect, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection(*sock.getsockname())
            value = await asyncio.wait_for(seen.get(), 5)
            writer.close()
        return value

    assert asyncio.run(accepted_nodelay()) != 0


def test_the_command_serves_keep_alive_requests_and_ends_runs_at_once() -> None:
    # The latency itself (Nagle meeting delayed ACKs cost ~40 ms a request) is a figure of
    # benchmarks/emulator_bench.py; the socket option behind it is checked above.
    command = [sys.executable, "-m", "cyberdesk.emulator", "--port", "0", "--api-key", "cd_cli"]
    command += ["--start-delay", "0", "--duration", "0"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().rsplit(" ", 1)[1].strip()
        headers = {"Authorization": "Bearer cd_cli"}
        with httpx.Client(base_url=base_url, headers=headers) as http:
            deadline = time.monotonic() + 10
            while True:
                try:
                    http.get("/v1/machines")
                    break
                except httpx.ConnectError:
                    assert time.monotonic() < deadline
                    time.sleep(0.05)
            for _ in range(30):
                assert http.get("/v1/machines").status_code == 200
            workflow = http.post("/v1/workflows", json={"main_prompt": "p"}).json()
            run = http.post("/v1/runs", json={"workflow_id": workflow["id"]}).json()
            while http.get(f"/v1/runs/{run['id']}").json()["status"] != "success":
                assert time.monotonic() < deadline + 5  # a zero-time executor ends it at once
                time.sleep(0.01)
    finally:
        process.kill()
        process.wait()
