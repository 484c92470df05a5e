"""``govdisclosure check FILE...``: the consistency checks, as text for a reviewer, JSON Lines or CSV."""

from __future__ import annotations

import argparse
from typing import Any

from govdisclosure.checks import check, format_text
from govdisclosure.cli.batch import parsed
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_INPUT,
    add_batch,
    add_excel,
    add_output,
    add_rendering,
    emit_json,
)
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Status
from govdisclosure.model.report import Report
from govdisclosure.serde.findings_table import FINDINGS, finding_rows
from govdisclosure.serde.jsonio import unstructure
from govdisclosure.serde.tables import CsvTable
from govdisclosure.serde.version import SCHEMA_VERSION


def add(commands: Any) -> None:
    """Add the ``check`` subparser."""
    cmd = commands.add_parser("check", help="run the consistency checks (勾稽关系) on reports")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="files, folders or globs")
    cmd.add_argument(
        "--format", choices=["text", "jsonl", "csv"], default="text", help="csv: one row a finding"
    )
    add_excel(cmd)
    cmd.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the messages")
    cmd.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    cmd.add_argument("--previous", metavar="FILE", help="the same body's report of the year before")
    add_output(cmd)
    add_batch(cmd)
    add_rendering(cmd)
    cmd.set_defaults(run=run)


def check_record(name: str | None, report: Report, result: CheckResult) -> dict[str, Any]:
    """The JSON record of one checked report (see ``schemas/check.schema.json``)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "file": name,
        "template": report.template.value,
        "findings": [unstructure(f) for f in result.findings],
        "summary": {
            "passed": result.passed,
            "failed": result.failed,
            "not_assessable": result.not_assessable,
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "infos": result.count(Severity.INFO),
        },
    }


def run(state: Run, args: argparse.Namespace) -> int:
    """Check every input; exit 1 when a finding reaches ``--fail-on``."""
    previous: Report | None = None
    if args.previous:
        loaded = list(parsed(state, [args.previous], args.rendering))
        if not loaded:
            return EXIT_INPUT
        previous = loaded[0][1].report
    threshold = Severity(args.fail_on)
    worst = EXIT_CLEAN
    table = CsvTable(state.out, FINDINGS, excel=args.excel) if args.format == "csv" else None
    for name, reading in parsed(state, args.files, args.rendering):
        result = check(reading.report, previous, lang=args.lang)
        if args.format == "jsonl":
            emit_json(state, check_record(name, reading.report, result))
        elif table is not None:
            table.write(finding_rows(name, reading.report, result, lang=args.lang))
        else:
            print(format_text(result, reading.report, file=name, lang=args.lang), file=state.out)
        if any(f.status is Status.FAIL and f.severity.rank >= threshold.rank for f in result.findings):
            worst = EXIT_FINDINGS
    return worst
