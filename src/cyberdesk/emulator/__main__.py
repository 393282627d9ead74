"""``python -m cyberdesk.emulator`` / ``cyberdesk-emulator``: serve an emulator until Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib
import socket
import sys
from collections.abc import Sequence

import uvicorn

from . import state
from .app import quiet_injected_disconnects
from .emulator import Emulator
from .limits import DEFAULT_MAX_BODY_BYTES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cyberdesk-emulator", description="Serve a local, in-memory Cyberdesk API."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--api-key", help="the key clients must send (default: generated)")
    parser.add_argument("--seed", type=int, default=0, help="seed for ids and faults")
    parser.add_argument("--machines", type=int, default=2, help="connected machines to seed")
    parser.add_argument("--webhook-url", action="append", default=[], help="run_complete target")
    parser.add_argument("--webhook-secret", help="whsec_... signing secret (default: generated)")
    parser.add_argument(
        "--start-delay",
        type=float,
        default=state.START_DELAY,
        help="seconds from a machine being assigned to the run running (default: 0.02)",
    )
    parser.add_argument(
        "--duration",
        type=float,
        default=state.DEFAULT_DURATION,
        help="seconds a run runs unless its workflow's behavior says otherwise (default: 0.05)",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        help="larger request bodies answer 413 (default: 10 MiB)",
    )
    return parser


def banner(emu: Emulator, base_url: str) -> str:
    """What a user needs to point a client at the emulator (this is where keys are shown)."""
    lines = [
        f"Cyberdesk emulator listening on {base_url}",
        f"  API key:        {emu.api_key}",
        f"  Webhook secret: {emu.webhook_secret}",
    ]
    if emu.webhooks.urls:
        lines.append(f"  Webhook URLs:   {', '.join(emu.webhooks.urls)}")
    lines.append("  Machines:")
    lines += [f"    {m.name}  {m.id}" for m in emu.machines]
    for pool in emu.pools:
        members = ", ".join(str(m) for m in pool.machine_ids) or "no machines"
        lines.append(f"  Pool: {pool.name}  {pool.id}  ({members})")
    lines.append("Press Ctrl-C to stop.")
    return "\n".join(lines)


def listening_socket(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
    """A bound TCP socket whose accepted connections send small writes at once.

    asyncio switches Nagle's algorithm off only on accepted sockets whose protocol is
    ``IPPROTO_TCP``; a socket made with the default protocol 0 keeps it on, and a response
    written in two parts (head, then body) then waits for the client's delayed ACK, about
    40 ms per keep-alive request. Linux also copies ``TCP_NODELAY`` from the listener.
    """
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    for flag, value in (("--start-delay", args.start_delay), ("--duration", args.duration)):
        if not value >= 0:
            parser.error(f"{flag} must be a number of seconds, 0 or more")
    emu = Emulator(
        api_key=args.api_key,
        seed=args.seed,
        machines=args.machines,
        webhook_url=args.webhook_url,
        webhook_secret=args.webhook_secret,
        max_body_bytes=args.max_body_bytes,
        start_delay=args.start_delay,
        default_duration=args.duration,
    )
    # Binding here lets --port 0 print the port the OS picked.
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    try:
        sock = listening_socket(family, args.host, args.port)
    except OSError as exc:
        print(
            f"cyberdesk-emulator: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 2
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if family == socket.AF_INET6 else args.host
    print(banner(emu, f"http://{host}:{port}"), flush=True)
    quiet_injected_disconnects()
    config = uvicorn.Config(emu.app, log_level="warning", access_log=False, lifespan="on")
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
