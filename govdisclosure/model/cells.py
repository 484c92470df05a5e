"""A cell of a report table: its value, its kind, the text printed and where it was read."""

from __future__ import annotations

import enum
from decimal import Decimal

from attrs import frozen


class CellKind(enum.StrEnum):
    """What a cell holds: a number, or which kind of non-number."""

    NUMBER = "number"
    BLANK = "blank"
    DASH = "dash"
    SLASH = "slash"
    TEXT = "text"
    MISSING = "missing"


@frozen
class Box:
    """A rectangle on a PDF page, in points from the page's top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float


@frozen
class Address:
    """Where a stretch of a document file lies (numbers 1-based).

    In a PDF: the page and the box (of a table cell, or of the lines of prose), and for a table
    cell its table, row and cell in the table's grid; in a ``.docx``: the table, row and cell, or
    the body paragraph.
    """

    page: int | None = None
    box: Box | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    paragraph: int | None = None


@frozen
class Span:
    """A stretch of the decoded input: 0-based offset and length, 1-based line and column.

    ``address`` is where the stretch lies in a document file (PDF, ``.docx``), for documents only.
    """

    offset: int
    length: int
    line: int
    column: int
    address: Address | None = None


Value = int | Decimal | None


@frozen
class Cell:
    """One cell: value (int, Decimal in 万元 for money, or None), kind, raw text and source span.

    ``note`` says how the value was obtained when it was not read off directly (for example the
    split of glued digits that the template's arithmetic chose).
    """

    value: Value = None
    kind: CellKind = CellKind.MISSING
    raw: str = ""
    span: Span | None = None
    note: str | None = None


MISSING = Cell()


def number(value: int | Decimal | str, raw: str | None = None) -> Cell:
    """A number cell built by hand (``number(4)``, ``number("25.1")`` for money)."""
    parsed: int | Decimal = Decimal(value) if isinstance(value, str) else value
    return Cell(parsed, CellKind.NUMBER, str(value) if raw is None else raw)


def decimal_text(value: Decimal) -> str:
    """A Decimal as plain positional text, never with an exponent."""
    return format(value, "f")
