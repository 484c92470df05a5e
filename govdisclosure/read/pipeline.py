"""The parse pipeline: decode, detect the rendering, find sections, detect the template, read tables."""

from __future__ import annotations

import attrs
import regex
from attrs import frozen

from govdisclosure.model.cellmap import build_tables
from govdisclosure.model.cells import Cell
from govdisclosure.model.diagnostics import Diagnostic, Phrase, note
from govdisclosure.model.report import Report
from govdisclosure.read import labels, narrative
from govdisclosure.read.metadata import read_metadata
from govdisclosure.read.sections import FoundSection, build_sections, find_sections
from govdisclosure.read.tables import TableReader
from govdisclosure.read.view import View
from govdisclosure.template import national, words
from govdisclosure.template.spec import TableSpec, Template, TemplateSpec
from govdisclosure.text.compact import Compact, compact, norm_label
from govdisclosure.text.decode import DEFAULT_MAX_SIZE, decode_str, read_source
from govdisclosure.text.decode import Source as InputSource
from govdisclosure.text.html import at_least, html_to_text, looks_like_html
from govdisclosure.text.spans import TextMap

_MARKDOWN_RULE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", regex.M)
_MARKDOWN_ROW = regex.compile(r"^[ \t]*\|[ \t]*[^|\s][^\n]*\|[ \t]*$", regex.M)
_PIPE_LINE = regex.compile(r"\S\s*\|\s*$", regex.M)
_MONEY_UNIT = regex.compile(r"[\(（][^)）]*?(万元|元)")
MAX_INPUT_CHARS = 8_000_000


@frozen
class ParseResult:
    """A parsed report, the decoded input (every span is an offset into it) and the text read.

    ``text`` is the input itself for text renderings and the page's text for an HTML page.
    """

    report: Report
    source: str
    text: str

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """Everything the parser noticed."""
        return self.report.diagnostics


def detect_rendering(text: str) -> str:
    """``html``, ``markdown``, ``pipe``, ``flat`` (long lines of glued or spaced cells) or ``text``."""
    if looks_like_html(text):
        return "html"
    if at_least(_MARKDOWN_ROW, text, 5) and _MARKDOWN_RULE.search(text):
        return "markdown"
    if at_least(_PIPE_LINE, text, 20):
        return "pipe"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and max(len(line) for line in lines) > 400 and len(lines) < 200:
        return "flat"
    return "text"


def _marker_count(comp: Compact, template: Template, start: int, stop: int) -> int:
    return sum(1 for m in words.TEMPLATE_MARKERS[template] if comp.text.find(norm_label(m), start, stop) >= 0)


def detect_template(comp: Compact, year: int | None) -> tuple[Template, list[Diagnostic]]:
    """The template from the table content (table 二 headers, table 三 （六） rows), not the year."""
    counts = {t: _marker_count(comp, t, 0, len(comp.text)) for t in (Template.V2019, Template.V2021)}
    has_t3 = comp.text.find(norm_label(national.T3_2019.rows[0].label)) >= 0
    has_t2 = comp.text.find(national.CAPTION_PREFIX) >= 0
    diagnostics: list[Diagnostic] = []
    if not (has_t2 or has_t3 or any(counts.values())):
        legacy = any(comp.text.find(norm_label(m)) >= 0 for m in words.LEGACY_MARKERS)
        if legacy or (year is not None and year < 2019):
            return Template.LEGACY, [note("legacy_report")]
        return Template.UNKNOWN, [note("no_report")]
    v19, v21 = counts[Template.V2019], counts[Template.V2021]
    if v19 and v21:
        diagnostics.append(note("mixed_template", v2019=v19, v2021=v21))
    if v19 != v21:
        return (Template.V2019 if v19 > v21 else Template.V2021), diagnostics
    guess = Template.V2021 if (year or 0) >= 2021 else Template.V2019
    diagnostics.append(note("template_from_year", template=guess.value))
    return guess, diagnostics


def _money_unit(comp: Compact, label: str, start: int, stop: int) -> str | None:
    index = comp.text.find(norm_label(label), start, stop)
    if index < 0:
        return None
    tail = comp.text[index : index + len(norm_label(label)) + 16]
    match = _MONEY_UNIT.search(tail)
    return match.group(1) if match else None


def _read_tables(source: View, spec: TemplateSpec, found: list[FoundSection]) -> TableReader:
    comp = source.comp
    length = len(comp.text)
    where = {s.spec.id: s for s in found}
    reader = TableReader.new(source, spec)
    t2, t3, _ = spec.tables
    first_t3 = labels.find(comp, [norm_label(t3.rows[0].label)], 0, length)
    t3_anchor = first_t3.start if first_t3 else length
    t2_start = _t2_start(comp, t2, where.get("proactive"), t3_anchor)
    t2_stop = t3_anchor
    if "applications" in where and t2_start < where["applications"].start < t3_anchor:
        t2_stop = where["applications"].start
    rows2 = reader.find_rows(t2.rows, t2_start, t2_stop, any_order=True)
    money_label = next(c.label for r in t2.rows for c in r.columns if c.money)
    unit = _money_unit(comp, money_label, t2_start, t2_stop)
    reader.read_rows(t2, rows2, t2_stop, unit)
    if reader.groups:
        prose = source.text[: comp.start(t2_start)] + "\n" + source.text[comp.start(t2_stop) :]
        reader.narrow(narrative.hints(prose, t2))
    reader.resolve(unit)

    t3_start = min(t2_stop, t3_anchor)
    t4_heading = where.get("review_litigation")
    t3_stop = t4_heading.start if t4_heading and t4_heading.start > t3_start else length
    t3_end = reader.read_lines(t3, t3_start, t3_stop)
    if t3_end is None:
        t3_end = reader.read_rows(t3, reader.find_rows(t3.rows, t3_start, t3_stop), t3_stop)

    t4_start = t4_heading.end if t4_heading and t4_heading.start >= t3_end else t3_end
    t4_stop = (
        where["problems"].start if "problems" in where and where["problems"].start > t4_start else length
    )
    _read_t4(reader, spec, t4_start, t4_stop)
    reader.resolve()
    return reader


