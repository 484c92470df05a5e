"""The review page of one report: header, findings, parse notes, the tables, the marked source.

``review_page`` takes a parse result (anything with ``report`` and ``source``, or a bare
``Report``) and its check result, and returns one self-contained HTML page: inline style and
script, nothing fetched, usable from ``file://``, by keyboard, and on paper.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from govdisclosure.checks import check
from govdisclosure.checks.registry import FAMILY_HEADINGS, RULES_BY_ID
from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.cells import CellKind, Span
from govdisclosure.model.diagnostics import Diagnostic, Severity
from govdisclosure.model.findings import CheckResult, Family, Finding, Status
from govdisclosure.model.report import Report
from govdisclosure.review import words
from govdisclosure.review.markup import document, el, esc
from govdisclosure.review.relations import related_html, relations_of
from govdisclosure.review.source import Mark, Shown, marked
from govdisclosure.review.tables import Tables, hybrid, named_cells, report_grids, where


class Reading(Protocol):
    """A parsed report and the input it was read from (``govdisclosure.ParseResult``)."""

    @property
    def report(self) -> Report: ...

    @property
    def source(self) -> str: ...


def review_page(
    reading: Reading | Report,
    checked: CheckResult | None = None,
    *,
    file: str | None = None,
    lang: str = "zh",
    index: str | None = None,
    relations: Iterable[object] = (),
    pages: Mapping[str, str] | None = None,
) -> str:
    """The review page of one report, as HTML.

    ``checked`` defaults to ``check(report)``; ``file`` names the input; ``index`` is the link back
    to the batch's index (None for none); the ``relations`` (``(kind, file, other)`` records) that
    name ``file`` are listed, linked through ``pages`` (file → page file name).
    """
    report = reading if isinstance(reading, Report) else reading.report
    source = None if isinstance(reading, Report) else reading.source
    checked = checked if checked is not None else check(report, lang=lang)
    findings = list(checked.findings)
    notes = sorted(report.diagnostics, key=lambda d: -d.severity.rank)
    named = named_cells(findings, notes)
    grids, labels = report_grids(report, lang)
    cells = cells_of(report)
    tables = Tables(cells, labels, named, findings, notes, lang)
    tips: list[str] = []
    tables_html = [tables.grid_html(grid, tips) for grid in grids]
    nav = el("a", esc(words.say("back", lang)), href=index, class_="back") if index else ""
    main = [
        _findings(findings, lang),
        _notes(notes, lang),
        _tables(tables_html, lang),
        related_html(file, relations_of(relations), pages or {}, lang),
    ]
    body = (
        el("a", esc(words.say("skip", lang)), href="#findings", class_="skip")
        + el("header", nav + _header(report, checked, file, lang), class_="top")
        + el(
            "div", el("main", "".join(main)) + _source(report, source, findings, notes, lang), class_="layout"
        )
        + el("div", "".join(tips), id="tips")
    )
    title = f"{report.metadata.title or file or ''} · {words.say('page_title', lang)}"
    return document(title, lang, body, "review.js")


# --- header ---------------------------------------------------------------------------------


def template_label(report: Report, lang: str, *, short: bool = False) -> str:
    """The template's name, a hybrid named as one."""
    label = words.pick((words.TEMPLATE_SHORT if short else words.TEMPLATE)[report.template], lang)
    hybrid = hybrid_note(report, lang)
    if hybrid:
        return f"{label}（{words.pick(words.HYBRID, lang)}）" if short else f"{label}；{hybrid}"
    return label


def hybrid_note(report: Report, lang: str) -> str:
    """What is hybrid about table 三, or nothing."""
    kind = hybrid(report)
    return words.say(f"hybrid_{kind}_note", lang) if kind else ""


def cell_counts(report: Report) -> dict[str, int]:
    """How many cells the report has, hold a number, hold a printed non-number, were not read."""
    kinds = [cell.kind for cell in cells_of(report).values()]
    numbers = kinds.count(CellKind.NUMBER)
    missing = kinds.count(CellKind.MISSING)
    return {
        "total": len(kinds),
        "numbers": numbers,
        "printed": len(kinds) - numbers - missing,
        "missing": missing,
    }


