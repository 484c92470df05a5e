"""What a document holds, in reading order, and the read text written from it.

A front end (PDF, ``.docx``) turns its file into ``Paragraph``s and ``Table``s; ``write`` turns
those into the text the reader reads, in the pipe rendering: a paragraph a line, a table row a
line with each cell's text followed by `` |`` (a merged cell once, in the row where it begins).
Every stretch of that text keeps the ``Address`` it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex
from attrs import frozen

from govdisclosure.model.cells import Address
from govdisclosure.model.diagnostics import Diagnostic
from govdisclosure.text.spans import Addresses

_WORD_END = regex.compile(r"[A-Za-z0-9.%]$")
_WORD_START = regex.compile(r"^[A-Za-z0-9]")
_SPACES = regex.compile(r"\s+")


@frozen
class Piece:
    """A stretch of text and where in the document it came from."""

    text: str
    address: Address


@frozen
class Paragraph:
    """A paragraph of prose: its pieces (the lines of a PDF paragraph, or one ``.docx`` paragraph)."""

    pieces: tuple[Piece, ...]


@frozen
class TableCell:
    """A cell of a table as drawn: its place in the grid (0-based), its text and its address."""

    row: int
    column: int
    text: str
    address: Address


@frozen
class Table:
    """A table: its cells in reading order, each merged cell once, at the row where it begins."""

    cells: tuple[TableCell, ...]


Block = Paragraph | Table


@frozen
class Document:
    """A document file as the text the reader reads, where its stretches came from, and notes.

    ``rendering`` is ``pdf`` or ``docx``. A document that could not be read has no text and a
    diagnostic saying why and what to do.
    """

    text: str
    rendering: str
    addresses: Addresses | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


def unread(rendering: str, diagnostic: Diagnostic) -> Document:
    """A document that could not be read: no text, and the note saying why."""
    return Document("", rendering, None, (diagnostic,))


def document(rendering: str, blocks: Sequence[Block], notes: Iterable[Diagnostic] = ()) -> Document:
    """The document written from its blocks."""
    text, addresses = write(blocks)
    return Document(text, rendering, addresses, tuple(notes))


def join_lines(lines: Iterable[str]) -> str:
    """Lines wrapped inside one cell or paragraph joined back: Chinese with nothing between.

    ``商业`` and ``企业`` give ``商业企业``, a vertical label's characters give the label; two words of
    Latin letters or digits keep a space between them.
    """
    out = ""
    for line in lines:
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        if out and _WORD_END.search(out) and _WORD_START.match(line):
            out += " "
        out += line
    return out


def write(blocks: Sequence[Block]) -> tuple[str, Addresses]:
    """The read text of a document and the address of each of its stretches."""
    parts: list[str] = []
    runs: list[tuple[int, int, Address]] = []
    length = 0

    def emit(text: str, address: Address | None = None) -> None:
        nonlocal length
        if address is not None and text:
            runs.append((length, length + len(text), address))
        parts.append(text)
        length += len(text)

    for block in blocks:
        if isinstance(block, Paragraph):
            previous = ""
            for piece in block.pieces:
                if previous and _WORD_END.search(previous) and _WORD_START.match(piece.text):
                    emit(" ")
                emit(piece.text, piece.address)
                previous = piece.text
            emit("\n")
            continue
        row: int | None = None
        for cell in block.cells:
            if row is not None:
                emit("\n" if cell.row != row else " ")
            row = cell.row
            if cell.text:
                emit(cell.text, cell.address)
                emit(" |")
            else:
                emit("|", cell.address)
        emit("\n")
    return "".join(parts), Addresses(runs)
