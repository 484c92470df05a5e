"""A batch: every input of a command parsed in turn (or by ``--jobs`` processes), in input order.

One bad input never stops the batch: it is reported (``Run.fail``) and the next one is read.
Progress goes to stderr on a terminal (or with ``--progress``), and a batch ends with a summary
line (unless ``--quiet``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar, cast

from govdisclosure.cli.inputs import Run, shown
from govdisclosure.cli.pool import Make, Outcome, read_all
from govdisclosure.cli.progress import Progress
from govdisclosure.model.errors import InputError
from govdisclosure.read.pipeline import ParseResult

T = TypeVar("T")


def stdin_of(run: Run, files: Sequence[str]) -> bytes | None:
    """Standard input, read once (up to the size limit) when ``-`` is an input."""
    if "-" not in files:
        return None
    try:
        data = run.source("-")
    except InputError as error:
        run.err.write(f"govdisclosure: {error}\n")
        return b""
    except OSError as error:
        run.err.write(f"govdisclosure: -: cannot read: {error.strerror or error}\n")
        return b""
    return data if isinstance(data, bytes) else b""


def parsed(run: Run, names: Sequence[str], rendering: str | None = None) -> Iterator[tuple[str, ParseResult]]:
    """Each readable input parsed, in input order."""
    files = run.expand(names)
    for name, outcome in identified(run, files, rendering, stdin_of(run, files)):
        assert outcome.result is not None  # every input is parsed
        yield name, outcome.result


def made(
    run: Run, names: Sequence[str], rendering: str | None, make: Callable[[str, ParseResult], T]
) -> Iterator[T]:
    """What ``make`` (a function of a module) makes of each readable input's name and result, in
    input order: made where the input is parsed, in a worker process with ``--jobs``."""
    files = run.expand(names)
    for _, outcome in identified(run, files, rendering, stdin_of(run, files), make=make):
        yield cast(T, outcome.made)


def identified(
    run: Run,
    files: Sequence[str],
    rendering: str | None,
    stdin: bytes | None,
    *,
    parse_first: int | None = None,
    make: Make | None = None,
) -> Iterator[tuple[str, Outcome]]:
    """Each readable input (expanded names) as shown and as read: parsed, or after ``parse_first``
    inputs only identified, or what ``make`` made of it (``pool.read_all``)."""
    progress = progress_of(run, len(files))
    shared_terminal = progress.live and run.out.isatty()
    failed = 0
    reads = read_all(
        files, rendering, run.jobs, stdin, max_size=run.max_size, parse_first=parse_first, make=make
    )
    for outcome in reads:
        if outcome.error:
            failed += 1
            progress.clear()
            run.fail(outcome.error)
        progress.advance(outcome.name)
        if outcome.read:
            if shared_terminal:
                progress.clear()
            yield shown(outcome.name), outcome
    progress.finish(failed)


def progress_of(run: Run, count: int, doing: str = "") -> Progress:
    """The progress of ``count`` inputs on stderr: shown on a terminal or with ``--progress``, never
    with ``--quiet``; the summary line at the end of reading a batch (``doing`` nothing else).
    When the output goes to the same terminal, the progress line is cleared before each result."""
    batch = count > 1
    live = not run.quiet and (run.progress or (run.progress is None and batch and run.err.isatty()))
    return Progress(
        run.err, count, live=bool(live), summary=batch and not run.quiet and not doing, doing=doing
    )
