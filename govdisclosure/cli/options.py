"""Options shared by several commands."""

from __future__ import annotations

import argparse
import json
from typing import Any

from govdisclosure.cli.inputs import Run

RENDERINGS = ("html", "markdown", "pipe", "flat", "text")
EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def add_rendering(cmd: argparse.ArgumentParser) -> None:
    """``--rendering``: skip the detection of how the input is rendered."""
    cmd.add_argument("--rendering", choices=RENDERINGS, help="skip rendering detection")


def emit_json(run: Run, data: Any, indent: int | None = None) -> None:
    """One JSON document on the run's output (Chinese written as is)."""
    print(json.dumps(data, ensure_ascii=False, indent=indent), file=run.out)
