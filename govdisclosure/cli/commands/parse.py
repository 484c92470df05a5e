"""``govdisclosure parse FILE``: the report as JSON."""

from __future__ import annotations

import argparse

from govdisclosure.cli.batch import parsed
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import EXIT_CLEAN, emit_json
from govdisclosure.serde.jsonio import report_to_dict


def run(state: Run, args: argparse.Namespace) -> int:
    """Print the JSON of the report."""
    for _, result in parsed(state, [args.file], args.rendering):
        emit_json(state, report_to_dict(result.report), args.indent)
    return EXIT_CLEAN
