"""Tables 三 and 四: the sum identities of ``govdisclosure.arithmetic``, non-negative counts, carry-out.

The identities are taken from ``arithmetic.identities`` (never re-derived here). A total that is
null makes its rule not assessable; null addends count as 0 and are named in the finding. In
``t3_balance`` both sides are printed totals, so any null operand makes it not assessable.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from decimal import Decimal

from govdisclosure.checks import messages as msg
from govdisclosure.checks.context import (
    PASSED,
    Context,
    Outcome,
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
    "t3_results_sum": ("按（一）至（六）各项办理结果合计应为", "the outcome rows (一)–(六) add up to"),
    "t4_group_total": (f"按{_T4_PARTS}合计应为", "upheld + corrected + other + pending is"),
}
_CORNER_NOTE = national.T3_CORNER_NOTE.strip("（）")


@functools.cache
def _identities(template: Template) -> tuple[Identity, ...]:
    return identities(national.template_spec(template))


def _required(identity: Identity) -> tuple[str, ...]:
    """Operands that must be known: both sides of the balance, else the printed total."""
    return identity.ids if identity.rule == "t3_balance" else identity.left


def _subject(identity: Identity, spec: TemplateSpec) -> tuple[str, str]:
    if identity.rule == "t3_balance":
        return msg.column_of_table_zh("t3", identity.subject, spec), f"table 3, column {identity.subject}"
    return msg.cell_zh(identity.left[0], spec), msg.cell_en(identity.left[0])


def _balance_text(ctx: Context, identity: Identity, spec: TemplateSpec, left: Sum, right: Sum) -> str:
    def side(ids: tuple[str, ...]) -> str:
        parts = [
            f"{msg.row_label('t3', i.split('.')[1], spec)} {msg.number(value_of(ctx.cells, i))}" for i in ids
        ]
        return " + ".join(parts)

    return (
        f"第一项加第二项之和为 {msg.number(left.value)}（{side(identity.left)}），"
        f"第三项加第四项之和为 {msg.number(right.value)}（{side(identity.right)}），"
        f"相差 {msg.number(left.value - right.value)}；表内注明：{_CORNER_NOTE}"
    )


def evaluate_identity(ctx: Context, identity: Identity) -> Outcome:
    """One evaluation of a sum identity, with the null semantics of the checks."""
    spec, cells = ctx.template_spec, ctx.cells
    nulls = [i for i in _required(identity) if value_of(cells, i) is None]
    if not nulls:
        left, right = add(cells, identity.left), add(cells, identity.right)
        return PASSED if agree(left, right) else _mismatch(ctx, identity, left, right)
    subject_zh, subject_en = _subject(identity, spec)
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


def _mismatch(ctx: Context, identity: Identity, left: Sum, right: Sum) -> Outcome:
    """The failure of an identity whose operands are known but do not agree."""
    spec = ctx.template_spec
    subject_zh, subject_en = _subject(identity, spec)
    if identity.rule == "t3_balance":
        body = _balance_text(ctx, identity, spec, left, right)
        body_en = msg.mismatch_en(left.value, right.value, "results total + carried forward is", ())
        body_en = "new + carried over " + body_en
    else:
        basis, basis_en = _BASIS[identity.rule]
        body = msg.mismatch_zh(left.value, right.value, basis, right.nulls, spec)
        body_en = msg.mismatch_en(left.value, right.value, basis_en, right.nulls)
    return make_finding(
        ctx,
        identity.rule,
        Status.FAIL,
        f"{subject_zh}：{body}",
        f"{subject_en}: {body_en}",
        cells=identity.ids,
        printed=left.value,
        computed=right.value,
        assumed_zero=right.nulls,
    )


def identity_sums(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """Every sum identity of the template that belongs to the rule."""
    assert ctx.spec is not None
    for identity in _identities(ctx.spec.template):
        if identity.rule == rule.id:
            yield evaluate_identity(ctx, identity)


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
            f"{msg.number(available.value)}{msg.assumed_zero_zh(available.nulls, spec)}",
            f"{msg.cell_en(out_id)}: carried forward {msg.number(carried)} exceeds new + carried over "
            f"{msg.number(available.value)}{msg.assumed_zero_en(available.nulls)}",
            cells=(out_id, *available_ids),
            printed=carried,
            computed=available.value,
            assumed_zero=available.nulls,
        )
