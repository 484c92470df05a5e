"""The index of a batch: one sortable row per report linking to its page, the inputs that could
not be read, and the relations between the reports."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from attrs import frozen

from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult
from govdisclosure.model.report import Report
from govdisclosure.review import words
from govdisclosure.review.markup import document, el, esc
from govdisclosure.review.page import cell_counts, template_label
from govdisclosure.review.relations import href, relations_of, relations_table

COLUMNS = (
    "col_file",
    "col_issuer",
    "col_year",
    "col_template",
    "col_rendering",
    "col_errors",
    "col_warnings",
    "col_infos",
    "col_na",
    "col_cells",
    "col_notes",
)


@frozen
class Entry:
    """One input of the batch as the index lists it (``failed`` says why an input has no page)."""

    file: str
    page: str | None = None
    issuer: str = ""
    year: int | None = None
    template: str = ""
    rendering: str = ""
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    not_assessable: int = 0
    cells_read: int = 0
    cells_total: int = 0
    notes: int = 0
    failed: str | None = None


def entry(file: str, page: str, report: Report, checked: CheckResult, lang: str) -> Entry:
    """The index entry of a report written to ``page``."""
    counts = cell_counts(report)
    return Entry(
        file=file,
        page=page,
        issuer=report.metadata.issuer or "",
        year=report.metadata.year,
        template=template_label(report, lang, short=True),
        rendering=report.rendering,
        errors=checked.count(Severity.ERROR),
        warnings=checked.count(Severity.WARNING),
        infos=checked.count(Severity.INFO),
        not_assessable=checked.not_assessable,
        cells_read=counts["total"] - counts["missing"],
        cells_total=counts["total"],
        notes=sum(1 for d in report.diagnostics if d.severity is not Severity.INFO),
    )


def _row(item: Entry, lang: str) -> str:
    def cell(text: str, sort: object, *, number: bool = False) -> str:
        return el("td", text, data_sort=sort, class_="num" if number else None)

    link = el("a", esc(item.file), href=href(item.page)) if item.page else esc(item.file)
    ratio = f"{item.cells_read}/{item.cells_total}" if item.cells_total else "—"
    cells = [
        el("th", link, scope="row", data_sort=item.file),
        cell(esc(item.issuer or words.say("unknown", lang)), item.issuer),
        cell(esc(item.year or "—"), item.year or 0, number=True),
        cell(esc(item.template), item.template),
        cell(
            esc(words.pick(words.RENDERING.get(item.rendering, (item.rendering,) * 2), lang)), item.rendering
        ),
        cell(_count(item.errors, "error"), item.errors, number=True),
        cell(_count(item.warnings, "warning"), item.warnings, number=True),
        cell(_count(item.infos, "info"), item.infos, number=True),
        cell(str(item.not_assessable), item.not_assessable, number=True),
        cell(ratio, item.cells_read - item.cells_total, number=True),
        cell(str(item.notes), item.notes, number=True),
    ]
    return el("tr", "".join(cells), data_file=item.file)


def _count(count: int, severity: str) -> str:
    return f'<span class="n n-{severity}">{count}</span>' if count else "0"


def review_index(entries: Sequence[Entry], relations: Iterable[object] = (), *, lang: str = "zh") -> str:
    """The index page of a batch, as HTML."""
    relations_ = relations_of(relations)
    shown = [e for e in entries if e.failed is None]
    failed = [e for e in entries if e.failed is not None]
    pages: Mapping[str, str] = {e.file: e.page for e in shown if e.page}
    summary = words.say(
        "summary_line",
        lang,
        count=len(shown),
        errors=sum(e.errors for e in shown),
        warnings=sum(e.warnings for e in shown),
        infos=sum(e.infos for e in shown),
    )
    head = "".join(
        el(
            "th",
            el("button", esc(words.say(key, lang)), type="button", class_="sort"),
            scope="col",
            aria_sort="none",
        )
        for key in COLUMNS
    )
    table = el(
        "table",
        el(
            "caption",
            esc(words.say("reports", lang)) + el("span", esc(words.say("sort_hint", lang)), class_="hint"),
        )
        + el("thead", el("tr", head))
        + el("tbody", "".join(_row(e, lang) for e in shown)),
        class_="list sortable",
        id="reports",
    )
    search = el(
        "label", esc(words.say("filter", lang)) + ' <input type="search" id="filter" autocomplete="off">'
    )
    parts = [
        el("header", el("h1", esc(words.say("index_title", lang))) + el("p", esc(summary)), class_="top"),
        el(
            "main",
            search
            + el("div", table, class_="scroll")
            + _failed(failed, lang)
            + relations_table(relations_, pages, lang),
        ),
    ]
    return document(words.say("index_title", lang), lang, "".join(parts), "index.js")


def _failed(failed: list[Entry], lang: str) -> str:
    if not failed:
        return ""
    items = "".join(el("li", f"{esc(e.file)}：{esc(e.failed or '')}", data_file=e.file) for e in failed)
    return el(
        "section",
        el("h2", esc(words.say("failed", lang)), id="failed-h") + el("ul", items),
        id="failed",
        aria_labelledby="failed-h",
    )
