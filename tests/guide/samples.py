"""The Python code samples of the Python SDK guide, and how the tests run them.

* :func:`extract_blocks` reads every ```python fence of the guide (markdown with MDX
  ``<Tab>``/``<Accordion>``/``<Step>`` wrappers, fences often indented) and names each one
  after where it stands: ``heading[/accordion-or-step][/tab][-n]``.
* :func:`substitute` replaces quoted placeholder ids and keys (``'workflow-uuid'``,
  ``'YOUR_API_KEY'``, ...) by real ones. It is the only change made to a sample's text,
  except for the few documented-error samples whose missing value a test supplies, and it
  fails when a placeholder is not found, so a changed guide is noticed.
* :func:`run_sample` executes a sample in a namespace of its own: top-level ``await`` is
  run with ``asyncio.run``, the value of a final bare expression is kept (as Jupyter shows
  it), stdout is captured, and ``import time`` / ``import asyncio`` give modules whose
  ``sleep`` advances the emulator's manual clock instead of waiting.
"""

from __future__ import annotations

import ast
import asyncio
import builtins
import contextlib
import inspect
import io
import re
import textwrap
import time
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GUIDE_PATH = Path(__file__).with_name("python_sdk_guide.md")
"""A copy of the guide (docs.cyberdesk.io, "Python SDK"); CYBERDESK_GUIDE_PATH overrides it."""

_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w+-]*)")
_HEADING = re.compile(r"^(#{1,6})\s+(?P<title>.+?)\s*$")
_CONTAINER_OPEN = re.compile(r"^\s*<(?P<tag>Tab|Accordion|Step)\s+title=\"(?P<title>[^\"]*)\"")
_CONTAINER_CLOSE = re.compile(r"^\s*</(?P<tag>Tab|Accordion|Step)>")


@dataclass(frozen=True)
class Block:
    """One ```python fence of the guide."""

    id: str
    code: str
    line: int
    """1-based line of the opening fence."""
    heading: str
    container: str | None
    """The enclosing ``<Accordion>`` or ``<Step>`` title, if any."""
    tab: str | None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("\\", "")).strip("-")


def extract_blocks(text: str) -> list[Block]:
    """Every ```python block of ``text``, in order, with a stable id."""
    heading = ""
    open_tags: dict[str, str | None] = {"Tab": None, "Accordion": None, "Step": None}
    found: list[tuple[str, str, int, str, str | None, str | None]] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        fence = _FENCE_OPEN.match(line)
        if fence:
            start = index
            indent = fence.group("indent")
            body: list[str] = []
            index += 1
            while index < len(lines) and lines[index].strip() != "```":
                raw = lines[index]
                body.append(raw[len(indent) :] if raw.startswith(indent) else raw.lstrip())
                index += 1
            if fence.group("lang") == "python":
                container = open_tags["Accordion"] or open_tags["Step"]
                key = "/".join(_slug(p) for p in (heading, container, open_tags["Tab"]) if p)
                code = textwrap.dedent("\n".join(body)).strip("\n") + "\n"
                found.append((key, code, start + 1, heading, container, open_tags["Tab"]))
            index += 1
            continue
        if heading_match := _HEADING.match(line):
            heading = heading_match.group("title")
        elif opened := _CONTAINER_OPEN.match(line):
            open_tags[opened.group("tag")] = opened.group("title")
        elif closed := _CONTAINER_CLOSE.match(line):
            open_tags[closed.group("tag")] = None
        index += 1
    totals: dict[str, int] = {}
    for key, *_ in found:
        totals[key] = totals.get(key, 0) + 1
    seen: dict[str, int] = {}
    blocks = []
    for key, code, line_no, head, container, tab in found:
        seen[key] = seen.get(key, 0) + 1
        block_id = key if totals[key] == 1 else f"{key}-{seen[key]}"
        blocks.append(Block(block_id, code, line_no, head, container, tab))
    return blocks


# -- substitution -----------------------------------------------------------------------


def _constant(text: str) -> Callable[[re.Match[str]], str]:
    return lambda _match: text


