"""The flat views of a report: one fact per cell, the keyed table row of a fact, and the facts record."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from attrs import frozen

from govdisclosure.model.cellmap import build_report, cells_of
from govdisclosure.model.cells import MISSING, Value
from govdisclosure.model.report import Report
from govdisclosure.serde.version import versioned
from govdisclosure.template.national import TEMPLATES
from govdisclosure.template.spec import CellSpec, Template, TemplateSpec

# The columns of the tabular views (CSV, xlsx, Parquet, pandas), keys first. ``count`` holds the
# value of a count cell (an integer), ``amount`` that of a money cell (a decimal in 万元).
FACT_COLUMNS = (
    "file",
    "issuer",
    "year",
    "template",
    "rendering",
    "order",
    "cell_id",
    "table",
    "row",
    "column",
    "label_path",
    "row_label",
    "column_label",
    "value",
    "count",
    "amount",
    "kind",
    "raw",
    "note",
    "line",
    "column_number",
)
INTEGER_COLUMNS = ("year", "order", "count", "line", "column_number")


@frozen
class Fact:
    """One cell of a report as a flat row.

    ``order`` is the cell's place in the template (1 for the first cell of table 二), the same for
    every report of a template; ``label_path`` the row's block or group and its printed label.
    """

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
    order: int = 0
    label_path: str = ""
    note: str | None = None


def json_value(value: Value) -> int | str | None:
    """A cell value as the facts record writes it: int, decimal string in 万元, or None."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    return value


def _hybrid_cells(spec: TemplateSpec) -> dict[str, CellSpec]:
    """The cells of the hybrid rows a report of the template may hold, by id."""
    if spec.hybrid is None:
        return {}
    t3 = spec.table("t3")
    return {
        f"t3.{row.id}.{column.id}": CellSpec(f"t3.{row.id}.{column.id}", t3, row, column)
        for row in spec.hybrid.rows
        for column in row.columns
    }


@functools.cache
def layout(template: Template) -> dict[str, tuple[int, CellSpec]]:
    """Every cell id a report of the template may hold, with its order and the spec it reads with.

    The order is the model's: the template's cells, then the optional hybrid parts of table 三.
    """
    spec = TEMPLATES.get(template)
    if spec is None:
        return {}
    labels = {c.id: c for c in spec.cells} | _hybrid_cells(spec)
    every = cells_of(build_report(template, dict.fromkeys(labels, MISSING)))
    return {cell_id: (order, labels[cell_id]) for order, cell_id in enumerate(every, 1)}


def facts(report: Report) -> tuple[Fact, ...]:
    """One fact per cell of the report, in template order (none for legacy and unknown reports)."""
    places = layout(report.template)
    result = []
    for cell_id, cell in cells_of(report).items():
        order, spec_cell = places[cell_id]
        table, _, rest = cell_id.partition(".")
        row = rest.rpartition(".")[0]
        result.append(
            Fact(
                cell_id,
                table,
                row,
                spec_cell.column.id,
                spec_cell.row.printed_label,
                spec_cell.column.label,
                cell.value,
                cell.kind.value,
                cell.raw,
                cell.span.line if cell.span else None,
                cell.span.column if cell.span else None,
                order,
                spec_cell.row.label_path,
                cell.note,
            )
        )
    return tuple(result)


def is_money(cell_id: str, template: Template) -> bool:
    """Whether the cell holds an amount of money (万元) rather than a count."""
    place = layout(template).get(cell_id)
    return place is not None and place[1].column.money


def count_value(value: Value) -> int | None:
    """A count cell's integer; None for a blank or for a printed fraction (its ``note`` says so)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else None
    return value


def _text(value: Value) -> str | None:
    """The value as the facts record writes it, as text (a count's digits, an amount in 万元)."""
    written = json_value(value)
    return None if written is None else str(written)


def _amount(value: Value) -> Decimal | None:
    return None if value is None else Decimal(value)


def fact_rows(file: str | None, report: Report) -> list[dict[str, Any]]:
    """The table rows of a report's facts (``FACT_COLUMNS``): typed values, None where empty."""
    keys = {
        "file": file or None,
        "issuer": report.metadata.issuer,
        "year": report.metadata.year,
        "template": report.template.value,
        "rendering": report.rendering,
    }
    rows = []
    for fact in facts(report):
        money = is_money(fact.cell_id, report.template)
        rows.append(
            {
                **keys,
                "order": fact.order,
                "cell_id": fact.cell_id,
                "table": fact.table,
                "row": fact.row,
                "column": fact.column,
                "label_path": fact.label_path,
                "row_label": fact.row_label,
                "column_label": fact.column_label,
                "value": _text(fact.value),
                "count": None if money else count_value(fact.value),
                "amount": _amount(fact.value) if money else None,
                "kind": fact.kind,
                "raw": fact.raw or None,
                "note": fact.note,
                "line": fact.line,
                "column_number": fact.column_number,
            }
        )
    return rows


def all_fact_rows(rows: Iterable[tuple[str | None, Report]]) -> Iterable[dict[str, Any]]:
    """The table rows of every (file, report) pair, report by report."""
    for file, report in rows:
        yield from fact_rows(file, report)


def facts_record(report: Report, file: str | None = None) -> dict[str, Any]:
    """The facts record (``schemas/facts.schema.json``): keys, then ``cells`` by canonical id."""
    return versioned(
        {
            "file": file,
            "template": report.template.value,
            "year": report.metadata.year,
            "issuer": report.metadata.issuer,
            "rendering": report.rendering,
            "cells": {cell_id: json_value(cell.value) for cell_id, cell in cells_of(report).items()},
        }
    )
