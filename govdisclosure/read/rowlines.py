"""Tables whose rows are lines (markdown ``| label | 1 | 2 |``), labelled or not.

PDF conversions often keep every row of numbers as a table line but lose some row labels, which
float as loose text elsewhere. Such a line is placed by position: the label-less lines between
two labelled lines fill the template rows between those two labels, when their counts agree.
"""

from __future__ import annotations

import functools

import regex
from attrs import frozen

from govdisclosure.read import labels
from govdisclosure.read.regions import Item, is_value_cell
from govdisclosure.template import lexicon
from govdisclosure.template.spec import RowSpec
from govdisclosure.text.compact import compact, norm

_RULE_CELL = regex.compile(r"^\s*:?-{2,}:?\s*$")
_BARE_NUMBER = regex.compile(lexicon.BARE_NUMBER)
NUMBER_CELL = regex.compile(r"\d")  # a cell that prints a number


@frozen
class Line:
    """A table line with its row label (possibly empty) and its value cells."""

    label: str
    items: tuple[Item, ...]
    start: int
    end: int


@frozen
class Lines:
    """The data lines of a stretch, the lines that print numbers but not a row's width of cells (or
    a label and blank cells only), and numbers standing alone on lines outside any table row."""

    rows: tuple[Line, ...]
    strays: tuple[Item, ...]
    odd: tuple[Line, ...] = ()


def _is_value(cell: str) -> bool:
    inner = cell.strip()
    return not inner or is_value_cell(inner)


def _fit(items: list[Item], width: int) -> list[Item]:
    """Drop blank cells at either end that the line has beyond the table's width."""
    while len(items) > width and items[-1].blank:
        items.pop()
    while len(items) > width and items[0].blank:
        items.pop(0)
    return items


def _line(text: str, offset: int, width: int) -> Line | None:
    body = text.strip()
    if not body.startswith("|"):
        return None
    lead = offset + text.index("|")
    cells: list[tuple[str, int]] = []
    position = lead + 1
    for piece in body[1:].split("|"):
        cells.append((piece, position))
        position += len(piece) + 1
    if body.endswith("|"):
        cells.pop()
    if not cells or all(_RULE_CELL.match(c) for c, _ in cells):
        return None
    first_value = len(cells)
    while first_value > 0 and _is_value(cells[first_value - 1][0]):
        first_value -= 1
    label = " ".join(c.strip() for c, _ in cells[:first_value])
    items: list[Item] = []
    for piece, at in cells[first_value:]:
        inner = piece.strip()
        start = at + len(piece) - len(piece.lstrip())
        items.append(Item(inner, start, blank=not inner))
    items = _fit(items, width)
    if all(i.blank for i in items) and not label:
        return None
    return Line(label, tuple(items), lead, offset + len(text))


def bar_lines(text: str) -> int:
    """How many lines of ``text`` begin with a bar: no more of them can be table lines."""
    return sum(1 for raw in text.splitlines() if raw.lstrip().startswith("|"))


def read_lines(text: str, offset: int, width: int) -> Lines:
    """The table lines of ``text`` (found at ``offset``) that hold exactly ``width`` value cells,
    and those that print numbers in another count of cells."""
    rows: list[Line] = []
    odd: list[Line] = []
    strays: list[Item] = []
    position = offset
    for raw in text.splitlines(keepends=True):
        line = _line(raw, position, width)
        if line is not None and len(line.items) == width and not all(i.blank for i in line.items):
            rows.append(line)
        elif line is not None and (
            any(NUMBER_CELL.search(i.text) for i in line.items) or all(i.blank for i in line.items)
        ):
            odd.append(line)
        elif line is None and _BARE_NUMBER.match(raw):
            strays.append(Item(raw.strip(), position + len(raw) - len(raw.lstrip())))
        position += len(raw)
    return Lines(tuple(rows), tuple(strays), tuple(odd))


@functools.lru_cache(maxsize=4096)  # the same lines (headers, labels) come back report after report
def match_row(label: str, rows: tuple[RowSpec, ...], first: int) -> int | None:
    """The index of the template row (at ``first`` or after) that ``label`` names, if any.

    The longest label contained in the text wins, so ``2.其他法律…`` is not taken for ``3.其他``.
    """
    text = norm(label)
    if not text:
        return None
    best: tuple[int, int] | None = None
    for index in range(first, len(rows)):
        row = rows[index]
        for name in labels.row_labels(row):
            if name in text and (best is None or len(name) > best[0]):
                best = (len(name), index)
    if best is not None:
        return best[1]
    view = compact(label)
    for index in range(first, len(rows)):
        row = rows[index]
        names = labels.row_labels(row)
        if labels.find(view, names, 0, len(view.text)) is not None:
            return index
    return None


def label_length(label: str, row: RowSpec) -> int:
    """The length of the longest of the row's labels that ``label`` holds (0 when none)."""
    text = norm(label)
    return max((len(name) for name in labels.row_labels(row) if name in text), default=0)
