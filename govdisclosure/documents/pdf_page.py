"""One PDF page as lines of prose and ruled tables, from its characters and ruling lines.

The table grid comes from the page's own ruling lines (pdfplumber's table finder on the visible
lines, see ``pdf_rulings``). Each character goes to the cell its centre lies in; a cell's lines
are joined (a header wrapped inside its cell, a vertical label printed one character a line or
turned a quarter). What lies in no cell is prose, cut into lines. Slanted characters (a
watermark) are left out.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import frozen

from govdisclosure.documents.layout import join_lines
from govdisclosure.documents.pdf_rulings import rulings
from govdisclosure.model.cells import Box

Char = dict[str, Any]
_SPACE_GAP = 0.2  # a gap wider than this share of the font size is a space
_SNAP = 1.5  # points: grid lines closer than this are one
_UNMAPPED = "(cid:"  # pdfminer's text for a glyph its font maps to no character


@frozen
class Line:
    """A line of text: what it says, its box, and its font size."""

    text: str
    box: Box
    size: float


@frozen
class GridCell:
    """A cell of a ruled table on a page: grid position and extent (0-based), text and box."""

    row: int
    column: int
    rows: int
    columns: int
    text: str
    box: Box


@frozen
class PageTable:
    """A ruled table on a page: its box, its column boundaries and its cells in reading order."""

    box: Box
    xs: tuple[float, ...]
    cells: tuple[GridCell, ...]


@frozen
class PageContent:
    """What a page holds: prose lines and tables, and what tells a scanned page."""

    number: int
    height: float
    lines: tuple[Line, ...]
    tables: tuple[PageTable, ...]
    chars: int
    unmapped: int
    images: int


def box_of(objects: Iterable[Char]) -> Box:
    """The box around PDF objects (characters, cells)."""
    items = list(objects)
    return Box(
        round(min(o["x0"] for o in items), 2),
        round(min(o["top"] for o in items), 2),
        round(max(o["x1"] for o in items), 2),
        round(max(o["bottom"] for o in items), 2),
    )


def text_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Characters grouped into lines (top to bottom), each line left to right."""
    lines: list[list[Char]] = []
    bottom = -1.0
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        middle = (char["top"] + char["bottom"]) / 2
        if lines and middle <= bottom:
            lines[-1].append(char)
            bottom = max(bottom, min(char["bottom"], middle + char["size"] / 2))
        else:
            lines.append([char])
            bottom = char["bottom"]
    for line in lines:
        line.sort(key=lambda c: c["x0"])
    return lines


def line_text(line: Sequence[Char]) -> str:
    """A line's text, with a space where the characters stand apart."""
    out: list[str] = []
    previous: Char | None = None
    for char in line:
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            if gap > _SPACE_GAP * min(char["size"], previous["size"]):
                out.append(" ")
        out.append(char["text"])
        previous = char
    return "".join(out)


def _turned(char: Char) -> int:
    """0 for upright text; 1 for text turned a quarter anticlockwise (read upwards), -1 clockwise."""
    if char.get("upright", True):
        return 0
    b = char["matrix"][1]
    return 1 if b > 0 else -1


def _square(char: Char) -> bool:
    """Whether a character's baseline runs level or upright: not slanted like a watermark.

    Only the baseline counts (the matrix's first column): italics slant the glyphs, not the line.
    """
    a, b = (abs(float(v)) for v in char["matrix"][:2])
    return b <= 0.02 * a or a <= 0.02 * b