def _t2_start(comp: Compact, t2: TableSpec, heading: FoundSection | None, stop: int) -> int:
    """Where table 二 begins: after its section heading, or at its first block caption when earlier.

    PDF conversions restart the numbering of the tables, so the heading found may be a later one.
    """
    start = heading.end if heading is not None and heading.end < stop else 0
    blocks = list(dict.fromkeys(norm_label(row.block) for row in t2.rows if row.block))
    caption = labels.find(comp, blocks, 0, stop, fuzzy=False)
    if caption is not None and (heading is None or caption.start < start):
        return caption.start
    return start


def _read_t4(reader: TableReader, spec: TemplateSpec, start: int, stop: int) -> None:
    """Table 四: one run of 15 values after the headers, or (split tables) 5 after each group label."""
    comp = reader.source.comp
    t4 = spec.table("t4")
    groups = _t4_groups(comp, t4, start, stop)
    if groups is not None:
        regions = [reader.region(hit.end, end)[0] for hit, end in groups]
        if all(any(not i.blank for i in items) for items in regions):
            for row, items in zip(t4.rows, regions, strict=True):
                ids = t4.cell_ids(row)
                reader.assign(ids, row.columns, f"{national.T4_TITLE}（{row.label}）", items)
            return
    header = labels.find(comp, [norm_label(t4.rows[2].label)], start, stop, fuzzy=False)
    if header is None:
        header = labels.find(comp, [norm_label(national.T4_LITIGATION_HEADER)], start, stop, fuzzy=False)
    if header is None:
        return
    position = header.end
    for word in [c.label for c in t4.rows[0].columns] * 2:
        hit = labels.find(comp, [norm_label(word)], position, min(stop, position + 40), fuzzy=False)
        if hit:
            position = hit.end
    items, _ = reader.region(position, stop)
    ids = tuple(cell_id for row in t4.rows for cell_id in t4.cell_ids(row))
    columns = tuple(c for row in t4.rows for c in row.columns)
    reader.assign(ids, columns, national.T4_TITLE, items)


def _t4_groups(comp: Compact, t4: TableSpec, start: int, stop: int) -> list[tuple[labels.Hit, int]] | None:
    """The three group labels of table 四 (with where each group's stretch ends), when all are found."""
    direct = labels.find(comp, [norm_label(t4.rows[1].label)], start, stop, fuzzy=False)
    if direct is None:
        return None
    after = labels.find(comp, [norm_label(t4.rows[2].label)], direct.end, stop, fuzzy=False)
    review_at = comp.text.rfind(norm_label(t4.rows[0].label), start, direct.start)
    if after is None or review_at < 0:
        return None
    review = labels.Hit(review_at, review_at + len(norm_label(t4.rows[0].label)))
    return [(review, direct.start), (direct, after.start), (after, stop)]


def _missing_cells(spec: TemplateSpec, cells: dict[str, Cell]) -> list[Diagnostic]:
    missing = [cell_id for cell_id in spec.cell_ids if cell_id not in cells]
    if not missing:
        return []
    listed = "、".join(missing[:8]) + ("等" if len(missing) > 8 else "")
    listed_en = ", ".join(missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
    return [note("cells_missing", None, tuple(missing), count=len(missing), listed=Phrase(listed, listed_en))]


def parse_text(text: str, *, rendering: str | None = None) -> ParseResult:
    """Parse decoded text of any rendering (lone surrogates in it become U+FFFD, with a note)."""
    decoded = decode_str(text)
    text = decoded.text
    diagnostics: list[Diagnostic] = list(decoded.diagnostics)
    rendering = rendering or detect_rendering(text)
    body, origin = html_to_text(text) if rendering == "html" else (text, None)
    comp = compact(body)
    view = View(body, comp, TextMap(text, origin))
    metadata = read_metadata(body)
    found = find_sections(comp, national.SECTIONS)
    sections = build_sections(view, found)
    template, notes = detect_template(comp, metadata.year)
    diagnostics.extend(notes)
    tables: dict[str, object] = {}
    if template in national.TEMPLATES:
        spec = national.TEMPLATES[template]
        reader = _read_tables(view, spec, found)
        diagnostics.extend(reader.diagnostics)
        diagnostics.extend(_missing_cells(spec, reader.cells))
        tables = build_tables(template, reader.cells)
    report = Report(
        template=template,
        metadata=metadata,
        sections=sections,
        rendering=rendering,
        diagnostics=tuple(diagnostics),
        **tables,  # type: ignore[arg-type]
    )
    return ParseResult(report, text, body)


def parse(
    source: InputSource, *, rendering: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE
) -> ParseResult:
    """Parse a report from text, bytes or a path.

    Bad data gives diagnostics and a partial report, never an exception; only a path that cannot
    be read, or a file above ``max_size`` bytes (``None``: no limit), raises (``InputError``).
    """
    decoded, _ = read_source(source, max_size)
    text = decoded.text
    notes = list(decoded.diagnostics)
    if len(text) > MAX_INPUT_CHARS:
        notes.append(note("input_truncated", size=len(text), limit=MAX_INPUT_CHARS))
        text = text[:MAX_INPUT_CHARS]
    result = parse_text(text, rendering=rendering)
    if notes:
        report = attrs.evolve(result.report, diagnostics=tuple(notes) + result.report.diagnostics)
        result = ParseResult(report, result.source, result.text)
    return result
