"""Narrative against tables: each number the text states about applications and cases (see
``narrative_text``) is compared with the table cells it refers to. All warnings, quoting the sentence.

Where the wording admits several readings (受理 may include last year's carry-over; 办理 may mean
all handled), the claim passes when any reading matches the table.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from attrs import frozen

from govdisclosure.checks import messages as msg
from govdisclosure.checks.claims import Claim, claims
from govdisclosure.checks.context import (
    PASSED,
    Context,
    Evaluator,
    Outcome,
    assumed_zero_zh,
    make_finding,
    why_en,
    why_zh,
)
from govdisclosure.checks.numbers import add, value_of
from govdisclosure.model.cells import Value
from govdisclosure.model.findings import Rule, Status
from govdisclosure.template import national
from govdisclosure.template.spec import TemplateSpec

PERCENT_TOLERANCE = Decimal("0.1")
_T4_TOTALS = {
    "review": ("t4.review.total",),
    "litigation": ("t4.litigation_direct.total", "t4.litigation_after_review.total"),
}


@frozen
class Reading:
    """One reading of a claim: the table cells whose sum the number should equal, and their name."""

    cells: tuple[str, ...]
    name: str


def _total(row: str) -> str:
    return f"t3.{row}.total"


def _block(spec: TemplateSpec, prefix: str) -> tuple[str, ...]:
    rows = [r.id for r in spec.table("t3").rows if r.id == prefix or r.id.startswith(prefix + ".")]
    return tuple(_total(r) for r in rows)


def _cells_name(cells: tuple[str, ...], spec: TemplateSpec) -> str:
    if len(cells) == 1:
        return msg.cell_zh(cells[0], spec)
    row = msg.cell_spec(cells[0], spec).row
    table = msg.cell_spec(cells[0], spec).table
    if row.group_label and all(msg.cell_spec(c, spec).row.group_label == row.group_label for c in cells):
        return f"{msg.TABLE_ZH[table.id]}“{row.group_label}”各项“总计”列之和"
    return "、".join(msg.cell_zh(c, spec) for c in cells) + "之和"


def _reading(spec: TemplateSpec, *cells: str) -> Reading:
    return Reading(tuple(cells), _cells_name(tuple(cells), spec))


def _outcome_cells(spec: TemplateSpec, key: str) -> tuple[str, ...]:
    rows = {
        "granted": ("granted",),
        "partial": ("partially_granted",),
        "granted+partial": ("granted", "partially_granted"),
    }
    if key in rows:
        return tuple(_total(r) for r in rows[key])
    return _block(spec, key)


def readings(claim: Claim, spec: TemplateSpec) -> list[Reading]:
    """The table figures a claim may refer to, the most likely first."""
    new, carry_in = _total("new_received"), _total("carried_over")
    results, carry_out = _total("results_total"), _total("carried_forward")
    if claim.kind == "received":
        both = [] if claim.excludes_carry_over else [_reading(spec, new, carry_in)]
        return [_reading(spec, new), *both]
    if claim.kind == "processed":
        return [_reading(spec, results), _reading(spec, new, carry_in)]
    if claim.kind == "carry_in":
        return [_reading(spec, carry_in)]
    if claim.kind == "carry_out":
        return [_reading(spec, carry_out)]
    if claim.kind == "outcome":
        return [_reading(spec, *_outcome_cells(spec, claim.key))]
    if claim.kind in _T4_TOTALS:
        return [_reading(spec, *_T4_TOTALS[claim.kind])]
    return []


_WHAT = {
    "received": ("收到申请", "applications received"),
    "processed": ("办结申请", "applications processed"),
    "carry_in": ("上年结转申请", "applications carried over"),
    "carry_out": ("结转下年度申请", "applications carried forward"),
    "review": ("行政复议案件", "administrative reviews"),
    "litigation": ("行政诉讼案件", "lawsuits"),
}
_OUTCOME_WHAT = {
    "granted": "予以公开",
    "partial": "部分公开",
    "granted+partial": "予以公开及部分公开",
    "denied": "不予公开",
    "unable": "无法提供",
    "not_processed": "不予处理",
    "other": "其他处理",
}


def _what(claim: Claim) -> tuple[str, str]:
    if claim.kind == "outcome":
        return _OUTCOME_WHAT[claim.key], f"outcome {claim.key}"
    return _WHAT[claim.kind]


def _narrative_finding(
    ctx: Context,
    rule_id: str,
    claim: Claim,
    status: Status,
    zh: str,
    en: str,
    *,
    cells: Sequence[str],
    printed: Value = None,
    computed: Value = None,
    assumed_zero: Sequence[str] = (),
    null_cells: Sequence[str] = (),
) -> Outcome:
    """A finding that quotes the claim's sentence and points at its span."""
    return make_finding(
        ctx,
        rule_id,
        status,
        zh,
        en,
        cells=cells,
        printed=printed,
        computed=computed,
        assumed_zero=assumed_zero,
        null_cells=null_cells,
        quote=claim.sentence,
        spans=() if claim.span is None else (claim.span,),
    )


_APPLICANTS = tuple(c.id for c in national.T3_COLUMNS[:-1])


