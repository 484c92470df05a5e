"""Document files (PDF, Word ``.docx``) turned into the text the reader reads, with their addresses.

A file is known by its content, whatever its name: ``%PDF-`` is a PDF, a zip holding
``word/document.xml`` is a ``.docx``. Files that cannot be read (an old binary ``.doc`` or
``.wps``, RTF, OFD) get a document with no text and a note saying what to do.
"""

from __future__ import annotations

import io
import os
import zipfile

import regex

from govdisclosure.documents.layout import Document, unread
from govdisclosure.model.diagnostics import Phrase, note

__all__ = ["Document", "kind_of", "read_document"]

_PDF = regex.compile(rb"%PDF-\d")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_HEAD = 1024


def _head_kind(head: bytes) -> str | None:
    """What a file's first bytes say it is: ``pdf``, ``ole2``, ``rtf``, ``zip`` (look inside) or None."""
    if _PDF.search(head):
        return "pdf"
    if head.startswith(_OLE2):
        return "ole2"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    return "zip" if head.startswith(_ZIP) else None


def kind_of(data: bytes) -> str | None:
    """``pdf``, ``docx``, ``ole2`` (old binary Office), ``rtf``, ``ofd``, or None for anything else."""
    kind = _head_kind(data[:_HEAD])
    if kind != "zip":
        return kind
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return "docx"
    return "ofd" if "OFD.xml" in names else None


def read_document(source: str | bytes | os.PathLike[str]) -> Document | None:
    """The document in ``source``, or None when it is not a document file (text is read as text).

    A path is sniffed first; a PDF is read from the file, without loading it whole.
    """
    if isinstance(source, str):
        return None
    if isinstance(source, bytes):
        data = source
    else:
        try:
            with open(source, "rb") as file:
                head = file.read(_HEAD)
                kind = _head_kind(head)
                if kind is None:
                    return None
                if kind == "pdf":
                    from govdisclosure.documents.pdf import read_pdf  # the readers: when a document is met

                    return read_pdf(source)
                data = head + file.read()
        except OSError:
            return None  # the text reader says why the path cannot be read
    return _read(kind_of(data), data)


def _read(kind: str | None, data: bytes) -> Document | None:
    if kind == "pdf":
        from govdisclosure.documents.pdf import read_pdf

        return read_pdf(data)
    if kind == "docx":
        from govdisclosure.documents.docx import read_docx

        return read_docx(data)
    if kind == "ofd":
        return unread("ofd", note("document_ofd"))
    if kind == "rtf":
        return unread("rtf", note("document_old_format", kind=Phrase("RTF文件", "an RTF file")))
    if kind == "ole2":
        old = Phrase("旧版二进制Office文件（.doc、.wps等）", "an old binary Office file (.doc, .wps)")
        return unread("doc", note("document_old_format", kind=old))
    return None
