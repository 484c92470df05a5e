"""Numbers the narrative states about applications and cases, each with the sentence it is in.

Only sentences of prose are read: sentences that carry table labels or long digit runs (the
tables themselves in a flat rendering) are skipped. Patterns are short alternations with bounded
gaps (no nested quantifiers), so matching stays linear; each search also has a timeout.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TypeVar

import attrs
import regex
from attrs import frozen

from govdisclosure.model.cells import Span
from govdisclosure.model.report import Sections, Sentence
from govdisclosure.text.sentences import STRIPPED_SENTENCE

TIMEOUT = 1.0
MAX_SENTENCE = 300
_CLAUSE = regex.compile(r"[^，。；;,]*")
_TABLE_MARKERS = regex.compile(
    r"勾稽关系|第二十条|本年新收政府信息公开申请数量|结果维持\s*结果纠正|申请人情况|\||\d{5,}"
)
GAP = r"[^，。；;,\d]"  # a gap never crosses a clause or a number
_COUNT = r"(?P<n>\d{1,6})\s*"
_NOT = r"(?<!未|没有|无|尚未)"
_CHANNEL_BEFORE_APPLICATION = regex.compile(r"(?:网络|信函|当面|网上|邮寄|传真|现场|电话)申请$")


@frozen
class Claim:
    """A number (or a zero claim) the narrative states, the sentence it is in and where.

    ``key`` says which figure: the outcome word group, the table 四 groups of a zero claim, the
    table 二 row of a document count. ``span`` is where the sentence was printed.
    """

    kind: str
    number: int | None
    sentence: str
    section: str
    span: Span | None
    key: str = ""
    percent: Decimal | None = None
    excludes_carry_over: bool = False


Result = TypeVar("Result")


def per_sections(function: Callable[[Sections], Result]) -> Callable[[Sections], Result]:
    """Memoise a function of a report's sections by identity (the last few), not by value: hashing
    a report's sections walks every sentence."""
    recent: dict[int, tuple[Sections, Result]] = {}

    @functools.wraps(function)
    def cached(sections: Sections) -> Result:
        hit = recent.get(id(sections))
        if hit is not None and hit[0] is sections:
            return hit[1]
        if len(recent) >= RECENT:
            recent.pop(next(iter(recent)))
        result = function(sections)
        recent[id(sections)] = (sections, result)
        return result

    return cached


RECENT = 8


@per_sections
def prose_sentences(sections: Sections) -> tuple[tuple[str, Sentence], ...]:
    """The prose sentences of every section (by section id), table-like ones left out.

    A section built by hand, with text but no sentences, is split here (its sentences have no span).
    """
    found: list[tuple[str, Sentence]] = []
    for field in attrs.fields(type(sections)):
        section = getattr(sections, field.name)
        if section is None:
            continue
        split = section.sentences or tuple(
            Sentence(m.group()) for m in STRIPPED_SENTENCE.finditer(section.text)
        )
        for sentence in split:
            if len(sentence.text) <= MAX_SENTENCE and not _TABLE_MARKERS.search(sentence.text):
                found.append((field.name, sentence))
    return tuple(found)


def sentences(sections: Sections) -> Iterator[tuple[str, Sentence]]:
    """The prose sentences of every section (by section id), table-like ones left out."""
    return iter(prose_sentences(sections))


OUTCOME_WORDS: dict[str, str] = {
    "予以公开及部分公开": "granted+partial",
    "予以公开和部分公开": "granted+partial",
    "予以公开、部分公开": "granted+partial",
    "予以公开": "granted",
    "同意公开": "granted",
    "部分公开": "partial",
    "区分处理后公开": "partial",
    "不予公开": "denied",
    "无法提供": "unable",
    "不予处理": "not_processed",
    "其他处理": "other",
}
_OUTCOME_ALTERNATION = "|".join(sorted(OUTCOME_WORDS, key=len, reverse=True))

PATTERNS: dict[str, tuple[regex.Pattern[str], ...]] = {
    "received": (
        regex.compile(
            rf"{_NOT}(?:收到|受理|接收|接到|新收)(?P<w>{GAP}{{0,40}}?申请){GAP}{{0,8}}?{_COUNT}(?:件|条|个)"
        ),
        regex.compile(
            rf"{_NOT}(?:收到|受理|接收|接到|新收){GAP}{{0,6}}?{_COUNT}件(?:的)?(?:政府信息公开|依申请公开)?申请"
        ),
    ),
    "carry_in": (
        regex.compile(rf"(?:上年|上一年|上年度|上一年度)结转{GAP}{{0,15}}?{_COUNT}件"),
        regex.compile(rf"结转上一?年度?{GAP}{{0,15}}?{_COUNT}件"),
    ),
    "processed": (regex.compile(rf"{_NOT}(?:办结|答复|办理)(?P<w>{GAP}{{0,20}}?){_COUNT}件"),),
    "carry_out": (
        regex.compile(
            rf"(?:结转|转入|转)(?:至|到)?(?:下一?年度?|\d{{4}}年度?)(?:继续)?(?:办理|处理)?(?:答复)?"
            rf"{GAP}{{0,6}}?{_COUNT}件"
        ),
        regex.compile(rf"{_COUNT}件{GAP}{{0,8}}?(?:结转|转入)(?:至|到)?(?:下一?年度?|\d{{4}}年)"),
    ),
    "outcome": (
        regex.compile(
            rf"(?<![不未])[“\"]?(?P<word>{_OUTCOME_ALTERNATION})[”\"]?(?:的|答复|决定)?{GAP}{{0,4}}?{_COUNT}件"
            r"(?:[，,]?\s*占(?:比)?\s*(?P<pct>\d{1,3}(?:\.\d{1,4})?)\s*[%％])?"
        ),
    ),
    "zero_applications": (regex.compile(rf"(?:未|没有)(?:收到|受理|接到|接收){GAP}{{0,20}}?申请(?!人)"),),
    "zero_cases": (
        regex.compile(rf"(?:未|没有)(?:发生|有|出现|产生|收到|接到){GAP}{{0,30}}?(?:行政复议|行政诉讼)"),
    ),
    "review": (regex.compile(rf"行政复议(?:案件|申请)?[^，。；;,\d、]{{0,4}}?{_COUNT}(?:件|起|宗|次)"),),
    "litigation": (regex.compile(rf"行政诉讼(?:案件)?[^，。；;,\d、]{{0,4}}?{_COUNT}(?:件|起|宗|次)"),),
}

