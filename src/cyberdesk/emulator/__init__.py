"""A local, stateful emulator of the Cyberdesk API for tests and offline development.

::

    from cyberdesk.emulator import Emulator, EmulatorServer

    emu = Emulator(api_key="cd_test_key", seed=0, machines=2)
    with EmulatorServer(emu) as server:
        ...  # point a client at server.base_url with emu.api_key

Behaviour, where the public documentation leaves a choice open:

* Every operation of openapi.json is served (the route table is read from the generated
  client); bodies are validated against the generated models and errors answer 422 in
  FastAPI's shape, other errors ``{"detail": "..."}``.
* Runs go ``scheduling`` -> ``running`` (20 ms after a machine is assigned) -> terminal
  (50 ms later, or the workflow's ``duration``); workflows with post-run checks spend 20 ms
  in ``running_checks``. Emulator time is the clock plus :meth:`Emulator.advance` offsets,
  and transitions are replayed in order, each at its own instant.
* A run in a session that ends ``error``, ``task_failed`` or ``cancelled`` releases the
  session (and gets ``release_session_after: true``); runs still queued in it are
  cancelled. A run with ``release_session_after`` releases it whatever its status.
* Idempotency: see :mod:`cyberdesk.emulator.idempotency` (keys per API key, fingerprint of
  method, path, query and body, 400 on reuse with another request, 409 ``in_progress``
  with ``Retry-After: 1``, non-5xx answers replayed with ``Idempotency-Replayed: true``,
  kept 24 h; 422s are stored too). A request whose body did not arrive whole is never
  handled (:mod:`cyberdesk.emulator.body`). Faults: see :mod:`cyberdesk.emulator.faults`.
  Control endpoints: see :mod:`cyberdesk.emulator.control`.
* Secrets (sensitive inputs, model-configuration and provider API keys, machine and pool
  sensitive parameters) are write-only: answers show aliases.
* A terminal status is final: a PATCH naming another status on an ended run answers 400
  and stores nothing; naming the status it ended with answers 200.
* Bodies must be strict JSON (no lone surrogates, NaN, Infinity or numbers that overflow;
  at most 128 levels deep: otherwise 422) of at most ``max_body_bytes`` (10 MiB: otherwise
  413), checked before anything is stored; see :mod:`cyberdesk.emulator.limits`.
* Runs are indexed (:mod:`cyberdesk.emulator.run_index`): requests and scheduling ticks
  cost the same however many runs are stored.
* ``is_available`` on machines is computed (connected, idle, not reserved); a PATCH of it
  is accepted and has no effect. ``merge`` folds the source workflow's prompt and schemas
  into the target's versions (and copies trajectories when asked); the source stays.
"""

from __future__ import annotations

from .emulator import Emulator, SeededMachine, SeededPool
from .faults import Fault, Faults
from .server import EmulatorServer
from .state import WorkflowBehavior

__all__ = [
    "Emulator",
    "EmulatorServer",
    "Fault",
    "Faults",
    "SeededMachine",
    "SeededPool",
    "WorkflowBehavior",
]
