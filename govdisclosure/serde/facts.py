"""The flat views of a report: one fact per cell (for CSV and pandas), and the facts record."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TextIO

from attrs import frozen

from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.cells import Value
from govdisclosure.model.errors import GovDisclosureError
from govdisclosure.model.report import Report
from govdisclosure.template.national import TEMPLATES

FACT_COLUMNS = (
    "file",
    "cell_id",
    "table",
    "row",
    "column",
    "row_label",
    "column_label",
    "value",
    "kind",
    "raw",
    "line",
    "column_number",
)


@frozen
class Fact:
    """One cell of a report as a flat row."""

    cell_id: str
    table: str
    row: str
    column: str
    row_label: str
    column_label: str
    value: Value
    kind: str
    raw: str
    line: int | None
    column_number: int | None


def json_value(value: Value) -> int | str | None:
    """A cell value as the facts record writes it: int, decimal string in 万元, or None."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    return value


def facts(report: Report) -> tuple[Fact, ...]:
    """One fact per cell of the report's template, in template order (none for legacy reports)."""
    spec = TEMPLATES.get(report.template)
    if spec is None:
        return ()
    cells = cells_of(report)
    result = []
    for spec_cell in spec.cells:
        cell = cells[spec_cell.id]
        result.append(
            Fact(
                spec_cell.id,
                spec_cell.table.id,
                spec_cell.row.id,
                spec_cell.column.id,
                spec_cell.row.printed_label,
                spec_cell.column.label,
                cell.value,
                cell.kind.value,
                cell.raw,
                cell.span.line if cell.span else None,
                cell.span.column if cell.span else None,
            )
        )
    return tuple(result)


def facts_record(report: Report, file: str | None = None) -> dict[str, Any]:
    """The facts record: ``{"file", "template", "year", "issuer", "cells": {id: value}}``."""
    return {
        "file": file,
        "template": report.template.value,
        "year": report.metadata.year,
        "issuer": report.metadata.issuer,
        "cells": {cell_id: json_value(cell.value) for cell_id, cell in cells_of(report).items()},
    }


def csv_rows(file: str | None, report: Report) -> list[list[object]]:
    """One CSV row per cell of the report, in the order of ``FACT_COLUMNS``."""
    return [
        [
            file or "",
            fact.cell_id,
            fact.table,
            fact.row,
            fact.column,
            fact.row_label,
            fact.column_label,
            "" if fact.value is None else json_value(fact.value),
            fact.kind,
            fact.raw,
            fact.line or "",
            fact.column_number or "",
        ]
        for fact in facts(report)
    ]


def write_csv(out: TextIO, rows: Iterable[tuple[str | None, Report]]) -> None:
    """Write the header and one line per cell of every (file, report) pair, report by report."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FACT_COLUMNS)
    for file, report in rows:
        writer.writerows(csv_rows(file, report))


def facts_csv(rows: Iterable[tuple[str | None, Report]]) -> str:
    """CSV text with one line per cell of every (file, report) pair, headed by ``FACT_COLUMNS``."""
    buffer = io.StringIO()
    write_csv(buffer, rows)
    return buffer.getvalue()


def facts_frame(rows: Iterable[tuple[str | None, Report]]) -> Any:
    """A pandas DataFrame with one row per cell (needs the ``pandas`` extra).

    Values keep their types: int for counts, Decimal for money, None for blanks.
    """
    try:
        import pandas  # optional: imported only when a DataFrame is asked for
    except ImportError as error:
        raise GovDisclosureError("facts_frame needs pandas: pip install 'govdisclosure[pandas]'") from error
    records = [
        {"file": file, **{name: getattr(fact, name) for name in FACT_COLUMNS if name != "file"}}
        for file, report in rows
        for fact in facts(report)
    ]
    return pandas.DataFrame.from_records(records, columns=list(FACT_COLUMNS))
