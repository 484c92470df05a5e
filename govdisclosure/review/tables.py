"""The report's tables as HTML: the official grids, every value cell with its state and its tip.

A value cell is a ``<td data-cell="<canonical id>">``. It shows the value as printed, or a mark for
a blank, dash, slash, word or unread cell; a cell named by a failing finding carries
``data-severity`` (the most severe such finding) and no other cell does. Each cell is described by
a tip (``role="tooltip"``, linked by ``aria-describedby``): its labels, raw text, kind, value,
where it was read, how, and the findings and parse notes that name it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attrs import frozen

from govdisclosure.checks.messages import TABLE_ZH, column_zh, number, row_zh
from govdisclosure.model.cells import MISSING, Cell, CellKind, Span
from govdisclosure.model.diagnostics import Diagnostic, Severity
from govdisclosure.model.findings import Finding, Status
from govdisclosure.model.report import Applications2019, Applications2021, Report
from govdisclosure.review import words
from govdisclosure.review.grids import Box, Grid, grids, hybrid_rows
from govdisclosure.review.markup import el, esc, span_if
from govdisclosure.template import national
from govdisclosure.template.spec import ColumnSpec, RowSpec, TableSpec


@frozen
class Named:
    """What names a cell: the failing and not-assessable findings and the parse notes (by index)."""

    findings: tuple[int, ...] = ()
    notes: tuple[int, ...] = ()
    severity: Severity | None = None
    not_assessable: bool = False


def named_cells(findings: Sequence[Finding], notes: Sequence[Diagnostic]) -> dict[str, Named]:
    """Each cell named by a finding or a parse note, with the most severe failing finding's severity."""
    found: dict[str, list[int]] = {}
    noted: dict[str, list[int]] = {}
    worst: dict[str, Severity] = {}
    unassessed: set[str] = set()
    for index, finding in enumerate(findings):
        for cell_id in dict.fromkeys(finding.cells):
            found.setdefault(cell_id, []).append(index)
            if finding.status is Status.NOT_ASSESSABLE:
                unassessed.add(cell_id)
            elif cell_id not in worst or finding.severity.rank > worst[cell_id].rank:
                worst[cell_id] = finding.severity
    for index, diagnostic in enumerate(notes):
        for cell_id in dict.fromkeys(diagnostic.cells):
            noted.setdefault(cell_id, []).append(index)
    return {
        cell_id: Named(
            tuple(found.get(cell_id, ())),
            tuple(noted.get(cell_id, ())),
            worst.get(cell_id),
            cell_id in unassessed,
        )
        for cell_id in found.keys() | noted.keys()
    }


def hybrid(report: Report) -> str | None:
    """``single`` for a 2021 table 三 that printed （六） as one row, ``split`` for a 2019 one that
    printed its three rows, else None."""
    apps = report.applications
    if isinstance(apps, Applications2021) and apps.other_single is not None:
        return "single"
    if isinstance(apps, Applications2019) and apps.other_split is not None:
        return "split"
    return None


def report_grids(report: Report, lang: str) -> tuple[tuple[Grid, ...], dict[str, str]]:
    """The report's three grids (hybrid rows included) and the label of every value cell."""
    spec = national.TEMPLATES.get(report.template)
    if spec is None:
        return (), {}
    t3 = spec.table("t3")
    rows = t3.rows
    kind = hybrid(report)
    if kind == "single":
        rows = hybrid_rows(t3, single=True, label=words.say("hybrid_single", lang))
    elif kind == "split":
        rows = hybrid_rows(t3, single=False, label=words.say("hybrid_total", lang))
    tables = {t.id: t.rows for t in spec.tables} | {"t3": rows}
    labels = {
        f"{t.id}.{row.id}.{column.id}": _label(t, row, column)
        for t in spec.tables
        for row in tables[t.id]
        for column in row.columns
    }
    return grids(spec, rows), labels


def _label(table: TableSpec, row: RowSpec, column: ColumnSpec) -> str:
    """``表三“（七）总计”行“自然人”列`` (table 四 has groups: ``表四“行政复议”下“总计”列``)."""
    where = "下" if table.id == "t4" else "行"
    return f"{TABLE_ZH[table.id]}“{row_zh(table, row)}”{where}“{column_zh(table, column)}”列"


def where(span: Span | None, lang: str) -> str:
    """Where a span was read: line and column of the input."""
    if span is None:
        return ""
    return words.say("where", lang, line=span.line, column=span.column)


