"""The template's wording as printed: section headings (``struct_heading_wording`` for harmless
variants, information) and typos of the template's labels (``label_typo``, a warning).

Typos are told from variants by data (``template.variants``): a known alias is a harmless variant
unless listed as a typo; any other near-miss of a label is a typo when its changes lie inside the
label (at its ends a label simply meets the next word). In the tables a label is matched where the
template prints it: a row label before the row's numbers, a column header beside the other headers
of its table. Prose is searched only for the typos that cannot be words of their own: a character
printed twice inside a term of the templates, or a look-alike in it (不子公开).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs
import regex
from attrs import frozen

from govdisclosure.checks.claims import per_sections
from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Rule, Status
from govdisclosure.model.report import Section, Sections
from govdisclosure.template import national, variants, words
from govdisclosure.template.spec import SectionSpec, Template, TemplateSpec
from govdisclosure.text.compact import compact, compact_text, norm, norm_label

_TABLE_SECTIONS = ("proactive", "applications", "review_litigation")
_VALUE_AFTER = regex.compile(r"[\d\-—/／]")
HEADER_REACH = 30


@frozen
class Label:
    """A label of the template as matched: normalised, its kind, its variants and its cells."""

    text: str
    kind: str  # "row" (before its numbers) or "header" (beside the other headers of its table)
    table: str
    variants: tuple[str, ...]
    cells: tuple[str, ...]


def labels(spec: TemplateSpec) -> tuple[Label, ...]:
    """Every row label and column header of the template's tables (each once)."""
    return _labels(spec.template)


@functools.cache
def _labels(template: Template) -> tuple[Label, ...]:
    spec = national.template_spec(template)
    found: dict[str, Label] = {}
    for table in spec.tables:
        for row in table.rows:
            key = norm_label(row.label)
            if table.id != "t4" and key not in found:
                variants_ = tuple(norm_label(a) for a in row.aliases)
                found[key] = Label(key, "row", table.id, variants_, table.cell_ids(row))
            for column in row.columns:
                key = norm_label(column.label)
                cells = tuple(
                    c.id for c in spec.cells if c.table.id == table.id and c.column.label == column.label
                )
                if key not in found:
                    found[key] = Label(
                        key, "header", table.id, tuple(norm_label(a) for a in column.aliases), cells
                    )
    for word in words.HEADER_WORDS:
        key = norm_label(word)
        found.setdefault(key, Label(key, "header", "t3", (), ()))
    return tuple(found.values())


def _edits(text: str) -> int:
    return 2 if len(text) >= variants.TWO_EDITS_LENGTH else 1


@functools.cache
def _pattern(text: str) -> regex.Pattern[str]:
    return regex.compile(f"(?e)(?:{regex.escape(text)}){{e<={_edits(text)}}}")


@functools.cache
def _window(text: str) -> regex.Pattern[str]:
    """Where a near-miss of ``text`` may stand: its first and last characters (a typo lies inside)
    as far apart as the edits allow. A plain pattern, fast to search before the fuzzy one."""
    edits, inner = _edits(text), len(text) - 2
    return regex.compile(
        f"{regex.escape(text[0])}.{{{max(0, inner - edits)},{inner + edits}}}?{regex.escape(text[-1])}"
    )


