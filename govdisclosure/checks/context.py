"""What an evaluator sees (the report, its cells, last year's report, its government's report) and
how it builds a finding.

An evaluator yields one ``Outcome`` per evaluation of its rule: ``None`` when it passed, else the
``Finding`` (failed or not assessable). A null cell is null for a reason, and a message says which:
printed blank (为空), printed as a placeholder (填“-”), not read by the parser (未能读出: the cell
is named by a parse note), or lacking from the report (缺少).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from attrs import field, frozen

from govdisclosure.checks import messages as msg
from govdisclosure.model.cellmap import cells_of, json_pointer
from govdisclosure.model.cells import Cell, CellKind, Span, Value
from govdisclosure.model.diagnostics import Diagnostic, Severity
from govdisclosure.model.findings import Finding, Rule, Status
from govdisclosure.model.report import Report
from govdisclosure.template import national
from govdisclosure.template.spec import TemplateSpec

_WRITABLE_BITS = 14_000  # under 4300 decimal digits

Outcome = Finding | None
PASSED: Outcome = None


# Parse notes that name cells the parser did read (or decided are blank): not gaps in the reading.
_READ_NOTES = frozenset({"blank_inferred", "narrative_choice", "row_by_position"})


def parse_gaps(diagnostics: Sequence[Diagnostic], cells: Mapping[str, Cell]) -> frozenset[str]:
    """The null cells that a parse note names as not read (glued digits, a row or table not read)."""
    return frozenset(
        cell_id
        for d in diagnostics
        if d.code not in _READ_NOTES
        for cell_id in d.cells
        if (cell := cells.get(cell_id)) is None or cell.value is None
    )


@frozen
class Context:
    """A report under check, with its cells by id and, optionally, the same body's previous report
    and the report of the government it belongs to (same year)."""

    report: Report
    cells: Mapping[str, Cell]
    spec: TemplateSpec | None
    rules: Mapping[str, Rule]
    previous: Report | None = None
    previous_cells: Mapping[str, Cell] = field(factory=dict)
    children: Sequence[Mapping[str, Cell]] = ()
    parent: Report | None = None
    parent_cells: Mapping[str, Cell] = field(factory=dict)
    gaps: frozenset[str] = frozenset()
    # The hybrid （六） rows table 三 prints (``other_single``, or ``other_split.<sub-row>``…).
    hybrid_rows: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id."""
        return self.rules[rule_id]

    @property
    def template_spec(self) -> TemplateSpec:
        """The spec of the report's template (only table rules ask, and they run on 2019/2021 reports)."""
        if self.spec is None:
            raise ValueError(f"a {self.report.template.value} report has no template tables")
        return self.spec

    def why_null(self, cell_id: str) -> str:
        """Why a null cell is null: ``gap``, ``blank``, ``dash``, ``slash``, ``text`` or ``missing``."""
        if cell_id in self.gaps:
            return "gap"
        cell = self.cells.get(cell_id)
        if cell is None or cell.kind in (CellKind.MISSING, CellKind.NUMBER):
            return "missing"
        return cell.kind.value

    @classmethod
    def of(
        cls,
        report: Report,
        rules: Mapping[str, Rule],
        previous: Report | None = None,
        children: Sequence[Report] = (),
        parent: Report | None = None,
    ) -> Context:
        """The context of a report (the template spec is None for legacy and unknown reports)."""
        spec = national.TEMPLATES.get(report.template)
        cells = cells_of(report)
        previous_cells = cells_of(previous) if previous is not None else {}
        family = tuple(cells_of(child) for child in children)
        parent_cells = cells_of(parent) if parent is not None else {}
        gaps = parse_gaps(report.diagnostics, cells)
        hybrid = tuple(dict.fromkeys(c[3:].rpartition(".")[0] for c in cells if c.startswith("t3.other_")))
        return cls(
            report, cells, spec, rules, previous, previous_cells, family, parent, parent_cells, gaps, hybrid
        )


# Why a null cell is null, in Chinese and English.
_WHY = {
    "gap": ("未能读出（见解析说明）", "could not be read (see the parse notes)"),
    "blank": ("为空", "blank"),
    "dash": ("填“-”", "printed “-”"),
    "slash": ("填“/”", "printed “/”"),
    "missing": ("缺少", "missing"),
}


