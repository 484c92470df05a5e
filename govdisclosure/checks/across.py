"""Rules across reports: last year's report of the same body (xy_*), a parent with its children, and a
department with its government's report of the same year (xr_*)."""

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
    null_cell,
    parse_gaps,
)
from govdisclosure.checks.issuer import report_name, same_reports
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
    if printed is None:
        return null_cell(ctx, rule_id, cell_id, cells=(cell_id,))
    nulls = [c for c in base if value_of(ctx.previous_cells, c) is None]
    if nulls:
        title = ctx.rule(rule_id)
        return make_finding(
            ctx,
            rule_id,
            Status.NOT_ASSESSABLE,
            f"{msg.cell_zh(cell_id, spec)}：上一年度报告{msg.listing_zh(nulls, spec)}无数值，无法核对“{title.title}”",
            f"{msg.cell_en(cell_id)}: cannot check “{title.title_en}”: last year's report has no value for "
            f"{msg.listing_en(nulls)}",
            cells=(cell_id,),
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
    """The evaluator of a roll-forward rule: one evaluation per row or column; the rows last year's
    report left unread (its parse notes) are said once."""

    def evaluate(ctx: Context, rule: Rule) -> Iterator[Outcome]:
        blocked = _wrong_year(ctx, rule.id)
        if blocked is not None:
            yield blocked
            return
        assert ctx.previous is not None
        unread = parse_gaps(ctx.previous.diagnostics, ctx.previous_cells)
        skipped: list[str] = []
        for key in spec_roll.keys:
            base = _ids(spec_roll.base, key)
            if any(c in unread for c in base):
                skipped.extend(c for c in base if c in unread)
                continue
            yield evaluate_roll(ctx, rule.id, spec_roll, key)
        if skipped:
            rows = "".join(
                dict.fromkeys(
                    msg.row_label(c.split(".")[0], c.split(".", 1)[1].rpartition(".")[0], ctx.template_spec)
                    for c in skipped
                )
            )
            yield make_finding(
                ctx,
                rule.id,
                Status.NOT_ASSESSABLE,
                f"上一年度报告表{msg.TABLE_ZH[skipped[0][:2]][1]}{rows}行的数字未能读出（见该报告的解析说明），"
                f"无法核对“{rule.title}”",
                f"cannot check “{rule.title_en}”: the numbers of last year's {msg.TABLE_EN[skipped[0][:2]]}, "
                "rows "
                + ", ".join(
                    dict.fromkeys(f'"{msg.row_en(c.split(".", 1)[1].rpartition(".")[0])}"' for c in skipped)
                )
                + " "
                "could not be read (see its parse notes)",
            )

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


# --- the same body, and counts that jump ------------------------------------------------------

# Counts compared year on year by ``xy_anomaly`` (present in both templates or compared only within one).
_ANOMALY_CELLS = (
    "t3.new_received.total",
    "t3.results_total.total",
    "t4.review.total",
    "t4.litigation_direct.total",
    "t4.litigation_after_review.total",
    "t2.licensing.decisions",
    "t2.penalty.decisions",
    "t2.coercion.decisions",
)
ANOMALY_RATIO = 5
ANOMALY_MIN_CHANGE = 20


def same_body(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """``xy_same_body``: last year's report is the same body's (else nothing is compared)."""
    assert ctx.previous is not None
    this, before = report_name(ctx.report), report_name(ctx.previous)
    same = same_reports(ctx.report, ctx.previous)
    if same is None:
        yield make_finding(
            ctx,
            rule.id,
            Status.NOT_ASSESSABLE,
            "本报告或上一年度报告的发布机关不详，无法确认是否同一机关",
            "the issuer of this report or of last year's is unknown: the same body cannot be confirmed",
        )
    elif same:
        yield PASSED
    else:
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"用于比较的上一年度报告是“{before}”的，不是“{this}”的，不作跨年度比较",
            f"last year's report given is “{before}”'s, not “{this}”'s: nothing is compared across years",
        )


def anomaly(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """``xy_anomaly``: a count that grows or falls five-fold (and by 20 or more), or tables 三 and 四
    all zero after a year with applications."""
    assert ctx.previous is not None
    spec = ctx.template_spec
    found = False
    for cell_id in _ANOMALY_CELLS:
        now, before = value_of(ctx.cells, cell_id), value_of(ctx.previous_cells, cell_id)
        if now is None or before is None or max(now - before, before - now) < ANOMALY_MIN_CHANGE:
            continue
        if now < before * ANOMALY_RATIO and before < now * ANOMALY_RATIO:
            continue
        found = True
        verb, verb_en = ("增至", "grew to") if now > before else ("降至", "fell to")
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"{msg.cell_zh(cell_id, spec)}由上一年度的 {msg.number(before)} {verb} {msg.number(now)}，变化异常，请核实",
            f"{msg.cell_en(cell_id)} {verb_en} {msg.number(now)} from {msg.number(before)} last year: please verify",
            cells=(cell_id,),
            printed=now,
            computed=before,
        )
    zero_now = all(
        v == 0 for k, c in ctx.cells.items() if k.startswith(("t3.", "t4.")) and (v := c.value) is not None
    )
    received = value_of(ctx.previous_cells, "t3.new_received.total")
    if zero_now and value_of(ctx.cells, "t3.new_received.total") == 0 and received:
        found = True
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"表三、表四全部为0，而上一年度报告收到申请 {msg.number(received)} 件，请核实",
            f"tables 3 and 4 are all zero, while last year's report received {msg.number(received)} applications",
        )
    if not found:
        yield PASSED


def _transposed(a: str, b: str) -> bool:
    """Equal but for two neighbouring digits swapped (4166.214619 / 4166.241619)."""
    if len(a) != len(b) or a == b:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and a[diffs[0]] == b[diffs[1]]
        and a[diffs[1]] == b[diffs[0]]
    )


def fee_copied(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """``xr_fee_copied``: a department's 行政事业性收费 equals (or transposes two digits of) its
    government's of the same year — the government's figure copied into a department's report."""
    assert ctx.parent is not None
    cell_id = "t2.fees.amount"
    own, theirs = value_of(ctx.cells, cell_id), value_of(ctx.parent_cells, cell_id)
    if own is None or theirs is None or own == 0:
        return
    a, b = format(own, "f"), format(theirs, "f")
    if own != theirs and not _transposed(a, b):
        yield PASSED
        return
    how, how_en = ("相同", "equals") if own == theirs else ("仅有两位数字颠倒", "transposes two digits of")
    parent = report_name(ctx.parent) or "所属政府"
    yield make_finding(
        ctx,
        rule.id,
        Status.FAIL,
        f"{msg.cell_zh(cell_id, ctx.template_spec)}填报 {msg.number(own)}，与“{parent}”同年度报告的 "
        f"{msg.number(theirs)} {how}，疑为照抄政府的全区数据",
        f"{msg.cell_en(cell_id)} is {msg.number(own)}, which {how_en} the {msg.number(theirs)} of "
        f"“{parent}”'s report of the same year: the government's figure copied?",
        cells=(cell_id,),
        printed=own,
        computed=theirs,
    )