def _header(report: Report, checked: CheckResult, file: str | None, lang: str) -> str:
    meta = report.metadata
    unknown = words.say("unknown", lang)
    title = meta.title or " ".join(str(x) for x in (meta.issuer, meta.year) if x) or file or unknown
    facts = [
        ("issuer", meta.issuer or unknown),
        ("year", str(meta.year) if meta.year else unknown),
        ("template", template_label(report, lang)),
        ("rendering", words.pick(words.RENDERING.get(report.rendering, (report.rendering,) * 2), lang)),
        ("file", file or "—"),
        ("published", meta.published),
        ("publisher", meta.publisher),
        ("index_number", meta.index_number),
        ("document_number", meta.document_number),
    ]
    listed = "".join(el("div", el("dt", esc(words.say(k, lang))) + el("dd", esc(v))) for k, v in facts if v)
    counts = [
        el(
            "li",
            f"{esc(words.pick(words.SEVERITY[s], lang))} <strong>{checked.count(s)}</strong>",
            class_=f"c-{s.value}",
        )
        for s in Severity
    ]
    counts.append(
        el(
            "li",
            f"{esc(words.pick(words.NOT_ASSESSABLE, lang))} <strong>{checked.not_assessable}</strong>",
            class_="c-na",
        )
    )
    total = checked.passed + checked.failed + checked.not_assessable
    checks = words.say(
        "checks_line",
        lang,
        total=total,
        passed=checked.passed,
        failed=checked.failed,
        na=checked.not_assessable,
    )
    lines = el("p", esc(checks)) + el("p", esc(words.say("cells_line", lang, **cell_counts(report))))
    return (
        el("h1", esc(title))
        + el("dl", listed, class_="facts")
        + el("ul", "".join(counts), class_="counts", aria_label=words.say("checks", lang))
        + el("div", lines, class_="lines")
    )


# --- findings and parse notes ---------------------------------------------------------------


def _order(finding: Finding) -> tuple[bool, int]:
    """Failures before not-assessable ones, the most severe first."""
    return finding.status is Status.NOT_ASSESSABLE, -finding.severity.rank


def _quote(text: str | None, span: Span | None, lang: str) -> str:
    if not text:
        return ""
    place = where(span, lang)
    return el(
        "p",
        f"{esc(words.say('quote', lang))}：“{esc(text)}”"
        + (f' <span class="at">{esc(place)}</span>' if place else ""),
        class_="quote",
    )


def _finding(index: int, finding: Finding, lang: str) -> str:
    failing = finding.status is Status.FAIL
    label = words.pick(words.SEVERITY[finding.severity] if failing else words.NOT_ASSESSABLE, lang)
    css = finding.severity.value if failing else "na"
    message = finding.message_en if lang == "en" else finding.message
    rule = RULES_BY_ID.get(finding.rule)
    title = (rule.title_en if lang == "en" else rule.title) if rule else None
    cells = (
        el("span", esc(words.say("cells_of", lang, count=len(finding.cells))), class_="meta")
        if finding.cells
        else ""
    )
    head = (
        f'<span class="badge b-{css}">{esc(label)}</span> '
        + el("button", esc(message), type="button", class_="go")
        + " "
        + el("code", esc(finding.rule), title=title)
        + (" " + cells if cells else "")
    )
    return el(
        "li",
        head + _quote(finding.quote, finding.spans[0] if finding.quote and finding.spans else None, lang),
        class_=f"item finding s-{css}",
        id=f"finding-{index}",
        data_rule=finding.rule,
        data_status=finding.status.value,
        data_cells=" ".join(finding.cells) or None,
        data_marks=f"f:{index}" if finding.quote and finding.spans else None,
    )


