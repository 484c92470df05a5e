"""Reading the three tables of a template out of a text: anchor on row labels, read the values after each.

Plain functions that return what they read (``Placed``); the shape of each table in print is
data (``layouts.LAYOUTS``). Every number read between two labels ends in a cell or in an
``unplaced_number`` note.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from govdisclosure.model.cells import Span
from govdisclosure.model.diagnostics import Diagnostic, note
from govdisclosure.read import blocks, dumps, hybrids, labels, rowlines
from govdisclosure.read.layouts import LAYOUTS, Layout
from govdisclosure.read.narrative import hints
from govdisclosure.read.placement import Glued, Placed, place_row, unplaced
from govdisclosure.read.regions import Item, items_between
from govdisclosure.read.rows import find_any_order, find_in_order
from govdisclosure.read.sections import FoundSection
from govdisclosure.read.splits import narrow_by_prose, settle
from govdisclosure.read.view import View
from govdisclosure.template import national
from govdisclosure.template.spec import Hybrid, RowSpec, TableSpec, TemplateSpec
from govdisclosure.template.sums import identities
from govdisclosure.text.compact import Compact, norm_label

_MONEY_UNIT = regex.compile(r"[\(（][^)）]*?(万元|元)")


def read_tables(view: View, spec: TemplateSpec, found: Sequence[FoundSection]) -> Placed:
    """Every cell of the template's tables that the text prints, and the parse notes."""
    comp = view.comp
    length = len(comp.text)
    where = {s.spec.id: s for s in found}
    t2, t3, t4 = spec.tables
    first_t3 = labels.find(comp, [norm_label(t3.rows[0].label)], 0, length)
    t3_anchor = first_t3.start if first_t3 else length
    t2_start = _t2_start(comp, t2, where.get("proactive"), t3_anchor)
    t2_stop = t3_anchor
    if "applications" in where and t2_start < where["applications"].start < t3_anchor:
        t2_stop = where["applications"].start
    table2 = _read_t2(view, t2, t2_start, t2_stop)

    t3_start = min(t2_stop, t3_anchor)
    t4_heading = where.get("review_litigation")
    t3_stop = t4_heading.start if t4_heading and t4_heading.start > t3_start else length
    table3, t3_end = _read_t3(view, spec, t3_start, t3_stop)

    t4_start = t4_heading.end if t4_heading and t4_heading.start >= t3_end else t3_end
    problems = where.get("problems")
    t4_stop = problems.start if problems is not None and problems.start > t4_start else length
    table4 = _read_t4(view, t4, t4_start, t4_stop)

    read = Placed.join([table3, table4])
    fixed = {cell_id: c.value for part in (table2, read) for cell_id, c in part.cells.items()}
    settled = settle(view, read.glued, fixed, identities(spec))
    cells = Placed.join([Placed(read.cells, (), read.notes), settled])
    return Placed.join([table2, cells, hybrids.hybrid_zeros(spec, cells.cells)])


# --- table 二 ---------------------------------------------------------------------------------


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


def _with_printed_unit(view: View, table: TableSpec, start: int, stop: int) -> TableSpec:
    """The table with its money column's unit as the printed header gives it (元 or 万元), if it does."""
    rows = []
    for row in table.rows:
        columns = []
        for column in row.columns:
            unit = _header_unit(view.comp, column.label, start, stop) if column.money else None
            columns.append(attrs.evolve(column, unit=unit) if unit else column)
        rows.append(attrs.evolve(row, columns=tuple(columns)))
    return attrs.evolve(table, rows=tuple(rows))


def _header_unit(comp: Compact, label: str, start: int, stop: int) -> str | None:
    index = comp.text.find(norm_label(label), start, stop)
    if index < 0:
        return None
    tail = comp.text[index : index + len(norm_label(label)) + 16]
    match = _MONEY_UNIT.search(tail)
    return match.group(1) if match else None


def _read_t2(view: View, table: TableSpec, start: int, stop: int) -> Placed:
    """Table 二: rows in any order, the money unit from the header, glued digits decided by the prose
    where it states a count, then by nothing else (no sum runs through table 二)."""
    layout = LAYOUTS["t2"]
    if layout.unit_in_header:
        table = _with_printed_unit(view, table, start, stop)
    read, _ = _read_by_labels(view, table, layout, start, stop)
    glued: tuple[Glued, ...] = read.glued
    chosen: tuple[Diagnostic, ...] = ()
    if layout.prose_decides and glued:
        prose = [
            (0, view.text[: view.comp.start(start)]),
            (view.comp.start(stop), view.text[view.comp.start(stop) :]),
        ]
        glued, chosen = narrow_by_prose(view, glued, hints(prose, table))
    fixed = {cell_id: c.value for cell_id, c in read.cells.items()}
    return Placed.join([Placed(read.cells, (), read.notes + chosen), settle(view, glued, fixed, ())])


# --- rows found by their labels ---------------------------------------------------------------


