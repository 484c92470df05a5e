"""How findings name cells, rows and numbers: labels as the template prints them (``national``), and
their English names (``english``).

``cell_zh("t3.results_total.natural_person", spec)`` gives ``表三“（七）总计”行“自然人”列``;
``cell_en`` gives ``table 3, row "3.(7) total of results", column "natural persons"``. The hybrid
rows of table 三 (``t3.other_single.*`` in a 2021 table, ``t3.other_split.*`` in a 2019 table) are
named like the rows of the other template.
"""

from __future__ import annotations

import decimal
import functools
from collections.abc import Iterable, Sequence
from decimal import Decimal

from govdisclosure.model.cells import Value, decimal_text
from govdisclosure.template import english, national
from govdisclosure.template.spec import CellSpec, ColumnSpec, RowSpec, TableSpec, Template, TemplateSpec

TABLE_ZH = {"t2": "表二", "t3": "表三", "t4": "表四"}
TABLE_EN = english.TABLES
_LEGAL_PERSON_COLUMNS = (
    "commercial_enterprise",
    "research_institution",
    "social_welfare_org",
    "legal_service_org",
    "other_org",
)
MAX_LISTED = 3
# The unit a reviewer counts a cell in (table 三/四 and documents: 件; table 二 items: 项).
_ITEM_COLUMNS = frozenset({"items_prev_year", "items_change", "projects"})


_ABOUT = decimal.Context(prec=6, Emax=decimal.MAX_EMAX)  # six digits of a huge integer


@functools.cache
def _cell_specs(template: Template) -> dict[str, CellSpec]:
    spec = national.template_spec(template)
    cells = {cell.id: cell for cell in spec.cells}
    t3 = spec.table("t3")
    for row in spec.hybrid.rows if spec.hybrid else ():
        for column in row.columns:
            cells[f"t3.{row.id}.{column.id}"] = CellSpec(f"t3.{row.id}.{column.id}", t3, row, column)
    return cells


def cell_spec(cell_id: str, spec: TemplateSpec) -> CellSpec:
    """What the template says about one cell (also a hybrid row's cell)."""
    return _cell_specs(spec.template)[cell_id]


def number(value: Value) -> str:
    """A value as a reviewer reads it: ``27``, ``25.1``, ``空`` for null.

    An integer too long for ``str`` (``sys.get_int_max_str_digits``) reads ``9.99999e+4300``.
    """
    if value is None:
        return "空"
    if isinstance(value, Decimal):
        return decimal_text(value.normalize()) if value == value.to_integral_value() else decimal_text(value)
    try:
        return str(value)
    except ValueError:
        return format(_ABOUT.create_decimal(value), "e")


def unit(cell_id: str, spec: TemplateSpec | None = None) -> str:
    """The unit a cell counts in: 件, 项 (table 二 items) or 万元 (money)."""
    column = cell_id.rpartition(".")[2]
    if spec is not None and cell_id in _cell_specs(spec.template) and cell_spec(cell_id, spec).column.money:
        return "万元"
    return "项" if cell_id.startswith("t2.") and column in _ITEM_COLUMNS else "件"


def gap_zh(printed: int | Decimal, computed: int | Decimal, unit_zh: str = "件") -> str:
    """``少6件`` / ``多1件``: how far the printed value is from the computed one."""
    difference: int | Decimal = printed - computed
    return (
        f"{'多' if difference > 0 else '少'}{number(-difference if difference < 0 else difference)}{unit_zh}"
    )


def gap_en(printed: int | Decimal, computed: int | Decimal) -> str:
    """``6 fewer`` / ``1 more``."""
    difference: int | Decimal = printed - computed
    return f"{number(-difference if difference < 0 else difference)} {'more' if difference > 0 else 'fewer'}"


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 cell``, ``2 cells``."""
    return f"{count} {word if count == 1 else words or word + 's'}"


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


def cells_zh(cell_ids: Sequence[str], spec: TemplateSpec) -> str:
    """Several cells, grouped by row: ``表三“（七）总计”行“自然人”、“总计”列``."""
    rows: dict[tuple[str, str], tuple[CellSpec, list[str]]] = {}
    for cell_id in cell_ids:
        cell = cell_spec(cell_id, spec)
        rows.setdefault((cell.table.id, cell.row.id), (cell, []))[1].append(
            column_zh(cell.table, cell.column)
        )
    parts = []
    for cell, columns in rows.values():
        where = "下" if cell.table.id == "t4" else "行"
        named = "、".join(f"“{c}”" for c in columns)
        parts.append(f"{TABLE_ZH[cell.table.id]}“{row_zh(cell.table, cell.row)}”{where}{named}列")
    return "，".join(parts)


def row_en(row_id: str) -> str:
    """A row's English name (a hybrid row by the row it copies)."""
    return english.ROWS.get(row_id) or english.ROWS[row_id.replace("other_split.", "other.", 1)]


