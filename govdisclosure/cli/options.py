"""Options shared by several commands."""

from __future__ import annotations

import argparse
import json
from typing import Any

from govdisclosure.cli.inputs import Run, parse_size
from govdisclosure.text.decode import DEFAULT_MAX_SIZE, human_size

RENDERINGS = ("html", "markdown", "pipe", "flat", "text")
EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


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
    print(json.dumps(data, ensure_ascii=False, indent=indent), file=run.out)
