"""``t3_blank_cells``: cells of tables 三 and 四 printed blank (or as a placeholder) instead of 0.

One finding per pattern, naming the cells: a column left blank in every row (every 法人或其他组织
column), a row left blank in every column, a column blank in some rows (the 总计 of the outcome
rows), a single cell; and a row that prints fewer numbers than it has cells (6 for 7), without
saying which cell is the blank one. Cells the parser could not read are not blanks: parse notes
report them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from govdisclosure.checks import messages as msg
from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding
from govdisclosure.model.cells import CellKind
from govdisclosure.model.findings import Rule, Status
from govdisclosure.template import national
from govdisclosure.template.spec import RowSpec, TableSpec

_EMPTY = (CellKind.BLANK, CellKind.DASH, CellKind.SLASH, CellKind.TEXT)
_SHORT_ROW = "blank_inferred"  # the parser's note: a row printed fewer numbers than it has cells
MAX_ROWS = 3


def _printed_empty(ctx: Context, cell_id: str) -> bool:
    cell = ctx.cells.get(cell_id)
    return cell is not None and cell.value is None and cell.kind in _EMPTY and cell_id not in ctx.gaps


def _how_zh(ctx: Context, cell_ids: Sequence[str]) -> str:
    kinds = {ctx.cells[c].kind for c in cell_ids}
    if kinds == {CellKind.BLANK}:
        return "未填写"
    raws = sorted({ctx.cells[c].raw.strip() or "空白" for c in cell_ids})
    return "填“" + "”“".join(raws) + "”"


def _how_en(ctx: Context, cell_ids: Sequence[str]) -> str:
    kinds = {ctx.cells[c].kind for c in cell_ids}
    if kinds == {CellKind.BLANK}:
        return "blank"
    return "printed " + " or ".join(f"“{ctx.cells[c].raw.strip()}”" for c in dict.fromkeys(cell_ids))


def _rows(ctx: Context, table: TableSpec) -> list[RowSpec]:
    """The rows of the table that the report has (a hybrid 2021 table has no （六） sub-rows)."""
    return [r for r in table.rows if any(c in ctx.cells and ctx.cells[c].kind is not CellKind.MISSING
                                         for c in table.cell_ids(r))]  # fmt: skip


def _finding(
    ctx: Context, rule: Rule, cells: Sequence[str], zh: str, en: str, *, named: bool = True
) -> Outcome:
    """A blank-cell finding; ``named`` False when which cells are blank is not known (a short row)."""
    nulls = [c for c in cells if ctx.cells.get(c) is not None and ctx.cells[c].value is None] if named else []
    return make_finding(
        ctx,
        rule.id,
        Status.FAIL,
        f"{zh}，没有的应填0",
        f"{en} (print 0 where there is none)",
        cells=cells,
        null_cells=nulls,
    )


def _short_rows(ctx: Context, rule: Rule, table: TableSpec) -> tuple[list[Outcome], set[str]]:
    """Rows that print fewer numbers than they have cells (the parser inferred where the blank is)."""
    inferred = {c for d in ctx.report.diagnostics if d.code == _SHORT_ROW for c in d.cells}
    found: list[Outcome] = []
    covered: set[str] = set()
    for row in table.rows:
        ids = table.cell_ids(row)
        missing = [c for c in ids if c in inferred]
        if not missing:
            continue
        covered.update(missing)
        name = f"{msg.TABLE_ZH[table.id]}{msg.row_label(table.id, row.id, ctx.template_spec)}行"
        printed = len(ids) - len(missing)
        found.append(
            _finding(
                ctx,
                rule,
                ids,
                f"{name}只印有{printed}个数字，应有{len(ids)}个单元格，{len(missing)}个单元格未填写",
                f'{msg.TABLE_EN[table.id]}, row "{msg.row_en(row.id)}" prints {msg.plural(printed, "number")} '
                f"for {msg.plural(len(ids), 'cell')}",
                named=False,
            )
        )
    return found, covered


def _column_name(table: TableSpec, column_ids: Sequence[str]) -> tuple[str, str]:
    columns = [c for c in table.rows[0].columns if c.id in column_ids]
    legal = [c.id for c in national.T3_COLUMNS[1:-1]]
    if table.id == "t3" and [c.id for c in columns] == legal:
        return (
            f"“{national.T3_LEGAL_PERSON_HEADER}”各列",
            'the "legal persons and other organisations" columns',
        )
    names = "、".join(f"“{msg.column_zh(table, c)}”" for c in columns)
    return f"{names}列", msg.columns_of_table_en(table.id, [c.id for c in columns]).partition(", ")[2]


def _patterns(ctx: Context, rule: Rule, table: TableSpec, skip: set[str]) -> Iterator[Outcome]:
    rows = _rows(ctx, table)
    columns = [c.id for c in table.rows[0].columns]
    empty = {c for r in rows for c in table.cell_ids(r) if _printed_empty(ctx, c) and c not in skip}
    if not empty:
        return
    name_zh, name_en = msg.TABLE_ZH[table.id], msg.TABLE_EN[table.id]
    full_columns = [k for k in columns if all(f"{table.id}.{r.id}.{k}" in empty for r in rows)]
    if len(full_columns) == len(columns):
        ids = sorted(empty, key=list(ctx.cells).index)
        yield _finding(
            ctx,
            rule,
            ids,
            f"{name_zh}各单元格均{_how_zh(ctx, ids)}",
            f"every cell of {name_en} is {_how_en(ctx, ids)}",
        )
        return
    if full_columns:
        ids = [f"{table.id}.{r.id}.{k}" for r in rows for k in full_columns]
        zh, en = _column_name(table, full_columns)
        yield _finding(
            ctx,
            rule,
            ids,
            f"{name_zh}{zh}各行均{_how_zh(ctx, ids)}",
            f"{name_en}: {en} {_how_en(ctx, ids)} in every row",
        )
        empty -= set(ids)
    for row in rows:
        ids = [c for c in table.cell_ids(row) if c in empty]
        if len(ids) == len(columns):
            label = f"{name_zh}{msg.row_label(table.id, row.id, ctx.template_spec)}"
            yield _finding(
                ctx,
                rule,
                ids,
                f"{label}行各列均{_how_zh(ctx, ids)}",
                f'{name_en}, row "{msg.row_en(row.id)}": every column {_how_en(ctx, ids)}',
            )
            empty -= set(ids)
    for column in columns:
        ids = [f"{table.id}.{r.id}.{column}" for r in rows if f"{table.id}.{r.id}.{column}" in empty]
        if not ids:
            continue
        spec = ctx.template_spec
        if len(ids) == 1:
            yield _finding(
                ctx,
                rule,
                ids,
                f"{msg.cell_zh(ids[0], spec)}{_how_zh(ctx, ids)}",
                f"{msg.cell_en(ids[0])} is {_how_en(ctx, ids)}",
            )
            continue
        labels = [msg.row_label(table.id, c.split(".", 1)[1].rpartition(".")[0], spec) for c in ids]
        shown = "".join(labels[:MAX_ROWS]) + (f"等{len(labels)}" if len(labels) > MAX_ROWS else "")
        zh, en = _column_name(table, [column])
        yield _finding(
            ctx,
            rule,
            ids,
            f"{name_zh}{zh}在{shown}行{_how_zh(ctx, ids)}",
            f"{name_en}: {en} {_how_en(ctx, ids)} in {msg.plural(len(ids), 'row')}",
        )


def blank_cells(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """One finding per pattern of blank cells in tables 三 and 四; one pass when there is none."""
    spec = ctx.template_spec
    found: list[Outcome] = []
    for table_id in ("t3", "t4"):
        table = spec.table(table_id)
        short, covered = _short_rows(ctx, rule, table)
        found += short
        found += list(_patterns(ctx, rule, table, covered))
    yield from found or [PASSED]
