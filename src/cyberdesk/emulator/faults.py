"""Fault injection: scripted answers, error rates, latency and dropped connections.

A rule matches a request by ``route``: ``"*"``, a path (any method) or ``"METHOD path"``,
where the path is either the operation's template (``/v1/runs/{run_id}``) or the concrete
path, with shell-style wildcards. Rules fire with their ``rate`` (drawn from a generator
seeded by the emulator's seed, so a given request sequence always sees the same faults)
and at most ``times`` times when given. Latency, scripted answers and errors happen inside
the idempotency scope, as a slow or failing server would (a scripted 4xx other than 409 and
429 is stored for its key like any answer); ``drop`` closes the connection before the
request is processed, and ``drop_after_commit`` lets the write happen and be recorded for
its key before the connection is dropped.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

FaultKind = Literal["script", "error", "latency", "drop", "drop_after_commit"]
KINDS: tuple[str, ...] = ("script", "error", "latency", "drop", "drop_after_commit")


@dataclass
class Fault:
    """One injection rule. ``body`` is sent as JSON unless it is ``str`` or ``bytes``."""

    kind: FaultKind
    route: str = "*"
    rate: float = 1.0
    times: int | None = None
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    seconds: float = 0.0

    def matches(self, method: str, template: str, path: str) -> bool:
        if self.route == "*":
            return True
        wanted_method, _, wanted_path = self.route.rpartition(" ")
        if wanted_method and wanted_method.upper() != method:
            return False
        return fnmatch.fnmatchcase(template, wanted_path) or fnmatch.fnmatchcase(path, wanted_path)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "route": self.route, "rate": self.rate}
        data["times"] = self.times
        if self.kind in ("script", "error"):
            data.update(status=self.status, headers=dict(self.headers))
        if self.kind == "script":
            data["body"] = self.body if not isinstance(self.body, bytes) else None
        if self.kind == "latency":
            data["seconds"] = self.seconds
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        """Builds a rule from the control endpoint's JSON; raises ValueError on bad input."""
        kind = data.get("kind")
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        route = data.get("route", "*")
        rate = data.get("rate", 1.0)
        times = data.get("times", 1 if kind == "script" else None)
        status = data.get("status", 503)
        seconds = data.get("seconds", 0.0)
        headers = data.get("headers") or {}
        if not isinstance(route, str):
            raise ValueError("route must be a string")
        if not isinstance(rate, (int, float)) or not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be a number between 0 and 1")
        if times is not None and (not isinstance(times, int) or times < 1):
            raise ValueError("times must be a positive integer or null")
        if not isinstance(status, int) or not 100 <= status <= 599:
            raise ValueError("status must be an HTTP status code")
        if not isinstance(seconds, (int, float)) or seconds < 0:
            raise ValueError("seconds must be a non-negative number")
        if not isinstance(headers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise ValueError("headers must map strings to strings")
        return cls(
            kind=kind,
            route=route,
            rate=float(rate),
            times=times,
            status=status,
            headers=headers,
            body=data.get("body"),
            seconds=float(seconds),
        )


@dataclass
class Decision:
    """What to do to one request: at most one edge fault, plus latency."""

    fault: Fault | None = None
    latency: float = 0.0


class Faults:
    """The rules in force for one emulator, and how often each kind fired."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"faults-{seed}")
        self._rules: list[Fault] = []
        self._lock = threading.Lock()
        self.injected: Counter[str] = Counter()

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._rules.append(fault)
        return fault

    def script(
        self,
        route: str,
        *,
        status: int,
        body: Any = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> Fault:
        """Answers the next ``times`` matching requests with this response."""
        return self.add(Fault("script", route, 1.0, times, status, dict(headers or {}), body))

    def error_rate(
        self,
        route: str,
        rate: float,
        *,
        status: int = 503,
        headers: dict[str, str] | None = None,
        times: int | None = None,
    ) -> Fault:
        """Answers a share of matching requests with ``status`` (``{"detail": ...}`` body)."""
        return self.add(Fault("error", route, rate, times, status, dict(headers or {})))

    def latency(
        self, route: str, seconds: float, *, rate: float = 1.0, times: int | None = None
    ) -> Fault:
        """Delays processing of matching requests by ``seconds``."""
        return self.add(Fault("latency", route, rate, times, seconds=seconds))

    def drop(self, route: str, *, rate: float = 1.0, times: int | None = None) -> Fault:
        """Closes the connection mid-response without doing the request."""
        return self.add(Fault("drop", route, rate, times))

    def drop_after_commit(
        self, route: str, *, rate: float = 1.0, times: int | None = None
    ) -> Fault:
        """Does the request (and records its idempotency key), then drops the connection."""
        return self.add(Fault("drop_after_commit", route, rate, times))

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    @property
    def rules(self) -> list[Fault]:
        with self._lock:
            return list(self._rules)

    def decide(self, method: str, template: str, path: str) -> Decision:
        """Draws the faults for one request; counts the ones that fire."""
        decision = Decision()
        with self._lock:
            for rule in list(self._rules):
                if not rule.matches(method, template, path):
                    continue
                if rule.kind != "latency" and decision.fault is not None:
                    continue
                if rule.rate < 1.0 and self._rng.random() >= rule.rate:
                    continue
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times <= 0:
                        self._rules.remove(rule)
                self.injected[rule.kind] += 1
                if rule.kind == "latency":
                    decision.latency += rule.seconds
                else:
                    decision.fault = rule
        return decision

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {kind: self.injected.get(kind, 0) for kind in KINDS}
