"""``govdisclosure check FILE...``: the consistency checks, as text for a reviewer, JSON Lines or CSV.

The inputs are checked together: a report is compared with the same body's report of the year
before and a department's with its government's report of the same year, when both are among the
inputs (``checks.batch``). ``--previous`` gives last year's report for every input instead; one of
another body is refused.
"""

from __future__ import annotations

import argparse
import functools
from typing import Any

from attrs import frozen

from govdisclosure.checks import format_text
from govdisclosure.checks.batch import Pairing, other_body, summary
from govdisclosure.cli.batch import parsed
from govdisclosure.cli.checked import Checked, CheckedBatch
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_INPUT,
    json_text,
)
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Status
from govdisclosure.model.report import Report
from govdisclosure.serde.version import SCHEMA_VERSION


def check_record(
    name: str | None,
    report: Report,
    result: CheckResult,
    previous: str | None = None,
    parent: str | None = None,
) -> dict[str, Any]:
    """The JSON record of one checked report (see ``schemas/check.schema.json``)."""
    from govdisclosure.serde.jsonio import unstructure  # cattrs: only when records are written

    return {
        "schema_version": SCHEMA_VERSION,
        "file": name,
        "template": report.template.value,
        "compared_with": {"previous": previous, "parent": parent},
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


def refusal(previous: str, name: str, issuer: str, other: str, *, lang: str) -> str:
    """Why ``--previous`` is refused: it is another body's report (rule xy_same_body)."""
    if lang == "zh":
        return (
            f"--previous 指定的 {previous} 是“{other}”的报告，不是 {name}（“{issuer}”）的上一年度报告；"
            "不同机关的报告不作跨年度比较（xy_same_body）"
        )
    return (
        f"--previous {previous} is the report of “{other}”, not of “{issuer}” ({name}): "
        "reports of another body are not compared (xy_same_body)"
    )


def run(state: Run, args: argparse.Namespace) -> int:
    """Check every input with the reports it is paired with; exit 1 when a finding reaches ``--fail-on``."""
    previous: tuple[str, Report] | None = None
    if args.previous:
        loaded = list(parsed(state, [args.previous], args.rendering))
        if not loaded:
            return EXIT_INPUT
        previous = (loaded[0][0], loaded[0][1].report)
    batch = CheckedBatch(state, state.expand(args.files), args.rendering, pooled=True)
    pairing = batch.pairing
    if previous is not None:
        refused = other_body(batch.identities, previous[1])
        if refused is not None:
            state.fail(refusal(previous[0], *refused, lang=args.lang))
            return EXIT_INPUT
        pairing = Pairing(tuple((name, previous[0]) for name, _ in batch.identities), pairing.parents)
    if args.format == "text" and len(batch) > 1:
        print(summary(pairing, len(batch), args.lang) + "\n", file=state.out)
    if args.format == "csv":
        from govdisclosure.serde.findings_table import FINDINGS  # for --format csv only
        from govdisclosure.serde.tables import CsvTable

        CsvTable(state.out, FINDINGS, excel=args.excel)  # the header
    printing = Printing(args.format, args.lang, args.excel, Severity(args.fail_on))
    others = [previous] if previous is not None else []
    worst = EXIT_CLEAN
    for text, failing in batch.made(
        functools.partial(printed, printing), lang=args.lang, pairing=pairing, others=others
    ):
        state.out.write(text)
        if failing:
            worst = EXIT_FINDINGS
    return worst


@frozen
class Printing:
    """How ``check`` prints a report: its format, language, CSV for Excel, the severity that fails."""

    format: str
    lang: str
    excel: bool
    fail_on: Severity


def printed(printing: Printing, done: Checked) -> tuple[str, bool]:
    """What ``check`` prints of a report checked, and whether a finding reaches ``--fail-on`` (made
    in the worker processes with ``--jobs``)."""
    report, result = done.reading.report, done.result
    if printing.format == "jsonl":
        text = json_text(check_record(done.name, report, result, done.previous, done.parent)) + "\n"
    elif printing.format == "csv":
        from govdisclosure.serde.findings_table import FINDINGS, finding_rows
        from govdisclosure.serde.tables import csv_lines

        text = csv_lines(
            FINDINGS, finding_rows(done.name, report, result, lang=printing.lang), excel=printing.excel
        )
    else:
        text = (
            format_text(
                result, report, file=done.name, lang=printing.lang, previous=done.previous, parent=done.parent
            )
            + "\n"
        )
    rank = printing.fail_on.rank
    return text, any(f.status is Status.FAIL and f.severity.rank >= rank for f in result.findings)