def cell_en(cell_id: str) -> str:
    """``table 3, row "3.(7) total of results", column "natural persons"``."""
    table_id, _, rest = cell_id.partition(".")
    row, _, column = rest.rpartition(".")
    where = f'"{row_en(row)}"' if table_id == "t4" else f'row "{row_en(row)}"'
    return f'{TABLE_EN[table_id]}, {where}, column "{english.COLUMNS[column]}"'


def cells_en(cell_ids: Sequence[str]) -> str:
    """Several cells in English, grouped by row."""
    rows: dict[tuple[str, str], list[str]] = {}
    for cell_id in cell_ids:
        table_id, _, rest = cell_id.partition(".")
        row, _, column = rest.rpartition(".")
        rows.setdefault((table_id, row), []).append(f'"{english.COLUMNS[column]}"')
    parts = []
    for (table_id, row), columns in rows.items():
        label = "column" if len(columns) == 1 else "columns"
        where = f'"{row_en(row)}"' if table_id == "t4" else f'row "{row_en(row)}"'
        parts.append(f"{TABLE_EN[table_id]}, {where}, {label} {' and '.join(columns)}")
    return "; ".join(parts)


def column_of_table_zh(table_id: str, column_id: str, spec: TemplateSpec) -> str:
    """``表三“总计”列`` for a whole column."""
    table = spec.table(table_id)
    column = next(c for c in table.rows[0].columns if c.id == column_id)
    return f"{TABLE_ZH[table_id]}“{column_zh(table, column)}”列"


def columns_of_table_zh(table_id: str, column_ids: Sequence[str], spec: TemplateSpec) -> str:
    """``表三“自然人”、“总计”列`` for several whole columns."""
    table = spec.table(table_id)
    names = [column_zh(table, next(c for c in table.rows[0].columns if c.id == i)) for i in column_ids]
    return f"{TABLE_ZH[table_id]}" + "、".join(f"“{n}”" for n in names) + "列"


def columns_of_table_en(table_id: str, column_ids: Sequence[str]) -> str:
    """``table 3, columns "natural persons" and "total"``."""
    names = " and ".join(f'"{english.COLUMNS[c]}"' for c in column_ids)
    return f"{TABLE_EN[table_id]}, {'column' if len(column_ids) == 1 else 'columns'} {names}"


def row_label(table_id: str, row_id: str, spec: TemplateSpec) -> str:
    """The printed label of a row, quoted: ``“（七）总计”``."""
    table = spec.table(table_id)
    return f"“{row_zh(table, table.row(row_id))}”"


def listing_zh(cell_ids: Iterable[str], spec: TemplateSpec | None) -> str:
    """A short list of cells in Chinese (at most three named, then ``等 N 个单元格``)."""
    ids = list(cell_ids)
    named = [cell_zh(i, spec) if spec else i for i in ids[:MAX_LISTED]]
    more = f"等 {len(ids)} 个单元格" if len(ids) > MAX_LISTED else ""
    return "、".join(named) + more


def listing_en(cell_ids: Iterable[str]) -> str:
    """A short list of cells in English."""
    ids = list(cell_ids)
    more = len(ids) - MAX_LISTED
    tail = f" and {plural(more, 'more cell')}" if more > 0 else ""
    return "; ".join(cell_en(i) for i in ids[:MAX_LISTED]) + tail


def assumed_zero_zh(cell_ids: tuple[str, ...], spec: TemplateSpec | None) -> str:
    """The note a failure carries when blank addends were taken as 0."""
    return f"（其中{listing_zh(cell_ids, spec)}为空，按 0 计算）" if cell_ids else ""


def assumed_zero_en(cell_ids: tuple[str, ...]) -> str:
    """English counterpart of ``assumed_zero_zh``."""
    return f" (blank cells taken as 0: {listing_en(cell_ids)})" if cell_ids else ""


def mismatch_zh(
    printed: int | Decimal,
    computed: int | Decimal,
    basis: str,
    nulls: tuple[str, ...],
    spec: TemplateSpec,
    unit_zh: str = "件",
) -> str:
    """``填报 27，按各办理结果合计应为 21，多6件`` plus the assumed-zero note."""
    return (
        f"填报 {number(printed)}，{basis} {number(computed)}，{gap_zh(printed, computed, unit_zh)}"
        f"{assumed_zero_zh(nulls, spec)}"
    )


def mismatch_en(printed: int | Decimal, computed: int | Decimal, basis: str, nulls: tuple[str, ...]) -> str:
    """``printed 27, but the outcome rows add up to 21 (6 more)`` plus the assumed-zero note."""
    return (
        f"printed {number(printed)}, but {basis} {number(computed)} ({gap_en(printed, computed)})"
        f"{assumed_zero_en(nulls)}"
    )
