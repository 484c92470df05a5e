"""``govdisclosure facts FILE...``: every cell of each report, as JSON Lines, CSV, xlsx or Parquet."""

from __future__ import annotations

import argparse

from govdisclosure.checks import check
from govdisclosure.cli.batch import parsed
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import (
    EXIT_CLEAN,
    emit_json,
)
from govdisclosure.cli.output import written
from govdisclosure.serde.facts import facts_record
from govdisclosure.serde.parquet import write_facts_parquet
from govdisclosure.serde.tables import write_csv
from govdisclosure.serde.xlsx import write_xlsx


def run(state: Run, args: argparse.Namespace) -> int:
    """Write the facts of every input."""
    reports = ((name, result.report) for name, result in parsed(state, args.files, args.rendering))
    if args.format == "csv":
        write_csv(state.out, reports, excel=args.excel)
    elif args.format == "xlsx":
        checked = ((name, report, check(report, lang=args.lang)) for name, report in reports)
        with written(args.output) as path:
            write_xlsx(path, checked, lang=args.lang)
    elif args.format == "parquet":
        with written(args.output) as path:
            write_facts_parquet(path, reports)
    else:
        for name, report in reports:
            emit_json(state, facts_record(report, name))
    return EXIT_CLEAN
