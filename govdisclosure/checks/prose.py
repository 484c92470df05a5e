"""The narrative against itself: a percentage against the text's own numbers
(``nar_percent_internal``), this year's figures dated with another year (``nar_year_mention``),
next year's plans dated with the report year (``nar_plan_year``), and what section 六 says of
信息处理费 against table 三 （六）2. (``nar_fee``). All quote their sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import regex

from govdisclosure.checks import messages as msg
from govdisclosure.checks.claims import OUTCOME_WORDS, sentences
from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding, quoted
from govdisclosure.model.findings import Rule, Status
from govdisclosure.model.report import Sentence

TIMEOUT = 1.0
_UNIT = r"(?:条|件|个|项|篇|次|期|场|人次|份)"
# "共发布信息620条" / "总数467条" / "全年受理100件": a whole that the parts of the sentence share.
_WHOLE = regex.compile(
    rf"(?:共|总数|总量|总计|合计|累计|全年)[^，。；;\d]{{0,12}}?(?P<n>\d{{1,7}})\s*(?P<u>{_UNIT})"
)
# "其中政策文件155条，占30%" / "…53条，占比11.3%" (the share directly after the part).
_SHARE = regex.compile(
    rf"(?P<n>\d{{1,7}})\s*(?P<u>{_UNIT})[，,]?\s*(?:占(?:比|总数的|总量的|全部的)?)\s*(?P<p>\d{{1,3}}(?:\.\d{{1,3}})?)\s*[%％]"
)
_OUTCOME = regex.compile("|".join(map(regex.escape, OUTCOME_WORDS)))
_ANY_COUNT = regex.compile(rf"(?P<n>\d{{1,7}})\s*(?P<u>{_UNIT})")

# Sections that state this year's figures (a plan or a problem is dated otherwise).
_FIGURE_SECTIONS = ("overview", "proactive", "applications", "review_litigation")
_COUNT = rf"\d{{1,7}}\s*{_UNIT}"
# "2024年制作、获取政府信息总数467条" in a 2025 report: a year, then a count in the same clause.
_YEAR_FIGURE = regex.compile(
    rf"(?<![\d较比与自截从至于同《])(?P<y>20\d{{2}})\s*年(?:度)?[，,]?(?P<w>[^，。；;\d]{{0,20}}?){_COUNT}"
)
_NOT_THIS_YEAR = (
    "以来",
    "同期",
    "相比",
    "比较",
    "相较",
    "底",
    "末",
    "初",
    "起",
    "至今",
    "要点",
    "报告",
    "修订",
    "印发",
    "出台",
    "发布的",
    "版",
)
# "《关于编制公布2021年政府信息公开工作年度报告有关事项的通知》" cited by a 2022 report.
_NOTICE_YEAR = regex.compile(
    r"《[^》]{0,20}?(?:编制|编写|发布|公布)[^》]{0,6}?(?P<y>20\d{2})\s*年度?政府信息公开工作年度报告[^》]{0,20}》"
)
# "2023年，我办将进一步…" in 五: a plan with a future word shortly after the year.
_PLAN = regex.compile(
    r"(?<![\d较比与自截从至于同《])(?P<y>20\d{2})\s*年(?:度)?[，,]?[^。；;]{0,15}?(?:将|计划|拟|准备|力争)"
)


def _quoted(ctx: Context, rule: Rule, sentence: Sentence, zh: str, en: str, **values: object) -> Outcome:
    return quoted(ctx, rule.id, zh, en, sentence.text, sentence.span, **values)


def _agrees(part: int, whole: int, percent: Decimal) -> bool:
    """Whether ``percent`` is part/whole at its printed precision (rounded or cut)."""
    exponent = percent.as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    exact = Decimal(part) * 100 / Decimal(whole)
    return percent in (exact.quantize(step, ROUND_HALF_UP), exact.quantize(step, ROUND_DOWN))


def percent_internal(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """A share stated in a sentence against the sentence's own total ("共620条，其中155条，占30%")."""
    for _, sentence in sentences(ctx.report.sections):
        text = sentence.text
        if "%" not in text and "％" not in text:
            continue
        for share in _SHARE.finditer(text, timeout=TIMEOUT):
            before = text[: share.start()]
            if _OUTCOME.search(before[-12:]):
                continue  # an outcome of table 三: nar_percentages checks it against the table
            wholes = [w for w in _WHOLE.finditer(before, timeout=TIMEOUT) if w["u"] == share["u"]]
            if not wholes:
                continue
            part, percent = int(share["n"]), Decimal(share["p"])
            # Any count of the unit printed before may be the base (a share of a subset is common).
            bases = {int(c["n"]) for c in _ANY_COUNT.finditer(before) if c["u"] == share["u"]}
            if any(_agrees(part, base, percent) for base in bases if base > 0 and base >= part):
                yield PASSED
                continue
            whole = int(wholes[-1]["n"])
            if whole == 0:
                continue
            computed = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))
            yield _quoted(
                ctx,
                rule,
                sentence,
                f"文字说明称{part}{share['u']}占{percent}%，按文中总数{whole}{share['u']}计算应为{computed}%",
                f"the narrative says {part} is {percent}%, but {part} of the {whole} it states is {computed}%",
                printed=percent,
                computed=computed,
            )


