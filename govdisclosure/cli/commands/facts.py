"""``govdisclosure facts FILE...``: every cell of each report, as JSON Lines, CSV, xlsx or Parquet."""

from __future__ import annotations

import argparse
from typing import Any

from govdisclosure.checks import check
from govdisclosure.cli.batch import parsed
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import (
    EXIT_CLEAN,
    add_batch,
    add_excel,
    add_output,
    add_rendering,
    emit_json,
)
from govdisclosure.cli.output import written
from govdisclosure.serde.facts import facts_record
from govdisclosure.serde.parquet import write_facts_parquet
from govdisclosure.serde.tables import write_csv
from govdisclosure.serde.xlsx import write_xlsx


def add(commands: Any) -> None:
    """Add the ``facts`` subparser."""
    cmd = commands.add_parser("facts", help="every cell of each report (JSON Lines, CSV, xlsx or Parquet)")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="files, folders or globs")
    cmd.add_argument(
        "--format",
        choices=["jsonl", "csv", "xlsx", "parquet"],
        default="jsonl",
        help="xlsx: facts, findings and each report's tables; xlsx and parquet need --output",
    )
    add_excel(cmd)
    cmd.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the xlsx findings")
    add_output(cmd)
    add_batch(cmd)
    add_rendering(cmd)
    cmd.set_defaults(run=run)


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