def _read_by_labels(
    view: View, table: TableSpec, layout: Layout, start: int, stop: int, hybrid: Hybrid | None = None
) -> tuple[Placed, int]:
    """Read the values after each row label found; returns what was read and the compact index
    where reading ended."""
    finder = find_any_order if layout.any_order else find_in_order
    found, notes = finder(view, table.rows, start, stop)
    parts = [Placed({}, (), tuple(notes))]
    if hybrid is not None:
        found, hybrid_notes = hybrids.hybrid_rows(view, table, hybrid, found, start, stop)
        parts.append(Placed({}, (), hybrid_notes))
    end = found[-1].hit.end if found else stop
    present = {f.row for f in found}
    cuts = blocks.captions(view, table, start, stop) if layout.blocks else []
    for index, item in enumerate(found):
        region_stop = found[index + 1].hit.start if index + 1 < len(found) else stop
        region_stop = blocks.region_end(cuts, item.hit.end, region_stop)
        items, stopped = items_between(view, item.hit.end, region_stop, labels.row_labels(item.row)[0])
        rows = [item.row, *_unfound_followers(table, item.row, present)]
        parts.extend(_place_rows(view, table, items, rows))
        if index + 1 == len(found):
            end = stop if stopped is None else stopped
    if cuts:
        filled = {cell_id for part in parts for cell_id in part.cells}
        parts.append(blocks.orphans(view, table, found, cuts, filled, stop))
    read = Placed.join(parts)
    if layout.dumps:
        grids = dumps.read_dumps(view, table, found, stop, read.cells, cuts)
        if grids.glued:
            read = Placed.join([dumps.without_notes_on(view, read, grids), grids])
    return read, end


def _unfound_followers(table: TableSpec, row: RowSpec, present: set[RowSpec]) -> list[RowSpec]:
    """The template rows right after ``row`` whose labels were not found."""
    index = _row_index(table).get(row)
    if index is None:
        return []
    followers: list[RowSpec] = []
    for candidate in table.rows[index + 1 :]:
        if candidate in present:
            break
        followers.append(candidate)
    return followers


@functools.cache
def _row_index(table: TableSpec) -> dict[RowSpec, int]:
    return {row: index for index, row in reversed(list(enumerate(table.rows)))}


