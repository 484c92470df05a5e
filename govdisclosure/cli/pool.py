"""Reading the inputs of a batch, here or in a pool of processes, always in input order.

``read_one`` is what a worker does for one input; ``read_all`` maps it over a batch with at most a
few inputs per process in flight, so memory stays flat however long the batch.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import frozen

from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.errors import InputError
from govdisclosure.read.pipeline import Identity, ParseResult, identify, parse
from govdisclosure.template.spec import Template
from govdisclosure.text.limits import DEFAULT_MAX_SIZE

if TYPE_CHECKING:
    from concurrent.futures import Future

IN_FLIGHT_PER_JOB = 4


@frozen
class Outcome:
    """One input read: its result (None when it could not be read or was only identified), what
    to report, if anything, and for an input only identified its template and metadata."""

    name: str
    result: ParseResult | None
    error: str | None = None
    identity: Identity | None = None


def read_one(
    name: str,
    rendering: str | None,
    data: bytes | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    *,
    light: bool = False,
) -> Outcome:
    """Parse one input (``data``: the bytes of standard input); never raises. ``light``: only
    identify it (``read.pipeline.identify``) unless it holds no report, which a parse then explains."""
    source = Path(name) if data is None else data
    try:
        if light:
            identity = identify(source, rendering=rendering, max_size=max_size)
            if identity.template is not Template.UNKNOWN:
                return Outcome(name, None, identity=identity)
        result = parse(source, rendering=rendering, max_size=max_size)
    except InputError as error:
        return Outcome(name, None, str(error))
    except OSError as error:
        return Outcome(name, None, f"{name}: cannot read: {error.strerror or error}")
    except Exception as error:  # a bug of ours must not stop a batch of thousands
        return Outcome(
            name, None, f"{name}: internal error ({type(error).__name__}: {error}); please report it"
        )
    if result.report.template is Template.UNKNOWN:
        return Outcome(name, result, f"{name}: {_why_unread(result)}")
    return Outcome(name, result)


def _why_unread(result: ParseResult) -> str:
    """Why no report was found: a document that could not be read says why, else no report is there."""
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR and d.code != "no_report"]
    if errors:
        return errors[0].message_en
    return "no 政府信息公开工作年度报告 found (neither its tables nor its sections)"


def workers(jobs: int) -> int:
    """The number of processes for ``--jobs N`` (0: one per CPU)."""
    return jobs if jobs > 0 else os.cpu_count() or 1


def read_all(
    names: Sequence[str],
    rendering: str | None,
    jobs: int,
    stdin: bytes | None = None,
    *,
    max_size: int | None = DEFAULT_MAX_SIZE,
    parse_first: int | None = None,
) -> Iterator[Outcome]:
    """Every input read, in input order: in this process, or with ``jobs`` processes. With
    ``parse_first``, the inputs after that many are only identified."""
    count = workers(jobs)
    lights = [parse_first is not None and index >= parse_first for index in range(len(names))]
    if count <= 1 or len(names) <= 1:
        for name, light in zip(names, lights, strict=True):
            yield read_one(name, rendering, stdin if name == "-" else None, max_size, light=light)
        return
    waiting = deque(zip(names, lights, strict=True))
    while waiting:  # a new pool when a worker process died (the inputs then in flight are reported)
        yield from _pooled(waiting, rendering, min(count, len(waiting)), stdin, max_size)


_DIED = "internal error (a worker process died reading this input or one beside it); please report it"


def _pooled(
    waiting: deque[tuple[str, bool]],
    rendering: str | None,
    count: int,
    stdin: bytes | None,
    max_size: int | None,
) -> Iterator[Outcome]:
    """Read inputs off ``waiting`` with one pool until it is empty or the pool breaks."""
    import multiprocessing  # only for --jobs: they cost a one-file run more than a tenth of its start
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn: a clean interpreter per worker, the same on every platform, safe beside threads
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[str, Future[Outcome]]] = deque()
    with ProcessPoolExecutor(count, mp_context=context) as pool:
        try:
            while waiting or pending:
                while waiting and len(pending) < count * IN_FLIGHT_PER_JOB:
                    name, light = waiting.popleft()
                    data = stdin if name == "-" else None
                    job = pool.submit(read_one, name, rendering, data, max_size, light=light)
                    pending.append((name, job))
                name, future = pending.popleft()
                try:
                    yield future.result()
                except BrokenProcessPool:
                    yield Outcome(name, None, f"{name}: {_DIED}")
                    for other, _ in pending:
                        yield Outcome(other, None, f"{other}: {_DIED}")
                    pending.clear()
                    return
        finally:
            for _, future in pending:  # the reader stopped early (a broken pipe, Ctrl-C)
                future.cancel()
