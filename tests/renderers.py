"""Test-side renderers: a report (from cell values) printed the ways reports reach users.

Each table is first laid out as the official template draws it (a grid of cells with rowspan and
colspan), then printed as a whole HTML page, pipe text (like the seed), markdown, flat text with
single spaces, or flat text with the cells glued together. Labels come from ``templates``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TypeVar

from attrs import frozen

from govdisclosure.model.cells import Value
from govdisclosure.template import national
from govdisclosure.template.spec import TableSpec, Template, TemplateSpec


@frozen
class GridCell:
    """One cell of a drawn table: its text, spans, and whether it holds a value."""

    text: str
    rowspan: int = 1
    colspan: int = 1
    value: bool = False


Grid = list[list[GridCell]]
T = TypeVar("T")


@frozen
class Style:
    """Rendering choices drawn by the tests (where to break labels, split digits, pad cells)."""

    break_labels: bool = False
    split_digits: bool = False
    rows_on_lines: bool = True
    # Documents: a page break forced before this body row of table 三 (0: pages just fill up),
    # and whether table 三 prints its header again on the next page.
    break_at: int = 0
    repeat_header: bool = False
    # Documents: the vertical label 三、本年度办理结果 one character a line (0), or turned a quarter
    # anticlockwise (1) or clockwise (-1), as Word's vertical text direction prints it.
    turned: int = 0
    # Documents: a table cut by a page break left open there (no border under the last row on the
    # page, none over the merged cells going on), as Word often prints it.
    open_cuts: bool = False


def printed(value: Value) -> str:
    """A value as a report prints it."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _label(text: str) -> GridCell:
    return GridCell(text)


def _values(table: TableSpec, row_id: str, cells: Mapping[str, Value], span_last: int = 1) -> list[GridCell]:
    row = table.row(row_id)
    out = [GridCell(printed(cells[f"{table.id}.{row.id}.{c.id}"]), value=True) for c in row.columns]
    if span_last > 1:
        out[-1] = GridCell(out[-1].text, colspan=span_last, value=True)
    return out


def _t2_grid(table: TableSpec, cells: Mapping[str, Value]) -> Grid:
    grid: Grid = []
    blocks: dict[str, list[str]] = {}
    for row in table.rows:
        blocks.setdefault(row.block, []).append(row.id)
    for caption, row_ids in blocks.items():
        columns = table.row(row_ids[0]).columns
        grid.append([GridCell(caption, colspan=4)])
        header = [_label(national.T2_CONTENT_HEADER), *(_label(c.label) for c in columns)]
        pad = 4 - len(header)
        if len(columns) == 1:
            header[-1] = GridCell(header[-1].text, colspan=3)
        elif pad:
            header.append(GridCell("", colspan=pad))
        grid.append(header)
        for row_id in row_ids:
            span = 3 if len(columns) == 1 else 1
            data = [_label(table.row(row_id).label), *_values(table, row_id, cells, span)]
            if len(columns) == 2:
                data.append(GridCell(""))
            grid.append(data)
    return grid


def _t3_grid(table: TableSpec, cells: Mapping[str, Value]) -> Grid:
    columns = table.rows[0].columns
    grid: Grid = [
        [
            GridCell(national.T3_CORNER_NOTE, rowspan=3, colspan=3),
            GridCell(national.T3_APPLICANT_HEADER, colspan=7),
        ],
        [
            GridCell(columns[0].label, rowspan=2),
            GridCell(national.T3_LEGAL_PERSON_HEADER, colspan=5),
            GridCell(columns[-1].label, rowspan=2),
        ],
        [_label(c.label) for c in columns[1:-1]],
    ]
    results = [r for r in table.rows if r.group_label]
    groups: dict[str, int] = {}
    for row in results:
        if row.group_label != national.T3_RESULTS_HEADER:
            groups[row.group_label] = groups.get(row.group_label, 0) + 1
    opened: set[str] = set()
    for row in table.rows:
        values = _values(table, row.id, cells)
        if not row.group_label:
            grid.append([GridCell(row.printed_label, colspan=3), *values])
            continue
        lead = []
        if row is results[0]:
            lead.append(GridCell(national.T3_RESULTS_HEADER, rowspan=len(results)))
        if row.group_label == national.T3_RESULTS_HEADER:
            grid.append([*lead, GridCell(row.printed_label, colspan=2), *values])
            continue
        if row.group_label not in opened:
            opened.add(row.group_label)
            lead.append(GridCell(row.group_label, rowspan=groups[row.group_label]))
        grid.append([*lead, _label(row.printed_label), *values])
    return grid


def _t4_grid(table: TableSpec, cells: Mapping[str, Value]) -> Grid:
    review, direct, after = table.rows
    words = [c.label for c in review.columns]
    return [
        [GridCell(review.label, colspan=5), GridCell(national.T4_LITIGATION_HEADER, colspan=10)],
        [
            *(GridCell(w, rowspan=2) for w in words),
            GridCell(direct.label, colspan=5),
            GridCell(after.label, colspan=5),
        ],
        [_label(w) for w in words * 2],
        [cell for row in table.rows for cell in _values(table, row.id, cells)],
    ]


GRIDS: dict[str, Callable[[TableSpec, Mapping[str, Value]], Grid]] = {
    "t2": _t2_grid,
    "t3": _t3_grid,
    "t4": _t4_grid,
}

PROSE_OVERVIEW = "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，{year}年共发布信息12条，同比增长5%。"
PROSE_PROBLEMS = "一是公开内容还不够全面；二是解读形式比较单一。下一步将加强培训3次。"


