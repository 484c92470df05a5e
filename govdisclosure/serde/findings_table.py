"""The findings of a batch as a flat table: one row a finding, with a stable ``finding_id``."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from govdisclosure.model.cells import Value
from govdisclosure.model.findings import CheckResult, Finding
from govdisclosure.model.report import Report
from govdisclosure.serde.tables import Shape, frame

FINDING_COLUMNS = (
    "finding_id",
    "file",
    "issuer",
    "year",
    "rule",
    "severity",
    "status",
    "cells",
    "message",
    "quote",
    "template",
    "table",
    "printed",
    "computed",
    "difference",
)
FINDINGS = Shape("findings", FINDING_COLUMNS, ("year",), ("printed", "computed", "difference"))
CELL_SEPARATOR = ";"


def finding_id(file: str | None, rule: str, cells: Iterable[str], occurrence: int = 1) -> str:
    """A stable id for a finding: 16 hex digits of a hash of its file, rule and cells.

    ``occurrence`` tells apart the findings of one report with the same rule and cells (two
    misworded headings): the second is 2, and so on, in the order the checks report them.
    """
    key = "\x1f".join([file or "", rule, *cells])
    if occurrence > 1:
        key += f"\x1e{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _decimal(value: Value) -> Decimal | None:
    return None if value is None else Decimal(value)


def _row(finding: Finding, file: str | None, report: Report, fid: str, lang: str) -> dict[str, Any]:
    return {
        "finding_id": fid,
        "file": file or None,
        "issuer": report.metadata.issuer,
        "year": report.metadata.year,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "status": finding.status.value,
        "cells": CELL_SEPARATOR.join(finding.cells) or None,
        "message": finding.message_en if lang == "en" else finding.message,
        "quote": finding.quote or None,
        "template": report.template.value,
        "table": finding.table,
        "printed": _decimal(finding.printed),
        "computed": _decimal(finding.computed),
        "difference": _decimal(finding.difference),
    }


def finding_rows(
    file: str | None, report: Report, result: CheckResult, *, lang: str = "zh"
) -> list[dict[str, Any]]:
    """The table rows of one report's findings (``FINDING_COLUMNS``), in the checks' order."""
    seen: dict[tuple[str, tuple[str, ...]], int] = {}
    rows = []
    for finding in result.findings:
        key = (finding.rule, finding.cells)
        seen[key] = seen.get(key, 0) + 1
        fid = finding_id(file, finding.rule, finding.cells, seen[key])
        rows.append(_row(finding, file, report, fid, lang))
    return rows


def findings_frame(checked: Iterable[tuple[str | None, Report, CheckResult]], *, lang: str = "zh") -> Any:
    """A pandas DataFrame with one row per finding of every (file, report, result) triple."""
    return frame(FINDINGS, (row for f, r, c in checked for row in finding_rows(f, r, c, lang=lang)))
