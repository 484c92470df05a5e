"""Bytes, paths and strings to text.

Bytes: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 or UTF-32 without one, told by where
their zero bytes fall; UTF-8, also with a few bad bytes (a stray byte, a file cut mid-character);
the charset an HTML page declares, when it names a text encoding; else GB18030. Whatever cannot be
decoded becomes U+FFFD and is reported, never raised. A ``str`` is taken as given, but for lone
surrogates, which no encoder accepts: each becomes U+FFFD, so offsets into it stay true.
"""

from __future__ import annotations

import codecs
import os
import stat
import string
from typing import BinaryIO

import regex
from attrs import frozen

from govdisclosure.model.diagnostics import Diagnostic, note
from govdisclosure.model.errors import InputError
from govdisclosure.text.limits import DEFAULT_MAX_SIZE, human_size

Source = str | bytes | os.PathLike[str]

_META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,20})""", regex.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16's: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GB = frozenset({"gb2312", "gbk", "gb18030", "x-gbk"})  # GB18030 reads them all
_ASCII = string.printable
_SNIFF = 1 << 16
# A UTF-8 text with a few bad bytes is still UTF-8: at most one bad sequence per this many good
# multi-byte characters. GB18030 text read as UTF-8 has more bad sequences than good ones.
_GOOD_PER_BAD = 20
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@frozen
class Decoded:
    """Decoded text, the encoding used and what went wrong on the way."""

    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()


def text_codec(name: str) -> str | None:
    """The codec a declared charset names, when it is a text encoding that reads ASCII as ASCII.

    A ``<meta charset>`` is found by reading the page as ASCII, so only such an encoding can be
    true; ``base64``, ``rot13``, ``undefined``, ``idna``, ``utf-16`` and the like are ignored.
    """
    name = name.lower()
    if name in _GB:
        return "gb18030"
    try:
        codec = codecs.lookup(name).name
        if codecs.encode(_ASCII, codec) != _ASCII.encode("ascii"):
            return None
        if codecs.decode(_ASCII.encode("ascii"), codec) != _ASCII:
            return None
    except Exception:  # a codec that is no text encoding fails in its own way
        return None
    return "gb18030" if codec in _GB else codec


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return text_codec(match.group(1).decode("ascii")) if match else None


def _bad_count(text: str, data: bytes, encoding: str) -> int:
    """How many stretches of ``data`` became U+FFFD (the U+FFFD printed in it aside)."""
    try:
        printed = data.count("\ufffd".encode(encoding))
    except UnicodeError:
        printed = 0
    return max(0, text.count("\ufffd") - printed)


def _decoded(data: bytes, encoding: str, shown: str | None = None) -> tuple[Decoded, int]:
    """``data`` decoded with U+FFFD for what cannot be, a note saying how many, and how many."""
    text = data.decode(encoding, errors="replace")
    bad = _bad_count(text, data, encoding)
    notes = (note("undecodable_bytes", count=bad, encoding=encoding),) if bad else ()
    return Decoded(text, shown or encoding, notes), bad


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, from where the zero bytes fall.

    Text holds ASCII (digits, spaces, line ends, tags): one or three zero bytes in each of its
    characters, always on the same side. Other text encodings never hold a zero byte.
    """
    sample = data[: _SNIFF - _SNIFF % 4] if len(data) > _SNIFF else data[: len(data) - len(data) % 4]
    if not sample or b"\x00" not in sample:
        return None
    quarters = [sample[i::4] for i in range(4)]
    if not quarters[3].strip(b"\x00") and max(quarters[2]) <= 0x10:
        return "utf-32-le"
    if not quarters[0].strip(b"\x00") and max(quarters[1]) <= 0x10:
        return "utf-32-be"
    units = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= max(2 * even, units // 50):
        return "utf-16-le"
    if even >= max(2 * odd, units // 50):
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a stray byte or cut mid-character: its bad bytes are few among good characters."""
    text = data.decode("utf-8", errors="replace")
    bad = _bad_count(text, data, "utf-8")
    non_ascii = len(data.translate(None, bytes(range(128))))
    good = len(text) - (len(data) - non_ascii) - text.count("\ufffd")
    if good < _GOOD_PER_BAD * bad:
        return None
    return Decoded(text, "utf-8", (note("undecodable_bytes", count=bad, encoding="utf-8"),))


def decode_bytes(data: bytes) -> Decoded:
    """Text from bytes; undecodable bytes become U+FFFD and are reported, never raised."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom) :], encoding, f"{encoding} (BOM)")[0]
    wide = _wide_encoding(data)
    if wide:
        return _decoded(data, wide)[0]
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly:
        return mostly
    candidates = list(dict.fromkeys(c for c in (_declared_charset(data), "gb18030") if c))
    for encoding in candidates:
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    # None reads cleanly: the one with the fewest bad bytes (the first on a tie).
    return min((_decoded(data, encoding) for encoding in candidates), key=lambda reading: reading[1])[0]


def decode_str(text: str) -> Decoded:
    """A ``str`` as given, lone surrogates (which cannot be written as UTF-8) replaced by U+FFFD."""
    count = sum(1 for _ in _SURROGATE.finditer(text))
    if not count:
        return Decoded(text, "str")
    return Decoded(_SURROGATE.sub("\ufffd", text), "str", (note("lone_surrogates", count=count),))


def too_large(name: str, size: int | None, limit: int) -> InputError:
    """The error for an input above the size limit."""
    what = f"{human_size(size)}, " if size is not None else ""
    return InputError(
        f"{name}: too large ({what}more than the limit of {human_size(limit)}); "
        "raise the limit with max_size (--max-size on the command line)"
    )


def read_limited(stream: BinaryIO, name: str, max_size: int | None) -> bytes:
    """All of ``stream``, refused with ``InputError`` once it passes ``max_size`` bytes."""
    data = stream.read() if max_size is None else stream.read(max_size + 1)
    if max_size is not None and len(data) > max_size:
        raise too_large(name, None, max_size)
    return data


def read_path(path: os.PathLike[str] | str, max_size: int | None = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of a file, a FIFO or a character device; ``InputError`` when it cannot be read.

    A regular file above ``max_size`` is refused before anything is read; a stream is read up to
    the limit. A folder, a block device or a socket is refused with what it is.
    """
    name = os.fspath(path)
    try:
        with open(path, "rb") as file:
            info = os.fstat(file.fileno())
            if stat.S_ISBLK(info.st_mode):
                raise InputError(f"{name}: a block device, not a report file")
            if max_size is not None and stat.S_ISREG(info.st_mode) and info.st_size > max_size:
                raise too_large(name, info.st_size, max_size)
            return read_limited(file, name, max_size)
    except IsADirectoryError as error:
        raise InputError(f"{name}: a folder, not a file") from error
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from error
    except ValueError as error:  # a NUL in the name, or a character the file system cannot take
        raise InputError(f"{name}: not a valid file name ({error})") from error


def read_source(source: Source, max_size: int | None = DEFAULT_MAX_SIZE) -> tuple[Decoded, str | None]:
    """Decoded text of a str, bytes or path, and the path's name when it is a path.

    A path that cannot be read, or is above ``max_size`` bytes (``None``: no limit), raises
    ``InputError``; bytes and strings never raise (what is wrong in them is reported).
    """
    if isinstance(source, str):
        return decode_str(source), None
    if isinstance(source, bytes):
        return decode_bytes(source), None
    return decode_bytes(read_path(source, max_size)), os.fspath(source)
