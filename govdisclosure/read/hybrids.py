"""Hybrids: （六）其他处理 printed the other template's way, read into the template's cells.

A hybrid row is read where the table prints it; an info note names the template cells it stands
for, and a single printed row of 0 makes each sub-row it stands for 0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from govdisclosure.model.cells import Cell, CellKind
from govdisclosure.model.diagnostics import Diagnostic, Phrase, note
from govdisclosure.read import labels, rowlines
from govdisclosure.read.placement import Placed
from govdisclosure.read.rows import Found, find_in_order
from govdisclosure.read.view import View
from govdisclosure.template.spec import Hybrid, RowSpec, TableSpec, TemplateSpec
from govdisclosure.text.compact import norm_label


def alternate(
    label: str, rows: Sequence[RowSpec], match: int | None, hybrid: Hybrid | None
) -> tuple[RowSpec, list[RowSpec]] | None:
    """The hybrid row a line's label names better than any template row (and the rows it replaces)."""
    if hybrid is None or not label:
        return None
    other = rowlines.match_row(label, hybrid.rows, 0)
    if other is None:
        return None
    row = hybrid.rows[other]
    if match is not None and rowlines.label_length(label, rows[match]) >= rowlines.label_length(label, row):
        return None
    return row, [r for r in rows if r.id in hybrid.replaces]


def hybrid_rows(
    view: View, table: TableSpec, hybrid: Hybrid, found: list[Found], start: int, stop: int
) -> tuple[list[Found], tuple[Diagnostic, ...]]:
    """The rows found, with the hybrid's rows in place of those they replace where the table prints
    them so (the hybrid's marks are present, or absent, between the rows around them)."""
    order = [row.id for row in table.rows]
    first = order.index(hybrid.replaces[0])
    last = order.index(hybrid.replaces[-1])
    before = [f.hit.end for f in found if order.index(f.row.id) < first]
    after = [f.hit.start for f in found if order.index(f.row.id) > last]
    low, high = max(before, default=start), min(after, default=stop)
    marked = labels.find(view.comp, [norm_label(m) for m in hybrid.marks], low, high) is not None
    if marked != hybrid.marks_present:
        return found, ()
    alternates, notes = find_in_order(view, hybrid.rows, low, high)
    if not alternates:
        return found, ()
    kept = [f for f in found if f.row.id not in hybrid.replaces]
    replaced = [r for r in table.rows if r.id in hybrid.replaces]
    return sorted(kept + alternates, key=lambda f: f.hit.start), (
        *notes,
        *hybrid_note(table, hybrid, replaced).notes,
    )


def hybrid_note(table: TableSpec, hybrid: Hybrid | None, replaced: Sequence[RowSpec]) -> Placed:
    """The info note of a hybrid: names the template cells its rows stand for."""
    if hybrid is None:
        return Placed({})
    ids = tuple(cell_id for row in replaced for cell_id in table.cell_ids(row))
    return Placed({}, (), (note("hybrid_row", None, ids, how=Phrase(*hybrid.how)),))


def hybrid_zeros(spec: TemplateSpec, cells: Mapping[str, Cell]) -> Placed:
    """A single printed （六） row of 0 in a column makes each sub-row it stands for 0 in that column
    (counts are never negative); any other value is never put into a sub-row."""
    hybrid = spec.hybrid
    if hybrid is None or len(hybrid.rows) != 1:
        return Placed({})
    single = hybrid.rows[0]
    zeros: dict[str, Cell] = {}
    for column in single.columns:
        printed = cells.get(f"t3.{single.id}.{column.id}")
        if printed is None or printed.value != 0:
            continue
        for row_id in hybrid.replaces:
            how = f"（六）其他处理 printed as one row: {printed.raw}"
            zeros[f"t3.{row_id}.{column.id}"] = Cell(0, CellKind.NUMBER, printed.raw, printed.span, how)
    return Placed(zeros)
