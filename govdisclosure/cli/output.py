"""``--output FILE``: a command's output written to a file, whole or not at all.

The file is written beside its final place and moved there at the end, so a run that stops
half-way leaves no half file behind (and never a truncated copy of the previous one).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import FILE_FORMATS
from govdisclosure.model.errors import InputError


@contextmanager
def written(path: str | Path) -> Iterator[Path]:
    """A path to write to; on success it becomes ``path``, on failure it is removed."""
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{path}: is a folder; --output wants a file name")
    if not target.parent.is_dir():
        raise InputError(f"{path}: cannot write: no folder {target.parent}")
    partial = target.with_name(f".{target.name}.partial")
    try:
        yield partial
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)


@contextmanager
def redirected(run: Run, args: argparse.Namespace) -> Iterator[None]:
    """While the command runs, its text output goes to ``--output`` (formats written to a file
    by the command itself, xlsx and Parquet, are left to it)."""
    path = getattr(args, "output", None) if getattr(args, "redirect_output", False) else None
    if not path or getattr(args, "format", None) in FILE_FORMATS:
        yield
        return
    with written(path) as partial:
        try:
            stream = partial.open("w", encoding="utf-8", newline="")
        except OSError as error:
            raise InputError(f"{path}: cannot write: {error.strerror or error}") from error
        saved, run.out = run.out, stream
        try:
            with stream:
                yield
        finally:
            run.out = saved
