"""``govdisclosure facts FILE...``: every cell of each report, as JSON Lines or CSV."""

from __future__ import annotations

import argparse
from typing import Any

from govdisclosure.cli.batch import parsed
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import EXIT_CLEAN, add_rendering, emit_json
from govdisclosure.serde.facts import facts_record, write_csv


def add(commands: Any) -> None:
    """Add the ``facts`` subparser."""
    cmd = commands.add_parser("facts", help="print every cell of each report (JSON Lines or CSV)")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="files, folders or globs")
    cmd.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    add_rendering(cmd)
    cmd.set_defaults(run=run)


def run(state: Run, args: argparse.Namespace) -> int:
    """Print the facts of every input."""
    reports = ((name, result.report) for name, result in parsed(state, args.files, args.rendering))
    if args.format == "csv":
        write_csv(state.out, reports)
    else:
        for name, report in reports:
            emit_json(state, facts_record(report, name))
    return EXIT_CLEAN
