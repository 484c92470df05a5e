"""Table 二: non-negative counts and amounts, signed item changes, and the soft document rules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex

from govdisclosure.checks import messages as msg
from govdisclosure.checks.arithmetic_rules import nonneg_outcomes
from govdisclosure.checks.context import (
    PASSED,
    Context,
    Outcome,
    make_finding,
    make_not_assessable,
)
from govdisclosure.checks.numbers import value_of
from govdisclosure.model.findings import Rule, Status
from govdisclosure.template import english
from govdisclosure.template.spec import TemplateSpec

_DOCUMENT_ROWS = ("regulations", "normative_documents")
_ITEM_ROWS = ("licensing", "other_services", "penalty", "coercion", "fees")
FEE_DIGITS_LIMIT = Decimal(1_000_000)  # 7 integer digits of 万元 is implausible for one body
_YUAN_NOT_WAN = regex.compile(r"(?<!万)元")


def _label(spec: TemplateSpec, cell_id: str) -> str:
    return f"“{msg.cell_spec(cell_id, spec).column.label}”"


def _row_zh(spec: TemplateSpec, row_id: str) -> str:
    return f"表二{msg.row_label('t2', row_id, spec)}行"


def _not_assessable(ctx: Context, rule_id: str, row_id: str, ids: Sequence[str]) -> Outcome:
    nulls = [i for i in ids if value_of(ctx.cells, i) is None]
    if not nulls:
        return None
    spec = ctx.template_spec
    return make_not_assessable(
        ctx,
        rule_id,
        _row_zh(spec, row_id),
        f'table 2, row "{msg.row_en(row_id)}"',
        nulls,
        cells=ids,
        nulls_zh="、".join(_label(spec, i) for i in nulls),
    )


def _at_most(ctx: Context, rule_id: str, small: str, big: Sequence[str]) -> Iterator[Outcome]:
    """``small ≤ Σ big`` for each document row, every operand printed (soft rules)."""
    spec = ctx.template_spec
    for row in _DOCUMENT_ROWS:
        small_id, big_ids = f"t2.{row}.{small}", [f"t2.{row}.{c}" for c in big]
        ids = (small_id, *big_ids)
        blocked = _not_assessable(ctx, rule_id, row, ids)
        if blocked is not None:
            yield blocked
            continue
        printed = value_of(ctx.cells, small_id)
        bound = sum((value_of(ctx.cells, i) or 0 for i in big_ids), start=0)
        assert printed is not None
        if printed <= bound:
            yield PASSED
            continue
        bound_zh = " 加 ".join(f"{_label(spec, i)} {msg.number(value_of(ctx.cells, i))}" for i in big_ids)
        yield make_finding(
            ctx,
            rule_id,
            Status.FAIL,
            f"{_row_zh(spec, row)}：{_label(spec, small_id)} {msg.number(printed)} 大于 {bound_zh}"
            + (f"（合计 {msg.number(bound)}）" if len(big_ids) > 1 else ""),
            f'table 2, row "{msg.row_en(row)}": {english.COLUMNS[small]} {msg.number(printed)} exceeds '
            f"{' + '.join(english.COLUMNS[b] for b in big)} = {msg.number(bound)}",
            cells=ids,
            printed=printed,
            computed=bound,
        )


def nonneg(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    spec = ctx.template_spec
    cells = [c for c in spec.cells if c.table.id == "t2" and not c.column.signed]
    money = frozenset(c.id for c in cells if c.column.money)
    return nonneg_outcomes(ctx, rule.id, [c.id for c in cells], money=money)


def items_change(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    spec = ctx.template_spec
    for row in _ITEM_ROWS:
        prev_id, change_id = f"t2.{row}.items_prev_year", f"t2.{row}.items_change"
        prev_cell = ctx.cells.get(prev_id)
        if prev_cell is not None and prev_cell.raw.strip()[:1] in ("+", "-", "－", "＋"):
            yield make_finding(
                ctx,
                rule.id,
                Status.FAIL,
                f"{msg.cell_zh(prev_id, spec)}：填报“{prev_cell.raw.strip()}”带正负号，"
                f"疑似与{_label(spec, change_id)}错列",
                f"{msg.cell_en(prev_id)}: printed {prev_cell.raw.strip()!r} with a sign; "
                "columns look shifted",
                cells=(prev_id, change_id),
                printed=prev_cell.value,
            )
            continue
        blocked = _not_assessable(ctx, rule.id, row, (prev_id, change_id))
        if blocked is not None:
            yield blocked
            continue
        prev, change = value_of(ctx.cells, prev_id), value_of(ctx.cells, change_id)
        assert prev is not None
        assert change is not None
        if prev + change >= 0 and isinstance(change, int):
            yield PASSED
            continue
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"{_row_zh(spec, row)}：{_label(spec, prev_id)} {msg.number(prev)} 加{_label(spec, change_id)} "
            f"{msg.number(change)} 为 {msg.number(prev + change)}，项目数不能为负数或非整数",
            f'table 2, row "{msg.row_en(row)}": items last year {msg.number(prev)} + change {msg.number(change)} = '
            f"{msg.number(prev + change)}, not a non-negative whole number",
            cells=(change_id, prev_id),
            printed=change,
        )


def published_le_total(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    return _at_most(ctx, rule.id, "published_new", ("published_total",))


def published_le_made(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    return _at_most(ctx, rule.id, "published_new", ("made_new",))


def in_force_ge_net(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    return _at_most(ctx, rule.id, "issued", ("in_force", "repealed"))


def in_force_ge_made(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    return _at_most(ctx, rule.id, "issued", ("in_force",))


def fee_unit(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    spec = ctx.template_spec
    cell_id = "t2.fees.amount"
    cell = ctx.cells.get(cell_id)
    if cell is None or cell.value is None:
        return
    if _YUAN_NOT_WAN.search(cell.raw):
        why, why_en = (
            f"单元格写明“{cell.raw.strip()}”，以元而非万元填报",
            "the cell is printed in 元, not 万元",
        )
    elif cell.value >= FEE_DIGITS_LIMIT:
        why, why_en = (
            "整数部分达 7 位以上，疑似以元而非万元填报",
            "7 or more integer digits: probably 元, not 万元",
        )
    else:
        yield PASSED
        return
    yield make_finding(
        ctx,
        rule.id,
        Status.FAIL,
        f"{msg.cell_zh(cell_id, spec)}：填报 {msg.number(cell.value)}，{why}",
        f"{msg.cell_en(cell_id)}: printed {msg.number(cell.value)}; {why_en}",
        cells=(cell_id,),
        printed=cell.value,
    )
