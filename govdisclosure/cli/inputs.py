"""The inputs of a command run: files, folders and globs expanded; a bad input reported.

A bad input is reported on stderr and the batch goes on; ``Run.input_failed`` makes the exit code 2.
"""

from __future__ import annotations

import glob
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

# Old binary Word and WPS files and OFD files are picked up too: each gets a clear answer.
REPORT_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".shtml", ".pdf", ".docx", ".doc", ".wps", ".ofd"}
)


class Run:
    """State of one command run: where output goes, how a batch runs, and whether an input failed.

    ``jobs`` is the number of processes that parse a batch; ``progress`` is None to show progress
    only on a terminal, True to show it anyway; ``quiet`` shows neither progress nor the summary.
    """

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err
        self.input_failed = False
        self.jobs = 1
        self.progress: bool | None = None
        self.quiet = False

    def fail(self, message: str) -> None:
        """Report a bad input on stderr; the run's exit code becomes 2."""
        self.input_failed = True
        print(f"govdisclosure: {message}", file=self.err)

    def expand(self, names: Sequence[str]) -> list[str]:
        """Files, folders (searched for report files) and globs, in a stable order."""
        found: list[str] = []
        for name in names:
            path = Path(name)
            if name == "-" or path.is_file():
                found.append(name)
            elif path.is_dir():
                files = sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in REPORT_SUFFIXES)
                if not files:
                    self.fail(f"{name}: no report files (.txt, .md, .html, .pdf, .docx) in this folder")
                found.extend(files)
            elif any(ch in name for ch in "*?["):
                matches = sorted(glob.glob(name, recursive=True))
                if not matches:
                    self.fail(f"{name}: no file matches")
                found.extend(m for m in matches if Path(m).is_file())
            else:
                self.fail(f"{name}: no such file")
        return found