@frozen
class Tables:
    """Everything the tables of one page need: the cells, what names them, the words."""

    cells: Mapping[str, Cell]
    labels: Mapping[str, str]
    named: Mapping[str, Named]
    findings: Sequence[Finding]
    notes: Sequence[Diagnostic]
    lang: str

    def grid_html(self, grid: Grid, tips: list[str]) -> str:
        """One table, its tips appended to ``tips``."""
        caption = f"{TABLE_ZH[grid.id]} {grid.title}"
        parts = [el("caption", esc(caption))]
        if grid.head:
            parts.append(el("thead", "".join(self._row(row, tips) for row in grid.head)))
        for body in grid.bodies:
            parts.append(el("tbody", "".join(self._row(row, tips) for row in body)))
        return el("table", "".join(parts), class_=f"grid grid-{grid.id}", id=f"table-{grid.id}")

    def _row(self, row: tuple[Box, ...], tips: list[str]) -> str:
        return el("tr", "".join(self._box(box, tips) for box in row))

    def _box(self, box: Box, tips: list[str]) -> str:
        spans = {"rowspan": span_if(box.rowspan), "colspan": span_if(box.colspan)}
        if box.cell is None:
            if box.scope:
                return el("th", esc(box.text), scope=box.scope, **spans)
            return el("td", esc(box.text), class_="corner" if box.text else "pad", **spans)
        cell = self.cells.get(box.cell, MISSING)
        named = self.named.get(box.cell, Named())
        tip_id = f"tip-{len(tips)}"
        tips.append(self._tip(box.cell, cell, named, tip_id))
        classes = ["v", f"k-{cell.kind.value}"]
        if named.not_assessable and named.severity is None:
            classes.append("na")
        return el(
            "td",
            self._shown(cell),
            class_=" ".join(classes),
            data_cell=box.cell,
            data_kind=cell.kind.value,
            data_severity=named.severity.value if named.severity else None,
            tabindex="-1",
            aria_describedby=tip_id,
            **spans,
        )

    def _shown(self, cell: Cell) -> str:
        """The value as printed, or what the cell holds instead (with words for a screen reader)."""
        kind_word = words.pick(words.KIND[cell.kind], self.lang)
        if cell.kind is CellKind.NUMBER:
            return esc(cell.raw.strip() or number(cell.value))
        if cell.kind is CellKind.MISSING:
            return f'<span aria-hidden="true">{words.MISSING_MARK}</span><span class="sr">{esc(kind_word)}</span>'
        if cell.kind is CellKind.BLANK:
            return f'<span class="sr">{esc(kind_word)}</span>'
        return f'{esc(cell.raw.strip())}<span class="sr"> {esc(kind_word)}</span>'

    def _tip(self, cell_id: str, cell: Cell, named: Named, tip_id: str) -> str:
        say = words.say
        rows: list[tuple[str, str]] = []
        if cell.kind is not CellKind.MISSING:
            rows.append((say("printed_as", self.lang), f"“{cell.raw}”"))
        rows.append((say("kind", self.lang), words.pick(words.KIND[cell.kind], self.lang)))
        if cell.value is not None:
            rows.append((say("value", self.lang), number(cell.value)))
        if cell.span is not None:
            rows.append((say("source", self.lang), where(cell.span, self.lang)))
        if cell.note:
            rows.append((say("how", self.lang), cell.note))
        facts = "".join(el("dt", esc(k)) + el("dd", esc(v)) for k, v in rows)
        body = [el("p", esc(self.labels.get(cell_id, cell_id)), class_="tip-label"), el("code", esc(cell_id))]
        body.append(el("dl", facts))
        if cell.kind is CellKind.MISSING and not named.notes:
            body.append(el("p", esc(say("not_read_reason", self.lang)), class_="tip-reason"))
        lines = [self._finding_line(self.findings[i]) for i in named.findings]
        lines += [self._note_line(self.notes[i]) for i in named.notes]
        if lines:
            body.append(el("ul", "".join(lines)))
        return el("div", "".join(body), class_="tip", role="tooltip", id=tip_id, hidden=True)

    def _finding_line(self, finding: Finding) -> str:
        if finding.status is Status.NOT_ASSESSABLE:
            label, css = words.pick(words.NOT_ASSESSABLE, self.lang), "na"
        else:
            label, css = words.pick(words.SEVERITY[finding.severity], self.lang), finding.severity.value
        message = finding.message_en if self.lang == "en" else finding.message
        return el("li", f'<span class="badge b-{css}">{esc(label)}</span> {esc(message)}')

    def _note_line(self, note: Diagnostic) -> str:
        label = words.pick(words.SEVERITY[note.severity], self.lang)
        message = note.message_en if self.lang == "en" and note.message_en else note.message
        prefix = words.say("notes", self.lang)
        return el("li", f'<span class="badge b-note">{esc(prefix)}·{esc(label)}</span> {esc(message)}')