def lenient(ctx: Context, reading: Reading) -> Reading:
    """A reading whose table 三 总计 cells are printed blank, read as the sum of the applicant columns
    of those rows (when the report filled them): "予以公开及部分公开258件" against 272 + 3."""
    blank = [c for c in reading.cells if c.startswith("t3.") and c.endswith(".total")
             and value_of(ctx.cells, c) is None and c not in ctx.gaps]  # fmt: skip
    if not blank:
        return reading
    cells: list[str] = []
    for cell_id in reading.cells:
        row = cell_id.rpartition(".")[0]
        parts = [f"{row}.{c}" for c in _APPLICANTS]
        if cell_id in blank and any(value_of(ctx.cells, p) is not None for p in parts):
            cells.extend(parts)
        else:
            cells.append(cell_id)
    if cells == list(reading.cells):
        return reading
    return Reading(tuple(cells), f"{reading.name}（总计列未填写，按各申请人类型相加）")


def compare(ctx: Context, rule_id: str, claim: Claim) -> Outcome:
    """The claim's number against its readings: pass when one matches, else a warning on the first."""
    spec = ctx.template_spec
    options = [lenient(ctx, r) for r in readings(claim, spec)]
    sums = [add(ctx.cells, r.cells) for r in options]
    what_zh, what_en = _what(claim)
    first, total = options[0], sums[0]
    if all(len(s.nulls) == len(r.cells) for s, r in zip(sums, options, strict=True)):
        return _narrative_finding(
            ctx,
            rule_id,
            claim,
            Status.NOT_ASSESSABLE,
            f"文字说明称{what_zh} {claim.number} 件，但{first.name}{why_zh(ctx, first.cells)}，无法核对",
            f"the narrative gives {what_en} as {claim.number}, but {msg.listing_en(first.cells)} "
            f"{why_en(ctx, first.cells)}",
            cells=first.cells,
            null_cells=first.cells,
        )
    if any(s.value == claim.number for s in sums):
        return PASSED
    assert claim.number is not None
    return _narrative_finding(
        ctx,
        rule_id,
        claim,
        Status.FAIL,
        f"文字说明称{what_zh} {claim.number} 件，与{first.name} {msg.number(total.value)} 不符，"
        f"文字说明{msg.gap_zh(claim.number, total.value)}{assumed_zero_zh(ctx, total.nulls)}",
        f"the narrative gives {what_en} as {claim.number}, but {msg.listing_en(first.cells)} gives "
        f"{msg.number(total.value)} ({msg.gap_en(claim.number, total.value)} in the narrative)",
        cells=first.cells,
        printed=claim.number,
        computed=total.value,
        assumed_zero=total.nulls,
    )


def _claims_of(ctx: Context, *kinds: str) -> list[Claim]:
    return [c for c in claims(ctx.report.sections) if c.kind in kinds]


def claims_of_kind(*kinds: str) -> Evaluator:
    """The evaluator of a rule comparing the claims of these kinds with the tables."""

    def evaluate(ctx: Context, rule: Rule) -> Iterator[Outcome]:
        for claim in _claims_of(ctx, *kinds):
            yield compare(ctx, rule.id, claim)

    return evaluate


def _percent(claim: Claim, denominator: int | Decimal) -> Decimal:
    assert claim.number is not None
    return (Decimal(claim.number) * 100 / Decimal(denominator)).quantize(Decimal("0.01"))


def percentages(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    spec = ctx.template_spec
    bases = [
        _reading(spec, _total("results_total")),
        _reading(spec, _total("new_received")),
        _reading(spec, _total("new_received"), _total("carried_over")),
    ]
    for claim in _claims_of(ctx, "outcome"):
        if claim.percent is None:
            continue
        exponent = claim.percent.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        tolerance = max(PERCENT_TOLERANCE, Decimal(5).scaleb(-places - 1))
        denominators = [s.value for r in bases if (s := add(ctx.cells, r.cells)).value and not s.nulls]
        if not denominators:
            continue
        if any(abs(_percent(claim, d) - claim.percent) <= tolerance for d in denominators):
            yield PASSED
            continue
        expected = _percent(claim, denominators[0])
        what_zh, _ = _what(claim)
        yield _narrative_finding(
            ctx,
            rule.id,
            claim,
            Status.FAIL,
            f"文字说明称{what_zh} {claim.number} 件占 {claim.percent}%，按{bases[0].name} {denominators[0]} "
            f"计算应为 {expected}%",
            f"the narrative says {claim.number} is {claim.percent}%, but {claim.number}/{denominators[0]} "
            f"is {expected}%",
            cells=bases[0].cells,
            printed=claim.percent,
            computed=expected,
        )


def zero_claims(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    spec = ctx.template_spec
    for claim in _claims_of(ctx, "zero_applications", "zero_cases"):
        if claim.kind == "zero_applications":
            cells: tuple[str, ...] = (_total("new_received"),)
            what_zh, what_en = "未收到政府信息公开申请", "no applications were received"
        else:
            groups = claim.key.split(",") if claim.key else list(_T4_TOTALS)
            cells = tuple(c for g in groups for c in _T4_TOTALS[g])
            what_zh, what_en = "未发生相关行政复议、行政诉讼", "there were no reviews or lawsuits"
        total = add(ctx.cells, cells)
        if len(total.nulls) == len(cells):
            continue
        if total.value == 0:
            yield PASSED
            continue
        yield _narrative_finding(
            ctx,
            rule.id,
            claim,
            Status.FAIL,
            f"文字说明称{what_zh}，但{_cells_name(cells, spec)}为 {msg.number(total.value)}",
            f"the narrative says {what_en}, but the table gives {msg.number(total.value)}",
            cells=cells,
            printed=0,
            computed=total.value,
        )
