"""Tables 二, 三 and 四 laid out as the official templates draw them: rows of boxes with spans.

A ``Box`` is a header (with its ``scope``), a value cell (with its canonical id) or a plain cell
(the corner note, the padding of table 二). The layout is pure data: ``page`` turns it into HTML.
A hybrid table 三 (``other_single`` in a 2021 table, ``other_split`` in a 2019 table) gets the
rows it printed under （六）其他处理, so that every cell of the report has its place.
"""

from __future__ import annotations

from attrs import frozen

from govdisclosure.template import national
from govdisclosure.template.spec import ColumnSpec, RowSpec, TableSpec, TemplateSpec

T2_WIDTH = 4  # table 二 is a grid of four columns: the label and up to three values


@frozen
class Box:
    """One cell of a drawn table."""

    text: str = ""
    rowspan: int = 1
    colspan: int = 1
    scope: str | None = None  # "col", "colgroup", "row", "rowgroup" for a header cell
    cell: str | None = None  # the canonical id of a value cell


Row = tuple[Box, ...]


@frozen
class Grid:
    """A drawn table: its id and title, header rows, and bodies (row groups) of rows."""

    id: str
    title: str
    head: tuple[Row, ...]
    bodies: tuple[tuple[Row, ...], ...]

    def cell_ids(self) -> list[str]:
        """The canonical ids of the value cells, in reading order."""
        return [box.cell for rows in (self.head, *self.bodies) for row in rows for box in row if box.cell]


def _values(table_id: str, row: RowSpec, span_last: int = 1) -> list[Box]:
    boxes = [Box(cell=f"{table_id}.{row.id}.{c.id}") for c in row.columns]
    if span_last > 1:
        boxes[-1] = Box(cell=boxes[-1].cell, colspan=span_last)
    return boxes


def t2_grid(table: TableSpec) -> Grid:
    """Table 二: one row group per block, each with its caption and its header row."""
    blocks: dict[str, list[RowSpec]] = {}
    for row in table.rows:
        blocks.setdefault(row.block, []).append(row)
    bodies = []
    for caption, rows in blocks.items():
        columns = rows[0].columns
        header: list[Box] = [Box(national.T2_CONTENT_HEADER, scope="col")]
        header += [Box(c.label, scope="col") for c in columns]
        pad = T2_WIDTH - len(header)
        if len(columns) == 1:
            header[-1] = Box(header[-1].text, colspan=T2_WIDTH - 1, scope="col")
        elif pad:
            header.append(Box(colspan=pad))
        lines: list[Row] = [(Box(caption, colspan=T2_WIDTH, scope="colgroup"),), tuple(header)]
        for row in rows:
            span = T2_WIDTH - 1 if len(columns) == 1 else 1
            data = [Box(row.label, scope="row"), *_values(table.id, row, span)]
            if 1 < len(columns) < T2_WIDTH - 1:
                data.append(Box())
            lines.append(tuple(data))
        bodies.append(tuple(lines))
    return Grid(table.id, table.title, (), tuple(bodies))


def _t3_head(columns: tuple[ColumnSpec, ...]) -> tuple[Row, ...]:
    legal = len(columns) - 2
    return (
        (
            Box(national.T3_CORNER_NOTE, rowspan=3, colspan=3),
            Box(national.T3_APPLICANT_HEADER, colspan=len(columns), scope="colgroup"),
        ),
        (
            Box(columns[0].label, rowspan=2, scope="col"),
            Box(national.T3_LEGAL_PERSON_HEADER, colspan=legal, scope="colgroup"),
            Box(columns[-1].label, rowspan=2, scope="col"),
        ),
        tuple(Box(c.label, scope="col") for c in columns[1:-1]),
    )


def hybrid_rows(table: TableSpec, *, single: bool, label: str) -> tuple[RowSpec, ...]:
    """Table 三's rows with the hybrid （六） rows a report printed, all under （六）其他处理.

    ``single`` (a 2021 table): the one printed row ``other_single``, labelled ``label``, above the
    three sub-rows. Otherwise (a 2019 table): the row ``other``, labelled ``label``, above the
    three ``other_split`` rows.
    """
    other = national.T3_2019.row("other")
    group = other.printed_label
    subrows = [r for r in national.T3_2021.rows if r.id.startswith("other.")]
    rows: list[RowSpec] = []
    for row in table.rows:
        if single and row is subrows[0]:
            rows.append(RowSpec("other_single", label, row.columns, group_label=group))
        if not single and row.id == other.id:
            rows.append(RowSpec(other.id, label, row.columns, group_label=group))
            rows.extend(
                RowSpec("other_split" + r.id.removeprefix("other"), r.label, r.columns, r.ordinal, group)
                for r in subrows
            )
            continue
        rows.append(row)
    return tuple(rows)


def t3_grid(table: TableSpec, rows: tuple[RowSpec, ...] | None = None) -> Grid:
    """Table 三: the three header rows, then the rows with their group labels spanning them."""
    rows = rows or table.rows
    results = [r for r in rows if r.group_label]
    sizes: dict[str, int] = {}
    for row in results:
        if row.group_label != national.T3_RESULTS_HEADER:
            sizes[row.group_label] = sizes.get(row.group_label, 0) + 1
    body: list[Row] = []
    opened: set[str] = set()
    for row in rows:
        values = _values(table.id, row)
        if not row.group_label:
            body.append((Box(row.printed_label, colspan=3, scope="row"), *values))
            continue
        lead: list[Box] = []
        if row is results[0]:
            lead.append(Box(national.T3_RESULTS_HEADER, rowspan=len(results), scope="rowgroup"))
        if row.group_label == national.T3_RESULTS_HEADER:
            body.append((*lead, Box(row.printed_label, colspan=2, scope="row"), *values))
            continue
        if row.group_label not in opened:
            opened.add(row.group_label)
            lead.append(Box(row.group_label, rowspan=sizes[row.group_label], scope="rowgroup"))
        body.append((*lead, Box(row.printed_label, scope="row"), *values))
    return Grid(table.id, table.title, _t3_head(rows[0].columns), (tuple(body),))


def t4_grid(table: TableSpec) -> Grid:
    """Table 四: three header rows over one row of fifteen values (the template has no row label)."""
    review, direct, after = table.rows
    words = [c.label for c in review.columns]
    width = len(words)
    head: tuple[Row, ...] = (
        (
            Box(review.label, colspan=width, scope="colgroup"),
            Box(national.T4_LITIGATION_HEADER, colspan=2 * width, scope="colgroup"),
        ),
        (
            *(Box(w, rowspan=2, scope="col") for w in words),
            Box(direct.label, colspan=width, scope="colgroup"),
            Box(after.label, colspan=width, scope="colgroup"),
        ),
        tuple(Box(w, scope="col") for w in words * 2),
    )
    values = tuple(box for row in table.rows for box in _values(table.id, row))
    return Grid(table.id, table.title, head, ((values,),))


def grids(spec: TemplateSpec, t3_rows: tuple[RowSpec, ...] | None = None) -> tuple[Grid, ...]:
    """The three tables of a template (table 三 with the given rows, for a hybrid)."""
    t2, t3, t4 = (spec.table(t) for t in ("t2", "t3", "t4"))
    return (t2_grid(t2), t3_grid(t3, t3_rows), t4_grid(t4))
