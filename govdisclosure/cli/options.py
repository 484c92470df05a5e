"""Options shared by several commands."""

from __future__ import annotations

import argparse
import json
from typing import Any

from govdisclosure.cli.inputs import Run, parse_size
from govdisclosure.text.limits import DEFAULT_MAX_SIZE, human_size

RENDERINGS = ("html", "markdown", "pipe", "flat", "text")
EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
# Formats written to a file (--output) rather than printed.
FILE_FORMATS = frozenset({"xlsx", "parquet"})


def add_files(cmd: argparse.ArgumentParser) -> None:
    """``FILE...``: the inputs of a batch."""
    cmd.add_argument("files", nargs="+", metavar="FILE", help="files, folders or globs")


def add_lang(cmd: argparse.ArgumentParser, what: str) -> None:
    """``--lang``: the language of ``what`` the command writes (Chinese by default)."""
    cmd.add_argument("--lang", choices=["zh", "en"], default="zh", help=f"language of {what}")


def add_rendering(cmd: argparse.ArgumentParser) -> None:
    """``--rendering``: skip the detection of how the input is rendered; ``--max-size``."""
    cmd.add_argument("--rendering", choices=RENDERINGS, help="skip rendering detection")
    add_max_size(cmd)


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def add_max_size(cmd: argparse.ArgumentParser) -> None:
    """``--max-size``: the largest input read (a larger file is refused before it is read)."""
    cmd.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help=f"refuse an input larger than SIZE, like 500M or 2G (default {human_size(DEFAULT_MAX_SIZE)})",
    )


def emit_json(run: Run, data: Any, indent: int | None = None) -> None:
    """One JSON document on the run's output (Chinese written as is)."""
    print(json_text(data, indent), file=run.out)


def json_text(data: Any, indent: int | None = None) -> str:
    """A JSON document as the commands print it (Chinese written as is)."""
    return json.dumps(data, ensure_ascii=False, indent=indent)


def add_output(cmd: argparse.ArgumentParser) -> None:
    """``--output FILE``: write there instead of standard output (whole, or not at all)."""
    cmd.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    cmd.set_defaults(redirect_output=True)


def add_batch(cmd: argparse.ArgumentParser) -> None:
    """``--jobs``, ``--progress`` and ``--quiet``: how a batch runs and what it says on stderr."""
    cmd.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse with N processes (0: one per CPU); output keeps the input order",
    )
    shown = cmd.add_mutually_exclusive_group()
    shown.add_argument(
        "--progress", action="store_true", default=None, help="show progress even when stderr is no terminal"
    )
    shown.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary line")


def add_excel(cmd: argparse.ArgumentParser) -> None:
    """``--excel``: CSV that Excel opens as UTF-8 (a byte order mark, CRLF line ends)."""
    cmd.add_argument("--excel", action="store_true", help="CSV for Excel: UTF-8 with a BOM, CRLF line ends")


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"--jobs wants a number of processes (0 or more), not {text!r}")
    return value


def usage_error(args: argparse.Namespace) -> str | None:
    """What is wrong with a combination of ``--format``, ``--excel`` and ``--output``, if anything."""
    form = getattr(args, "format", None)
    if getattr(args, "excel", False) and form != "csv":
        return "--excel applies to --format csv"
    if form in FILE_FORMATS and not getattr(args, "output", None):
        return f"--format {form} writes a file: give --output FILE"
    return None
