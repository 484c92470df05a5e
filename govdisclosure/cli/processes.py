"""A pool of worker processes that calls functions in order (``--jobs``); one pool a run.

Nothing of the reader is imported here: ``cli.main`` opens the run's pool (``sharing``) before
any command is imported.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

IN_FLIGHT_PER_JOB = 4


def workers(jobs: int) -> int:
    """The number of processes for ``--jobs N`` (0: one per CPU)."""
    return jobs if jobs > 0 else os.cpu_count() or 1


R = TypeVar("R")
Call = tuple[tuple[Any, ...], dict[str, Any]]  # positional and keyword arguments


def in_order(
    function: Callable[..., R], calls: Sequence[Call], count: int, died: Callable[[int], R]
) -> Iterator[R]:
    """``function`` (of a module) called with each of ``calls`` by ``count`` processes, the results
    in order, at most a few calls a process in flight; ``died(index)`` stands for a call whose
    process died (a new pool then takes the calls after those in flight)."""
    waiting = deque(enumerate(calls))
    while waiting:
        yield from _pooled(function, waiting, min(count, len(waiting)), died)


class _Shared:
    """The run's pool while ``sharing``: started by its first pooled call, shut down at its end."""

    active = False
    pool: ProcessPoolExecutor | None = None
    count = 0


@contextlib.contextmanager
def sharing() -> Iterator[None]:
    """The pooled calls made inside share one pool: ``check --jobs`` identifies, then checks, and
    starting the worker processes twice cost a tenth of a 1,000-report run."""
    _Shared.active = True
    try:
        yield
    finally:
        _Shared.active = False
        _close()


def _close() -> None:
    if _Shared.pool is not None:
        _Shared.pool.shutdown(cancel_futures=True)
        _Shared.pool = None


@contextlib.contextmanager
def _pool(count: int) -> Iterator[tuple[ProcessPoolExecutor, int]]:
    """A pool of ``count`` processes (or the shared one, of its own size) and its size."""
    import multiprocessing  # only for --jobs: they cost a one-file run more than a tenth of its start
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a clean interpreter per worker, the same on every platform, safe beside threads
    context = multiprocessing.get_context("spawn")
    if not _Shared.active:
        with ProcessPoolExecutor(count, mp_context=context) as pool:
            yield pool, count
        return
    if _Shared.pool is None:
        _Shared.pool, _Shared.count = ProcessPoolExecutor(count, mp_context=context), count
    yield _Shared.pool, _Shared.count


def _pooled(
    function: Callable[..., R], waiting: deque[tuple[int, Call]], count: int, died: Callable[[int], R]
) -> Iterator[R]:
    """Make the calls off ``waiting`` with one pool until it is empty or the pool breaks."""
    from concurrent.futures.process import BrokenProcessPool

    pending: deque[tuple[int, Future[R]]] = deque()
    with _pool(count) as (pool, size):
        try:
            while waiting or pending:
                while waiting and len(pending) < size * IN_FLIGHT_PER_JOB:
                    index, (args, kwargs) = waiting.popleft()
                    pending.append((index, pool.submit(function, *args, **kwargs)))
                index, future = pending.popleft()
                try:
                    yield future.result()
                except BrokenProcessPool:
                    yield died(index)
                    for other, _ in pending:
                        yield died(other)
                    pending.clear()
                    if pool is _Shared.pool:
                        _close()  # the next calls start a new one
                    return
        finally:
            for _, future in pending:  # the reader stopped early (a broken pipe, Ctrl-C)
                future.cancel()
