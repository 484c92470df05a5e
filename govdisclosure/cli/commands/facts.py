"""``govdisclosure facts FILE...``: every cell of each report, as JSON Lines, CSV, xlsx or Parquet."""

from __future__ import annotations

import argparse
import functools

from govdisclosure.checks import check
from govdisclosure.cli.batch import made, parsed
from govdisclosure.cli.inputs import Run, shown
from govdisclosure.cli.options import EXIT_CLEAN, json_text
from govdisclosure.cli.output import written
from govdisclosure.read.pipeline import ParseResult
from govdisclosure.serde.facts import fact_rows, facts_record
from govdisclosure.serde.parquet import write_facts_parquet
from govdisclosure.serde.tables import FACTS, CsvTable, csv_lines
from govdisclosure.serde.xlsx import write_xlsx


def json_line(name: str, result: ParseResult) -> str:
    """An input's facts record as a line of JSON Lines (made in the worker process with ``--jobs``)."""
    return json_text(facts_record(result.report, shown(name)))


def csv_text(name: str, result: ParseResult, *, excel: bool) -> str:
    """An input's lines of the facts table as CSV (made in the worker process with ``--jobs``)."""
    return csv_lines(FACTS, fact_rows(shown(name), result.report), excel=excel)


def run(state: Run, args: argparse.Namespace) -> int:
    """Write the facts of every input."""
    if args.format == "jsonl":
        for line in made(state, args.files, args.rendering, json_line):
            print(line, file=state.out)
        return EXIT_CLEAN
    if args.format == "csv":
        CsvTable(state.out, FACTS, excel=args.excel)  # the header
        for lines in made(state, args.files, args.rendering, functools.partial(csv_text, excel=args.excel)):
            state.out.write(lines)
        return EXIT_CLEAN
    reports = ((name, result.report) for name, result in parsed(state, args.files, args.rendering))
    if args.format == "xlsx":
        checked = ((name, report, check(report, lang=args.lang)) for name, report in reports)
        with written(args.output) as path:
            write_xlsx(path, checked, lang=args.lang)
    else:
        with written(args.output) as path:
            write_facts_parquet(path, reports)
    return EXIT_CLEAN
