"""A batch checked together, in input order and in bounded memory (``check`` and ``review``).

A report is checked with the same body's report of the year before and a department's with its
government's (``checks.batch``), and those pairs are known only once every input has been read.
So the first ``KEEP`` inputs are parsed and kept; the others are only identified (their template
and metadata, ``read.pipeline.identify``: a fifth of a parse) and parsed when their turn comes.
A report parsed before its turn, as another's pair, is kept until then while fewer than ``KEEP``
are kept (else it is parsed again), and every report is let go after its last use. A batch of any
length holds at most ``KEEP`` reports (about 100 MB); one of ``KEEP`` inputs or fewer is parsed
once and checked exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrs import frozen

from govdisclosure.checks.batch import Pairing, pair
from govdisclosure.checks.engine import check
from govdisclosure.checks.issuer import Identified
from govdisclosure.cli.batch import identified, stdin_of
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.pool import Outcome, read_all, read_one
from govdisclosure.model.findings import CheckResult
from govdisclosure.model.report import Report
from govdisclosure.read.pipeline import ParseResult

KEEP = 1000  # reports held at once: about 100 MB


@frozen
class Checked:
    """One report of the batch checked: what it was compared with (names as shown), if anything."""

    name: str
    reading: ParseResult
    result: CheckResult
    previous: str | None = None
    parent: str | None = None


class CheckedBatch:
    """The inputs of a batch read once (the first ``keep`` parsed, the others identified), paired,
    then checked in input order by ``checked``."""

    def __init__(
        self, run: Run, files: Sequence[str], rendering: str | None, *, keep: int | None = None
    ) -> None:
        """Read ``files`` (expanded names: ``Run.expand``), parsing the first ``keep`` (``KEEP``)."""
        self.run, self.rendering = run, rendering
        self.keep = keep = KEEP if keep is None else keep
        self._stdin = stdin_of(run, files)
        self._files: dict[str, str] = {}  # the name shown: the name read
        self._kept: dict[str, ParseResult] = {}
        self._lost: set[str] = set()  # inputs that no longer read
        self.identities: list[tuple[str, Identified]] = []
        for shown, outcome in identified(run, files, rendering, self._stdin, parse_first=keep):
            self._files[shown] = outcome.name
            if outcome.result is not None:  # a parse (one of no report, too, after an identity)
                if len(self._kept) < keep:
                    self._kept[shown] = outcome.result
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
            if result is not None and last[name] > index and len(self._kept) < self.keep:
                self._kept[name] = result
            return result

        for index, name in enumerate(order):
            own = reading(name, index)
            if own is not None:
                before, parent = pairing.previous_of(name), pairing.parent_of(name)
                previous = given.get(before) if before else None
                if before and previous is None:
                    previous = _report(reading(before, index))
                above = _report(reading(parent, index)) if parent else None
                yield Checked(
                    name,
                    own,
                    check(own.report, previous, parent=above, lang=lang),
                    before if previous is not None else None,
                    parent if above is not None else None,
                )
            for done in let_go.get(index, ()):
                self._kept.pop(done, None)

    def _again(self, name: str, outcome: Outcome) -> ParseResult | None:
        """A report read again (its notes were told the first time); None, reported once, when it
        no longer reads (changed since)."""
        if outcome.result is not None:
            return outcome.result
        self._lost.add(name)
        self.run.fail(outcome.error or f"{name}: no longer holds the report read before")
        return None


def _report(reading: ParseResult | None) -> Report | None:
    return reading.report if reading is not None else None
