"""A table put together from its parts on consecutive pages of a PDF.

A table cut by a page break goes on at the top of the next page between the same outer borders,
maybe with its header rows printed again. Its merged label cells are cut too: one part prints the
label, the other an empty cell. Put together, the table reads as if it had never been cut: the
repeated header rows are dropped, and a cut label cell is one cell, with its text, where it
begins. Cells are matched across parts by where they stand on the page, not by grid index (a part
may lack a column boundary that no cell of its rows needs).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import evolve, frozen

from govdisclosure.documents.layout import Table, TableCell
from govdisclosure.documents.pdf_page import GridCell, PageTable
from govdisclosure.model.cells import Address

_CJK = regex.compile(r"\p{Han}")
_NUMBER = regex.compile(r"^[-+]?\d[\d,.]*$")
_SPACE = regex.compile(r"\s+")
_SAME = 3.0  # points: borders this close are the same


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME


def same_columns(before: PageTable, after: PageTable) -> bool:
    """Whether ``after`` (at the top of a page) may continue ``before`` (at the bottom of the last).

    The outer borders must match, and the column boundaries of one part must all be boundaries
    of the other.
    """
    if not (_near(before.box.x0, after.box.x0) and _near(before.box.x1, after.box.x1)):
        return False
    fewer, more = sorted((before.xs, after.xs), key=len)
    return all(any(_near(x, y) for y in more) for x in fewer)


def _label_like(text: str) -> bool:
    return len(text) > 1 and bool(_CJK.search(text))


def _has_number(row: Sequence[GridCell]) -> bool:
    return any(_NUMBER.match(_SPACE.sub("", c.text)) for c in row)


@frozen
class _Entry:
    """A cell of the table: the page it is printed on, its row in the whole table, the cell."""

    page: int
    row: int
    cell: GridCell


class TableParts:
    """A table being put together from its parts, page by page."""

    def __init__(self, number: int) -> None:
        self.number = number
        self._entries: list[_Entry] = []
        self._header: list[list[GridCell]] = []
        # The cells reaching the bottom of the last part (entry index, rows spanned), when its last
        # row holds a number: a header row ends no cut label cell.
        self._bottom: list[tuple[int, int]] = []
        self._xs: list[float] = []
        self._rows = 0

    def go_on(self, page: int, part: PageTable) -> None:
        """Add the part of the table printed on ``page``."""
        rows = _rows(part.cells)
        if self._entries:
            rows = rows[self._repeated(rows) :]
        else:
            self._header = rows
        self._xs.extend(x for x in part.xs if not any(_near(x, y) for y in self._xs))
        kept = [cell for row in rows for cell in row]
        first = kept[0].row if kept else 0
        if not (rows and _has_number(rows[0])):
            self._bottom = []  # only a row of values goes on with the cut label cells above it
        end = max((c.row + c.rows for c in kept), default=0)
        bottom: list[tuple[int, int]] = []
        for cell in kept:
            at = self._joined(cell, page) if cell.row == first else None
            if at is None:
                at = len(self._entries)
                self._entries.append(_Entry(page, self._rows + cell.row - first, cell))
            if cell.row + cell.rows == end:
                bottom.append((at, cell.rows))
        self._bottom = bottom if rows and _has_number(rows[-1]) else []
        self._rows = max((e.row + 1 for e in self._entries), default=0)

    def _repeated(self, rows: Sequence[Sequence[GridCell]]) -> int:
        """How many of a part's first rows repeat the table's header rows."""
        count = 0
        while count < min(len(rows), len(self._header) - 1) and _same_row(rows[count], self._header[count]):
            count += 1
        return count

    def _joined(self, cell: GridCell, page: int) -> int | None:
        """The entry a cell of a part's first row joins (a cut label cell going on), or None.

        Between two rows of values, an empty cell under a label between the same borders is that
        label's cell going on, and so is an empty cell under an empty one when either spans rows
        (a merged cell cut twice); a label under an empty cell of a merged cell (whose text was
        printed on a later page) gives that cell its text.
        """
        for index, rows in self._bottom:
            entry = self._entries[index]
            above = entry.cell
            if not (_near(above.box.x0, cell.box.x0) and _near(above.box.x1, cell.box.x1)):
                continue
            merged = max(rows, cell.rows) > 1  # a value cell never spans rows
            if not cell.text and (_label_like(above.text) or (merged and not above.text)):
                return index
            if _label_like(cell.text) and not above.text and merged:
                self._entries[index] = _Entry(page, entry.row, evolve(above, text=cell.text, box=cell.box))
                return index
        return None

    def table(self) -> Table:
        """The table as one, each cell's column counted on the boundaries of all its parts."""
        xs = sorted(self._xs)
        cells = []
        for entry in self._entries:
            column = min(range(len(xs)), key=lambda i: abs(xs[i] - entry.cell.box.x0))
            address = Address(entry.page, entry.cell.box, self.number, entry.row + 1, column + 1)
            cells.append(TableCell(entry.row, column, entry.cell.text, address))
        cells.sort(key=lambda c: (c.row, c.column))
        return Table(tuple(cells))


def _rows(cells: Sequence[GridCell]) -> list[list[GridCell]]:
    out: list[list[GridCell]] = []
    for cell in cells:
        if out and out[-1][0].row == cell.row:
            out[-1].append(cell)
        else:
            out.append([cell])
    return out


def _same_row(row: Sequence[GridCell], other: Sequence[GridCell]) -> bool:
    return len(row) == len(other) and all(
        _near(a.box.x0, b.box.x0) and _SPACE.sub("", a.text) == _SPACE.sub("", b.text)
        for a, b in zip(row, other, strict=True)
    )
