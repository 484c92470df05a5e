"""The shape of a national template: sections, tables, rows, columns (pure data classes)."""

from __future__ import annotations

import enum
import functools

from attrs import field, frozen


class Template(enum.StrEnum):
    """Which national template a report follows."""

    V2019 = "2019"
    V2021 = "2021"
    LEGACY = "legacy"
    UNKNOWN = "unknown"


@frozen(cache_hash=True)
class ColumnSpec:
    """One column of a table: canonical id, official label, value type.

    ``unit`` is a money column's unit (``元`` or ``万元``) where a printed header states it; the
    templates leave it None and the reader sets the one the report prints.
    """

    id: str
    label: str
    money: bool = False
    signed: bool = False
    aliases: tuple[str, ...] = ()
    unit: str | None = None


@frozen(cache_hash=True)
class RowSpec:
    """One data row: canonical (possibly dotted) id, official label and its columns.

    ``label_span`` is how many grid columns the row's label takes in the official table (its
    colspan: 3 for 一、本年新收…, 2 for （一）予以公开, 1 beside a group cell such as （三）不予公开).
    """

    id: str
    label: str
    columns: tuple[ColumnSpec, ...]
    ordinal: str = ""
    group_label: str = ""
    block: str = ""
    aliases: tuple[str, ...] = ()
    label_span: int = 1

    @property
    def printed_label(self) -> str:
        """The label as the template prints it, with its ordinal."""
        return self.ordinal + self.label

    @property
    def label_path(self) -> str:
        """The row's place in the printed table: its block or group, then its label
        (``（三）不予公开 / 1.属于国家秘密``, ``第二十条第（一）项 / 规章``)."""
        return " / ".join(part for part in (self.block, self.group_label, self.printed_label) if part)


@functools.cache
def _cell_ids(table_id: str, row: RowSpec) -> tuple[str, ...]:
    return tuple(f"{table_id}.{row.id}.{c.id}" for c in row.columns)


@frozen(cache_hash=True)
class TableSpec:
    """A table of the template: id (t2, t3, t4), official title and data rows."""

    id: str
    title: str
    rows: tuple[RowSpec, ...]

    def row(self, row_id: str) -> RowSpec:
        """The row with this id."""
        for row in self.rows:
            if row.id == row_id:
                return row
        raise KeyError(row_id)

    def cell_ids(self, row: RowSpec) -> tuple[str, ...]:
        """The canonical ids of a row's cells (``t3.granted.total`` …)."""
        return _cell_ids(self.id, row)


@frozen
class SectionSpec:
    """One of the six report sections."""

    id: str
    number: str
    heading: str
    aliases: tuple[str, ...] = ()

    @property
    def printed_heading(self) -> str:
        """The canonical heading with its number."""
        return f"{self.number}、{self.heading}"


@frozen
class CellSpec:
    """Everything the template says about one cell."""

    id: str
    table: TableSpec
    row: RowSpec
    column: ColumnSpec


@frozen(cache_hash=True)
class Hybrid:
    """Rows of table 三 printed the other template's way, in place of some of the template's rows.

    ``rows`` are the rows as printed (ids under their own name, e.g. ``other_single``); they stand
    for ``replaces``; ``marks`` are labels that only the other way prints (their presence, or
    absence, tells the two apart); ``how`` says in Chinese and English how the table printed them.
    """

    rows: tuple[RowSpec, ...]
    replaces: tuple[str, ...]
    marks: tuple[str, ...]
    marks_present: bool
    how: tuple[str, str]


@frozen
class TemplateSpec:
    """A national template: its notice, six sections, three tables and the hybrid seen in the wild."""

    template: Template
    notice: str
    sections: tuple[SectionSpec, ...]
    tables: tuple[TableSpec, ...]
    hybrid: Hybrid | None = None

    def table(self, table_id: str) -> TableSpec:
        """The table with this id (t2, t3 or t4)."""
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)

    # Derived once: every cell of the template, and their canonical ids, in reading order.
    cells: tuple[CellSpec, ...] = field(init=False, repr=False, eq=False)
    cell_ids: tuple[str, ...] = field(init=False, repr=False, eq=False)

    @cells.default
    def _all_cells(self) -> tuple[CellSpec, ...]:
        return tuple(
            CellSpec(f"{table.id}.{row.id}.{column.id}", table, row, column)
            for table in self.tables
            for row in table.rows
            for column in row.columns
        )

    @cell_ids.default
    def _all_ids(self) -> tuple[str, ...]:
        return tuple(cell.id for cell in self.cells)
