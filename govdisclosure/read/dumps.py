"""Tables that PDF extractors print column by column: the row labels together, their values elsewhere.

pdfminer.six gives a page's table 三 as its row labels, then each column's values top to bottom
(text boxes column by column); pdftotext may give the values first. Such a stretch — ``k`` row
labels with no value between them, beside a run of exactly ``k`` × width values — is read as a
grid: the values fill the rows column by column (or row by row), and the column boxes come in
printed order but for the 总计 box, which may stand anywhere. Each way that makes every row's
total hold is an option; the template's sums across all tables then choose among the options
(``splits.settle``), and what they leave open stays null. Rows already read are never touched.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from attrs import frozen

from govdisclosure.model.cells import Value
from govdisclosure.read import digits, pieces
from govdisclosure.read.blocks import region_end
from govdisclosure.read.cell_text import read_cell
from govdisclosure.read.labels import Hit
from govdisclosure.read.placement import Glued, Placed
from govdisclosure.read.regions import Item, items_between
from govdisclosure.read.rows import Found
from govdisclosure.read.view import View
from govdisclosure.template.spec import RowSpec, TableSpec

MIN_ROWS = 2


@frozen
class _Run:
    """Consecutive labels (rows) or consecutive values (items) of the stretch."""

    rows: tuple[RowSpec, ...] = ()
    items: tuple[Item, ...] = ()


def read_dumps(
    view: View,
    table: TableSpec,
    found: Sequence[Found],
    stop: int,
    filled: Collection[str],
    cuts: Sequence[tuple[str, Hit]] = (),
) -> Placed:
    """Options for the rows whose labels stand together beside a run of their values (within one
    block of table 二: ``cuts`` are its captions)."""
    filled = set(filled)
    unfilled = [filled.isdisjoint(table.cell_ids(f.row)) for f in found]
    if not any(a and b for a, b in itertools.pairwise(unfilled)):
        return Placed({}, ())  # a grid needs two labels together, with none of their cells read
    runs = _runs(view, found, stop, cuts)
    glued: list[Glued] = []
    used: set[int] = set()
    for index, run in enumerate(runs):
        rows = run.rows
        if len(rows) < MIN_ROWS or any(not filled.isdisjoint(table.cell_ids(r)) for r in rows):
            continue
        if len({r.columns for r in rows}) > 1:  # one grid: the rows share their columns
            continue
        width = len(rows[0].columns)
        for side in (index + 1, index - 1):
            if side in used or not 0 <= side < len(runs):
                continue
            items = runs[side].items
            if len(items) != len(rows) * width:
                continue
            options = _options(rows, items, width)
            if options:
                ids = tuple(table.cell_ids(row)[column] for column in range(width) for row in rows)
                columns = tuple(row.columns[column] for column in range(width) for row in rows)
                printed = " ".join(i.text for i in items)
                glued.append(
                    Glued(
                        digits.Group(ids, tuple(options)), columns, rows[0].printed_label, printed, grid=True
                    )
                )
                used.add(side)
                break
    return Placed({}, tuple(glued))


def without_notes_on(view: View, placed: Placed, dumps: Placed) -> Placed:
    """``placed`` without the notes the row-by-row reading gave on what the dumps now account for:
    their values (no longer unplaced) and their rows (no longer too long or too short)."""
    offsets = {
        view.span(p.offset, p.offset + len(p.text)).offset for g in dumps.glued for p in g.group.options[0]
    }
    ids = {cell_id for g in dumps.glued for cell_id in g.group.cell_ids}
    kept = tuple(
        n
        for n in placed.notes
        if not (n.code == "unplaced_number" and n.span is not None and n.span.offset in offsets)
        and not (n.cells and set(n.cells) <= ids)
    )
    return Placed(placed.cells, placed.glued, kept)


def _runs(view: View, found: Sequence[Found], stop: int, cuts: Sequence[tuple[str, Hit]]) -> list[_Run]:
    """The stretch as alternating runs of labels and of values, in printed order; a caption
    (``cuts``) ends a run."""
    runs: list[_Run] = []
    previous = -1
    for index, item in enumerate(found):
        end = found[index + 1].hit.start if index + 1 < len(found) else stop
        values = tuple(
            i
            for i in items_between(view, item.hit.end, region_end(cuts, item.hit.end, end))[0]
            if not i.blank
        )
        captioned = previous >= 0 and region_end(cuts, previous, item.hit.start) < item.hit.start
        if runs and not runs[-1].items and not captioned:
            runs[-1] = _Run((*runs[-1].rows, item.row))
        else:
            runs.append(_Run((item.row,)))
        if values:
            runs.append(_Run((), values))
        previous = item.hit.end
    return runs


def _options(rows: Sequence[RowSpec], items: Sequence[Item], width: int) -> list[pieces.Candidate]:
    """The ways the values fill the rows, as column-ordered cuts (cell ``(row r, column c)`` at
    ``c * len(rows) + r``): row by row, or column by column with the 总计 box anywhere; where the
    rows have a total, only the ways that make every row's total hold."""
    values = [read_cell(i.text, money=rows[0].columns[0].money).value for i in items]
    if any(v is None for v in values):
        return []
    k = len(rows)
    by_row = [[r * width + c for r in range(k)] for c in range(width)]
    boxes = [[c * k + r for r in range(k)] for c in range(width)]  # column boxes in printed order
    layouts = [by_row, boxes]
    total = rows[0].columns[-1].id == "total"
    if total:
        layouts += [
            [boxes[b] for b in range(width) if b != last] + [boxes[last]] for last in range(width - 1)
        ]
    options: dict[tuple[Value, ...], pieces.Candidate] = {}
    for layout in layouts:
        if total and not all(
            sum(values[layout[c][r]] for c in range(width - 1)) == values[layout[-1][r]]  # type: ignore[misc]
            for r in range(k)
        ):
            continue
        cut = tuple(
            pieces.Piece(items[layout[c][r]].text, items[layout[c][r]].offset, values[layout[c][r]], False)
            for c in range(width)
            for r in range(k)
        )
        options.setdefault(tuple(p.value for p in cut), cut)
    return list(options.values())
