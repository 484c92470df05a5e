"""A PDF file (with the ``pdf`` extra: pdfplumber) as the paragraphs and tables it prints.

Page by page: running headers, footers and page numbers (``- 3 -``, ``第3页``) are left out; the
lines of a paragraph are joined, across a page break too; a table that goes on at the top of the
next page (same columns) is one table, with its repeated header rows dropped and the empty cells
that only continue a merged label cell left out.
"""

from __future__ import annotations

import collections
import io
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import regex

from govdisclosure.documents.layout import Block, Document, Paragraph, Piece, document, unread
from govdisclosure.documents.pdf_page import Line, PageContent, PageTable, read_page
from govdisclosure.documents.pdf_tables import TableParts, same_columns
from govdisclosure.model.cells import Address
from govdisclosure.model.diagnostics import Diagnostic, note

_MARGIN = 0.12  # the top and bottom bands of a page where running heads and page numbers stand
_PAGE_NUMBER = regex.compile(
    r"^(?:[-—–－―~·•]*\d{1,4}[-—–－―~·•]*|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|\d{1,4}/\d{1,4}"
    r"|[Pp]age\d{1,4}(?:of\d{1,4})?)$"
)
_HEADING = regex.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d))"
)
_DIGITS = regex.compile(r"\d+")
_SPACE = regex.compile(r"\s+")


def read_pdf(source: bytes | os.PathLike[str]) -> Document:
    """The document in a PDF file (its bytes or its path), or a document with no text and a note saying why."""
    try:
        import pdfplumber
        from pdfplumber.utils.exceptions import PdfminerException
    except ImportError:
        return unread("pdf", note("document_extra_missing", kind="PDF", extra="pdf"))
    notes: list[Diagnostic] = []
    pages: list[PageContent] = []
    try:
        stream = io.BytesIO(source) if isinstance(source, bytes) else Path(source)
        with pdfplumber.open(stream, raise_unicode_errors=False) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                try:
                    pages.append(read_page(page, number))
                except Exception as error:  # one bad page must not lose the others
                    notes.append(note("document_page_unreadable", page=number, reason=_reason(error)))
                finally:
                    page.close()
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if type(cause).__name__ in {"PDFPasswordIncorrect", "PDFEncryptionError"}:
            return unread("pdf", note("document_encrypted"))
        return unread("pdf", note("document_broken", kind="PDF", reason=_reason(cause)))
    except Exception as error:  # pdfminer raises many kinds on a damaged file
        if not pages:
            return unread("pdf", note("document_broken", kind="PDF", reason=_reason(error)))
        notes.append(note("document_broken", kind="PDF", reason=_reason(error)))
    return _document(pages, notes)


def _reason(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text[:200]


def _document(pages: Sequence[PageContent], notes: list[Diagnostic]) -> Document:
    chars = sum(p.chars for p in pages)
    unmapped = sum(p.unmapped for p in pages)
    if chars == 0 or unmapped * 2 > chars:
        return Document("", "pdf", None, (*notes, note("document_needs_ocr")))
    scanned = [p.number for p in pages if p.chars == 0 and p.images]
    if scanned:
        notes.append(note("document_pages_need_ocr", pages="、".join(map(str, scanned))))
    return document("pdf", list(_blocks(pages)), notes)


def _running(pages: Sequence[PageContent]) -> set[tuple[int, int]]:
    """The lines (page index, line index) that are page numbers, running heads or footers."""
    where: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    found: set[tuple[int, int]] = set()
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            if page.height * _MARGIN < line.box.top and line.box.bottom < page.height * (1 - _MARGIN):
                continue
            text = _SPACE.sub("", line.text)
            if _PAGE_NUMBER.match(text):
                found.add((p, i))
            else:
                where[_DIGITS.sub("#", text)].append((p, i))
    for places in where.values():
        if len({p for p, _ in places}) >= max(2, len(pages) // 2):
            found.update(places)
    return found


def _items(pages: Sequence[PageContent]) -> Iterator[tuple[int, Line | PageTable]]:
    """Every kept line and table, page by page, top to bottom."""
    running = _running(pages)
    for p, page in enumerate(pages):
        kept: list[Line | PageTable] = [line for i, line in enumerate(page.lines) if (p, i) not in running]
        kept.extend(page.tables)
        for item in sorted(kept, key=lambda item: item.box.top):
            yield page.number, item


def _blocks(pages: Sequence[PageContent]) -> Iterator[Block]:
    items = list(_items(pages))
    lines = [item for _, item in items if isinstance(item, Line)]
    left = min((line.box.x0 for line in lines), default=0.0)
    right = max((line.box.x1 for line in lines), default=0.0)
    paragraph: list[Piece] = []
    tables = 0
    table: TableParts | None = None
    previous: Line | PageTable | None = None
    previous_page = 0
    for page, item in items:
        if isinstance(item, Line):
            if table is not None:
                yield table.table()
                table = None
            joins = isinstance(previous, Line) and _continues(previous, item, left, right)
            if paragraph and not joins:
                yield Paragraph(tuple(paragraph))
                paragraph = []
            paragraph.append(Piece(item.text, Address(page, item.box)))
        else:
            if paragraph:
                yield Paragraph(tuple(paragraph))
                paragraph = []
            goes_on = (
                isinstance(previous, PageTable) and page > previous_page and same_columns(previous, item)
            )
            if table is not None and goes_on:
                table.go_on(page, item)
            else:
                if table is not None:
                    yield table.table()
                tables += 1
                table = TableParts(tables)
                table.go_on(page, item)
        previous, previous_page = item, page
    if paragraph:
        yield Paragraph(tuple(paragraph))
    if table is not None:
        yield table.table()


def _continues(line: Line, following: Line, left: float, right: float) -> bool:
    """Whether ``following`` goes on with the paragraph of ``line``.

    It does after a full line when it is not indented and starts no numbered heading, and after a
    centred line when it is centred too, in the same size, right below (a title on two lines).
    """
    if _centred(line, left, right) and _centred(following, left, right):
        near = following.box.top - line.box.bottom < line.size
        return near and abs(line.size - following.size) < 0.5
    full = line.box.x1 >= right - 1.5 * line.size
    indented = following.box.x0 > left + 0.8 * following.size
    return full and not indented and not _HEADING.match(following.text.lstrip())


def _centred(line: Line, left: float, right: float) -> bool:
    before, after = line.box.x0 - left, right - line.box.x1
    return before > 2 * line.size and abs(before - after) < 2 * line.size
