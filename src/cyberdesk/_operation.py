"""One declaration per operation; its async and blocking forms are derived from it.

An operation is a method that checks its arguments and returns the ``Call`` it makes::

    class Runs(Resource):
        @operation
        def get(self, run_id: Id, **options: Unpack[RequestOptions]) -> Call[RunResponse]:
            \"\"\"One run.\"\"\"
            return Call("runs.get_run", {"run_id": as_uuid("run_id", run_id)}, options=options)

        get_sync = get.sync

``client.runs.get`` is then a coroutine function and ``client.runs.get_sync`` a plain one,
both with that signature (``self`` dropped, the options spelled out for ``help()`` and
completion), and both returning ``ApiResponse[RunResponse]``; type checkers see the same
through ``ParamSpec``. ``flow`` derives the two forms of multi-step work (a generator of
steps the runner drives) and ``iterator`` those of paging (``AsyncIterator``/``Iterator``);
``generator`` is an ``iterator`` whose blocking form is typed as the generator it is.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator
from types import MethodType
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from ._call import NOT_GIVEN, Call, Flow, Gather, Runner, Sleep
from ._options import OPTION_SETS, RequestOptions, WriteOptions
from ._pagination import pages
from ._response import ApiResponse


class HasRunner(Protocol):
    _runner: Runner


Owner = TypeVar("Owner", bound=HasRunner)
P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")
I = TypeVar("I")  # noqa: E741
Pages = Generator[Call[Any] | Gather | Sleep | I, Any, None]
"""What an ``iterator`` declaration returns: steps to run (page calls), and items to hand out."""

# Shown in help() as the TypedDicts spell them.
_OPTION_ANNOTATIONS = {
    name: getattr(
        WriteOptions.__annotations__[name], "__forward_arg__", WriteOptions.__annotations__[name]
    )
    for name in ("idempotency_key", *RequestOptions.__annotations__)
}


class Form(Generic[Owner, P, R]):
    """One callable form of a declaration: a function on the class, a bound one per instance.

    The bound method is cached on the instance, so repeated ``client.runs.get`` is a plain
    attribute read.
    """

    def __init__(self, function: Callable[..., Any], name: str):
        self.function = function
        self.expected = name

    def __set_name__(self, owner: type[Any], name: str) -> None:
        if name != self.expected:  # forms are found by name: `get_sync = get.sync`
            raise TypeError(f"{owner.__name__}.{name} must be named {self.expected}")
        self.function.__qualname__ = f"{owner.__qualname__}.{name}"

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Callable[Concatenate[Owner, P], R]: ...

    @overload
    def __get__(self, instance: Owner, owner: type[Any]) -> Callable[P, R]: ...

    def __get__(self, instance: Any, owner: type[Any] | None = None) -> Any:
        if instance is None:
            return self.function
        bound = MethodType(self.function, instance)
        instance.__dict__[self.expected] = bound
        return bound


class _Declaration(Form[Owner, P, R]):
    """The async form, from ``build``, and its blocking twin as ``.sync``.

    ``run``/``run_sync`` carry out what ``build`` returns; ``returns`` names the type
    ``build`` must be annotated with and the templates of what ``help()`` shows the two
    forms return (``Call[X]`` becomes ``ApiResponse[X]`` with ``"ApiResponse[{}]"``).
    """

    def __init__(
        self,
        build: Callable[..., Any],
        run: Callable[[Runner, Any], Any],
        run_sync: Callable[[Runner, Any], Any],
        *,
        awaited: bool,
        returns: tuple[str, str, str],
    ):
        name = build.__name__
        signature, accepted, result = _signature(build, returns[0])

        def check(form: Callable[..., Any], kwargs: dict[str, Any]) -> None:
            if accepted is not None and not accepted.issuperset(kwargs):
                _reject(form, kwargs, accepted)

        async def awaiting(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            check(awaiting, kwargs)
            return await run(self._runner, build(self, *args, **kwargs))

        def returning(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            check(returning, kwargs)
            return run(self._runner, build(self, *args, **kwargs))

        def blocking(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            check(blocking, kwargs)
            return run_sync(self._runner, build(self, *args, **kwargs))

        doc = inspect.cleandoc(build.__doc__ or "")
        function: Any = awaiting if awaited else returning
        forms: list[tuple[Any, str, str, str]] = [
            (function, name, doc, returns[1]),
            (blocking, f"{name}_sync", f"Blocking twin of ``{name}``.\n\n{doc}", returns[2]),
        ]
        for form, form_name, form_doc, wrapper in forms:
            form.__name__ = form.__qualname__ = form_name
            form.__module__ = build.__module__
            form.__doc__ = form_doc
            form.__signature__ = signature.replace(return_annotation=wrapper.format(result))
            form.__build__ = build
        super().__init__(function, name)
        self._blocking: Form[Any, Any, Any] = Form(blocking, f"{name}_sync")


class operation(_Declaration[Owner, P, Coroutine[Any, Any, ApiResponse[T]]], Generic[Owner, P, T]):
    """Declares an operation: ``name`` (async) and ``name_sync = name.sync`` (blocking)."""

    def __init__(self, build: Callable[Concatenate[Owner, P], Call[T]]):
        super().__init__(
            build,
            Runner.arun,
            Runner.run,
            awaited=True,
            returns=("Call", "ApiResponse[{}]", "ApiResponse[{}]"),
        )
        self.sync: Form[Owner, P, ApiResponse[T]] = self._blocking


class flow(_Declaration[Owner, P, Coroutine[Any, Any, R]], Generic[Owner, P, R]):
    """Declares multi-step work: a generator of steps, driven in the event loop or blocking."""

    def __init__(self, build: Callable[Concatenate[Owner, P], Flow[R]]):
        super().__init__(
            build, Runner.adrive, Runner.drive, awaited=True, returns=("Flow", "{}", "{}")
        )
        self.sync: Form[Owner, P, R] = self._blocking


class _Iterating(_Declaration[Owner, P, AsyncIterator[I]], Generic[Owner, P, I]):
    def __init__(self, build: Callable[Concatenate[Owner, P], Pages[I]], blocking: str):
        returns = ("Pages", "AsyncIterator[{}]", blocking)
        super().__init__(build, Runner.aiterate, Runner.iterate, awaited=False, returns=returns)


class iterator(_Iterating[Owner, P, I]):
    """Declares paging: ``name`` gives an ``AsyncIterator``, ``name_sync`` an ``Iterator``."""

    def __init__(self, build: Callable[Concatenate[Owner, P], Pages[I]]):
        super().__init__(build, "Iterator[{}]")
        self.sync: Form[Owner, P, Iterator[I]] = self._blocking


class generator(_Iterating[Owner, P, I]):
    """Declares an ``iterator`` whose blocking form is a ``Generator`` (``close()`` stops it)."""

    def __init__(self, build: Callable[Concatenate[Owner, P], Pages[I]]):
        super().__init__(build, "Generator[{}, None, None]")
        self.sync: Form[Owner, P, Generator[I, None, None]] = self._blocking


def call_of(
    op: Callable[P, Coroutine[Any, Any, ApiResponse[T]]], /, *args: P.args, **kwargs: P.kwargs
) -> Call[T]:
    """The ``Call`` that ``op(*args, **kwargs)`` would make, unsent: a step of a flow."""
    build: Callable[..., Call[T]] = op.__func__.__build__  # type: ignore[attr-defined]
    return build(op.__self__, *args, **kwargs)  # type: ignore[attr-defined]


def paged(
    list_op: Callable[P, Coroutine[Any, Any, ApiResponse[Any]]],
    page_size: int,
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Pages[Any]:
    """Every item of every page ``list_op(*args, **kwargs)`` lists, ``page_size`` a page.

    The arguments are checked against ``list_op``'s own; ``skip`` and ``limit`` are the
    pager's.
    """
    build: Callable[..., Call[Any]] = list_op.__func__.__build__  # type: ignore[attr-defined]
    owner = list_op.__self__  # type: ignore[attr-defined]
    return pages(
        lambda skip, limit: build(owner, *args, **kwargs, skip=skip, limit=limit), page_size
    )


def _signature(
    build: Callable[..., Any], declared: str
) -> tuple[inspect.Signature, frozenset[str] | None, str]:
    """What ``help()`` shows of both forms, the keywords they take, and the result type.

    ``**options`` is spelled out as the option names; the keywords are None when the
    declaration has no ``**options`` (Python itself then refuses unknown ones).
    """
    signature = inspect.signature(build)
    match = re.fullmatch(rf"{declared}\[(.+)\]", str(signature.return_annotation))
    if match is None:
        raise TypeError(f"{build.__qualname__} must be annotated to return {declared}[...]")
    params = list(signature.parameters.values())
    accepted = None
    if params and params[-1].kind is inspect.Parameter.VAR_KEYWORD:
        unpacked = re.fullmatch(r"Unpack\[(\w+)\]", str(params[-1].annotation))
        names = OPTION_SETS.get(unpacked.group(1)) if unpacked else None
        if names is None:
            raise TypeError(f"{build.__qualname__}: **options must be Unpack[RequestOptions] etc.")
        params[-1:] = [
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=NOT_GIVEN,
                annotation=_OPTION_ANNOTATIONS[name],
            )
            for name in _OPTION_ANNOTATIONS
            if name in names
        ]
        accepted = frozenset(p.name for p in params[1:])
    return signature.replace(parameters=params), accepted, match.group(1)


def _reject(form: Callable[..., Any], kwargs: dict[str, Any], accepted: frozenset[str]) -> None:
    unknown = [repr(name) for name in kwargs if name not in accepted]
    what = "an unexpected keyword argument" if len(unknown) == 1 else "unexpected keyword arguments"
    hint = ""
    if "idempotency_key" in kwargs and "idempotency_key" not in accepted:
        hint = " (idempotency_key applies to writes only)"
    raise TypeError(f"{form.__qualname__}() got {what} {', '.join(unknown)}{hint}")
