"""Rules across reports: last year's report of the same body (xy_*) and a parent with its children."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from govdisclosure.checks import messages as msg
from govdisclosure.checks.context import (
    PASSED,
    Context,
    Evaluator,
    Outcome,
    make_finding,
    make_not_assessable,
    null_cell,
)
from govdisclosure.checks.numbers import Sum, add, agree, exact, value_of
from govdisclosure.model.findings import Rule, Status
from govdisclosure.template import national


def _wrong_year(ctx: Context, rule_id: str) -> Outcome:
    """Not assessable when the previous report is not of year N−1 (when both years are known)."""
    assert ctx.previous is not None
    year, before = ctx.report.metadata.year, ctx.previous.metadata.year
    if year is None or before is None or year - before == 1:
        return None
    return make_finding(
        ctx,
        rule_id,
        Status.NOT_ASSESSABLE,
        f"用于比较的报告为 {before} 年度，不是 {year - 1} 年度，无法核对“{ctx.rule(rule_id).title}”",
        f"the previous report is for {before}, not {year - 1}",
    )


@frozen
class Roll:
    """``cell`` (this year) == Σ ``base`` (last year's cells) + Σ ``plus`` − Σ ``minus`` (this year's).

    Ids hold ``{}`` for the row or column the rule runs over. The printed cell and last year's
    cells must be known; null ``plus``/``minus`` cells count as 0.
    """

    cell: str
    base: tuple[str, ...]
    keys: tuple[str, ...]
    basis: str
    plus: tuple[str, ...] = ()
    minus: tuple[str, ...] = ()


_CARRIED_FORWARD = national.T3_2019.row("carried_forward").printed_label
CARRY_OVER = Roll(
    "t3.carried_over.{}",
    ("t3.carried_forward.{}",),
    tuple(c.id for c in national.T3_COLUMNS),
    f"按上一年度报告“{_CARRIED_FORWARD}”应为",
)
IN_FORCE = Roll(
    "t2.{}.in_force",
    ("t2.{}.in_force",),
    ("regulations", "normative_documents"),
    "按上一年度现行有效件数加本年制发件数减本年废止件数应为",
    plus=("t2.{}.issued",),
    minus=("t2.{}.repealed",),
)
ITEMS = Roll(
    "t2.{}.items_prev_year",
    ("t2.{}.items_prev_year", "t2.{}.items_change"),
    ("licensing", "other_services", "penalty", "coercion", "fees"),
    "按上一年度报告的上一年项目数量加本年增/减应为",
)


def _ids(ids: tuple[str, ...], key: str) -> tuple[str, ...]:
    return tuple(i.format(key) for i in ids)


def evaluate_roll(ctx: Context, rule_id: str, spec_roll: Roll, key: str) -> Outcome:
    """One evaluation of a roll-forward rule for one row or column."""
    spec = ctx.template_spec
    cell_id, base = spec_roll.cell.format(key), _ids(spec_roll.base, key)
    plus, minus = _ids(spec_roll.plus, key), _ids(spec_roll.minus, key)
    printed = value_of(ctx.cells, cell_id)
    nulls = [c for c in base if value_of(ctx.previous_cells, c) is None]
    if printed is None or nulls:
        where = ([msg.cell_zh(cell_id, spec)] if printed is None else []) + [
            f"上一年度报告{msg.cell_zh(c, spec)}" for c in nulls
        ]
        return make_not_assessable(
            ctx,
            rule_id,
            msg.cell_zh(cell_id, spec),
            msg.cell_en(cell_id),
            ([cell_id] if printed is None else []) + nulls,
            cells=(cell_id,),
            nulls_zh="、".join(where),
        )
    last, added, removed = add(ctx.previous_cells, base), add(ctx.cells, plus), add(ctx.cells, minus)
    computed = Sum(
        last.value + added.value - removed.value,
        added.nulls + removed.nulls,
        last.tolerance + added.tolerance + removed.tolerance,
    )
    if agree(exact(printed), computed):
        return PASSED
    return make_finding(
        ctx,
        rule_id,
        Status.FAIL,
        f"{msg.cell_zh(cell_id, spec)}："
        + msg.mismatch_zh(printed, computed.value, spec_roll.basis, computed.nulls, spec),
        f"{msg.cell_en(cell_id)}: "
        + msg.mismatch_en(printed, computed.value, "last year's report gives", computed.nulls),
        cells=(cell_id, *plus, *minus),
        printed=printed,
        computed=computed.value,
        assumed_zero=computed.nulls,
    )


def rolled(spec_roll: Roll) -> Evaluator:
    """The evaluator of a roll-forward rule: one evaluation per row or column."""

    def evaluate(ctx: Context, rule: Rule) -> Iterator[Outcome]:
        blocked = _wrong_year(ctx, rule.id)
        if blocked is not None:
            yield blocked
            return
        for key in spec_roll.keys:
            yield evaluate_roll(ctx, rule.id, spec_roll, key)

    return evaluate


def not_identical(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    values = {k: c.value for k, c in ctx.cells.items()}
    before = {k: c.value for k, c in ctx.previous_cells.items()}
    if values != before or not any(values.values()):
        yield PASSED
        return
    yield make_finding(
        ctx,
        rule.id,
        Status.FAIL,
        "表二、表三、表四的数据与上一年度报告完全相同，疑似照搬上年报告",
        "tables 2, 3 and 4 are identical to last year's report (copied?)",
    )


def _family_cells(ctx: Context) -> list[str]:
    spec = ctx.template_spec
    return [c.id for c in spec.cells if c.table.id in ("t3", "t4") and c.column.id == "total"]


def parent_sum(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """Each table 三/四 total of a parent report against the sum of its children's (``ctx.children``)."""
    spec, children = ctx.template_spec, ctx.children
    for cell_id in _family_cells(ctx):
        printed = value_of(ctx.cells, cell_id)
        if printed is None:
            yield null_cell(ctx, rule.id, cell_id, cells=(cell_id,), nulls_zh="汇总报告该单元格")
            continue
        parts = [add(child, (cell_id,)) for child in children]
        total = Sum(sum((p.value for p in parts), start=0), tuple(n for p in parts for n in p.nulls))
        if agree(exact(printed), total):
            yield PASSED
            continue
        empty = sum(1 for p in parts if p.nulls)
        note = f"（其中 {empty} 份报告该单元格为空，按 0 计算）" if empty else ""
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"{msg.cell_zh(cell_id, spec)}：汇总报告"
            + msg.mismatch_zh(printed, total.value, f"所属 {len(children)} 份报告合计", (), spec)
            + note,
            f"{msg.cell_en(cell_id)}: parent report "
            + msg.mismatch_en(printed, total.value, f"its {len(children)} children add up to", ()),
            cells=(cell_id,),
            printed=printed,
            computed=total.value,
            assumed_zero=(cell_id,) if empty else (),
        )
