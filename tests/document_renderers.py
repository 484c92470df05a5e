"""Test-side renderers of document files: a report printed as a Word ``.docx`` and as a PDF.

The tables are the grids of ``tests.renderers`` (the official layout, with rowspan and colspan).
The ``.docx`` is written with python-docx (merged cells as gridSpan and vMerge, a cell's lines as
its paragraphs, the vertical label one character a paragraph). The PDF is drawn with reportlab's
built-in Chinese CID font, as Word prints one: ruled tables (every cell's border drawn, merged
cells without inner lines), header cells wrapped inside narrow cells, a slanted watermark, the vertical label one
character a line or turned a quarter (Word's vertical text direction), page breaks inside the tables (table 三's header repeated or not), a running
head and a page number on every page.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from govdisclosure.model.cells import Value
from govdisclosure.template import national
from govdisclosure.template.spec import TemplateSpec
from tests.renderers import Grid, GridCell, Style, document_blocks, grids


@frozen
class Placed:
    """A grid cell at its row and column."""

    row: int
    column: int
    cell: GridCell

    @property
    def last_row(self) -> int:
        return self.row + self.cell.rowspan - 1


def place(grid: Grid) -> tuple[list[Placed], int]:
    """Each cell at its row and column (as a browser lays out rowspan and colspan), and the width."""
    taken: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    width = 0
    for r, row in enumerate(grid):
        column = 0
        for cell in row:
            while (r, column) in taken:
                column += 1
            placed.append(Placed(r, column, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, column + dc))
            column += cell.colspan
            width = max(width, column)
    return placed, width


def _cell_lines(cell: GridCell, style: Style) -> list[str]:
    """A cell's text as the lines its author typed: the vertical label a character a line."""
    text = cell.text
    if text == national.T3_RESULTS_HEADER:
        return list(text)
    if not cell.value and style.break_labels and len(text) >= 6:
        return [text[: len(text) // 2], text[len(text) // 2 :]]
    return [text] if text else []


# --- .docx ----------------------------------------------------------------------------------


def docx(spec: TemplateSpec, year: int, cells: Mapping[str, Value], style: Style) -> bytes:
    """The report as a Word ``.docx`` file."""
    import docx as python_docx

    document = python_docx.Document()
    section = document.sections[0]
    section.footer.paragraphs[0].text = "- 1 -"
    for block in document_blocks(spec, year, grids(spec, cells)):
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        placed, width = place(block)
        table = document.add_table(rows=len(block), cols=width)
        table.style = "Table Grid"
        for item in placed:
            target = table.cell(item.row, item.column)
            if item.cell.rowspan > 1 or item.cell.colspan > 1:
                target = target.merge(table.cell(item.last_row, item.column + item.cell.colspan - 1))
            lines = _cell_lines(item.cell, style)
            if lines:
                target.paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    target.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- PDF ------------------------------------------------------------------------------------

FONT = "STSong-Light"
PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0
LEFT, RIGHT, TOP, BOTTOM = 60.0, 535.0, 70.0, 770.0  # the body, from the page's top-left
BODY_SIZE, TABLE_SIZE, TITLE_SIZE = 11.0, 8.0, 16.0
PAD = 2.0
RUNNING_HEAD = "某某市某某局政府信息公开"
WATERMARK = "政务公开 2024-05-01 下载"
# Column widths: table 二 (4 columns), 三 (vertical label, group, row label, 7 values), 四 (15).
WIDTHS = {
    4: [175.0, 100.0, 100.0, 100.0],
    10: [16.0, 64.0, 150.0, *[245.0 / 7] * 7],
    15: [475.0 / 15] * 15,
}
HEADER_ROWS = 3  # table 三


class _Pen:
    """Draws on the pages of a PDF from top to bottom, turning the page when it is full."""

    def __init__(self) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        self.width = pdfmetrics.stringWidth
        self.out = io.BytesIO()
        self.canvas = canvas.Canvas(self.out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
        self.page = 1
        self.y = TOP
        self._running_head()

    def _running_head(self) -> None:
        """The running head, and a slanted watermark across the page (with digits: never read)."""
        self.text(RUNNING_HEAD, LEFT, 40.0, 9.0)
        self.canvas.saveState()
        self.canvas.setFillGray(0.85)
        self.canvas.setFont(FONT, 40)
        self.canvas.translate(120, 250)
        self.canvas.rotate(35)
        self.canvas.drawString(0, 0, WATERMARK)
        self.canvas.restoreState()

    def text(self, text: str, x: float, top: float, size: float) -> None:
        """``text`` with its top-left corner at ``(x, top)``."""
        self.canvas.setFont(FONT, size)
        self.canvas.drawString(x, PAGE_HEIGHT - top - size * 0.88, text)

    def line(self, x0: float, top0: float, x1: float, top1: float) -> None:
        self.canvas.setLineWidth(0.5)
        self.canvas.line(x0, PAGE_HEIGHT - top0, x1, PAGE_HEIGHT - top1)

    def turned(self, text: str, x: float, middle: float, size: float, way: int) -> None:
        """``text`` turned a quarter (``way`` 1: anticlockwise, read upwards; -1: clockwise), centred
        on ``(x, middle)``: Word's vertical text direction in a table cell."""
        length = self.width(text, FONT, size)
        self.canvas.saveState()
        self.canvas.setFont(FONT, size)
        self.canvas.translate(x + way * size * 0.4, PAGE_HEIGHT - middle - way * length / 2)
        self.canvas.rotate(90 * way)
        self.canvas.drawString(0, 0, text)
        self.canvas.restoreState()

    def turn(self) -> None:
        """The page number, and a new page."""
        self.text(f"- {self.page} -", PAGE_WIDTH / 2 - 12, 800.0, 10.0)
        self.canvas.showPage()
        self.page += 1
        self.y = TOP
        self._running_head()

    def wrap(self, text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
        """``text`` cut into lines that fit ``width`` (the first ``indent`` narrower)."""
        lines: list[str] = []
        line = ""
        for char in text:
            room = width - (indent if not lines else 0.0)
            if line and self.width(line + char, FONT, size) > room:
                lines.append(line)
                line = ""
            line += char
        if line:
            lines.append(line)
        return lines

    def paragraph(self, text: str, size: float = BODY_SIZE, centred: bool = False) -> None:
        indent = 0.0 if centred else 2 * size
        for i, line in enumerate(self.wrap(text, RIGHT - LEFT, size, indent)):
            if self.y + size * 1.5 > BOTTOM:
                self.turn()
            if centred:
                x = (LEFT + RIGHT - self.width(line, FONT, size)) / 2
            else:
                x = LEFT + (indent if i == 0 else 0.0)
            self.text(line, x, self.y, size)
            self.y += size * 1.6

    def finish(self) -> bytes:
        self.text(f"- {self.page} -", PAGE_WIDTH / 2 - 12, 800.0, 10.0)
        self.canvas.save()
        return self.out.getvalue()


def _lines_in(pen: _Pen, cell: GridCell, width: float, style: Style) -> list[str]:
    return [part for line in _cell_lines(cell, style) for part in pen.wrap(line, width - 2 * PAD, TABLE_SIZE)]


def _row_heights(
    pen: _Pen, placed: Sequence[Placed], xs: Sequence[float], rows: int, style: Style
) -> list[float]:
    leading = TABLE_SIZE * 1.2
    heights = [18.0] * rows
    for item in sorted(placed, key=lambda p: p.cell.rowspan):
        width = xs[item.column + item.cell.colspan] - xs[item.column]
        need = len(_lines_in(pen, item.cell, width, style)) * leading + 2 * PAD
        have = sum(heights[item.row : item.last_row + 1])
        if need > have:
            heights[item.last_row] += need - have
    return heights


def _draw_part(
    pen: _Pen,
    placed: Sequence[Placed],
    xs: Sequence[float],
    tops: Mapping[int, float],
    heights: Sequence[float],
    style: Style,
    held: set[int],
    cut: tuple[bool, bool],
) -> None:
    """The cells of the rows on this page (``tops``): their borders, and the text of those ``held`` here.

    ``cut``: whether the table was cut above this part and goes on below it. With
    ``style.open_cuts`` the cut is left open as Word often prints it: no border under the part's
    last row, none over the cells that go on from the page before.
    """
    leading = TABLE_SIZE * 1.2
    end = max(tops[r] + heights[r] for r in tops)
    for index, item in enumerate(placed):
        rows = [r for r in range(item.row, item.last_row + 1) if r in tops]
        if not rows:
            continue
        x0, x1 = xs[item.column], xs[item.column + item.cell.colspan]
        top, bottom = tops[rows[0]], tops[rows[-1]] + heights[rows[-1]]
        open_top = style.open_cuts and cut[0] and rows[0] != item.row
        open_bottom = style.open_cuts and cut[1] and abs(bottom - end) < 0.01
        pen.line(x0, top, x0, bottom)
        pen.line(x1, top, x1, bottom)
        if not open_top:
            pen.line(x0, top, x1, top)
        if not open_bottom:
            pen.line(x0, bottom, x1, bottom)
        if index not in held:
            continue
        if style.turned and item.cell.text == national.T3_RESULTS_HEADER:
            pen.turned(item.cell.text, (x0 + x1) / 2, (top + bottom) / 2, TABLE_SIZE, style.turned)
            continue
        lines = _lines_in(pen, item.cell, x1 - x0, style)
        y = top + (bottom - top - len(lines) * leading) / 2
        for line in lines:
            x = (x0 + x1 - pen.width(line, FONT, TABLE_SIZE)) / 2
            pen.text(line, x, y + (leading - TABLE_SIZE) / 2, TABLE_SIZE)
            y += leading


def _pages(
    grid: Grid, heights: Sequence[float], style: Style, top: float, is_t3: bool
) -> list[dict[int, float]]:
    """The rows on each page the table stands on, with their tops (table 三's header maybe repeated)."""
    pages: list[dict[int, float]] = [{}]
    y = top
    for r in range(len(grid)):
        forced = is_t3 and style.break_at > 0 and r == HEADER_ROWS + style.break_at - 1
        if (forced and pages[-1]) or y + heights[r] > BOTTOM:
            pages.append({})
            y = TOP
            if is_t3 and style.repeat_header and r >= HEADER_ROWS:
                for h in range(HEADER_ROWS):
                    pages[-1][h] = y
                    y += heights[h]
        pages[-1][r] = y
        y += heights[r]
    return pages


def _table(pen: _Pen, grid: Grid, style: Style) -> None:
    placed, width = place(grid)
    is_t3 = width == 10
    xs = [LEFT]
    for w in WIDTHS[width]:
        xs.append(xs[-1] + w)
    heights = _row_heights(pen, placed, xs, len(grid), style)
    pages = _pages(grid, heights, style, pen.y, is_t3)
    # A merged cell cut by a page break prints its text on the page where most of it stands; a
    # repeated header prints its text again.
    holder: list[int] = []
    for item in placed:
        share = [sum(heights[r] for r in range(item.row, item.last_row + 1) if r in page) for page in pages]
        holder.append(max(range(len(pages)), key=lambda i: (share[i], -i)))
    for i, tops in enumerate(pages):
        if i:
            pen.turn()
        held = {k for k, item in enumerate(placed) if holder[k] == i or (i and item.last_row < HEADER_ROWS)}
        if tops:
            _draw_part(pen, placed, xs, tops, heights, style, held, (i > 0, i < len(pages) - 1))
        pen.y = max(tops[r] + heights[r] for r in tops) if tops else TOP
    pen.y += 12.0


def pdf(spec: TemplateSpec, year: int, cells: Mapping[str, Value], style: Style) -> bytes:
    """The report as a PDF file with ruled tables."""
    pen = _Pen()
    blocks: list[Any] = document_blocks(spec, year, grids(spec, cells))
    title = blocks[0]
    issuer = title[: title.index(str(year))]
    pen.paragraph(issuer, TITLE_SIZE, centred=True)
    pen.paragraph(title[len(issuer) :], TITLE_SIZE, centred=True)
    pen.y += 8
    for block in blocks[1:]:
        if isinstance(block, str):
            pen.paragraph(block)
        else:
            _table(pen, block, style)
    return pen.finish()


DOCUMENT_RENDERERS = {"docx": docx, "pdf": pdf}
