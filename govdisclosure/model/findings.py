"""What a check reports: rules (as data), findings pointed at cells, and the counts of a run."""

from __future__ import annotations

import enum

from attrs import field, frozen

from govdisclosure.model.cells import Span, Value
from govdisclosure.model.diagnostics import Severity
from govdisclosure.template.spec import Template


class Scope(enum.StrEnum):
    """What one evaluation of a rule covers."""

    CELL = "cell"
    ROW = "row"
    COLUMN = "column"
    GROUP = "group"
    REPORT = "report"
    NARRATIVE = "narrative"
    ACROSS_YEARS = "across_years"
    ACROSS_REPORTS = "across_reports"


class Family(enum.StrEnum):
    """The group a rule belongs to, as a reviewer reads them: a table, the text, the structure…"""

    TABLE_2 = "t2"
    TABLE_3 = "t3"
    TABLE_4 = "t4"
    NARRATIVE = "narrative"
    STRUCTURE = "structure"
    ACROSS_YEARS = "across_years"
    ACROSS_REPORTS = "across_reports"


class Needs(enum.StrEnum):
    """What a rule needs besides the report itself."""

    REPORT = "report"
    PREVIOUS = "previous"  # last year's report of the same body, of any template
    PREVIOUS_SAME_TEMPLATE = "previous_same_template"
    FAMILY = "family"  # the reports of the bodies under it (``check_family``)
    PARENT = "parent"  # the report of the government it belongs to, of the same year


class Status(enum.StrEnum):
    """A failed rule, or one that could not be evaluated."""

    FAIL = "fail"
    NOT_ASSESSABLE = "not_assessable"


@frozen
class Rule:
    """A consistency rule: id (domain.md §4), severity, scope, family, the templates it applies to,
    what else it needs, and what it says."""

    id: str
    severity: Severity
    scope: Scope
    family: Family
    templates: tuple[Template, ...]
    title: str
    title_en: str
    needs: Needs = Needs.REPORT


@frozen
class Finding:
    """A rule that failed or could not be assessed, pointed at the cells involved.

    ``printed`` is the value the report prints (a total, or the number a sentence states),
    ``computed`` what the other cells give, ``difference`` printed minus computed. A finding that
    names several columns (one error seen in each, e.g. 自然人 and 总计) gives the first column's.
    """

    rule: str
    severity: Severity
    status: Status
    message: str
    message_en: str
    table: str | None = None
    cells: tuple[str, ...] = ()
    pointers: tuple[str, ...] = ()
    printed: Value = None
    computed: Value = None
    difference: Value = None
    assumed_zero: tuple[str, ...] = ()
    null_cells: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    quote: str | None = None


@frozen
class CheckResult:
    """The findings of a run and how many rule evaluations passed, failed or were not assessable."""

    findings: tuple[Finding, ...] = ()
    passed: int = 0
    failed: int = 0
    not_assessable: int = 0
    rules: tuple[str, ...] = field(default=())

    def count(self, severity: Severity) -> int:
        """How many failed findings have this severity."""
        return sum(1 for f in self.findings if f.severity is severity and f.status is Status.FAIL)