def _place_rows(view: View, table: TableSpec, items: list[Item], rows: list[RowSpec]) -> list[Placed]:
    """Split a region's items among a found row and the unlabelled rows after it.

    The unlabelled rows take the values only when there are whole rows of them, in order; whole
    rows of values beyond the unlabelled rows are reported unplaced.
    """
    if len(rows) > 1:
        width = len(rows[0].columns)
        values = [i for i in items if not i.blank]
        if len(values) >= 2 * width and len(values) % width == 0:
            count = min(len(rows), len(values) // width)
            chunks = [values[n * width : (n + 1) * width] for n in range(count)]
            notes = (
                *(_by_position(table, row, None) for row in rows[1:count]),
                *unplaced(view, rows[count - 1].printed_label, values[count * width :]),
            )
            placed = [_place(view, table, row, chunk) for row, chunk in zip(rows, chunks, strict=False)]
            return [Placed({}, (), notes), *placed]
    return [_place(view, table, rows[0], items)]


def _place(view: View, table: TableSpec, row: RowSpec, items: Sequence[Item]) -> Placed:
    """Place a row's items; the empty cells its label's colspan prints are passed over."""
    padding_after = LAYOUTS[table.id].padding_after
    ids, fillers = table.cell_ids(row), row.label_span - 1 if view.colspans_printed else 0
    return place_row(
        view, ids, row.columns, row.printed_label, items, fillers=fillers, padding_after=padding_after
    )


def _by_position(table: TableSpec, row: RowSpec, span: Span | None) -> Diagnostic:
    return note("row_by_position", span, table.cell_ids(row), label=row.printed_label)


# --- table 三 ---------------------------------------------------------------------------------


def _read_t3(view: View, spec: TemplateSpec, start: int, stop: int) -> tuple[Placed, int]:
    """Table 三: rows on lines (markdown, PDF) where the stretch is laid out so, else by labels."""
    table, layout = spec.table("t3"), LAYOUTS["t3"]
    if layout.on_lines:
        lines = _read_lines(view, table, spec.hybrid, start, stop)
        if lines is not None:
            return lines
    return _read_by_labels(view, table, layout, start, stop, spec.hybrid)


def _read_lines(
    view: View, table: TableSpec, hybrid: Hybrid | None, start: int, stop: int
) -> tuple[Placed, int] | None:
    """A table whose rows are text lines; None when the stretch is not laid out so.

    Label-less lines take the template rows between two labelled ones, when their counts agree.
    """
    comp, text = view.comp, view.text
    begin, end = comp.start(start), comp.start(stop)
    if rowlines.bar_lines(text[begin:end]) * 2 < len(table.rows):  # too few lines to be the rows
        return None
    lines = rowlines.read_lines(text[begin:end], begin, len(table.rows[0].columns))
    if len(lines.rows) * 2 < len(table.rows):
        return None
    rows = table.rows
    parts: list[Placed] = []
    pending: list[rowlines.Line] = []
    index, last = 0, begin
    for line in lines.rows:
        if index >= len(rows):
            break
        match = rowlines.match_row(line.label, rows, index) if line.label else None
        alternate = hybrids.alternate(line.label, rows, match, hybrid)
        if alternate is not None:
            row, skipped = alternate
            parts.append(_fill(view, table, rows[index : rows.index(skipped[0])], pending))
            parts.append(_place(view, table, row, line.items))
            if not any(n.code == "hybrid_row" for part in parts for n in part.notes):
                parts.append(hybrids.hybrid_note(table, hybrid, skipped))
            index, pending, last = rows.index(skipped[-1]) + 1, [], line.end
            continue
        if match is None:
            pending.append(line)
            continue
        parts.append(_fill(view, table, rows[index:match], pending))
        parts.append(_place(view, table, rows[match], line.items))
        index, pending, last = match + 1, [], line.end
    if pending:
        parts.append(_fill(view, table, rows[index:], pending))
        last = max(last, pending[-1].end)
    filled = {cell_id for part in parts for cell_id in part.cells}
    odd = [line for line in lines.odd if line.start < last]
    odd += _trailing([line for line in lines.odd if line.start >= last], table, filled)
    last = max([last, *(line.end for line in odd)])
    parts.extend(_odd_lines(view, table, odd, filled))
    parts.append(
        Placed({}, (), tuple(unplaced(view, table.title, [i for i in lines.strays if i.offset < last])))
    )
    return Placed.join(parts), view.compact_index(last)


def _odd_lines(
    view: View, table: TableSpec, lines: Sequence[rowlines.Line], filled: set[str]
) -> list[Placed]:
    """Lines that print another count of values than a row has cells: a line whose label names a
    row not otherwise read fills it as far as its values go (the rest unplaced); any other line's
    numbers are unplaced. None of them is dropped silently."""
    parts: list[Placed] = []
    for line in lines:
        row = _unread_row(table, line, filled)
        if row is None:
            parts.append(Placed({}, (), tuple(unplaced(view, table.title, line.items))))
        else:
            parts.append(_place(view, table, row, line.items))
    return parts


def _unread_row(table: TableSpec, line: rowlines.Line, filled: set[str]) -> RowSpec | None:
    """The row the line's label names, when none of its cells is filled."""
    match = rowlines.match_row(line.label, table.rows, 0) if line.label else None
    if match is None or filled.intersection(table.cell_ids(table.rows[match])):
        return None
    return table.rows[match]


def _trailing(lines: Sequence[rowlines.Line], table: TableSpec, filled: set[str]) -> list[rowlines.Line]:
    """The odd lines past the last row read that are still the table's: each in turn, while it
    prints numbers and names a row none of whose cells is filled (the last row printed with a
    value too few or too many). What follows is another table's."""
    taken = []
    for line in lines:
        if _unread_row(table, line, filled) is None:
            break
        if not any(rowlines.NUMBER_CELL.search(item.text) for item in line.items):
            break
        taken.append(line)
    return taken


def _fill(view: View, table: TableSpec, rows: Sequence[RowSpec], lines: list[rowlines.Line]) -> Placed:
    """Label-less lines take the rows between two labelled ones, when the counts agree."""
    if len(lines) != len(rows):
        return Placed({}, (), tuple(n for line in lines for n in unplaced(view, table.title, line.items)))
    parts = []
    for row, line in zip(rows, lines, strict=True):
        parts.append(_place(view, table, row, line.items))
        parts.append(Placed({}, (), (_by_position(table, row, view.span(line.start, line.end)),)))
    return Placed.join(parts)


# --- table 四 ---------------------------------------------------------------------------------


def _read_t4(view: View, table: TableSpec, start: int, stop: int) -> Placed:
    """Table 四: 5 values after each group label, or one run of 15 after the header words."""
    comp = view.comp
    groups = _t4_groups(comp, table, start, stop)
    if groups is not None:
        regions = [items_between(view, hit.end, end)[0] for hit, end in groups]
        if all(any(not i.blank for i in items) for items in regions):
            return Placed.join(
                place_row(
                    view, table.cell_ids(row), row.columns, f"{national.T4_TITLE}（{row.label}）", items
                )
                for row, items in zip(table.rows, regions, strict=True)
            )
    header = labels.find(comp, [norm_label(table.rows[2].label)], start, stop, fuzzy=False)
    if header is None:
        header = labels.find(comp, [norm_label(national.T4_LITIGATION_HEADER)], start, stop, fuzzy=False)
    if header is None:
        return Placed({})
    position = header.end
    for word in [c.label for c in table.rows[0].columns] * 2:
        hit = labels.find(comp, [norm_label(word)], position, min(stop, position + 40), fuzzy=False)
        if hit:
            position = hit.end
    items, _ = items_between(view, position, stop)
    ids = tuple(cell_id for row in table.rows for cell_id in table.cell_ids(row))
    columns = tuple(c for row in table.rows for c in row.columns)
    return place_row(view, ids, columns, national.T4_TITLE, items)


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
