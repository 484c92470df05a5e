"""A report's tables as grids, the way the template prints them: official titles, headers and labels."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.cells import Cell, CellKind
from govdisclosure.model.report import Report
from govdisclosure.serde.facts import layout
from govdisclosure.template.national import NOTICE_2019, NOTICE_2021, TABLE_NAMES, TEMPLATES
from govdisclosure.template.spec import CellSpec, Template

_NOTICES = {Template.V2019: NOTICE_2019, Template.V2021: NOTICE_2021}
_SHOWN_AS_PRINTED = frozenset({CellKind.DASH, CellKind.SLASH, CellKind.TEXT})

Line = list[Any]


def grid_value(cell: Cell) -> Any:
    """What a grid shows in a cell: the value, or the printed mark of a dash, slash or text."""
    if cell.value is not None:
        return cell.value
    return cell.raw if cell.kind in _SHOWN_AS_PRINTED else None


def _heading(file: str | None, report: Report) -> list[Line]:
    template = report.template
    notice = _NOTICES.get(template)
    return [
        ["文件", file],
        ["发布机关", report.metadata.issuer],
        ["年度", report.metadata.year],
        ["格式", f"{template.value}年格式（{notice}）" if notice else template.value],
        [],
    ]


def _rows(report: Report) -> Iterator[tuple[str, list[tuple[CellSpec, Cell]]]]:
    """The report's cells grouped by printed row, in template order: (row key, [(spec, cell)])."""
    places = layout(report.template)
    key = ""
    row: list[tuple[CellSpec, Cell]] = []
    for cell_id, cell in cells_of(report).items():
        row_key = cell_id.rpartition(".")[0]
        if row and row_key != key:
            yield key, row
            row = []
        key = row_key
        row.append((places[cell_id][1], cell))
    if row:
        yield key, row


def grid_lines(file: str | None, report: Report) -> list[Line]:
    """The lines of the report's grid sheet: who and which template, then tables 二, 三 and 四."""
    lines = _heading(file, report)
    spec = TEMPLATES.get(report.template)
    if spec is None:
        lines.append([f"无表格：{report.template.value}（not a 2019 or 2021 template report）"])
        return lines
    table_id = ""
    header: tuple[str, ...] = ()
    for key, row in _rows(report):
        row_spec = row[0][0].row
        if key.partition(".")[0] != table_id:
            if table_id:
                lines.append([])
            table_id, header = key.partition(".")[0], ()
            lines.append([f"{TABLE_NAMES[table_id][0]} {spec.table(table_id).title}"])
        labels = tuple(cell_spec.column.label for cell_spec, _ in row)
        if labels != header:
            header = labels
            lines.append(["", "信息内容" if table_id == "t2" else "", *labels])
        group = row_spec.block or row_spec.group_label
        lines.append([group, row_spec.printed_label, *(grid_value(cell) for _, cell in row)])
    return lines
