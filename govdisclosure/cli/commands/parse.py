"""``govdisclosure parse FILE``: the report as JSON."""

from __future__ import annotations

import argparse
from typing import Any

from govdisclosure.cli.batch import parsed
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import EXIT_CLEAN, add_output, add_rendering, emit_json
from govdisclosure.serde.jsonio import report_to_dict


def add(commands: Any) -> None:
    """Add the ``parse`` subparser."""
    cmd = commands.add_parser("parse", help="parse one report and print its JSON")
    cmd.add_argument("file", help="a report file (text, markdown or HTML; - for stdin)")
    cmd.add_argument("--indent", type=int, default=None, help="indent the JSON")
    add_output(cmd)
    add_rendering(cmd)
    cmd.set_defaults(run=run)


def run(state: Run, args: argparse.Namespace) -> int:
    """Print the JSON of the report."""
    for _, result in parsed(state, [args.file], args.rendering):
        emit_json(state, report_to_dict(result.report), args.indent)
    return EXIT_CLEAN
