"""A Word ``.docx`` file (with the ``docx`` extra: python-docx) as its paragraphs and tables.

The body is walked in document order. A table is read from its XML: ``w:gridBefore`` and
``w:gridSpan`` place each cell in the grid, a ``w:vMerge`` continuation is the cell above going on
(its text is printed once, in the row where it begins) as a ``w:hMerge`` one is the cell to its
left, and the paragraphs of a cell are its lines.
Page numbers live in footers, outside the body, so they never reach a table.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from govdisclosure.documents.layout import (
    Block,
    Document,
    Paragraph,
    Piece,
    Table,
    TableCell,
    document,
    join_lines,
    unread,
)
from govdisclosure.model.cells import Address
from govdisclosure.model.diagnostics import note

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BREAKS = {f"{_W}tab": " ", f"{_W}br": "\n", f"{_W}cr": "\n"}
# Deleted text, field codes, and the fallback copy of a drawing (its text is in the choice too).
_SKIPPED = frozenset(
    {
        f"{_W}del",
        f"{_W}moveFrom",
        f"{_W}instrText",
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    }
)


def read_docx(data: bytes) -> Document:
    """The document in a ``.docx`` file's bytes, or a document with no text and a note saying why."""
    try:
        import docx
    except ImportError:
        return unread("docx", note("document_extra_missing", kind="Word (.docx)", extra="docx"))
    try:
        blocks = list(_blocks(docx.Document(io.BytesIO(data)).element.body))
    except Exception as error:  # zipfile, lxml and python-docx raise their own kinds on a damaged file
        reason = f"{type(error).__name__}: {error}"[:200]
        return unread("docx", note("document_broken", kind=".docx", reason=reason))
    return document("docx", blocks)


def _content(element: Any) -> Iterator[Any]:
    """The paragraphs and tables inside ``element``, content controls opened."""
    for child in element.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _content(content)


def paragraph_text(p: Any) -> str:
    """The text of a ``w:p``: its runs' text, tabs as spaces, breaks as new lines; deletions left out."""
    out: list[str] = []

    def walk(element: Any) -> None:
        for child in element.iterchildren():
            if child.tag in _SKIPPED:
                continue
            if child.tag == f"{_W}t":
                out.append(str(child.text or ""))
            elif child.tag in _BREAKS:
                out.append(_BREAKS[child.tag])
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _blocks(body: Any) -> Iterator[Block]:
    paragraphs = tables = 0
    for element in _content(body):
        if element.tag == f"{_W}p":
            paragraphs += 1
            text = paragraph_text(element).strip()
            if text:
                yield Paragraph((Piece(text, Address(paragraph=paragraphs)),))
        else:
            tables += 1
            yield _table(element, tables)


def _table(tbl: Any, number: int) -> Table:
    cells: list[TableCell] = []
    for r, tr in enumerate(tbl.iterchildren(f"{_W}tr")):
        column = tr.grid_before
        for tc in tr.iterchildren(f"{_W}tc"):
            if tc.vMerge != "continue" and not _continues_across(tc):
                lines = (line for p in _content(tc) for line in _lines(p))
                address = Address(table=number, row=r + 1, cell=column + 1)
                cells.append(TableCell(r, column, join_lines(lines), address))
            column += tc.grid_span
    return Table(tuple(cells))


def _continues_across(tc: Any) -> bool:
    """Whether a cell goes on with the one before it (the old ``w:hMerge``, written by converters)."""
    properties = tc.tcPr
    merge = None if properties is None else properties.find(f"{_W}hMerge")
    return merge is not None and merge.get(f"{_W}val") != "restart"


def _lines(element: Any) -> Iterator[str]:
    """The lines of a paragraph in a cell (a nested table's paragraphs, one by one)."""
    if element.tag == f"{_W}p":
        yield from paragraph_text(element).split("\n")
    else:
        for tr in element.iterchildren(f"{_W}tr"):
            for tc in tr.iterchildren(f"{_W}tc"):
                for child in _content(tc):
                    yield from _lines(child)