def near_misses(text: str, where: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each near-miss of ``text`` in ``where`` whose changes lie inside it."""
    for window in _window(text).finditer(where, overlapped=True):
        match = _pattern(text).fullmatch(where, window.start(), window.end())
        if match and match.group() != text and _inside(match):
            yield match.start(), match.end()


def _inside(match: regex.Match[str]) -> bool:
    """Every change of a fuzzy match lies strictly inside the label (not at its first or last character)."""
    subs, inserts, deletes = match.fuzzy_changes
    start, end = match.start(), match.end()
    return all(start < p < end - 1 for p in (*subs, *inserts)) and all(start < p < end for p in deletes)


def _anchored(label: Label, text: str, start: int, end: int) -> bool:
    """Where the template prints the label: a row label before a value, a header beside another."""
    if label.kind == "row":
        return bool(_VALUE_AFTER.match(text, end))
    window = text[max(0, start - HEADER_REACH) : start] + text[end : end + HEADER_REACH]
    return any(other.text in window for other in _same_table_headers(label))


@functools.cache
def _headers_by_table() -> dict[str, tuple[Label, ...]]:
    headers: dict[str, list[Label]] = {}
    for spec in national.TEMPLATES.values():
        for label in labels(spec):
            if label.kind == "header":
                headers.setdefault(label.table, []).append(label)
    return {t: tuple(ls) for t, ls in headers.items()}


def _same_table_headers(label: Label) -> tuple[Label, ...]:
    return tuple(h for h in _headers_by_table().get(label.table, ()) if h.text != label.text)


@frozen
class Typo:
    """A printed near-miss of a label: what was printed, the label, whether it is a harmless variant
    or a 2019 label in a 2021 table."""

    printed: str
    label: str
    cells: tuple[str, ...]
    harmless: bool = False
    outdated: bool = False


@functools.cache
def _known(template: Template) -> frozenset[str]:
    """Every text of the template printed as it is (labels, variants, headings, titles)."""
    spec = national.template_spec(template)
    texts = {t for label in labels(spec) for t in (label.text, *label.variants)}
    texts |= {norm_label(s.heading) for s in spec.sections} | {norm_label(t.title) for t in spec.tables}
    texts |= {norm_label(r.block) for t in spec.tables for r in t.rows if r.block}
    return frozenset(texts)


@functools.lru_cache(maxsize=4096)
def _containing(template: Template, piece: str) -> tuple[tuple[str, int], ...]:
    """The template's texts longer than ``piece`` that hold it, each with where it stands in them."""
    found = []
    for text in _known(template):
        if len(text) > len(piece):
            at = text.find(piece)
            while at >= 0:
                found.append((text, at))
                at = text.find(piece, at + 1)
    return tuple(found)


def _table_typos(spec: TemplateSpec, printed: str) -> Iterator[Typo]:
    """The typos of the template's labels in a table section's text as ``printed``."""
    text = compact_text(printed)

    def shown(start: int, end: int) -> str:
        origin = compact(printed).origin  # only for a typo found: rare
        return printed[origin[start] : origin[end - 1] + 1]

    def covered(start: int, end: int, own: str) -> bool:
        """Inside a longer text of the template printed as it is (本年新 in 本年新制作数量)."""
        piece = text[start:end]
        if piece == own:
            return True
        return any(
            at <= start and text.startswith(known, start - at)
            for known, at in _containing(spec.template, piece)
        )

    typos = _typo_forms()
    for label in labels(spec):
        for variant in label.variants:
            for start in _occurrences(variant, text):
                end = start + len(variant)
                if covered(start, end, label.text) or not _anchored(label, text, start, end):
                    continue
                outdated = _outdated(spec, variant)
                typo = variant in typos or outdated
                yield Typo(shown(start, end), label.text, label.cells, not typo, outdated)
        if len(label.text) < variants.MIN_FUZZY_LENGTH:
            continue
        for start, end in near_misses(label.text, text):
            if text[start:end] in label.variants or covered(start, end, label.text):
                continue
            if _anchored(label, text, start, end):
                yield Typo(shown(start, end), label.text, label.cells)


@functools.cache
def _typo_forms() -> frozenset[str]:
    return frozenset(norm_label(t) for t in variants.TYPOS)


def _occurrences(needle: str, text: str) -> Iterator[int]:
    start = text.find(needle)
    while start >= 0:
        yield start
        start = text.find(needle, start + 1)


def _outdated(spec: TemplateSpec, variant: str) -> bool:
    """A 2019 label in a 2021 table (规范性文件 for 行政规范性文件)."""
    if spec.template is not Template.V2021:
        return False
    older = {norm_label(r.label) for r in national.T2_2019.rows}
    older |= {norm_label(c.label) for r in national.T2_2019.rows for c in r.columns}
    return variant in older and variant not in {norm_label(r.label) for r in national.T2_2021.rows}


@functools.cache
def _prose_typos() -> tuple[dict[str, str], regex.Pattern[str]]:
    """Variants of the templates' terms with a character doubled inside or a look-alike in them."""
    found: dict[str, str] = {}
    for term in variants.TERMS:
        key = norm_label(term)
        for i in range(1, len(key) - 1):
            found.setdefault(key[: i + 1] + key[i] + key[i + 1 :], key)
        for i, char in enumerate(key):
            for alt in variants.CONFUSABLE.get(char, ""):
                found.setdefault(key[:i] + alt + key[i + 1 :], key)
    alternation = "|".join(regex.escape(v) for v in sorted(found, key=len, reverse=True))
    return found, regex.compile(alternation)


def _prose(text: str) -> Iterator[Typo]:
    """The typos of the templates' terms in prose, searched in the text as printed (prose does not
    break its words with spaces or cell bars, as tables do)."""
    found, pattern = _prose_typos()
    for m in pattern.finditer(text, timeout=1.0):
        yield Typo(m.group(), found[m.group()], ())


def _typo_finding(ctx: Context, rule: Rule, typo: Typo) -> Outcome:
    if typo.outdated:
        zh = f"表格标签“{typo.printed}”是2019年格式的写法，2021年格式为“{typo.label}”"
        en = f"the table label “{typo.printed}” is the 2019 template's; the 2021 template says “{typo.label}”"
    elif typo.harmless:
        zh = f"表格标签印作“{typo.printed}”，格式文本为“{typo.label}”（可接受的写法）"
        en = f"a table label is printed “{typo.printed}”; the template says “{typo.label}” (an accepted variant)"
    else:
        zh = f"“{typo.printed}”疑为“{typo.label}”之误"
        en = f"“{typo.printed}” looks like a typo of “{typo.label}”"
    return make_finding(
        ctx, rule.id, Status.FAIL, zh, en, cells=typo.cells, severity=Severity.INFO if typo.harmless else None
    )


# --- headings ---------------------------------------------------------------------------------

_NUMBERED = regex.compile(r"^([一二三四五六])(.?)")


@frozen
class Heading:
    """How a section's heading as printed differs from the template: ``kind`` is ``exact``,
    ``variant`` (harmless: separator or a known alias), ``typo`` or ``reworded``."""

    kind: str
    detail: str = ""


def judge_heading(spec: SectionSpec, section: Section, before: str) -> Heading:
    """How a printed heading relates to the template's (``before`` is the text printed before it)."""
    printed = norm(section.heading)
    number = _NUMBERED.match(printed)
    separator = number.group(2) if number else ""
    core = printed[number.end() :] if number and separator in ",.:是" else printed[1:] if number else printed
    if norm(before).endswith(spec.number):
        return Heading("typo", f"序号“{spec.number}”重复")
    if separator in variants.TYPO_SEPARATORS:
        return Heading("typo", f"序号后的“{separator}”应为“{variants.HEADING_SEPARATOR}”")
    canonical = norm_label(spec.heading)
    aliases = [norm_label(a) for a in spec.aliases]
    if core == canonical:
        return Heading("exact" if separator == "," else "variant")
    if core in aliases:
        return Heading("variant")
    for target in (canonical, *aliases):
        match = _pattern(target).fullmatch(core)
        if match and _inside(match):
            return Heading("typo")
    return Heading("reworded")


def _headings(ctx: Context) -> tuple[tuple[SectionSpec, Section, Heading], ...]:
    return _judged(ctx.report.sections)


@per_sections
def _judged(sections: Sections) -> tuple[tuple[SectionSpec, Section, Heading], ...]:
    """Each section found with how its heading relates to the template's."""
    found = []
    previous = sections.intro
    for spec in national.SECTIONS:
        section = getattr(sections, spec.id)
        if section is None:
            continue
        found.append((spec, section, judge_heading(spec, section, previous.text[-5:] if previous else "")))
        previous = section
    return tuple(found)


def _ordinal(spec: SectionSpec) -> int:
    return national.SECTIONS.index(spec) + 1


def heading_wording(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """``struct_heading_wording``: a heading worded otherwise than the template, harmlessly."""
    for spec, section, judged in _headings(ctx):
        if judged.kind in ("exact", "typo"):
            yield PASSED
            continue
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"第{spec.number}部分标题印作“{section.heading}”，格式文本为“{spec.printed_heading}”",
            f"section {_ordinal(spec)} is headed “{section.heading}”; the template says “{spec.printed_heading}”",
        )


def label_typo(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """Typos of headings, table labels (header cells included) and the templates' terms in prose."""
    found: list[Outcome] = []
    for spec, section, judged in _headings(ctx):
        if judged.kind == "typo":
            detail = f"（{judged.detail}）" if judged.detail else ""
            found.append(
                make_finding(
                    ctx,
                    rule.id,
                    Status.FAIL,
                    f"第{spec.number}部分标题“{section.heading}”有错字{detail}，格式文本为“{spec.printed_heading}”",
                    f"section {_ordinal(spec)} is headed “{section.heading}”, a typo of “{spec.printed_heading}”",
                )
            )
    seen: set[str] = set()
    sections = ctx.report.sections
    for field in attrs.fields(type(sections)):
        section = getattr(sections, field.name)
        if section is None:
            continue
        typos = list(_prose(section.text))
        if field.name in _TABLE_SECTIONS and ctx.spec is not None:
            typos += _table_typos(ctx.spec, section.text)
        for typo in typos:
            if typo.printed not in seen:
                seen.add(typo.printed)
                found.append(_typo_finding(ctx, rule, typo))
    yield from found or [PASSED]
