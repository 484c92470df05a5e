"""What an evaluator sees (the report, its cells, last year's report) and how it builds a finding.

An evaluator yields one ``Outcome`` per evaluation of its rule: ``None`` when it passed, else the
``Finding`` (failed or not assessable).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal

from attrs import field, frozen

from govdisclosure.checks import messages as msg
from govdisclosure.model.cellmap import cells_of, json_pointer
from govdisclosure.model.cells import Cell, Span, Value
from govdisclosure.model.findings import Finding, Rule, Status
from govdisclosure.model.report import Report
from govdisclosure.template import national
from govdisclosure.template.spec import TemplateSpec

_WRITABLE_BITS = 14_000  # under 4300 decimal digits

Outcome = Finding | None
PASSED: Outcome = None


@frozen
class Context:
    """A report under check, with its cells by id and, optionally, the same body's previous report."""

    report: Report
    cells: Mapping[str, Cell]
    spec: TemplateSpec | None
    rules: Mapping[str, Rule]
    previous: Report | None = None
    previous_cells: Mapping[str, Cell] = field(factory=dict)
    children: Sequence[Mapping[str, Cell]] = ()

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id."""
        return self.rules[rule_id]

    @property
    def template_spec(self) -> TemplateSpec:
        """The spec of the report's template (only table rules ask, and they run on 2019/2021 reports)."""
        if self.spec is None:
            raise ValueError(f"a {self.report.template.value} report has no template tables")
        return self.spec

    @classmethod
    def of(
        cls,
        report: Report,
        rules: Mapping[str, Rule],
        previous: Report | None = None,
        children: Sequence[Report] = (),
    ) -> Context:
        """The context of a report (the template spec is None for legacy and unknown reports)."""
        spec = national.TEMPLATES.get(report.template)
        previous_cells = cells_of(previous) if previous is not None else {}
        family = tuple(cells_of(child) for child in children)
        return cls(report, cells_of(report), spec, rules, previous, previous_cells, family)


Evaluator = Callable[[Context, Rule], Iterable[Outcome]]


def make_finding(
    ctx: Context,
    rule_id: str,
    status: Status,
    zh: str,
    en: str,
    *,
    cells: Sequence[str] = (),
    printed: Value = None,
    computed: Value = None,
    assumed_zero: Sequence[str] = (),
    null_cells: Sequence[str] = (),
    quote: str | None = None,
    spans: Sequence[Span] | None = None,
) -> Finding:
    """A finding with severity, pointers, spans and difference filled in from the rule and cells."""
    difference = printed - computed if printed is not None and computed is not None else None
    printed, computed, difference = (_writable(v) for v in (printed, computed, difference))
    if spans is None:
        spans = [span for c in cells if (span := _span(ctx.cells.get(c))) is not None]
    table = cells[0].partition(".")[0] if cells else None
    return Finding(
        rule=rule_id,
        severity=ctx.rule(rule_id).severity,
        status=status,
        message=zh,
        message_en=en,
        table=table,
        cells=tuple(cells),
        pointers=tuple(json_pointer(c) for c in cells),
        printed=printed,
        computed=computed,
        difference=difference,
        assumed_zero=tuple(assumed_zero),
        null_cells=tuple(null_cells),
        spans=tuple(spans),
        quote=quote,
    )


def _writable(value: Value) -> Value:
    """The value, or the same number as a Decimal when it is an integer too long for ``str``.

    Python writes no integer of more than 4300 digits (``sys.get_int_max_str_digits``): a sum of
    such cells would make the finding impossible to write as JSON. A Decimal is written as digits.
    """
    if isinstance(value, int) and value.bit_length() > _WRITABLE_BITS:
        return Decimal(value)
    return value


def _span(cell: Cell | None) -> Span | None:
    return None if cell is None else cell.span


def make_not_assessable(
    ctx: Context,
    rule_id: str,
    subject_zh: str,
    subject_en: str,
    nulls: Sequence[str],
    *,
    cells: Sequence[str],
    nulls_zh: str | None = None,
) -> Finding:
    """A not-assessable finding: ``<subject>：<null cells>为空，无法核对“<rule title>”``."""
    the_rule = ctx.rule(rule_id)
    return make_finding(
        ctx,
        rule_id,
        Status.NOT_ASSESSABLE,
        f"{subject_zh}：{nulls_zh or msg.listing_zh(nulls, ctx.spec)}为空，无法核对“{the_rule.title}”",
        f"{subject_en}: cannot check ({the_rule.title_en}); null: {msg.listing_en(nulls)}",
        cells=cells,
        null_cells=nulls,
    )


def null_cell(
    ctx: Context, rule_id: str, cell_id: str, *, cells: Sequence[str], nulls_zh: str = "该单元格"
) -> Finding:
    """Not assessable because the printed cell ``cell_id`` itself is null."""
    return make_not_assessable(
        ctx,
        rule_id,
        msg.cell_zh(cell_id, ctx.template_spec),
        msg.cell_en(cell_id),
        (cell_id,),
        cells=cells,
        nulls_zh=nulls_zh,
    )
