"""Finding the rows of a table by their printed labels (exactly, by alias, with bounded typos)."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from govdisclosure.model.diagnostics import Diagnostic, note
from govdisclosure.read import labels
from govdisclosure.read.regions import items_between
from govdisclosure.read.view import View
from govdisclosure.template.spec import RowSpec


@frozen
class Found:
    """A row label found in the text: the row and where its label is (compact indices)."""

    row: RowSpec
    hit: labels.Hit


def find_in_order(
    view: View, rows: Sequence[RowSpec], start: int, stop: int
) -> tuple[list[Found], list[Diagnostic]]:
    """The rows' labels in template order, each after the one before; a row not found is skipped.

    A label found only with typos gives a ``label_nonstandard`` note.
    """
    comp = view.comp
    found: list[Found] = []
    notes: list[Diagnostic] = []
    position = start
    for row in rows:
        hit = labels.find(comp, labels.row_labels(row), position, stop)
        if hit is None:
            continue
        hit = labels.extend_ordinal(comp, hit, row.ordinal, position)
        if not hit.exact:
            printed = view.original(hit.start, hit.end)
            span = view.compact_span(hit.start, hit.end)
            notes.append(
                note("label_nonstandard", span, quote=printed, printed=printed, label=row.printed_label)
            )
        found.append(Found(row, hit))
        position = hit.end
    return found, notes


def find_any_order(
    view: View, rows: Sequence[RowSpec], start: int, stop: int
) -> tuple[list[Found], list[Diagnostic]]:
    """As ``find_in_order``; then a row not found after the one before it is looked for in the
    whole stretch (PDF text may reorder table 二's blocks), and kept when values follow it."""
    found, notes = find_in_order(view, rows, start, stop)
    present = {f.row for f in found}
    for row in rows:
        if row not in present:
            extra = _anywhere(view, row, found, start, stop)
            if extra is not None:
                found.append(extra)
                present.add(row)
    found.sort(key=lambda f: f.hit.start)
    return found, notes


def _anywhere(view: View, row: RowSpec, found: list[Found], start: int, stop: int) -> Found | None:
    """The first exact occurrence of the row's label, clear of the labels found, with values after it."""
    taken = sorted((f.hit.start, f.hit.end) for f in found)
    names = labels.row_labels(row)
    position = start
    while (hit := labels.find(view.comp, names, position, stop, fuzzy=False)) is not None:
        following = [a for a, _ in taken if a >= hit.end]
        if not any(a < hit.end and hit.start < b for a, b in taken):
            items, _ = items_between(view, hit.end, min(following, default=stop))
            if any(not i.blank for i in items):
                return Found(row, hit)
        position = hit.end
    return None
