"""One finding per pattern: what a rule could not assess because of the reading, or because of blank
cells that ``t3_blank_cells`` already reports, is said once.

- A failure whose blank addends were taken as 0 is not trusted when one of them is a cell the parser
  could not read: it becomes not assessable.
- The not-assessable outcomes of a rule caused by cells the parser could not read become one finding
  per rule, naming the rows ("表二“行政许可”等3行的数字未能读出（见解析说明）").
- Those caused only by cells printed blank in tables 三/四 are folded into the ``t3_blank_cells``
  finding about those cells, which then names the checks they block.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from govdisclosure.checks import messages as msg
from govdisclosure.checks.context import Context, Outcome
from govdisclosure.model.findings import Finding, Status

BLANK_RULE = "t3_blank_cells"
MAX_ROWS = 3


def _rows_zh(ctx: Context, cell_ids: Sequence[str]) -> str:
    """``表二“行政许可”“行政处罚”行`` (at most three rows named, then ``等N行``)."""
    spec = ctx.template_spec
    rows: dict[str, list[str]] = {}
    for cell_id in cell_ids:
        cell = msg.cell_spec(cell_id, spec)
        names = rows.setdefault(cell.table.id, [])
        name = msg.row_zh(cell.table, cell.row)
        if name not in names:
            names.append(name)
    parts = []
    for table_id, names in rows.items():
        shown = "".join(f"“{n}”" for n in names[:MAX_ROWS])
        more = f"等{len(names)}" if len(names) > MAX_ROWS else ""
        parts.append(f"{msg.TABLE_ZH[table_id]}{shown}{more}行")
    return "、".join(parts)


def _rows_en(cell_ids: Sequence[str]) -> str:
    rows: dict[str, list[str]] = {}
    for cell_id in cell_ids:
        table_id, _, rest = cell_id.partition(".")
        name = f'"{msg.row_en(rest.rpartition(".")[0])}"'
        if name not in rows.setdefault(table_id, []):
            rows[table_id].append(name)
    parts = []
    for table_id, names in rows.items():
        more = f" and {len(names) - MAX_ROWS} more" if len(names) > MAX_ROWS else ""
        label = "row" if len(names) == 1 else "rows"
        parts.append(f"{msg.TABLE_EN[table_id]}, {label} {', '.join(names[:MAX_ROWS])}{more}")
    return "; ".join(parts)


def _gap_finding(ctx: Context, rule_id: str, members: Sequence[Finding]) -> Finding:
    rule = ctx.rule(rule_id)
    cells = tuple(dict.fromkeys(c for f in members for c in f.cells))
    nulls = tuple(dict.fromkeys(c for f in members for c in f.null_cells if c in ctx.gaps))
    first = members[0]
    return attrs.evolve(
        first,
        status=Status.NOT_ASSESSABLE,
        message=f"{_rows_zh(ctx, nulls)}的数字未能读出（见解析说明），无法核对“{rule.title}”",
        message_en=f"cannot check “{rule.title_en}”: the numbers of {_rows_en(nulls)} could not be read "
        "(see the parse notes)",
        cells=cells,
        pointers=tuple(p for f in members for p in f.pointers if p) if len(members) > 1 else first.pointers,
        null_cells=nulls,
        printed=None,
        computed=None,
        difference=None,
        assumed_zero=(),
        spans=tuple(dict.fromkeys(s for f in members for s in f.spans)),
    )


def _blocked_by_gaps(ctx: Context, finding: Finding) -> bool:
    if finding.status is Status.FAIL:
        return any(c in ctx.gaps for c in finding.assumed_zero)
    return any(c in ctx.gaps for c in finding.null_cells)


def consolidate(ctx: Context, outcomes: Iterable[Outcome]) -> list[Outcome]:
    """The outcomes with the not-assessable ones said once per pattern (see the module)."""
    items = list(outcomes)
    if ctx.spec is None:
        return items
    blanks = [f for f in items if f is not None and f.rule == BLANK_RULE]
    blank_cells = {c for f in blanks for c in f.cells}
    gaps: dict[str, list[Finding]] = {}
    blocked: dict[int, list[str]] = {}
    kept: list[Outcome] = []
    for item in items:
        if item is None or item.rule == BLANK_RULE:
            kept.append(item)
        elif _blocked_by_gaps(ctx, item):
            if item.rule not in gaps:
                kept.append(item)  # a placeholder, replaced below
            gaps.setdefault(item.rule, []).append(item)
        elif item.status is Status.NOT_ASSESSABLE and item.null_cells and set(item.null_cells) <= blank_cells:
            for index, blank in enumerate(blanks):
                if set(blank.cells) & set(item.null_cells) and item.rule not in blocked.setdefault(index, []):
                    blocked[index].append(item.rule)
        else:
            kept.append(item)
    merged = {rule_id: _gap_finding(ctx, rule_id, members) for rule_id, members in gaps.items()}
    position = {id(blank): index for index, blank in enumerate(blanks)}
    result: list[Outcome] = []
    for item in kept:
        if item is not None and item.rule in merged and item is gaps[item.rule][0]:
            result.append(merged[item.rule])
        elif item is not None and item.rule == BLANK_RULE:
            result.append(_with_blocked(ctx, item, blocked.get(position[id(item)], [])))
        else:
            result.append(item)
    return result


def _with_blocked(ctx: Context, finding: Finding, rule_ids: Sequence[str]) -> Finding:
    if not rule_ids:
        return finding
    titles = "".join(f"“{ctx.rule(r).title}”" for r in rule_ids)
    titles_en = ", ".join(f"“{ctx.rule(r).title_en}”" for r in rule_ids)
    return attrs.evolve(
        finding,
        message=f"{finding.message}；因此无法核对{titles}",
        message_en=f"{finding.message_en}; so these checks cannot be made: {titles_en}",
    )
