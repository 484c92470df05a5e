"""An Excel workbook of a batch (needs the ``xlsx`` extra: openpyxl).

Sheets: ``facts`` (one row a cell, the columns of the facts CSV), ``findings`` (one row a finding)
and one sheet per report with its tables as grids under their official labels. Counts and money
are numbers; the workbook is written as it goes (openpyxl's write-only mode).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from govdisclosure.model.findings import CheckResult
from govdisclosure.model.report import Report
from govdisclosure.serde.facts import FACT_COLUMNS, fact_rows, json_value
from govdisclosure.serde.findings_table import FINDING_COLUMNS, finding_rows
from govdisclosure.serde.grids import grid_lines
from govdisclosure.serde.tables import optional_module

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31


def sheet_name(index: int, file: str | None, report: Report) -> str:
    """A unique, valid sheet name for the report's grids: its number, issuer and year."""
    who = report.metadata.issuer or (Path(file).stem if file else "report")
    year = f" {report.metadata.year}" if report.metadata.year else ""
    name = _SHEET_FORBIDDEN.sub("_", f"{index} {who}")
    return name[: SHEET_NAME_LIMIT - len(year)] + year


class _Sheet:
    """A write-only sheet: bold frozen header, values as Excel types, text never read as a formula."""

    def __init__(self, book: Any, title: str, header: Sequence[str] | None = None) -> None:
        self._cell = optional_module("openpyxl.cell", "xlsx").WriteOnlyCell
        self._bold = optional_module("openpyxl.styles", "xlsx").Font(bold=True)
        self.sheet = book.create_sheet(title)
        if header is not None:
            self.sheet.freeze_panes = "A2"
            self.append(header, bold=True)

    def _value(self, value: Any, bold: bool) -> Any:
        if isinstance(value, Decimal):
            value = Decimal(str(json_value(value)))  # positional digits, no exponent
        cell = self._cell(self.sheet, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # printed text, not a formula
        if bold:
            cell.font = self._bold
        return cell

    def append(self, values: Iterable[Any], *, bold: bool = False) -> None:
        self.sheet.append([self._value(value, bold) for value in values])


def _rows(sheet: _Sheet, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    for row in rows:
        sheet.append(row[column] for column in columns)


def write_xlsx(
    path: str | Path, checked: Iterable[tuple[str | None, Report, CheckResult]], *, lang: str = "zh"
) -> int:
    """Write the workbook of every (file, report, result) triple; returns the number of reports."""
    book = optional_module("openpyxl", "xlsx").Workbook(write_only=True)
    facts_sheet = _Sheet(book, "facts", FACT_COLUMNS)
    findings_sheet = _Sheet(book, "findings", FINDING_COLUMNS)
    count = 0
    for file, report, result in checked:
        count += 1
        _rows(facts_sheet, FACT_COLUMNS, fact_rows(file, report))
        _rows(findings_sheet, FINDING_COLUMNS, finding_rows(file, report, result, lang=lang))
        grid = _Sheet(book, sheet_name(count, file, report))
        for line in grid_lines(file, report):
            grid.append(line)
    book.save(str(path))
    return count