def document_blocks(spec: TemplateSpec, year: int, tables: list[T]) -> list[str | T]:
    """The report's blocks in order: title, headings, prose and the printed tables."""
    headings = [s.printed_heading for s in spec.sections]
    return [
        f"某某市某某局{year}年政府信息公开工作年度报告",
        headings[0],
        PROSE_OVERVIEW.format(year=year),
        headings[1],
        tables[0],
        headings[2],
        tables[1],
        headings[3],
        tables[2],
        headings[4],
        PROSE_PROBLEMS,
        headings[5],
        "无。",
    ]


def grids(spec: TemplateSpec, cells: Mapping[str, Value]) -> list[Grid]:
    """The report's three tables drawn as grids."""
    return [GRIDS[t.id](t, cells) for t in spec.tables]


# --- HTML -----------------------------------------------------------------------------------


def _html_text(cell: GridCell, style: Style) -> str:
    text = cell.text
    if not text:
        return "&nbsp;"
    if cell.value and style.split_digits and len(text) > 1:
        middle = len(text) // 2
        return f'<span style="font-size:14px">{text[:middle]}</span><span>{text[middle:]}</span>'
    if not cell.value and style.break_labels and len(text) >= 6:
        middle = len(text) // 2
        return f"{text[:middle]}<br/>{text[middle:]}"
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _html_table(grid: Grid, style: Style) -> str:
    rows = []
    for row in grid:
        tds = []
        for cell in row:
            spans = (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "") + (
                f' colspan="{cell.colspan}"' if cell.colspan > 1 else ""
            )
            tds.append(f'<td width="80" valign="center"{spans}><p>{_html_text(cell, style)}</p></td>')
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return '<table border="1" cellspacing="0"><tbody>' + "\n".join(rows) + "</tbody></table>"


CHROME_HEAD = """<!DOCTYPE html><html><head><meta charset="UTF-8"/><title>政府信息公开</title>
<script>var nav = {"items": ["行政规范性文件", "财政预算、决算信息"], "n": 12};
function go(a) { return a < 3 && a > 1; }</script><style>td { border: 1px solid #000; }</style></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 年度报告</div>
<div class="main"><div class="TRS_Editor">"""
CHROME_FOOT = """</div></div><div class="footer">主办单位：某某市人民政府办公室 网站标识码3500000001
<script>document.write("<span>访问量 2024</span>");</script></div></body></html>"""


def html(spec: TemplateSpec, year: int, cells: Mapping[str, Value], style: Style) -> str:
    """A whole government web page: navigation, scripts and footer around the report."""
    tables = [_html_table(g, style) for g in grids(spec, cells)]
    blocks = [b if b.startswith("<table") else f"<p>{b}</p>" for b in document_blocks(spec, year, tables)]
    return CHROME_HEAD + "\n".join(blocks) + CHROME_FOOT


# --- pipe text (the seed) -------------------------------------------------------------------


def _pipe_table(grid: Grid) -> str:
    lines = []
    for row in grid:
        for cell in row:
            lines.append(f"{cell.text} |" if cell.text else "|")
            if cell.colspan > 1:
                lines.append("|" * (cell.colspan - 1))
    return "\n".join(lines)


def pipe(spec: TemplateSpec, year: int, cells: Mapping[str, Value], style: Style) -> str:
    """HTML scraped to text: each cell on its own line ended by `` |``, ``|||`` for merged cells."""
    return "\n".join(document_blocks(spec, year, [_pipe_table(g) for g in grids(spec, cells)]))


# --- markdown -------------------------------------------------------------------------------


def _markdown_table(grid: Grid) -> str:
    lines = []
    header_done = False
    for row in grid:
        labels = [c.text for c in row if not c.value and c.text]
        values = [c.text for c in row if c.value]
        if not values:
            if not header_done:
                lines.append("| " + " | ".join(labels) + " |")
                lines.append("|" + "---|" * len(labels))
                header_done = True
            continue
        label = " ".join(labels)
        lines.append("| " + " | ".join([label, *values] if label else values) + " |")
    return "\n".join(lines)


def markdown(spec: TemplateSpec, year: int, cells: Mapping[str, Value], style: Style) -> str:
    """Markdown with one pipe table per report table."""
    blocks = document_blocks(spec, year, [_markdown_table(g) for g in grids(spec, cells)])
    return "\n\n".join(f"## {b}" if b in [s.printed_heading for s in spec.sections] else b for b in blocks)


# --- flat text ------------------------------------------------------------------------------


def _flat_table(grid: Grid, cell_sep: str, row_sep: str) -> str:
    return row_sep.join(cell_sep.join(c.text for c in row if c.text) for row in grid)


def flat_spaced(spec: TemplateSpec, year: int, cells: Mapping[str, Value], style: Style) -> str:
    """A page's innerText with the cells of a row separated by single spaces."""
    row_sep = "\n" if style.rows_on_lines else " "
    return "\n".join(document_blocks(spec, year, [_flat_table(g, " ", row_sep) for g in grids(spec, cells)]))


def flat_glued(spec: TemplateSpec, year: int, cells: Mapping[str, Value], style: Style) -> str:
    """A page's innerText with no separator at all between cells (the whole report on one line)."""
    return "".join(document_blocks(spec, year, [_flat_table(g, "", "") for g in grids(spec, cells)]))


RENDERERS: dict[str, Callable[[TemplateSpec, int, Mapping[str, Value], Style], str]] = {
    "html": html,
    "pipe": pipe,
    "markdown": markdown,
    "flat_spaced": flat_spaced,
    "flat_glued": flat_glued,
}

EXACT = frozenset({"html", "pipe", "markdown", "flat_spaced"})


def template_spec(template: Template) -> TemplateSpec:
    """The spec of a template."""
    return national.TEMPLATES[template]
