"""Table 二's blocks: a caption (第二十条第（五）项) ends the rows of the block before it.

PDF text may print a block's value before its row label (``7545`` then ``行政事业性收费``): values
between a caption and the block's rows belong to the block's one unread row when their count is its
width; otherwise each is named unplaced. None is dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from govdisclosure.read import labels
from govdisclosure.read.placement import Placed, place_row, unplaced
from govdisclosure.read.regions import items_between
from govdisclosure.read.rows import Found
from govdisclosure.read.view import View
from govdisclosure.template.spec import TableSpec
from govdisclosure.text.compact import norm_label


def captions(view: View, table: TableSpec, start: int, stop: int) -> list[tuple[str, labels.Hit]]:
    """The block captions printed in ``[start, stop)``, in order, each with its block."""
    found = []
    for block in dict.fromkeys(row.block for row in table.rows if row.block):
        hit = labels.find(view.comp, [norm_label(block)], start, stop, fuzzy=False)
        if hit is not None:
            found.append((block, hit))
    return sorted(found, key=lambda pair: pair[1].start)


def region_end(cuts: Sequence[tuple[str, labels.Hit]], position: int, stop: int) -> int:
    """Where a row's values end: at the next caption after ``position``, or at ``stop`` if earlier."""
    return min([stop, *(hit.start for _, hit in cuts if hit.start >= position)])


def orphans(
    view: View,
    table: TableSpec,
    found: Sequence[Found],
    cuts: Sequence[tuple[str, labels.Hit]],
    filled: Collection[str],
    stop: int,
) -> Placed:
    """The values printed between each caption and the first row label after it."""
    parts: list[Placed] = []
    starts = sorted(f.hit.start for f in found)
    for index, (block, hit) in enumerate(cuts):
        following = cuts[index + 1][1].start if index + 1 < len(cuts) else stop
        end = min([s for s in starts if hit.end <= s < following] + [following])
        items = [i for i in items_between(view, hit.end, end)[0] if not i.blank]
        if not items:
            continue
        unread = [r for r in table.rows if r.block == block and not set(table.cell_ids(r)) & set(filled)]
        if len(unread) == 1 and len(unread[0].columns) == len(items):
            row = unread[0]
            ids = table.cell_ids(row)
            parts.append(place_row(view, ids, row.columns, row.printed_label, items, padding_after=True))
        else:
            parts.append(Placed({}, (), tuple(unplaced(view, block, items))))
    return Placed.join(parts)