def _why(ctx: Context, cell_ids: Sequence[str], english: bool) -> str:
    reason = ctx.why_null(cell_ids[0]) if cell_ids else "blank"
    if reason == "text":
        cell = ctx.cells.get(cell_ids[0])
        raw = cell.raw.strip() if cell else ""
        return f"printed “{raw}”" if english else f"填“{raw}”"
    return _WHY[reason][english]


def why_zh(ctx: Context, cell_ids: Sequence[str]) -> str:
    """``为空``, ``未能读出（见解析说明）``…: why these null cells are null (the first one's reason)."""
    return _why(ctx, cell_ids, english=False)


def why_en(ctx: Context, cell_ids: Sequence[str]) -> str:
    """English counterpart of ``why_zh``."""
    return _why(ctx, cell_ids, english=True)


def null_cells_zh(ctx: Context, cell_ids: Sequence[str]) -> str:
    """The null cells named and why, grouped by reason: ``表三…列为空，表二…列未能读出（见解析说明）``."""
    groups: dict[str, list[str]] = {}
    for cell_id in cell_ids:
        groups.setdefault(why_zh(ctx, [cell_id]), []).append(cell_id)
    return "，".join(f"{msg.listing_zh(ids, ctx.spec)}{why}" for why, ids in groups.items())


def null_cells_en(ctx: Context, cell_ids: Sequence[str]) -> str:
    """English counterpart of ``null_cells_zh``."""
    groups: dict[str, list[str]] = {}
    for cell_id in cell_ids:
        groups.setdefault(why_en(ctx, [cell_id]), []).append(cell_id)
    return "; ".join(f"{msg.listing_en(ids)} {why}" for why, ids in groups.items())


Evaluator = Callable[[Context, Rule], Iterable[Outcome]]


def assumed_zero_zh(ctx: Context, cell_ids: Sequence[str]) -> str:
    """The note a failure carries when null addends were taken as 0: ``（其中…为空，按 0 计算）``."""
    return f"（其中{null_cells_zh(ctx, cell_ids)}，按 0 计算）" if cell_ids else ""


def assumed_zero_en(ctx: Context, cell_ids: Sequence[str]) -> str:
    """English counterpart of ``assumed_zero_zh``."""
    return f" (taken as 0: {null_cells_en(ctx, cell_ids)})" if cell_ids else ""


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
    severity: Severity | None = None,
) -> Finding:
    """A finding with severity, pointers, spans and difference filled in from the rule and cells
    (``severity`` overrides the rule's: a harmless variant is information)."""
    difference = printed - computed if printed is not None and computed is not None else None
    printed, computed, difference = (_writable(v) for v in (printed, computed, difference))
    if spans is None:
        spans = [span for c in cells if (span := _span(ctx.cells.get(c))) is not None]
    table = cells[0].partition(".")[0] if cells else None
    return Finding(
        rule=rule_id,
        severity=severity or ctx.rule(rule_id).severity,
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


def quoted(
    ctx: Context, rule_id: str, zh: str, en: str, sentence: str, span: Span | None, **values: Any
) -> Finding:
    """A failed finding about a sentence of the narrative: it quotes the sentence and points at it."""
    return make_finding(
        ctx, rule_id, Status.FAIL, zh, en, quote=sentence, spans=() if span is None else (span,), **values
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
    """A not-assessable finding: ``<subject>：<null cells>为空，无法核对“<rule title>”`` (the reason
    said as it is: 为空, 填“-”, 未能读出, 缺少). ``nulls_zh`` names the null cells otherwise."""
    the_rule = ctx.rule(rule_id)
    named = nulls_zh + why_zh(ctx, nulls) if nulls_zh is not None else null_cells_zh(ctx, nulls)
    return make_finding(
        ctx,
        rule_id,
        Status.NOT_ASSESSABLE,
        f"{subject_zh}：{named}，无法核对“{the_rule.title}”",
        f"{subject_en}: cannot check “{the_rule.title_en}”: {null_cells_en(ctx, nulls)}",
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
