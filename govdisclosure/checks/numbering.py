"""``struct_item_numbering``: the numbered items of the narrative sections run without gaps or repeats.

Three kinds of numbering are followed: items at the start of a line (``1.`` ``2.``), and ordinals in
prose (``一是…二是…``, ``（一）…（二）…``). A run starts again at one; a number that skips one or
comes again is reported, once per section and kind.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding
from govdisclosure.model.findings import Rule, Status

_NARRATIVE_SECTIONS = ("overview", "problems", "other")
_ITEM = regex.compile(r"^[ \t\u3000]*(\d{1,2})[.．、](?!\d)", regex.M)
_NUMERALS = "一二三四五六七八九十"
# 一是 may follow a heading glued to it ("…方面一是"), but not a word ending in 一 (统一是, 之一是).
_SHI = regex.compile(rf"((?<![统之唯第同万专单归逐整合划])一|(?<!\p{{Han}})[{_NUMERALS}]{{1,2}})(?=是)")
_BRACKETED = regex.compile(rf"(?<!第)[（(]([{_NUMERALS}]{{1,2}})[）)]")
# Ordinals further apart than this belong to different lists (an item of a list is short).
MAX_ITEM_CHARS = 250


def _value(numeral: str) -> int:
    """一 to 九十九 as an integer."""
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + _NUMERALS.index(numeral[1]) + 1
    if numeral.endswith("十"):
        return (_NUMERALS.index(numeral[0]) + 1) * 10
    if len(numeral) == 2:
        return (_NUMERALS.index(numeral[0]) + 1) * 10 + _NUMERALS.index(numeral[1]) + 1
    return _NUMERALS.index(numeral) + 1


def _first_break(matches: list[regex.Match[str]]) -> int | None:
    """Where a run of ordinals (restarting at 1, or after a long stretch) first skips or repeats one."""
    for index in range(1, len(matches)):
        before, after = _value(matches[index - 1].group(1)), _value(matches[index].group(1))
        near = matches[index].start() - matches[index - 1].end() <= MAX_ITEM_CHARS
        if after != 1 and after != before + 1 and near:
            return index
    return None


def _line_items(ctx: Context, rule: Rule, heading: str, text: str) -> Outcome:
    numbers = [int(m.group(1)) for m in _ITEM.finditer(text)]
    gaps = [(a, b) for a, b in itertools.pairwise(numbers) if b > a + 1]
    if not gaps:
        return PASSED
    before, after = gaps[0]
    skipped = "、".join(f"{n}." for n in range(before + 1, after))
    return make_finding(
        ctx,
        rule.id,
        Status.FAIL,
        f"“{heading}”部分的条目编号从“{before}.”跳到“{after}.”，缺少“{skipped}”",
        f"in “{heading}” the numbered items jump from {before}. to {after}.",
    )


def _ordinals(
    ctx: Context, rule: Rule, heading: str, text: str, pattern: regex.Pattern[str], form: str
) -> Outcome:
    matches = list(pattern.finditer(text))
    index = _first_break(matches)
    if index is None:
        return PASSED
    first, second = (form.format(m.group(1)) for m in matches[index - 1 : index + 1])
    if _value(matches[index].group(1)) <= _value(matches[index - 1].group(1)):
        zh = f"“{heading}”部分的序号“{first}”之后又出现“{second}”，序号重复"
        en = f"in “{heading}” the ordinal “{second}” comes again after “{first}”"
    else:
        zh = f"“{heading}”部分的序号从“{first}”跳到“{second}”"
        en = f"in “{heading}” the ordinals jump from “{first}” to “{second}”"
    return make_finding(ctx, rule.id, Status.FAIL, zh, en)


def item_numbering(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    for section_id in _NARRATIVE_SECTIONS:
        section = getattr(ctx.report.sections, section_id)
        if section is None:
            continue
        outcomes = [
            _line_items(ctx, rule, section.heading, section.text),
            _ordinals(ctx, rule, section.heading, section.text, _SHI, "{}是"),
            _ordinals(ctx, rule, section.heading, section.text, _BRACKETED, "（{}）"),
        ]
        failures: list[Outcome] = [o for o in outcomes if o is not None]
        yield from failures or [PASSED]
