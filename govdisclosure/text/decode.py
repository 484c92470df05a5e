"""Bytes, paths and strings to text: UTF-8 (with or without BOM), a declared charset, or GB18030."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import regex
from attrs import frozen

from govdisclosure.model.diagnostics import Diagnostic, note
from govdisclosure.model.errors import InputError

Source = str | bytes | os.PathLike[str]

_META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,20})""", regex.I)


@frozen
class Decoded:
    """Decoded text, the encoding used and what went wrong on the way."""

    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return "gb18030" if name in {"gb2312", "gbk", "gb18030", "x-gbk"} else name


def decode_bytes(data: bytes) -> Decoded:
    """Text from bytes; undecodable bytes become U+FFFD and are reported, never raised."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [c for c in (_declared_charset(data), "gb18030") if c]
    for encoding in candidates:
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    text = data.decode(candidates[0], errors="replace")
    bad = text.count("\ufffd")
    return Decoded(
        text,
        candidates[0],
        (note("undecodable_bytes", count=bad, encoding=candidates[0]),),
    )


def read_source(source: Source) -> tuple[Decoded, str | None]:
    """Decoded text of a str, bytes or path, and the path's name when it is a path.

    A path that cannot be read raises ``InputError``; bytes never raise (bad bytes are reported).
    """
    if isinstance(source, str):
        return Decoded(source, "str"), None
    if isinstance(source, bytes):
        return decode_bytes(source), None
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{source}: cannot read: {error.strerror or error}") from error
    return decode_bytes(data), str(source)
