"""A batch checked together, in input order and in bounded memory (``check`` and ``review``).

A report is checked with the same body's report of the year before and a department's with its
government's (``checks.batch``), and those pairs are known only once every input has been read.
So the first ``KEEP`` inputs are parsed and kept; the others are only identified (their template
and metadata, ``read.pipeline.identify``: a fifth of a parse) and parsed when their turn comes.
A report parsed before its turn, as another's pair, is kept until then while fewer than ``KEEP``
are kept (else it is parsed again), and every report is let go after its last use. A batch of any
length holds at most ``KEEP`` reports (about 130 MB), and fewer of large inputs
(``KEEP_CHARACTERS``); one of ``KEEP`` inputs or fewer is parsed once and checked as before.

With ``--jobs`` (``pooled``) every input is only identified at first, and the worker processes
then read, check and print a few consecutive inputs a call, each keeping its last ``WORKER_KEEP``
reports for the pairs: a parsed report costs more to send back and unpickle than to check, so
this process only writes what comes back. A pair that a worker no longer keeps is read again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TypeVar

from attrs import frozen

from govdisclosure.checks.batch import Pairing, pair
from govdisclosure.checks.engine import check
from govdisclosure.checks.issuer import Identified
from govdisclosure.cli.batch import identified, progress_of, stdin_of
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.pool import Outcome, read_all, read_one
from govdisclosure.cli.processes import Call, in_order, workers
from govdisclosure.cli.progress import Progress
from govdisclosure.model.findings import CheckResult
from govdisclosure.model.report import Report
from govdisclosure.read.pipeline import ParseResult

KEEP = 1000  # reports held at once: about 130 MB of text reports, 450 MB of 120 KB HTML pages
KEEP_CHARACTERS = 200_000_000  # of their inputs: a batch of 10 MB pages holds 20, not 1,000
T = TypeVar("T")
U = TypeVar("U")


@frozen
class Checked:
    """One report of the batch checked: what it was compared with (names as shown), if anything."""

    name: str
    reading: ParseResult
    result: CheckResult
    previous: str | None = None
    parent: str | None = None


class CheckedBatch:
    """The inputs of a batch read once (the first ``keep`` parsed, the others identified) and
    paired, then checked in input order: here by ``checked``, or by ``made`` in the workers too."""

    def __init__(
        self,
        run: Run,
        files: Sequence[str],
        rendering: str | None,
        *,
        keep: int | None = None,
        pooled: bool = False,
    ) -> None:
        """Read ``files`` (expanded names: ``Run.expand``), parsing the first ``keep`` (``KEEP``).
        ``pooled``: with ``--jobs``, only identify them, to be read and checked by ``made`` in the
        worker processes."""
        self.run, self.rendering = run, rendering
        self.pooled = pooled and workers(run.jobs) > 1 and len(files) > 1
        self.keep = keep = KEEP if keep is None else keep
        self._stdin = stdin_of(run, files)
        self._files: dict[str, str] = {}  # the name shown: the name read
        self._kept: dict[str, ParseResult] = {}
        self._characters = 0  # of the inputs held
        self._lost: set[str] = set()  # inputs that no longer read
        self._checking: Progress | None = None
        self.identities: list[tuple[str, Identified]] = []
        parse_first = 0 if self.pooled else keep
        for shown, outcome in identified(run, files, rendering, self._stdin, parse_first=parse_first):
            self._files[shown] = outcome.name
            if outcome.result is not None:  # a parse (a document's, or one of no report, too)
                self._keep(shown, outcome.result)
                self.identities.append((shown, outcome.result.report))
            elif outcome.identity is not None:
                self.identities.append((shown, outcome.identity))
        self.pairing = pair(self.identities)

    def __len__(self) -> int:
        return len(self.identities)

    @property
    def held(self) -> int:
        """How many parsed reports the batch holds now (at most ``keep``)."""
        return len(self._kept)

    def _keep(self, name: str, reading: ParseResult) -> None:
        """Hold a reading while fewer than ``keep`` are held and their inputs' characters stay
        within ``KEEP_CHARACTERS`` (a few large inputs weigh as much as many reports)."""
        size = len(reading.source)
        if len(self._kept) < self.keep and self._characters + size <= KEEP_CHARACTERS:
            self._kept[name] = reading
            self._characters += size

    def _let_go(self, name: str) -> None:
        reading = self._kept.pop(name, None)
        if reading is not None:
            self._characters -= len(reading.source)

    def checked(
        self, *, lang: str = "zh", pairing: Pairing | None = None, others: Sequence[tuple[str, Report]] = ()
    ) -> Iterator[Checked]:
        """Each report checked with its pairs (``others``: reports compared with, not checked)."""
        pairing = pairing or self.pairing
        given = dict(others)
        order = [name for name, _ in self.identities]
        needs = [
            [name, *(n for n in (pairing.previous_of(name), pairing.parent_of(name)) if n and n not in given)]
            for name in order
        ]
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        for index, needed in enumerate(needs):
            for name in needed:
                first.setdefault(name, index)
                last[name] = index
        let_go: dict[int, list[str]] = {}
        for name, index in last.items():
            let_go.setdefault(index, []).append(name)
        # Inputs first needed at their own turn are read ahead, in order (by --jobs processes).
        ahead = [name for index, name in enumerate(order) if name not in self._kept and first[name] == index]
        reads = read_all(
            [self._files[name] for name in ahead],
            self.rendering,
            self.run.jobs,
            self._stdin,
            max_size=self.run.max_size,
        )
        read_ahead = set(ahead)

        def reading(name: str, index: int) -> ParseResult | None:
            if name in self._kept:
                return self._kept[name]
            if name in self._lost:
                return None
            if name in read_ahead and first[name] == index:
                outcome = next(reads)
            else:
                data = self._stdin if self._files[name] == "-" else None
                outcome = read_one(self._files[name], self.rendering, data, self.run.max_size)
            result = self._again(name, outcome)
            if result is not None and last[name] > index:
                self._keep(name, result)
            return result

        progress = self._progress()
        for index, name in enumerate(order):
            own = reading(name, index)
            if own is not None:
                pairs = (pairing.previous_of(name), pairing.parent_of(name))
                done = _compare(name, own, pairs, given, functools.partial(reading, index=index), lang)
                yield self._advanced(progress, name, done)
            for gone in let_go.get(index, ()):
                self._let_go(gone)
        progress.finish(0)

    def made(
        self,
        make: Callable[[Checked], T],
        *,
        lang: str = "zh",
        pairing: Pairing | None = None,
        others: Sequence[tuple[str, Report]] = (),
    ) -> Iterator[T]:
        """What ``make`` (a function of a module) makes of each report checked, in input order.

        In a pooled batch the worker processes read, check and make, a few consecutive inputs a
        call, each keeping the last reports it read (a report's pairs are often beside it):
        what comes back is small, where a parsed report costs more to unpickle than to check.
        """
        if not self.pooled:
            yield from (make(done) for done in self.checked(lang=lang, pairing=pairing, others=others))
            return
        pairing = pairing or self.pairing
        given = dict(others)

        def named(name: str | None) -> tuple[str, str] | None:
            return None if name is None else (name, self._files.get(name, ""))

        def held(*names: str | None) -> tuple[tuple[str, ParseResult], ...]:
            return tuple((name, self._kept[name]) for name in names if name in self._kept)

        tasks = []
        for name, _ in self.identities:
            before, parent = pairing.previous_of(name), pairing.parent_of(name)
            tasks.append(
                _Task(name, self._files[name], named(before), named(parent), held(name, before, parent))
            )
        for name in list(self._kept):  # the calls hold them until they are sent
            self._let_go(name)
        chunks = [tasks[at : at + CHUNK] for at in range(0, len(tasks), CHUNK)]
        arguments = (self.rendering, self.run.max_size, self._stdin, given, lang, make)
        calls: list[Call] = [((chunk, *arguments), {}) for chunk in chunks]

        def died(index: int) -> Done[T]:
            return [(None, [(task.name, f"{task.name}: {DIED}")]) for task in chunks[index]]

        progress = self._progress()
        done: Iterator[Done[T]] = in_order(check_chunk, calls, workers(self.run.jobs), died)
        for chunk, results in zip(chunks, done, strict=True):
            for task, (made, lost) in zip(chunk, results, strict=True):
                for name, message in lost:
                    self._lose(name, message)
                if made is not None:
                    yield self._advanced(progress, task.name, made)
        progress.finish(0)

    def _progress(self) -> Progress:
        self._checking = progress_of(self.run, len(self.identities), "checking")
        return self._checking

    def _advanced(self, progress: Progress, name: str, done: U) -> U:
        """``done``, the progress advanced (and cleared when the output shares its terminal)."""
        progress.advance(name)
        if progress.live and self.run.out.isatty():
            progress.clear()
        return done

    def _again(self, name: str, outcome: Outcome) -> ParseResult | None:
        """A report read again (its notes were told the first time); None, reported once, when it
        no longer reads (changed since)."""
        if outcome.result is not None:
            return outcome.result
        self._lose(name, _why_lost(name, outcome))
        return None

    def _lose(self, name: str, message: str) -> None:
        """Report, once, an input that no longer reads."""
        if name in self._lost:
            return
        self._lost.add(name)
        if self._checking is not None:
            self._checking.clear()
        self.run.fail(message)


def _why_lost(name: str, outcome: Outcome) -> str:
    return outcome.error or f"{name}: no longer holds the report read before"


def _compare(
    name: str,
    own: ParseResult,
    pairs: tuple[str | None, str | None],
    given: Mapping[str, Report],
    reading: Callable[[str], ParseResult | None],
    lang: str,
) -> Checked:
    """A report checked with the reports of its pairs (the year before, its government) that read."""
    before, parent = pairs
    previous = given.get(before) if before else None
    if before and previous is None:
        previous = _report(reading(before))
    above = _report(reading(parent)) if parent else None
    return Checked(
        name,
        own,
        check(own.report, previous, parent=above, lang=lang),
        before if previous is not None else None,
        parent if above is not None else None,
    )


def _report(reading: ParseResult | None) -> Report | None:
    return reading.report if reading is not None else None


# --- in a worker process ---------------------------------------------------------------------------

CHUNK = 16  # consecutive inputs a call
WORKER_KEEP = 64  # reports a worker keeps (the last read)
DIED = "internal error (a worker process died checking this input or one beside it); please report it"


# Of each input of a call: what was made of it (None: it did not read), and the inputs that no
# longer read (name, message).
Done = list[tuple[T | None, list[tuple[str, str]]]]


@frozen
class _Task:
    """One input to check: its name shown and read, and those of its pairs (read ``""``: given),
    with the readings of them that this process holds (a document, read whole to identify it)."""

    name: str
    file: str
    previous: tuple[str, str] | None
    parent: tuple[str, str] | None
    held: tuple[tuple[str, ParseResult], ...] = ()  # readings this process holds (documents)


@functools.lru_cache(maxsize=WORKER_KEEP)
def _read_kept(file: str, rendering: str | None, max_size: int | None, data: bytes | None) -> Outcome:
    return read_one(file, rendering, data, max_size)


def check_chunk(
    tasks: Sequence[_Task],
    rendering: str | None,
    max_size: int | None,
    stdin: bytes | None,
    given: Mapping[str, Report],
    lang: str,
    make: Callable[[Checked], T],
) -> Done[T]:
    """In a worker: each task's input read, checked with its pairs and made into ``make``'s result,
    with the inputs that no longer read (name, message) in the order they were met."""
    done: Done[T] = []
    for task in tasks:
        files = dict(pair for pair in (task.previous, task.parent) if pair is not None)
        files[task.name] = task.file
        held = dict(task.held)
        lost: list[tuple[str, str]] = []

        def reading(
            name: str,
            files: Mapping[str, str] = files,
            held: Mapping[str, ParseResult] = held,
            lost: list[tuple[str, str]] = lost,
        ) -> ParseResult | None:
            if name in held:
                return held[name]
            file = files[name]
            outcome = _read_kept(file, rendering, max_size, stdin if file == "-" else None)
            if outcome.result is None:
                lost.append((name, _why_lost(name, outcome)))
            return outcome.result

        own = reading(task.name)
        pairs = (_name(task.previous), _name(task.parent))
        made = make(_compare(task.name, own, pairs, given, reading, lang)) if own is not None else None
        done.append((made, lost))
    return done


def _name(pair: tuple[str, str] | None) -> str | None:
    return None if pair is None else pair[0]
