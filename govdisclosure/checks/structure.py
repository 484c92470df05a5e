"""Structure: the six sections, the introduction, numbered items, the template against the year, cells."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding
from govdisclosure.model.findings import Finding, Rule, Status
from govdisclosure.model.report import Report
from govdisclosure.template import english, national, variants
from govdisclosure.template.bodies import BodyKind, kind_of
from govdisclosure.template.spec import SectionSpec, Template
from govdisclosure.text.compact import norm, norm_label

_TEMPLATE_ZH = {
    Template.V2019: f"2019年格式（{national.NOTICE_2019}）",
    Template.V2021: f"2021年格式（{national.NOTICE_2021}）",
    Template.LEGACY: "2019年以前的旧格式",
    Template.UNKNOWN: "未识别的格式",
}


def _one(ctx: Context, rule_id: str, status: Status, zh: str, en: str) -> Finding:
    return make_finding(ctx, rule_id, status, zh, en)


def _renumbered(report: Report, spec: SectionSpec) -> str | None:
    """The numeral a section's heading is printed with when it is not the template's (三 for 四)."""
    text = norm(
        "".join(
            s.heading + s.text
            for f in attrs.fields(type(report.sections))
            if (s := getattr(report.sections, f.name))
        )
    )
    headings = "|".join(regex.escape(norm_label(h)) for h in (spec.heading, *spec.aliases))
    match = regex.search(f"([一二三四五六七八九十])[,.:]?(?:{headings})", text)
    return match.group(1) if match and match.group(1) != spec.number else None


def six_sections(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    sections = ctx.report.sections
    absent = [s for s in national.SECTIONS if getattr(sections, s.id) is None]
    offsets = [o for s in national.SECTIONS if (o := _offset(ctx.report, s.id)) is not None]
    renumbered = {s.id: n for s in absent if (n := _renumbered(ctx.report, s))}
    missing = [s for s in absent if s.id not in renumbered]
    if absent:
        parts = [f"报告缺少{'、'.join(f'“{s.printed_heading}”' for s in missing)}部分"] if missing else []
        parts += [
            f"第{s.number}部分“{s.heading}”的序号印作“{renumbered[s.id]}、”"
            for s in absent
            if s.id in renumbered
        ]
        parts_en = [f"missing: {', '.join(english.SECTIONS[s.id] for s in missing)}"] if missing else []
        parts_en += [
            f"{english.SECTIONS[s.id]} is numbered “{renumbered[s.id]}、”"
            for s in absent
            if s.id in renumbered
        ]
        yield _one(ctx, rule.id, Status.FAIL, "；".join(parts), "; ".join(parts_en))
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


# Part names of the pre-2019 reports (2007 条例 第三十二条) that a 2019/2021 introduction may still list.
_LEGACY_PARTS = ("投诉情况", "收费及减免", "依申请公开和不予公开")
_PART_COUNT = regex.compile(r"(?:共|分为|由|包括)\s*([一二三四五六七八九十]|\d{1,2})\s*(?:个)?\s*部分")
_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


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
            f"the introduction lists pre-2019 parts ({', '.join(f'“{p}”' for p in legacy)}), not the six sections",
        )
        return
    yield PASSED


def _offset(report: Report, section_id: str) -> int | None:
    section = getattr(report.sections, section_id)
    return None if section is None or section.span is None else section.span.offset


def expected_template(year: int) -> Template:
    """The template a report of this year should use: legacy before 2019, 2019 for 2019–2020, then 2021."""
    if year < 2019:
        return Template.LEGACY
    return Template.V2019 if year < 2021 else Template.V2021


def _hybrid(ctx: Context) -> tuple[str, str] | None:
    """The hybrid table 三 a report prints, named (Chinese, English)."""
    if ctx.hybrid_rows == ("other_single",):
        return (
            "表二、表三为2021年格式，但表三“（六）其他处理”印作2019年格式的一行（其数值是三个子行的合计，"
            "不能拆入子行）",
            "a 2021 table with the 2019 single row “（六）其他处理” (a total over the three 2021 sub-rows)",
        )
    if ctx.hybrid_rows:
        return (
            "表二、表三为2019年格式，但表三“（六）其他处理”印作2021年格式的三个子行",
            "a 2019 table with the three 2021 sub-rows of “（六）其他处理”",
        )
    return None


def _cited_notice(report: Report) -> str | None:
    """The 2019 notice, when a report of 2021 or later cites it (its instructions are outdated)."""
    sections = report.sections
    text = "".join(s.text for s in (sections.intro, sections.overview) if s is not None)
    cited = variants.NOTICE_TITLES[national.NOTICE_2019]
    return national.NOTICE_2019 if any(t in text for t in cited) else None


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
    found: list[tuple[str, str]] = []
    if hybrid := _hybrid(ctx):
        found.append(
            (f"{year}年度报告混用两种格式：{hybrid[0]}", f"the {year} report is a hybrid: {hybrid[1]}")
        )
    elif any(d.code == "mixed_template" for d in report.diagnostics):
        found.append(
            (
                f"{year}年度报告的表格混用了2019年格式和2021年格式的标签",
                f"the {year} report mixes labels of the 2019 and 2021 templates",
            )
        )
    if report.template is not expected:
        found.append(
            (
                f"{year}年度报告应使用{_TEMPLATE_ZH[expected]}，实际使用{_TEMPLATE_ZH[report.template]}",
                f"a {year} report should use the {expected.value} template, not {report.template.value}",
            )
        )
    if year >= 2021 and (notice := _cited_notice(report)):
        found.append(
            (
                f"{year}年度报告引用的是2019年格式的通知（{notice}），2021年起应依据{national.NOTICE_2021}",
                f"the {year} report cites the 2019 notice (“{notice}”); from 2021 the 2021 notice applies",
            )
        )
    for zh, en in found:
        yield _one(ctx, rule_id, Status.FAIL, zh, en)
    if not found:
        yield PASSED


def is_government(issuer: str | None) -> bool:
    """True for a government, township or zone (not a department): ``bodies.kind_of``."""
    return kind_of(issuer) in (BodyKind.GOVERNMENT, BodyKind.TOWNSHIP, BodyKind.ZONE)