def cell_text(chars: Sequence[Char]) -> str:
    """A cell's text: its lines joined; a label turned a quarter (Word's vertical text) read along."""
    turned = [c for c in chars if _turned(c)]
    if len(turned) * 2 <= len(chars):
        return join_lines(line_text(line) for line in text_lines([c for c in chars if not _turned(c)]))
    way = 1 if sum(map(_turned, turned)) > 0 else -1
    columns: list[list[Char]] = []
    for char in sorted(turned, key=lambda c: (c["x0"] + c["x1"]) / 2 * way):
        middle = (char["x0"] + char["x1"]) / 2
        if columns and abs(middle - (columns[-1][0]["x0"] + columns[-1][0]["x1"]) / 2) < char["size"] / 2:
            columns[-1].append(char)
        else:
            columns.append([char])
    # Read upwards (anticlockwise), lines go left to right; read downwards, right to left.
    return join_lines(
        "".join(c["text"] for c in sorted(column, key=lambda c: -way * c["top"])) for column in columns
    )


def _clusters(values: Iterable[float]) -> list[float]:
    """Sorted values with those closer than ``_SNAP`` taken as one."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _SNAP:
            out.append(value)
    return out


def _grid_table(table: Any, chars: list[Char], placed_chars: set[int]) -> PageTable:
    """A table found by pdfplumber as grid cells, with the characters whose centre lies in them.

    The ``id`` of every character put in a cell is added to ``placed_chars``.
    """
    bboxes: list[tuple[float, float, float, float]] = list(table.cells)
    xs = _clusters(v for b in bboxes for v in (b[0], b[2]))
    ys = _clusters(v for b in bboxes for v in (b[1], b[3]))

    def index(values: list[float], value: float) -> int:
        return min(range(len(values)), key=lambda i: abs(values[i] - value))

    placed: list[tuple[int, int, int, int, tuple[float, float, float, float]]] = []
    owner: dict[tuple[int, int], int] = {}
    for bbox in bboxes:
        row, column = index(ys, bbox[1]), index(xs, bbox[0])
        rows = max(1, index(ys, bbox[3]) - row)
        columns = max(1, index(xs, bbox[2]) - column)
        for r in range(row, row + rows):
            for c in range(column, column + columns):
                owner.setdefault((r, c), len(placed))
        placed.append((row, column, rows, columns, bbox))
    inside: list[list[Char]] = [[] for _ in placed]
    for char in chars:
        x = (char["x0"] + char["x1"]) / 2
        y = (char["top"] + char["bottom"]) / 2
        key = (bisect.bisect_right(ys, y) - 1, bisect.bisect_right(xs, x) - 1)
        if key in owner:
            inside[owner[key]].append(char)
            placed_chars.add(id(char))
    cells = [
        GridCell(
            row,
            column,
            rows,
            columns,
            cell_text(held),
            Box(*(round(v, 2) for v in bbox)),
        )
        for (row, column, rows, columns, bbox), held in zip(placed, inside, strict=True)
    ]
    cells.sort(key=lambda c: (c.row, c.column))
    return PageTable(Box(*(round(v, 2) for v in table.bbox)), tuple(xs), tuple(cells))


def _tables(page: Any, chars: list[Char], placed: set[int]) -> list[PageTable]:
    lines = rulings(page)
    if len(lines) < 4:
        return []
    settings = {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": lines,
        "explicit_horizontal_lines": lines,
    }
    tables = []
    for found in page.find_tables(settings):
        held: set[int] = set()
        table = _grid_table(found, chars, held)
        if len(table.xs) > 2:  # one column of boxes is a framed paragraph, not a table
            tables.append(table)
            placed |= held
    return tables


def read_page(page: Any, number: int) -> PageContent:
    """The prose lines and tables of a pdfplumber page."""
    chars = [c for c in page.chars if c["text"].strip() and _square(c)]  # no slanted watermark
    unmapped = sum(1 for c in chars if c["text"].startswith(_UNMAPPED))
    placed: set[int] = set()
    tables = _tables(page, chars, placed)
    # A character in no cell is prose, unless it is turned (margin notes, stamps printed along).
    prose = [c for c in chars if id(c) not in placed and not _turned(c)]
    lines = tuple(
        Line(line_text(line), box_of(line), max(c["size"] for c in line)) for line in text_lines(prose)
    )
    return PageContent(
        number, float(page.height), lines, tuple(tables), len(chars), unmapped, len(page.images)
    )
