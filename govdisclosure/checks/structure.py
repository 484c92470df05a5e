"""Structure: the six sections, the introduction, numbered items, the template against the year, cells."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import regex

from govdisclosure.checks import messages as msg
from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding
from govdisclosure.model.cells import CellKind
from govdisclosure.model.findings import Finding, Rule, Status
from govdisclosure.model.report import Report
from govdisclosure.template import national
from govdisclosure.template.bodies import BodyKind, kind_of
from govdisclosure.template.spec import Template
from govdisclosure.text.compact import norm, norm_label

_TEMPLATE_ZH = {
    Template.V2019: f"2019年格式（{national.NOTICE_2019}）",
    Template.V2021: f"2021年格式（{national.NOTICE_2021}）",
    Template.LEGACY: "2019年以前的旧格式",
    Template.UNKNOWN: "未识别的格式",
}


def _one(ctx: Context, rule_id: str, status: Status, zh: str, en: str) -> Finding:
    return make_finding(ctx, rule_id, status, zh, en)


def six_sections(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    sections = ctx.report.sections
    missing = [s for s in national.SECTIONS if getattr(sections, s.id) is None]
    offsets = [o for s in national.SECTIONS if (o := _offset(ctx.report, s.id)) is not None]
    if missing:
        names = "、".join(f"“{s.printed_heading}”" for s in missing)
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            f"报告缺少{names}部分",
            f"missing sections: {', '.join(s.id for s in missing)}",
        )
    elif offsets != sorted(offsets):
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            "六个部分的顺序与格式要求不符",
            "the six sections are out of order",
        )
    else:
        yield PASSED


def heading_wording(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    for spec in national.SECTIONS:
        section = getattr(ctx.report.sections, spec.id)
        if section is None:
            continue
        if norm(section.heading) == norm_label(spec.printed_heading):
            yield PASSED
            continue
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            f"第{spec.number}部分标题印作“{section.heading}”，格式文本为“{spec.printed_heading}”",
            f"section {spec.number} is headed “{section.heading}”, the template says “{spec.printed_heading}”",
        )


# Part names of the pre-2019 reports (2007 条例 第三十二条) that a 2019/2021 introduction may still list.
_LEGACY_PARTS = ("投诉情况", "收费及减免", "依申请公开和不予公开")
_PART_COUNT = regex.compile(r"(?:共|分为|由|包括)\s*([一二三四五六七八九十]|\d{1,2})\s*(?:个)?\s*部分")
_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}
_ITEM = regex.compile(r"^[ \t\u3000]*(\d{1,2})[.．、](?!\d)", regex.M)
_NARRATIVE_SECTIONS = ("overview", "problems", "other")


def _intro(ctx: Context) -> str | None:
    """The text before 一、总体情况 (None when that heading was not found)."""
    intro = ctx.report.sections.intro
    return None if intro is None else intro.text


def intro_parts(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    intro = _intro(ctx)
    if intro is None:
        return
    count = _PART_COUNT.search(intro)
    if count is not None:
        printed = count.group(1)
        stated = _CHINESE_DIGITS[printed] if printed in _CHINESE_DIGITS else int(printed)
        if stated != len(national.SECTIONS):
            yield _one(
                ctx,
                rule.id,
                Status.FAIL,
                f"引言称报告由{printed}部分组成，格式要求六个部分",
                f"the introduction speaks of {stated} parts; the template has six",
            )
            return
    legacy = [name for name in _LEGACY_PARTS if name in intro]
    if legacy:
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            f"引言列出的组成部分沿用2019年以前的格式（“{'”“'.join(legacy)}”），与正文六个部分不符",
            f"the introduction lists pre-2019 parts ({', '.join(legacy)}), not the six sections",
        )
        return
    yield PASSED


def item_numbering(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    for section_id in _NARRATIVE_SECTIONS:
        section = getattr(ctx.report.sections, section_id)
        if section is None:
            continue
        numbers = [int(m.group(1)) for m in _ITEM.finditer(section.text)]
        gaps = [(a, b) for a, b in itertools.pairwise(numbers) if b > a + 1]
        if not gaps:
            yield PASSED
            continue
        before, after = gaps[0]
        skipped = "、".join(f"{n}." for n in range(before + 1, after))
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            f"“{section.heading}”部分的条目编号从“{before}.”跳到“{after}.”，缺少“{skipped}”",
            f"in “{section.heading}” the numbered items jump from {before}. to {after}.",
        )


def _offset(report: Report, section_id: str) -> int | None:
    section = getattr(report.sections, section_id)
    return None if section is None or section.span is None else section.span.offset


def expected_template(year: int) -> Template:
    """The template a report of this year should use: legacy before 2019, 2019 for 2019–2020, then 2021."""
    if year < 2019:
        return Template.LEGACY
    return Template.V2019 if year < 2021 else Template.V2021


def template_version(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    report, year = ctx.report, ctx.report.metadata.year
    rule_id = rule.id
    if year is None or report.template is Template.UNKNOWN:
        yield _one(
            ctx,
            rule_id,
            Status.NOT_ASSESSABLE,
            "报告年度或格式未能识别，无法核对格式是否与年度相符",
            "the report year or template is unknown",
        )
        return
    expected = expected_template(year)
    if any(d.code == "mixed_template" for d in report.diagnostics):
        yield _one(
            ctx,
            rule_id,
            Status.FAIL,
            f"{year}年度报告的表格混用了2019年格式和2021年格式的标签",
            f"the {year} report mixes labels of the 2019 and 2021 templates",
        )
    elif report.template is not expected:
        yield _one(
            ctx,
            rule_id,
            Status.FAIL,
            f"{year}年度报告应使用{_TEMPLATE_ZH[expected]}，实际使用{_TEMPLATE_ZH[report.template]}",
            f"a {year} report should use the {expected.value} template, not {report.template.value}",
        )
    else:
        yield PASSED


def is_government(issuer: str | None) -> bool:
    """True for a government, township or zone (not a department): ``bodies.kind_of``."""
    return kind_of(issuer) in (BodyKind.GOVERNMENT, BodyKind.TOWNSHIP, BodyKind.ZONE)


@functools.cache
def _table_cell_ids(template: Template, table_id: str) -> tuple[str, ...]:
    """The ids of a template table's cells, in reading order."""
    spec = national.TEMPLATES[template]
    return tuple(c.id for c in spec.cells if c.table.id == table_id)


def cell_count(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    assert ctx.spec is not None
    for table in ctx.spec.tables:
        ids = _table_cell_ids(ctx.spec.template, table.id)
        missing = [i for i in ids if (cell := ctx.cells.get(i)) is None or cell.kind is CellKind.MISSING]
        if not missing:
            yield PASSED
            continue
        name = msg.TABLE_ZH[table.id]
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"{name}应有 {len(ids)} 个单元格，缺少 {len(missing)} 个：{msg.listing_zh(missing, ctx.spec)}",
            f"{msg.TABLE_EN[table.id]} should have {len(ids)} cells; "
            f"{len(missing)} missing: {msg.listing_en(missing)}",
            cells=missing,
            null_cells=missing,
        )
