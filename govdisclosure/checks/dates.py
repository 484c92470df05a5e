"""Years and dates a report states: the year in its title and its statistics period (``struct_year``,
``period_full_year``), its signature and 印发 dates (``date_order``), and the publication deadline
of the 条例 (``struct_deadline``, by the kind of body that issues it).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import attrs
import regex

from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Rule, Status
from govdisclosure.model.report import Report
from govdisclosure.template.bodies import BodyKind, kind_of

_PERIOD = regex.compile(
    r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-|－|~|～)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日"
)
_TITLE_YEAR = regex.compile(r"((?:19|20)\d{2})\s*年")
# A 印发 date this many days or more before the signature is a date whose year was not updated.
STALE_DAYS = 300
# The 条例 (第四十九条): departments by 1月31日, a county-level government's report by 3月31日.
_DEADLINE_MONTH = {BodyKind.GOVERNMENT: 3, BodyKind.DEPARTMENT: 1, BodyKind.TOWNSHIP: 1, BodyKind.ZONE: 1}
_KIND_ZH = {
    BodyKind.GOVERNMENT: "县级以上人民政府",
    BodyKind.DEPARTMENT: "政府部门",
    BodyKind.TOWNSHIP: "乡镇人民政府、街道办事处",
    BodyKind.ZONE: "开发区、新区等管理机构",
}
_KIND_EN = {
    BodyKind.GOVERNMENT: "a county-level or higher government",
    BodyKind.DEPARTMENT: "a government department",
    BodyKind.TOWNSHIP: "a township or street office",
    BodyKind.ZONE: "the administration of a development zone",
}


def _one(
    ctx: Context, rule_id: str, status: Status, zh: str, en: str, severity: Severity | None = None
) -> Outcome:
    return make_finding(ctx, rule_id, status, zh, en, severity=severity)


def _section_text(report: Report) -> str:
    return "\n".join(
        s.text for f in attrs.fields(type(report.sections)) if (s := getattr(report.sections, f.name))
    )


def _zh_date(iso: str) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    return f"{year}年{month}月{day}日"


def year(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    metadata = ctx.report.metadata
    title = _TITLE_YEAR.search(metadata.title or "")
    year = int(title.group(1)) if title else metadata.year
    if year is None:
        yield _one(
            ctx,
            rule.id,
            Status.NOT_ASSESSABLE,
            "未能识别报告年度，无法核对年度是否一致",
            "the report year is unknown",
        )
        return
    stated: tuple[int, int, str] | None = None
    if metadata.period_start and metadata.period_end:
        start, end = metadata.period_start, metadata.period_end
        stated = (int(start[:4]), int(end[:4]), f"{_zh_date(start)}至{_zh_date(end)}")
    elif period := _PERIOD.search(_section_text(ctx.report), timeout=1.0):
        stated = (int(period.group(1)), int(period.group(2)), period.group(0))
    if stated and {stated[0], stated[1]} != {year}:
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            f"标题年度为 {year} 年，文中统计期限却为“{stated[2]}”",
            f"the title says {year} but the statistics period is {stated[0]}–{stated[1]}",
        )
    elif metadata.published and metadata.published <= f"{year}-12-31":
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            f"发布日期 {metadata.published} 早于 {year} 年度结束，年度可能有误",
            f"published on {metadata.published}, before the {year} reporting year ended",
        )
    else:
        yield PASSED


def period_full_year(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """The stated statistics period is the whole year N (a body created during the year is not)."""
    meta = ctx.report.metadata
    if meta.year is None or meta.period_start is None or meta.period_end is None:
        return
    full = (f"{meta.year}-01-01", f"{meta.year}-12-31")
    if (meta.period_start, meta.period_end) == full:
        yield PASSED
    elif meta.period_start[:4] == meta.period_end[:4] == str(meta.year):
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            f"统计期限为{_zh_date(meta.period_start)}至{_zh_date(meta.period_end)}，不是{meta.year}年全年",
            f"the statistics period is {meta.period_start} to {meta.period_end}, not the whole of {meta.year}",
        )


def date_order(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """The signature and 印发 dates fall after the year and no later than publication; a 印发 date a
    year before the signature is a year not updated."""
    meta = ctx.report.metadata
    dates = [
        (d, zh, en)
        for d, zh, en in (
            (meta.signed, "落款日期", "signature date"),
            (meta.issued, "印发日期", "printing date"),
        )
        if d
    ]
    if not dates or meta.year is None:
        return
    found = False
    for date, zh, en in dates:
        if date <= f"{meta.year}-12-31":
            found = True
            yield _one(
                ctx,
                rule.id,
                Status.FAIL,
                f"{zh}{_zh_date(date)}早于{meta.year}年度结束",
                f"the {en} {date} is before the {meta.year} reporting year ended",
            )
        elif meta.published and date > meta.published:
            found = True
            yield _one(
                ctx,
                rule.id,
                Status.FAIL,
                f"{zh}{_zh_date(date)}晚于发布日期{_zh_date(meta.published)}",
                f"the {en} {date} is after the publication date {meta.published}",
            )
    if meta.signed and meta.issued:
        gap = (datetime.date.fromisoformat(meta.signed) - datetime.date.fromisoformat(meta.issued)).days
        if gap >= STALE_DAYS:
            found = True
            yield _one(
                ctx,
                rule.id,
                Status.FAIL,
                f"印发日期{_zh_date(meta.issued)}比落款日期{_zh_date(meta.signed)}早约一年，年份可能未更新",
                f"the printing date {meta.issued} is about a year before the signature date {meta.signed}: "
                "a year not updated?",
            )
    if not found:
        yield PASSED


def deadline(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """The 条例's deadline by the kind of body: departments 1月31日, governments 3月31日; townships
    and zones, not named for 3月31日, are held to 1月31日 as information only (local rules vary)."""
    metadata = ctx.report.metadata
    if metadata.published is None or metadata.year is None:
        yield _one(
            ctx,
            rule.id,
            Status.NOT_ASSESSABLE,
            "发布日期或报告年度不详，无法核对是否按期公布",
            "the publication date or report year is unknown",
        )
        return
    kind = kind_of(metadata.issuer or metadata.signature)
    if kind is BodyKind.UNKNOWN:
        yield _one(
            ctx,
            rule.id,
            Status.NOT_ASSESSABLE,
            "无法判断发布机关是政府还是部门，无法核对公布期限",
            "whether the issuer is a government or a department is unknown: the deadline cannot be told",
        )
        return
    month = _DEADLINE_MONTH[kind]
    deadline = datetime.date(metadata.year + 1, month, 31).isoformat()
    if metadata.published <= deadline:
        yield PASSED
        return
    if kind in (BodyKind.TOWNSHIP, BodyKind.ZONE):
        yield _one(
            ctx,
            rule.id,
            Status.FAIL,
            f"发布日期 {metadata.published} 晚于 {deadline}（{_KIND_ZH[kind]}不在条例规定3月31日前公布的范围内，"
            "此处按部门的1月31日核对，以当地规定为准）",
            f"published on {metadata.published}, after {deadline} (the Regulations on Open Government Information do not name "
            f"{_KIND_EN[kind]} for 31 March: 31 January is assumed, local rules may differ)",
            severity=Severity.INFO,
        )
        return
    yield _one(
        ctx,
        rule.id,
        Status.FAIL,
        f"发布日期 {metadata.published} 晚于法定期限 {deadline}（{_KIND_ZH[kind]}应于次年{month}月31日前公布）",
        f"published on {metadata.published}, after the legal deadline {deadline} for {_KIND_EN[kind]}",
    )
