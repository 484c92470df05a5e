"""The inputs of a command run: files, folders and globs expanded; a bad input reported.

A bad input is reported on stderr and the batch goes on; ``Run.input_failed`` makes the exit code 2.
A name is printed safely (a byte that is not UTF-8 is shown as ``\\xff``), a FIFO or device named
directly is read as asked, and one met while expanding a folder or a glob is skipped with a note.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import regex

from govdisclosure.text.limits import DEFAULT_MAX_SIZE

if TYPE_CHECKING:
    from govdisclosure.text.decode import Source

# Old binary Word and WPS files and OFD files are picked up too: each gets a clear answer.
REPORT_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".shtml", ".pdf", ".docx", ".doc", ".wps", ".ofd"}
)

_SIZE = regex.compile(r"(?i)\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*")
_UNITS = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def shown(name: str) -> str:
    """A file name that any UTF-8 output takes: bytes that are not UTF-8 as ``\\xff`` escapes.

    A POSIX name that is not UTF-8 reaches Python with each bad byte as a lone surrogate.
    """
    if not _SURROGATE.search(name):
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file system gave: not a byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def parse_size(text: str) -> int:
    """``100M``, ``1.5G``, ``512k``, ``2000000`` (units of 1024) as a number of bytes."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (say 100M, 1G, 512K or a number of bytes)")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


def _kind(mode: int) -> str | None:
    """What a special file is, in words; None for a regular file or a folder."""
    kinds = (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((word for test, word in kinds if test(mode)), None)


class Run:
    """State of one command run: where output goes, the size limit, how a batch runs, and whether an
    input failed.

    ``jobs`` is the number of processes that parse a batch; ``progress`` is None to show progress
    only on a terminal, True to show it anyway; ``quiet`` shows neither progress nor the summary.
    """

    def __init__(self, out: TextIO, err: TextIO, *, max_size: int | None = DEFAULT_MAX_SIZE) -> None:
        self.out = out
        self.err = err
        self.max_size = max_size
        self.input_failed = False
        self.jobs = 1
        self.progress: bool | None = None
        self.quiet = False

    def fail(self, message: str) -> None:
        """Report a bad input on stderr; the run's exit code becomes 2."""
        self.input_failed = True
        self.tell(message)

    def tell(self, message: str) -> None:
        """A note on stderr that changes no exit code."""
        print(f"govdisclosure: {shown(message)}", file=self.err)

    def source(self, name: str) -> Source:
        """What to parse for an expanded name: standard input's bytes for ``-``, else the path."""
        if name == "-":
            from govdisclosure.text.decode import read_limited  # not for --help and --version

            return read_limited(sys.stdin.buffer, "standard input", self.max_size)
        return Path(name)

    def expand(self, names: Sequence[str]) -> list[str]:
        """Files, folders (searched for report files) and globs, in a stable order."""
        found: list[str] = []
        for name in names:
            found.extend(self._expand(name))
        return found

    def _expand(self, name: str) -> Iterator[str]:
        if name == "-":
            yield name
            return
        if not name:
            self.fail('"": an empty name names no file (say "." for the current folder)')
            return
        try:
            mode = os.stat(name).st_mode
        except FileNotFoundError:
            if any(ch in name for ch in "*?["):
                yield from self._glob(name)
            else:
                self.fail(f"{name}: no such file")
            return
        except OSError as error:  # a name too long, a folder that cannot be searched…
            self.fail(f"{name}: cannot read: {error.strerror or error}")
            return
        except ValueError as error:  # a NUL in the name
            self.fail(f"{name}: not a valid file name ({error})")
            return
        if stat.S_ISDIR(mode):
            yield from self._folder(name)
        elif stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
            self.fail(f"{name}: {_kind(mode)}, not a report file")
        else:  # a regular file; a FIFO or a character device named directly is read as asked
            yield name

    def _folder(self, name: str) -> Iterator[str]:
        candidates = sorted(str(p) for p in Path(name).rglob("*") if p.suffix.lower() in REPORT_SUFFIXES)
        files = [path for path in candidates if self._regular(path)]
        if not files:
            self.fail(f"{name}: no report files (.txt, .md, .html, .pdf, .docx) in this folder")
        yield from files

    def _glob(self, pattern: str) -> Iterator[str]:
        matches = sorted(glob.glob(pattern, recursive=True))
        if not matches:
            self.fail(f"{pattern}: no file matches")
        yield from (m for m in matches if not os.path.isdir(m) and self._regular(m))

    def _regular(self, path: str) -> bool:
        """Whether a file met in a folder or glob is a regular file; a note when it is skipped.

        Reading a FIFO would wait for a writer for ever, and a device has no end.
        """
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            self.tell(f"{path}: skipped ({error.strerror or error})")
            return False
        if stat.S_ISREG(mode):
            return True
        if not stat.S_ISDIR(mode):
            self.tell(f"{path}: skipped, {_kind(mode)} and not a regular file")
        return False
