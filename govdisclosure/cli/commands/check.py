"""``govdisclosure check FILE...``: the consistency checks, as text for a reviewer or JSON Lines."""

from __future__ import annotations

import argparse
from typing import Any

from govdisclosure.checks import check, format_text
from govdisclosure.cli.batch import parsed
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, add_rendering, emit_json
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Status
from govdisclosure.model.report import Report
from govdisclosure.serde.jsonio import unstructure


def add(commands: Any) -> None:
    """Add the ``check`` subparser."""
    cmd = commands.add_parser("check", help="run the consistency checks (勾稽关系) on reports")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="files, folders or globs")
    cmd.add_argument("--format", choices=["text", "jsonl"], default="text")
    cmd.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the messages")
    cmd.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    cmd.add_argument("--previous", metavar="FILE", help="the same body's report of the year before")
    add_rendering(cmd)
    cmd.set_defaults(run=run)


def check_record(name: str | None, report: Report, result: CheckResult) -> dict[str, Any]:
    """The JSON record of one checked report (see ``schemas/check.schema.json``)."""
    return {
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
    for name, reading in parsed(state, args.files, args.rendering):
        result = check(reading.report, previous, lang=args.lang)
        if args.format == "jsonl":
            emit_json(state, check_record(name, reading.report, result))
        else:
            print(format_text(result, reading.report, file=name, lang=args.lang), file=state.out)
        if any(f.status is Status.FAIL and f.severity.rank >= threshold.rank for f in result.findings):
            worst = EXIT_FINDINGS
    return worst