def year_mention(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """A sentence stating this year's figures dated with an earlier year (a year not updated), or the
    notice for another year's reports cited as the basis of this one."""
    year = ctx.report.metadata.year
    if year is None:
        return
    flagged = False
    for section, sentence in sentences(ctx.report.sections):
        notice = _NOTICE_YEAR.search(sentence.text, timeout=TIMEOUT) if section == "intro" else None
        if notice and int(notice["y"]) != year:
            flagged = True
            yield _quoted(
                ctx,
                rule,
                sentence,
                f"{year}年度报告依据的是编制{notice['y']}年度报告的通知（{notice.group()}）",
                f"the {year} report cites the notice for the {notice['y']} reports as its basis",
                printed=int(notice["y"]),
                computed=year,
            )
        if section not in _FIGURE_SECTIONS:
            continue
        for match in _YEAR_FIGURE.finditer(sentence.text, timeout=TIMEOUT):
            stated = int(match["y"])
            after = sentence.text[match.end("y") : match.end("y") + 6]
            if stated >= year or any(w in match["w"] or w in after for w in _NOT_THIS_YEAR):
                continue
            flagged = True
            yield _quoted(
                ctx,
                rule,
                sentence,
                f"{year}年度报告中陈述本年度数据的句子写作“{stated}年”",
                f"a sentence of the {year} report stating this year's figures is dated {stated}",
                printed=stated,
                computed=year,
            )
            break
    if not flagged:
        yield PASSED


def plan_year(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """In 五, a plan for the coming year dated with the report year N ("2023年，我办将…" in 2023)."""
    year = ctx.report.metadata.year
    problems = ctx.report.sections.problems
    if year is None or problems is None:
        return
    for section, sentence in sentences(ctx.report.sections):
        if section != "problems":
            continue
        match = _PLAN.search(sentence.text, timeout=TIMEOUT)
        if match and int(match["y"]) == year:
            yield _quoted(
                ctx,
                rule,
                sentence,
                f"第五部分的下一年度工作安排写作“{year}年”，应为“{year + 1}年”",
                f"section 5 dates next year's plan {year}, not {year + 1}",
                printed=year,
                computed=year + 1,
            )
            return
    yield PASSED


_FEE_WORDS = ("处理费", "收费")
_FEE_CHARGED = regex.compile(r"处理费[^。；;]{0,16}?(?P<n>\d+(?:\.\d+)?)\s*(?:万)?元")
_NOTICE = "收费通知"
_OVERDUE_FEE = "t3.other.overdue_fee.total"


def fee(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """``nar_fee`` (2021): section 六 says 信息处理费 were collected while no fee notice shows (（六）2.
    is 0 and the text names none), or （六）2. shows unpaid fee notices while section 六 says nothing
    of fees. Information only: neither is strictly wrong."""
    other = ctx.report.sections.other
    overdue = ctx.cells.get(_OVERDUE_FEE)
    if other is None or overdue is None or overdue.value is None:
        return
    spec = ctx.template_spec
    charged = next((m for m in _FEE_CHARGED.finditer(other.text) if float(m["n"]) > 0), None)
    texts = [s.text for s in (ctx.report.sections.overview, other) if s is not None]
    if charged and overdue.value == 0 and not any(_NOTICE in t for t in texts):
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"第六部分称收取信息处理费（“{charged.group()}”），但{msg.cell_zh(_OVERDUE_FEE, spec)}为0，"
            "文中也未提及收费通知",
            f"section 6 reports information processing fees (“{charged.group()}”), but "
            f"{msg.cell_en(_OVERDUE_FEE)} is 0 and no fee notice is mentioned",
            cells=(_OVERDUE_FEE,),
            quote=charged.group(),
        )
    elif overdue.value > 0 and not any(w in other.text for w in _FEE_WORDS):
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"{msg.cell_zh(_OVERDUE_FEE, spec)}为{msg.number(overdue.value)}，说明发出过收费通知，"
            "但第六部分未说明信息处理费的收取情况",
            f"{msg.cell_en(_OVERDUE_FEE)} is {msg.number(overdue.value)} (fee notices were sent), but "
            "section 6 says nothing about information processing fees",
            cells=(_OVERDUE_FEE,),
        )
    else:
        yield PASSED