def substitute(code: str, replacements: Mapping[str, Any]) -> str:
    """``code`` with each quoted placeholder (``'x'`` or ``"x"``, every occurrence) replaced
    by its real value, quoted. A key written ``<<text>>`` replaces that exact source text by
    the value as given (for the two elisions, and for supplying the value a documented-error
    sample leaves out). Replacements apply in order.

    Raises ``LookupError`` when a placeholder does not occur: the guide changed.
    """
    for placeholder, value in replacements.items():
        if placeholder.startswith("<<") and placeholder.endswith(">>"):
            raw = placeholder[2:-2]
            if raw not in code:
                raise LookupError(f"source {raw!r} is not in the sample")
            code = code.replace(raw, str(value))
            continue
        pattern = re.compile(r"""(['"])""" + re.escape(placeholder) + r"\1")
        code, count = pattern.subn(_constant(repr(str(value))), code)
        if count == 0:
            raise LookupError(f"placeholder {placeholder!r} is not in the sample")
    return code


# -- fake sleeping --------------------------------------------------------------------

_REAL_ASYNCIO_SLEEP = asyncio.sleep


class _ModuleProxy(types.ModuleType):
    """A module that is ``real`` except for the attributes given."""

    def __init__(self, real: types.ModuleType, **overrides: Any) -> None:
        super().__init__(real.__name__, real.__doc__)
        self.__dict__.update(overrides)
        self.__dict__["_real"] = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["_real"], name)


@dataclass
class SleepClock:
    """Sleeps that move emulator time (``advance``) instead of waiting."""

    advance: Callable[[float], None]
    limit: float = 3600.0
    """Emulator seconds a sample may sleep in total: a polling loop that never ends fails."""
    slept: list[float] = field(default_factory=list)

    def _take(self, seconds: float) -> None:
        self.slept.append(float(seconds))
        if sum(self.slept) > self.limit:
            raise RuntimeError(f"the sample slept more than {self.limit} s: a loop never ends")
        self.advance(float(seconds))

    def sleep(self, seconds: float) -> None:
        self._take(seconds)

    async def asleep(self, seconds: float, result: Any = None) -> Any:
        self._take(seconds)
        await _REAL_ASYNCIO_SLEEP(0)  # still yield to the loop, as a real sleep does
        return result

    def modules(self) -> dict[str, types.ModuleType]:
        return {
            "time": _ModuleProxy(time, sleep=self.sleep),
            "asyncio": _ModuleProxy(asyncio, sleep=self.asleep),
        }


def sample_builtins(modules: Mapping[str, types.ModuleType]) -> dict[str, Any]:
    """Builtins whose ``__import__`` hands out ``modules`` (by top-level name)."""
    real_import = builtins.__import__

    def guided_import(
        name: str,
        globals: Any = None,
        locals: Any = None,
        fromlist: Any = (),
        level: int = 0,
    ) -> Any:
        if level == 0 and name in modules:
            return modules[name]
        return real_import(name, globals, locals, fromlist, level)

    return {**builtins.__dict__, "__import__": guided_import}


# -- running --------------------------------------------------------------------------

LAST_VALUE = "__sample_value__"


@dataclass
class Outcome:
    namespace: dict[str, Any]
    stdout: str
    value: Any
    """The value of the sample's final bare expression (what a notebook would display)."""


def _compile(code: str, filename: str) -> types.CodeType:
    tree = ast.parse(code, filename)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        tree.body[-1] = ast.copy_location(
            ast.Assign(targets=[ast.Name(LAST_VALUE, ast.Store())], value=last.value), last
        )
        ast.fix_missing_locations(tree)
    compiled: types.CodeType = compile(
        tree, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True
    )
    return compiled


def run_sample(code: str, namespace: dict[str, Any], *, filename: str = "<sample>") -> Outcome:
    """Executes ``code`` in ``namespace`` (top-level ``await`` through ``asyncio.run``).

    Whatever the sample raises propagates; its stdout so far is attached to the exception
    as ``sample_stdout``.
    """
    compiled = _compile(code, filename)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            if compiled.co_flags & inspect.CO_COROUTINE:
                asyncio.run(eval(compiled, namespace))
            else:
                exec(compiled, namespace)
    except BaseException as exc:
        exc.sample_stdout = out.getvalue()  # type: ignore[attr-defined]
        raise
    return Outcome(namespace, out.getvalue(), namespace.pop(LAST_VALUE, None))


def definitions(code: str, *names: str) -> str:
    """The imports and the named top-level functions of ``code`` (not its usage lines)."""
    tree = ast.parse(code)
    wanted = [
        node
        for node in tree.body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        or (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in names)
    ]
    missing = set(names) - {getattr(n, "name", None) for n in wanted}
    if missing:
        raise LookupError(f"the sample defines no {', '.join(sorted(missing))}")
    return "\n\n".join(ast.get_source_segment(code, node) or "" for node in wanted) + "\n"