# Words of which every match of a kind's patterns holds one: a sentence without any is not searched.
_REQUIRED: dict[str, tuple[str, ...]] = {
    "received": ("收到", "受理", "接收", "接到", "新收"),
    "carry_in": ("结转",),
    "processed": ("办结", "答复", "办理"),
    "carry_out": ("转",),
    "outcome": tuple(OUTCOME_WORDS),
    "zero_applications": ("申请",),
    "zero_cases": ("行政复议", "行政诉讼"),
    "review": ("行政复议",),
    "litigation": ("行政诉讼",),
}

# Any of those words: most sentences hold none and are passed over with one search.
_ANY_REQUIRED = regex.compile("|".join(regex.escape(w) for words in _REQUIRED.values() for w in words))


def _received_ok(match: regex.Match[str], sentence: str) -> bool:
    """An application count about information disclosure, not one channel's share."""
    window = match.group("w") if "w" in match.groupdict() and match.group("w") else ""
    if window and ("公开" not in match.group(0) and "信息" not in match.group(0)):
        return False
    if window and _CHANNEL_BEFORE_APPLICATION.search(window):
        return False
    return "其中" not in sentence[: match.start()] and not any(w in window for w in ("复议", "诉讼"))


def _processed_ok(match: regex.Match[str], sentence: str) -> bool:
    """办结 or 答复 or 办理 of applications: the gap is empty (in a sentence about 申请) or names them."""
    window = match.group("w")
    before = sentence[: match.start()]
    if window.startswith(("率", "时限", "时长", "结果")) or "其中" in before or "转" in before[-8:]:
        return False  # a rate, a share, or "结转下年办理X件" (carried forward, not processed)
    return "申请" in window if window else "申请" in sentence


def _zero_applications_ok(match: regex.Match[str], sentence: str) -> bool:
    """No disclosure applications, not "no application for review or litigation" (…行政复议…的申请)."""
    clause = _CLAUSE.match(sentence, match.start()).group(0)
    return not any(word in clause for word in ("复议", "诉讼", "投诉", "举报", "信访"))


def _zero_cases_ok(match: regex.Match[str], sentence: str) -> bool:
    return not any(word in match.group(0) for word in ("纠错", "纠正", "败诉", "撤销"))


_CHECKS: dict[str, Callable[[regex.Match[str], str], bool]] = {
    "received": _received_ok,
    "processed": _processed_ok,
    "zero_applications": _zero_applications_ok,
    "zero_cases": _zero_cases_ok,
}


def _zero_case_groups(sentence: str, match: regex.Match[str]) -> str:
    clause = _CLAUSE.match(sentence, match.start()).group(0)
    groups = [g for g, word in (("review", "复议"), ("litigation", "诉讼")) if word in clause]
    return ",".join(groups)


def _claim(kind: str, match: regex.Match[str], section: str, sentence: Sentence) -> Claim:
    groups = match.groupdict()
    number = int(groups["n"]) if groups.get("n") else None
    key = ""
    if kind == "outcome":
        key = OUTCOME_WORDS[groups["word"]]
    elif kind == "zero_cases":
        key = _zero_case_groups(sentence.text, match)
    tail = sentence.text[match.end() : match.end() + 20]
    return Claim(
        kind=kind,
        number=number,
        sentence=sentence.text,
        section=section,
        span=sentence.span,
        key=key,
        percent=Decimal(groups["pct"]) if groups.get("pct") else None,
        excludes_carry_over="不含上年结转" in tail or "不含上年度结转" in tail,
    )


@per_sections
def claims(sections: Sections) -> tuple[Claim, ...]:
    """Every claim the narrative makes, in reading order."""
    found: list[Claim] = []
    for section, sentence in sentences(sections):
        if not _ANY_REQUIRED.search(sentence.text):
            continue
        for kind, patterns in PATTERNS.items():
            if not any(map(sentence.text.__contains__, _REQUIRED[kind])):
                continue
            check = _CHECKS.get(kind)
            for pattern in patterns:
                for match in pattern.finditer(sentence.text, timeout=TIMEOUT):
                    if check is None or check(match, sentence.text):
                        found.append(_claim(kind, match, section, sentence))
    return tuple(found)
