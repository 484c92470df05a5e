"""Reading the inputs of a batch, here or in a pool of processes, always in input order.

``read_one`` is what a worker does for one input; ``read_all`` maps it over a batch with at most a
few inputs per process in flight (``processes.in_order``), so memory stays flat however long the
batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from attrs import frozen

from govdisclosure.cli.processes import in_order, workers
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.errors import InputError
from govdisclosure.read.pipeline import Identity, ParseResult, identify, parse
from govdisclosure.template.spec import Template
from govdisclosure.text.limits import DEFAULT_MAX_SIZE

Make = Callable[[str, ParseResult], object]


@frozen
class Outcome:
    """One input read: its result (None when it could not be read or was only identified), what
    to report, if anything, and for an input only identified its template and metadata."""

    name: str
    result: ParseResult | None
    error: str | None = None
    identity: Identity | None = None
    made: object = None  # what ``make`` made of the result, in place of it

    @property
    def read(self) -> bool:
        """Whether the input gave a report (or an identity, or what was made of it)."""
        return self.result is not None or self.identity is not None or self.made is not None


def read_one(
    name: str,
    rendering: str | None,
    data: bytes | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    *,
    light: bool = False,
    make: Make | None = None,
) -> Outcome:
    """Parse one input (``data``: the bytes of standard input); never raises.

    ``light``: only identify it (``read.pipeline.identify``), unless it is a document (then parsed
    whole) or holds no report (then parsed, to say why). ``make``: return what it makes of the
    name and result instead of the result (a worker then sends back a line of output, not a
    report: unpickling a report costs more than checking it)."""
    source = Path(name) if data is None else data
    try:
        found = identify(source, rendering=rendering, max_size=max_size) if light else None
        if isinstance(found, Identity) and found.template is not Template.UNKNOWN:
            return Outcome(name, None, identity=found)
        result = (
            found if isinstance(found, ParseResult) else parse(source, rendering=rendering, max_size=max_size)
        )
        made = make(name, result) if make is not None else None
    except InputError as error:
        return Outcome(name, None, str(error))
    except OSError as error:
        return Outcome(name, None, f"{name}: cannot read: {error.strerror or error}")
    except Exception as error:  # a bug of ours must not stop a batch of thousands
        return Outcome(
            name, None, f"{name}: internal error ({type(error).__name__}: {error}); please report it"
        )
    unread = f"{name}: {_why_unread(result)}" if result.report.template is Template.UNKNOWN else None
    if make is not None:
        return Outcome(name, None, unread, made=made)
    return Outcome(name, result, unread)


def _why_unread(result: ParseResult) -> str:
    """Why no report was found: a document that could not be read says why, else no report is there."""
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR and d.code != "no_report"]
    if errors:
        return errors[0].message_en
    return "no 政府信息公开工作年度报告 found (neither its tables nor its sections)"


def read_all(
    names: Sequence[str],
    rendering: str | None,
    jobs: int,
    stdin: bytes | None = None,
    *,
    max_size: int | None = DEFAULT_MAX_SIZE,
    parse_first: int | None = None,
    make: Make | None = None,
) -> Iterator[Outcome]:
    """Every input read, in input order: in this process, or with ``jobs`` processes. With
    ``parse_first``, the inputs after that many are only identified; with ``make`` (a function of
    a module, for the worker processes), each result is replaced by what it makes of it."""
    count = workers(jobs)
    lights = [parse_first is not None and index >= parse_first for index in range(len(names))]
    if count <= 1 or len(names) <= 1:
        for name, light in zip(names, lights, strict=True):
            data = stdin if name == "-" else None
            yield read_one(name, rendering, data, max_size, light=light, make=make)
        return
    calls = [
        ((name, rendering, stdin if name == "-" else None, max_size), {"light": light, "make": make})
        for name, light in zip(names, lights, strict=True)
    ]
    yield from in_order(
        read_one, calls, count, lambda index: Outcome(names[index], None, f"{names[index]}: {_DIED}")
    )


_DIED = "internal error (a worker process died reading this input or one beside it); please report it"
