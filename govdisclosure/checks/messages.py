"""How findings name cells, rows and numbers: labels as the template prints them (from ``templates``).

``cell_zh("t3.results_total.natural_person", spec)`` gives ``表三“（七）总计”行“自然人”列``.
"""

from __future__ import annotations

import decimal
import functools
from collections.abc import Iterable
from decimal import Decimal

from govdisclosure.model.cells import Value, decimal_text
from govdisclosure.template import national
from govdisclosure.template.spec import CellSpec, ColumnSpec, RowSpec, TableSpec, Template, TemplateSpec

TABLE_ZH = {"t2": "表二", "t3": "表三", "t4": "表四"}
TABLE_EN = {"t2": "table 2", "t3": "table 3", "t4": "table 4"}
_LEGAL_PERSON_COLUMNS = (
    "commercial_enterprise",
    "research_institution",
    "social_welfare_org",
    "legal_service_org",
    "other_org",
)
MAX_LISTED = 3
_ABOUT = decimal.Context(prec=6, Emax=decimal.MAX_EMAX)  # six digits of a huge integer


@functools.cache
def _cell_specs(template: Template) -> dict[str, CellSpec]:
    return {cell.id: cell for cell in national.template_spec(template).cells}


def cell_spec(cell_id: str, spec: TemplateSpec) -> CellSpec:
    """What the template says about one cell."""
    return _cell_specs(spec.template)[cell_id]


def number(value: Value) -> str:
    """A value as a reviewer reads it: ``27``, ``25.1``, ``空`` for null.

    An integer too long for ``str`` (``sys.get_int_max_str_digits``) reads ``9.99999e+4300``.
    """
    if value is None:
        return "空"
    if isinstance(value, Decimal):
        return decimal_text(value)
    try:
        return str(value)
    except ValueError:
        return format(_ABOUT.create_decimal(value), "e")


def row_zh(table: TableSpec, row: RowSpec) -> str:
    """A row's label as printed: ``（七）总计``,
    ``（三）不予公开 1.属于国家秘密``, ``行政诉讼·复议后起诉`` (table 四)."""
    if table.id == "t4":
        return f"{row.group_label}·{row.label}" if row.group_label else row.label
    if row.group_label and row.group_label != national.T3_RESULTS_HEADER:
        return f"{row.group_label} {row.printed_label}"
    return row.printed_label


def column_zh(table: TableSpec, column: ColumnSpec) -> str:
    """A column's label as printed; the five 法人或其他组织 columns carry their group label."""
    if table.id == "t3" and column.id in _LEGAL_PERSON_COLUMNS:
        return f"{national.T3_LEGAL_PERSON_HEADER}·{column.label}"
    return column.label


def cell_zh(cell_id: str, spec: TemplateSpec) -> str:
    """``表三“（七）总计”行“自然人”列``; table 四 has groups, not rows: ``表四“行政复议”下“总计”列``."""
    cell = cell_spec(cell_id, spec)
    where = "下" if cell.table.id == "t4" else "行"
    return (
        f"{TABLE_ZH[cell.table.id]}“{row_zh(cell.table, cell.row)}”{where}"
        f"“{column_zh(cell.table, cell.column)}”列"
    )


def column_of_table_zh(table_id: str, column_id: str, spec: TemplateSpec) -> str:
    """``表三“总计”列`` for a whole column."""
    table = spec.table(table_id)
    column = next(c for c in table.rows[0].columns if c.id == column_id)
    return f"{TABLE_ZH[table_id]}“{column_zh(table, column)}”列"


def row_label(table_id: str, row_id: str, spec: TemplateSpec) -> str:
    """The printed label of a row, quoted: ``“（七）总计”``."""
    table = spec.table(table_id)
    return f"“{row_zh(table, table.row(row_id))}”"


def cell_en(cell_id: str) -> str:
    """``table 3, row results_total, column natural_person``."""
    table_id, _, rest = cell_id.partition(".")
    row, _, column = rest.rpartition(".")
    return f"{TABLE_EN[table_id]}, row {row}, column {column}"


def listing_zh(cell_ids: Iterable[str], spec: TemplateSpec | None) -> str:
    """A short list of cells in Chinese (at most three named, then ``等 N 个单元格``)."""
    ids = list(cell_ids)
    named = [cell_zh(i, spec) if spec else i for i in ids[:MAX_LISTED]]
    more = f"等 {len(ids)} 个单元格" if len(ids) > MAX_LISTED else ""
    return "、".join(named) + more


def listing_en(cell_ids: Iterable[str]) -> str:
    """A short list of cell ids in English."""
    ids = list(cell_ids)
    more = f" and {len(ids) - MAX_LISTED} more" if len(ids) > MAX_LISTED else ""
    return ", ".join(ids[:MAX_LISTED]) + more


def assumed_zero_zh(cell_ids: tuple[str, ...], spec: TemplateSpec | None) -> str:
    """The note a failure carries when null addends were taken as 0."""
    return f"（其中{listing_zh(cell_ids, spec)}为空，按 0 计算）" if cell_ids else ""


def assumed_zero_en(cell_ids: tuple[str, ...]) -> str:
    """English counterpart of ``assumed_zero_zh``."""
    return f" (blank cells taken as 0: {listing_en(cell_ids)})" if cell_ids else ""


def mismatch_zh(
    printed: int | Decimal, computed: int | Decimal, basis: str, nulls: tuple[str, ...], spec: TemplateSpec
) -> str:
    """``填报 27，按各办理结果合计应为 21，相差 6`` plus the assumed-zero note."""
    return (
        f"填报 {number(printed)}，{basis} {number(computed)}，相差 {number(printed - computed)}"
        f"{assumed_zero_zh(nulls, spec)}"
    )


def mismatch_en(printed: int | Decimal, computed: int | Decimal, basis: str, nulls: tuple[str, ...]) -> str:
    """``printed 27, the outcome rows add up to 21, difference 6`` plus the assumed-zero note."""
    return (
        f"printed {number(printed)}, {basis} {number(computed)}, difference {number(printed - computed)}"
        f"{assumed_zero_en(nulls)}"
    )
