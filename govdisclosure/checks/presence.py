"""What the report really lacks, as opposed to what the parser could not read.

A cell the parser could not read is named by a parse note; it is "lacking" only when its row's label
is printed nowhere in the report. ``t2_missing_row`` reports table 二 rows the report lacks (no 规章
row); ``struct_cell_count`` the other cells a table lacks. A hybrid table 三 lacks nothing: its
（六） rows are those of the other template (``struct_template_version`` names it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from govdisclosure.checks import messages as msg
from govdisclosure.checks.claims import per_sections
from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding
from govdisclosure.model.cells import CellKind
from govdisclosure.model.findings import Rule, Status
from govdisclosure.model.report import Report, Sections
from govdisclosure.template.spec import RowSpec, TableSpec
from govdisclosure.text.compact import norm, norm_label


def _printed_text(report: Report) -> str:
    """The report's text as label matching sees it (every section, normalised)."""
    return _normalised(report.sections)


@per_sections
def _normalised(sections: Sections) -> str:
    parts = [s.text + s.heading for f in attrs.fields(type(sections)) if (s := getattr(sections, f.name))]
    return norm("\n".join(parts))


def label_printed(ctx: Context, row: RowSpec) -> bool | None:
    """Whether a row's label (or a known variant) is printed in the report (None: no text to tell)."""
    text = _printed_text(ctx.report)
    if not text:
        return None
    return any(norm_label(label) in text for label in (row.label, *row.aliases))


def _not_read(ctx: Context, cell_id: str) -> bool:
    cell = ctx.cells.get(cell_id)
    return cell is None or cell.kind is CellKind.MISSING or cell_id in ctx.gaps


def _hybrid_explained(ctx: Context, cell_id: str) -> bool:
    """The template's （六） cells of a table printed with the other template's （六） rows."""
    if not cell_id.startswith("t3.other.") or not ctx.hybrid_rows:
        return False
    return ctx.hybrid_rows == ("other_single",) or cell_id.count(".") == 2


def lacking_rows(ctx: Context, table: TableSpec) -> list[RowSpec]:
    """Rows whose cells were not read and whose label the report does not print."""
    return [
        row
        for row in table.rows
        if all(_not_read(ctx, c) and not _hybrid_explained(ctx, c) for c in table.cell_ids(row))
        and label_printed(ctx, row) is False
    ]


def _unread(ctx: Context, table: TableSpec) -> bool:
    return any(_not_read(ctx, c) for row in table.rows for c in table.cell_ids(row))


def missing_row(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """``t2_missing_row``: a table 二 row of the template the printed table lacks."""
    table = ctx.template_spec.table("t2")
    rows = lacking_rows(ctx, table) if _unread(ctx, table) else []
    if not rows:
        yield PASSED
        return
    ids = [c for row in rows for c in table.cell_ids(row)]
    names = "、".join(f"“{row.label}”" for row in rows)
    names_en = ", ".join(f'"{msg.row_en(row.id)}"' for row in rows)
    yield make_finding(
        ctx,
        rule.id,
        Status.FAIL,
        f"表二缺少{names}{'行' if len(rows) == 1 else '等行'}（报告中未印出该行）",
        f"table 2 lacks the {msg.plural(len(rows), 'row')} {names_en} (not printed in the report)",
        cells=ids,
        null_cells=ids,
    )


def _lacking(ctx: Context, table: TableSpec) -> Sequence[str]:
    """The cells of a table the report lacks (not read, and not explained by a parse note or a
    hybrid); table 二 rows lacking as a whole are left to ``t2_missing_row``."""
    if not _unread(ctx, table):
        return ()
    whole_rows = {row.id for row in lacking_rows(ctx, table)} if table.id == "t2" else set()
    unprinted_rows = {row.id for row in table.rows if label_printed(ctx, row) is False}
    found = []
    for row in table.rows:
        if row.id in whole_rows:
            continue
        for cell_id in table.cell_ids(row):
            cell = ctx.cells.get(cell_id)
            if _hybrid_explained(ctx, cell_id):
                continue
            unread_gap = cell_id in ctx.gaps and row.id not in unprinted_rows
            if (cell is None or cell.kind is CellKind.MISSING or cell_id in ctx.gaps) and not unread_gap:
                found.append(cell_id)
    return found


def cell_count(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """``struct_cell_count``: every cell of the template is printed (blank cells are printed)."""
    spec = ctx.template_spec
    for table in spec.tables:
        ids = [c for row in table.rows for c in table.cell_ids(row)]
        missing = _lacking(ctx, table)
        if not missing:
            yield PASSED
            continue
        name = msg.TABLE_ZH[table.id]
        yield make_finding(
            ctx,
            rule.id,
            Status.FAIL,
            f"{name}应有 {len(ids)} 个单元格，缺少 {len(missing)} 个：{msg.listing_zh(missing, spec)}",
            f"{msg.TABLE_EN[table.id]} should have {len(ids)} cells; "
            f"{len(missing)} missing: {msg.listing_en(missing)}",
            cells=missing,
            null_cells=missing,
        )
