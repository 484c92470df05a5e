"""A batch sees its reports together: which report is compared with which.

``pair`` relates the reports of a batch, by name: a report to the same body's report of the year
before (for the rules across years) and a department's report to its government's report of the
same year (for the rules across reports). A body is recognised from its issuer as printed
(``issuer.report_name``), tolerant of the variants of titles and signatures (平潭综合实验区 /
平潭综合实验区管委会; 区公安局 / 平潭综合实验区公安局). Pure functions: nothing is read here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrs import field, frozen

from govdisclosure.checks.engine import check
from govdisclosure.checks.issuer import (
    Identified,
    body_key,
    clean,
    is_parent_of,
    report_name,
    same_reports,
)
from govdisclosure.model.findings import CheckResult
from govdisclosure.model.report import Report
from govdisclosure.template.bodies import PLACE_SUFFIXES, BodyKind, kind_of
from govdisclosure.template.spec import Template

_COMPARABLE = (Template.V2019, Template.V2021)


@frozen
class Pairing:
    """Which report of a batch was compared with which, by name.

    ``previous`` holds (report, the same body's report of the year before); ``parents`` holds
    (a department's report, its government's report of the same year).
    """

    previous: tuple[tuple[str, str], ...] = ()
    parents: tuple[tuple[str, str], ...] = ()
    _previous_of: dict[str, str] = field(init=False, repr=False, eq=False)
    _parent_of: dict[str, str] = field(init=False, repr=False, eq=False)

    @_previous_of.default
    def _previous_lookup(self) -> dict[str, str]:
        return dict(self.previous)

    @_parent_of.default
    def _parent_lookup(self) -> dict[str, str]:
        return dict(self.parents)

    def previous_of(self, name: str) -> str | None:
        """The name of the report compared with ``name`` across years."""
        return self._previous_of.get(name)

    def parent_of(self, name: str) -> str | None:
        """The name of the government's report compared with the department's report ``name``."""
        return self._parent_of.get(name)


@frozen
class _Entry:
    name: str
    body: str
    year: int
    kind: BodyKind


def _entries(reports: Sequence[tuple[str, Identified]]) -> list[_Entry]:
    """The reports that can be compared: a known year, a known issuer, a template with tables."""
    found = []
    for name, report in reports:
        issuer = report_name(report)
        year = report.metadata.year
        if issuer and year is not None and report.template in _COMPARABLE:
            found.append(_Entry(name, body_key(issuer), year, kind_of(issuer)))
    return found


def _canonical_bodies(entries: Sequence[_Entry]) -> dict[str, str]:
    """Each body key mapped to the fullest key of the same body (区公安局 → 平潭综合实验区公安局);
    a short form that two bodies of the batch share (区公安局 of two districts) stays apart."""
    keys = {e.body for e in entries}
    places = "".join(PLACE_SUFFIXES)
    fuller: dict[str, set[str]] = {}
    for key in keys:
        for start in range(1, len(key) - 2):
            short = key[start:]
            if short in keys and short[0] in places:
                fuller.setdefault(short, set()).add(key)
    canonical = {key: key for key in keys}
    for short, full in fuller.items():
        longest = {f for f in full if not any(f != g and g.endswith(f) for g in full)}
        if len(longest) == 1:
            canonical[short] = longest.pop()
    return canonical


def pair(reports: Sequence[tuple[str, Identified]]) -> Pairing:
    """The pairs of a batch: the same body in consecutive years, a department and its government in
    the same year. Where a body has several reports of one year (two renderings of one report),
    the first by name is compared."""
    entries = _entries(reports)
    canonical = _canonical_bodies(entries)
    by_body_year: dict[tuple[str, int], str] = {}
    for entry in sorted(entries, key=lambda e: e.name):
        by_body_year.setdefault((canonical[entry.body], entry.year), entry.name)
    previous = []
    for entry in entries:
        before = by_body_year.get((canonical[entry.body], entry.year - 1))
        if before is not None:
            previous.append((entry.name, before))
    governments = {
        (e.body, e.year): by_body_year[(canonical[e.body], e.year)]
        for e in entries
        if e.kind in (BodyKind.GOVERNMENT, BodyKind.ZONE, BodyKind.TOWNSHIP)
    }
    parents = []
    for entry in entries:
        if entry.kind is not BodyKind.DEPARTMENT:
            continue
        name = clean(entry.body)
        found = [  # the longest government name the department's name starts with
            governments[(name[:end], entry.year)]
            for end in range(len(name) - 1, 1, -1)
            if (name[:end], entry.year) in governments and is_parent_of(name[:end], name)
        ]
        if found:
            parents.append((entry.name, found[0]))
    return Pairing(tuple(previous), tuple(parents))


def other_body(
    reports: Sequence[tuple[str, Identified]], previous: Identified
) -> tuple[str, str, str] | None:
    """The first report that ``previous`` (given as last year's for all) is not the same body's:
    (its name, its issuer, the previous report's issuer); None when all are the same body's."""
    for name, report in reports:
        if same_reports(report, previous) is False:
            return name, report_name(report) or "", report_name(previous) or ""
    return None


def summary(pairing: Pairing, count: int, lang: str = "zh") -> str:
    """One line saying how many reports a batch holds and how many pairs were compared."""
    years, parents = len(pairing.previous), len(pairing.parents)
    if lang == "zh":
        return f"本批 {count} 份报告：同一机关相邻年度对照 {years} 组，部门与所属政府同年度对照 {parents} 组"
    return (
        f"{count} reports in the batch: {years} compared with the same body's report of the year before, "
        f"{parents} with their government's report of the same year"
    )


def check_batch(
    reports: Sequence[tuple[str, Report]],
    *,
    lang: str = "zh",
    pairing: Pairing | None = None,
    others: Sequence[tuple[str, Report]] = (),
) -> Iterator[tuple[str, CheckResult]]:
    """Each report of the batch checked with the reports it is paired with (``others``: reports
    it may be compared with that are not checked themselves, such as a ``--previous`` report)."""
    pairing = pairing or pair(reports)
    by_name = dict([*reports, *others])
    for name, report in reports:
        before, parent = pairing.previous_of(name), pairing.parent_of(name)
        yield (
            name,
            check(
                report,
                by_name[before] if before else None,
                parent=by_name[parent] if parent else None,
                lang=lang,
            ),
        )
