"""Choosing among the cuts of glued digits: the prose's stated counts, then the template's sums.

A cut is kept only when the arithmetic (or a count the report's own prose states) leaves it the
only one; where several remain, the cells they disagree on stay null with an ``ambiguous_split``
note that lists the candidates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from govdisclosure.model.cells import Cell, CellKind, Value
from govdisclosure.model.diagnostics import Diagnostic, note
from govdisclosure.read import digits
from govdisclosure.read.cell_text import read_cell
from govdisclosure.read.narrative import Hint
from govdisclosure.read.notes import listed_splits, where
from govdisclosure.read.placement import Glued, Placed
from govdisclosure.read.view import View
from govdisclosure.template.sums import Identity


def narrow_by_prose(
    view: View, glued: Sequence[Glued], hints: Mapping[str, Hint]
) -> tuple[tuple[Glued, ...], tuple[Diagnostic, ...]]:
    """Keep the cuts that agree with the counts the prose states, when some do (and not all)."""
    kept_rows: list[Glued] = []
    notes: list[Diagnostic] = []
    for row in glued:
        group = row.group
        stated = [(n, hints[c]) for n, c in enumerate(group.cell_ids) if c in hints]
        kept = tuple(o for o in group.options if all(o[n].value == h.value for n, h in stated))
        if not stated or not kept or len(kept) == len(group.options):
            kept_rows.append(row)
            continue
        kept_rows.append(Glued(digits.Group(group.cell_ids, kept), row.columns, row.label, row.printed))
        for _, hint in stated:
            span = view.span(hint.offset, hint.offset + len(hint.sentence))
            notes.append(
                note(
                    "narrative_choice",
                    span,
                    (hint.cell_id,),
                    quote=hint.sentence,
                    cell=hint.cell_id,
                    value=hint.value,
                    sentence=hint.sentence[:80],
                )
            )
    return tuple(kept_rows), tuple(notes)


def settle(
    view: View, glued: Sequence[Glued], fixed: Mapping[str, Value], rules: Sequence[Identity]
) -> Placed:
    """Let the sums choose among the cuts of every glued row, then fill their cells."""
    groups = digits.choose([row.group for row in glued], fixed, rules)
    parts = [_fill(view, row, group) for row, group in zip(glued, groups, strict=True)]
    return Placed.join(parts)


def _fill(view: View, row: Glued, group: digits.Group) -> Placed:
    options = group.options
    cells: dict[str, Cell] = {}
    notes: list[Diagnostic] = []
    undecided: list[str] = []
    for position, (cell_id, column) in enumerate(zip(group.cell_ids, row.columns, strict=True)):
        first = options[0][position]
        if len(options) > 1 and len({o[position].value for o in options}) > 1:
            undecided.append(cell_id)
            cells[cell_id] = Cell(None, CellKind.NUMBER, row.printed, None, "ambiguous split")
            continue
        reading = read_cell(first.text, money=column.money, unit=column.unit)
        how = "read as a grid: its row's labels were printed apart from the values" if row.grid else None
        how = f"split of glued digits “{row.printed}”" if first.split else how or reading.note
        span = view.span(first.offset, first.offset + len(first.text))
        if not first.text:
            how = f"blank cell inferred at a space in “{row.printed}”"
            notes.append(note("blank_inferred", span, (cell_id,), printed=row.printed, cell=cell_id))
        cells[cell_id] = Cell(reading.value, reading.kind, first.text, span, how)
    if undecided and row.grid:
        begin = min(p.offset for p in options[0])
        end = max(p.offset + len(p.text) for p in options[0])
        where_ = where(group.cell_ids[0], row.label)
        notes.append(
            note(
                "grid_undecided", view.span(begin, end), tuple(undecided), where=where_, count=len(undecided)
            )
        )
    elif undecided:
        start, final = options[0][0].offset, options[0][-1]
        end = final.offset + len(final.text)
        notes.append(
            note(
                "ambiguous_split",
                view.span(start, end),
                tuple(undecided),
                quote=view.text[start:end],
                where=where(group.cell_ids[0], row.label),
                printed=row.printed,
                options=listed_splits(options),
                count=len(undecided),
            )
        )
    return Placed(cells, (), tuple(notes))