def _findings(findings: list[Finding], lang: str) -> str:
    groups: dict[Family | None, list[int]] = {}
    for index, finding in enumerate(findings):
        rule = RULES_BY_ID.get(finding.rule)
        groups.setdefault(rule.family if rule else None, []).append(index)
    parts = [el("h2", esc(words.say("findings", lang)), id="findings-h")]
    if not findings:
        parts.append(el("p", esc(words.say("no_findings", lang))))
    for family, (zh, en) in [*FAMILY_HEADINGS.items(), (None, ("其他", "Other"))]:
        if family not in groups:
            continue
        ordered = sorted(groups[family], key=lambda i: _order(findings[i]))
        items = "".join(_finding(i, findings[i], lang) for i in ordered)
        parts.append(el("h3", esc(en if lang == "en" else zh)) + el("ul", items, class_="items"))
    parts.append(el("p", esc(words.say("keys", lang)), class_="keys"))
    return el("section", "".join(parts), id="findings", aria_labelledby="findings-h", tabindex="-1")


def _note(index: int, note: Diagnostic, lang: str) -> str:
    label = words.pick(words.SEVERITY[note.severity], lang)
    message = note.message_en if lang == "en" and note.message_en else note.message
    head = (
        f'<span class="badge b-{note.severity.value}">{esc(label)}</span> '
        + el("button", esc(message), type="button", class_="go")
        + " "
        + el("code", esc(note.code))
    )
    if note.span is not None:
        head += " " + el("span", esc(where(note.span, lang)), class_="at")
    return el(
        "li",
        head,
        class_=f"item note s-{note.severity.value}",
        id=f"note-{index}",
        data_code=note.code,
        data_cells=" ".join(note.cells) or None,
        data_marks=f"n:{index}" if note.span is not None else None,
    )


def _notes(notes: list[Diagnostic], lang: str) -> str:
    parts = [
        el("h2", esc(words.say("notes", lang)), id="notes-h"),
        el("p", esc(words.say("notes_intro", lang))),
    ]
    if notes:
        parts.append(el("ul", "".join(_note(i, n, lang) for i, n in enumerate(notes)), class_="items"))
    else:
        parts.append(el("p", esc(words.say("no_notes", lang))))
    return el("section", "".join(parts), id="notes", aria_labelledby="notes-h")


# --- tables and source ----------------------------------------------------------------------


def _legend(lang: str) -> str:
    swatches = [(f"sw-{s.value}", words.SEVERITY[s]) for s in Severity] + [("sw-na", words.NOT_ASSESSABLE)]
    swatches += [(f"k-{k.value}", words.KIND[k]) for k in CellKind if k is not CellKind.NUMBER]
    items = [
        el(
            "li",
            el(
                "span",
                words.MISSING_MARK if css == "k-missing" else "",
                class_=f"swatch {css}",
                aria_hidden="true",
            )
            + esc(words.pick(pair, lang)),
        )
        for css, pair in swatches
    ]
    return el("ul", "".join(items), class_="legend", aria_label=words.say("legend", lang))


def _tables(tables: list[str], lang: str) -> str:
    parts = [el("h2", esc(words.say("tables", lang)), id="tables-h")]
    if not tables:
        parts.append(el("p", esc(words.say("no_tables", lang))))
    else:
        parts.append(_legend(lang))
        parts.extend(el("div", t, class_="scroll") for t in tables)
    return el("section", "".join(parts), id="tables", aria_labelledby="tables-h")


def _source(
    report: Report, source: str | None, findings: list[Finding], notes: list[Diagnostic], lang: str
) -> str:
    heading = el("h2", esc(words.say("source", lang)), id="source-h")
    if source is None:
        return el("aside", heading + el("p", esc(words.say("no_source", lang))), id="source-pane")
    marks = [
        Mark(cell.span, f"c:{cell_id}", "m-cell")
        for cell_id, cell in cells_of(report).items()
        if cell.span is not None
    ]
    marks += [
        Mark(span, f"f:{i}", "m-quote")
        for i, finding in enumerate(findings)
        if finding.quote
        for span in finding.spans
    ]
    marks += [Mark(note.span, f"n:{i}", "m-note") for i, note in enumerate(notes) if note.span is not None]
    html = report.rendering == "html"
    intro = el("p", esc(words.say("source_html" if html else "source_text", lang)), class_="hint")
    text = marked(Shown.of(source, report.rendering), marks)
    return el(
        "aside",
        heading + intro + el("pre", text, id="source", tabindex="0", aria_labelledby="source-h"),
        id="source-pane",
    )
