"""Tables 三 and 四: the sum identities of ``template.sums``, non-negative counts, carry-out.

The identities are taken from ``template.sums`` (never re-derived here), adapted to a hybrid table 三
(the single （六） row of 2019 printed in a 2021 table, or the reverse). A total that is null makes
its rule not assessable, and so do addends that are all null (a 总计 beside blank addends is not
"应为0") or that the parser could not read; other null addends count as 0 and are named in the
finding. In ``t3_balance`` both sides are printed totals, so any null operand makes it not
assessable. The same error seen in several columns (自然人 and 总计) is one finding naming them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from attrs import frozen

from govdisclosure.checks import messages as msg
from govdisclosure.checks.context import (
    PASSED,
    Context,
    Outcome,
    assumed_zero_en,
    assumed_zero_zh,
    make_finding,
    make_not_assessable,
    null_cell,
)
from govdisclosure.checks.numbers import Sum, add, agree, value_of
from govdisclosure.model.findings import Rule, Status
from govdisclosure.template import national
from govdisclosure.template.spec import Template, TemplateSpec
from govdisclosure.template.sums import Identity, identities

_T4_PARTS = "、".join(c.label for c in national.T4_COLUMNS[:-1])
_BASIS = {
    "t3_row_total": ("按各申请人类型合计应为", "the applicant types add up to"),
    "t3_results_sum": ("按（一）至（六）各项办理结果合计应为", "the outcome rows (1)–(6) add up to"),
    "t4_group_total": (f"按{_T4_PARTS}合计应为", "upheld + corrected + other + pending is"),
}
_CORNER_NOTE = national.T3_CORNER_NOTE.strip("（）")
# Rules checked column by column: one error shows in several columns (a column and 总计).
_BY_COLUMN = frozenset({"t3_balance", "t3_results_sum"})


@functools.cache
def _identities(template: Template) -> tuple[Identity, ...]:
    return identities(national.template_spec(template))


def _hybrid(ctx: Context) -> tuple[str, tuple[str, ...]] | None:
    """The hybrid （六） rows a table 三 prints: (the template's own （六） prefix, the printed rows)."""
    if not ctx.hybrid_rows:
        return None
    return ("other." if ctx.hybrid_rows == ("other_single",) else "other"), ctx.hybrid_rows


def adapted(ctx: Context, identity: Identity) -> Identity:
    """An identity of the template as the report's table 三 prints it (the hybrid （六） rows)."""
    hybrid = _hybrid(ctx)
    if hybrid is None or identity.rule != "t3_results_sum":
        return identity
    own, printed = hybrid
    column = identity.subject
    kept = tuple(i for i in identity.right if not i.removeprefix("t3.").startswith(own))
    return Identity(identity.rule, identity.left, kept + tuple(f"t3.{r}.{column}" for r in printed), column)


def _hybrid_row_totals(ctx: Context) -> tuple[Identity, ...]:
    """Row totals of the hybrid rows, which the template's identities do not know."""
    hybrid = _hybrid(ctx)
    if hybrid is None:
        return ()
    columns = [c.id for c in national.T3_COLUMNS]
    return tuple(
        Identity("t3_row_total", (f"t3.{row}.total",), tuple(f"t3.{row}.{c}" for c in columns[:-1]), row)
        for row in hybrid[1]
    )


def _required(identity: Identity) -> tuple[str, ...]:
    """Operands that must be known: both sides of the balance, else the printed total."""
    return identity.ids if identity.rule == "t3_balance" else identity.left


@frozen
class Mismatch:
    """An identity whose operands are known but do not agree."""

    identity: Identity
    left: Sum
    right: Sum


def evaluate_identity(ctx: Context, identity: Identity) -> Outcome | Mismatch:
    """One evaluation of a sum identity, with the null semantics of the checks."""
    spec, cells = ctx.template_spec, ctx.cells
    nulls = [i for i in _required(identity) if value_of(cells, i) is None]
    if not nulls:
        unread = [i for i in identity.right if i in ctx.gaps]
        every = all(value_of(cells, i) is None for i in identity.right)
        if unread or every:
            nulls = unread or list(identity.right)
        else:
            left, right = add(cells, identity.left), add(cells, identity.right)
            return PASSED if agree(left, right) else Mismatch(identity, left, right)
    subject_zh, subject_en = _subject([identity], spec)
    itself = identity.rule != "t3_balance" and nulls == list(identity.left)
    return make_not_assessable(
        ctx,
        identity.rule,
        subject_zh,
        subject_en,
        nulls,
        cells=identity.ids,
        nulls_zh="该单元格" if itself else None,
    )


def _subject(identities_: Sequence[Identity], spec: TemplateSpec) -> tuple[str, str]:
    first = identities_[0]
    if first.rule == "t3_balance":
        columns = [i.subject for i in identities_]
        return msg.columns_of_table_zh("t3", columns, spec), msg.columns_of_table_en("t3", columns)
    lefts = [i.left[0] for i in identities_]
    return msg.cells_zh(lefts, spec), msg.cells_en(lefts)


def _side(ctx: Context, ids: tuple[str, ...], spec: TemplateSpec) -> str:
    return " + ".join(
        f"{msg.row_label('t3', i.split('.')[1], spec)} {msg.number(value_of(ctx.cells, i))}" for i in ids
    )


def _balance_text(ctx: Context, members: Sequence[Mismatch], spec: TemplateSpec) -> str:
    def one(m: Mismatch) -> str:
        return (
            f"第一项加第二项之和为 {msg.number(m.left.value)}（{_side(ctx, m.identity.left, spec)}），"
            f"第三项加第四项之和为 {msg.number(m.right.value)}（{_side(ctx, m.identity.right, spec)}），"
            f"第一项加第二项之和{msg.gap_zh(m.left.value, m.right.value)}"
        )

    texts = [one(m) for m in members]
    if len(set(texts)) == 1:
        body = texts[0]
    else:
        body = "；".join(
            f"{msg.column_of_table_zh('t3', m.identity.subject, spec)[2:]}{t}"
            for m, t in zip(members, texts, strict=True)
        )
    return f"{body}；表内注明：{_CORNER_NOTE}"


def _values(values: Iterable[int | Decimal]) -> str:
    return "、".join(msg.number(v) for v in values)


def _mismatch(ctx: Context, members: Sequence[Mismatch]) -> Outcome:
    """The failure of one identity, or of the same identity in several columns with the same gap."""
    spec, first = ctx.template_spec, members[0]
    rule_id = first.identity.rule
    subject_zh, subject_en = _subject([m.identity for m in members], spec)
    printed = [m.left.value for m in members]
    computed = [m.right.value for m in members]
    nulls = tuple(dict.fromkeys(n for m in members for n in m.right.nulls))
    each = "均" if len(members) > 1 else ""
    if rule_id == "t3_balance":
        body = _balance_text(ctx, members, spec)
        body_en = (
            f"new + carried over is {msg.number(first.left.value)}, results total + carried forward is "
            f"{msg.number(first.right.value)} ({msg.gap_en(first.left.value, first.right.value)})"
        )
    else:
        basis, basis_en = _BASIS[rule_id]
        body = (
            f"填报 {_values(printed)}，{basis} {_values(computed)}，"
            f"{each}{msg.gap_zh(first.left.value, first.right.value)}{assumed_zero_zh(ctx, nulls)}"
        )
        in_each = " in each" if len(members) > 1 else ""
        body_en = (
            f"printed {' and '.join(map(msg.number, printed))}, but {basis_en} "
            f"{' and '.join(map(msg.number, computed))} ({msg.gap_en(first.left.value, first.right.value)}"
            f"{in_each}){assumed_zero_en(ctx, nulls)}"
        )
    return make_finding(
        ctx,
        rule_id,
        Status.FAIL,
        f"{subject_zh}：{body}",
        f"{subject_en}: {body_en}",
        cells=tuple(dict.fromkeys(i for m in members for i in m.identity.ids)),
        printed=first.left.value,
        computed=first.right.value,
        assumed_zero=nulls,
    )


def identity_sums(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """Every sum identity of the template that belongs to the rule; mismatches of a column rule with
    the same difference are one finding."""
    assert ctx.spec is not None
    own = [adapted(ctx, i) for i in _identities(ctx.spec.template) if i.rule == rule.id]
    if rule.id == "t3_row_total":
        own += _hybrid_row_totals(ctx)
    groups: dict[object, list[Mismatch]] = {}
    for identity in own:
        outcome = evaluate_identity(ctx, identity)
        if not isinstance(outcome, Mismatch):
            yield outcome
            continue
        gap = outcome.left.value - outcome.right.value
        groups.setdefault(gap if rule.id in _BY_COLUMN else identity, []).append(outcome)
    for members in groups.values():
        yield _mismatch(ctx, members)


def _is_count(value: int | Decimal) -> bool:
    return isinstance(value, int) or value == value.to_integral_value()


def nonneg_outcomes(
    ctx: Context, rule_id: str, cell_ids: Iterable[str], *, money: frozenset[str] = frozenset()
) -> Iterator[Outcome]:
    """One failure per negative (or, but for ``money`` cells, non-integer) cell; else one pass."""
    spec = ctx.template_spec
    failed = False
    for cell_id in cell_ids:
        value = value_of(ctx.cells, cell_id)
        if value is None or (value >= 0 and (cell_id in money or _is_count(value))):
            continue
        failed = True
        what, what_en = ("为负数", "is negative") if value < 0 else ("不是整数", "is not an integer")
        yield make_finding(
            ctx,
            rule_id,
            Status.FAIL,
            f"{msg.cell_zh(cell_id, spec)}：填报 {msg.number(value)}，{what}",
            f"{msg.cell_en(cell_id)}: printed {msg.number(value)}, which {what_en}",
            cells=(cell_id,),
            printed=value,
        )
    if not failed:
        yield PASSED


def _table_cells(ctx: Context, table_id: str) -> list[str]:
    return [cell_id for cell_id in ctx.cells if cell_id.startswith(table_id + ".")]


def t3_nonneg(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    return nonneg_outcomes(ctx, rule.id, _table_cells(ctx, "t3"))


def t4_nonneg(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    return nonneg_outcomes(ctx, rule.id, _table_cells(ctx, "t4"))


def carry_out_le_available(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    spec = ctx.template_spec
    for column in spec.table("t3").rows[0].columns:
        out_id = f"t3.carried_forward.{column.id}"
        available_ids = (f"t3.new_received.{column.id}", f"t3.carried_over.{column.id}")
        carried = value_of(ctx.cells, out_id)
        if carried is None:
            yield null_cell(ctx, rule.id, out_id, cells=(out_id, *available_ids))
            continue
        available = add(ctx.cells, available_ids)
        if carried <= available.value:
            yield PASSED
            continue
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"{msg.cell_zh(out_id, spec)}：结转下年度 {msg.number(carried)}，超过本年新收与上年结转之和 "
            f"{msg.number(available.value)}{assumed_zero_zh(ctx, available.nulls)}",
            f"{msg.cell_en(out_id)}: carried forward {msg.number(carried)} exceeds new + carried over "
            f"{msg.number(available.value)}{assumed_zero_en(ctx, available.nulls)}",
            cells=(out_id, *available_ids),
            printed=carried,
            computed=available.value,
            assumed_zero=available.nulls,
        )
