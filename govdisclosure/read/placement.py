"""Putting a row's printed items into its cells: one item a cell, or glued digits to be cut.

A row's items are placed when there is one a cell (blank cells included). Where the items are
fewer and hold glued digits, the ways to cut them are listed (``Glued``) for the template's sums to
choose among later (``splits``). Every item that finds no cell is named in an ``unplaced_number``
note; nothing is dropped silently.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence

from attrs import frozen

from govdisclosure.model.cells import Cell, CellKind, Value
from govdisclosure.model.diagnostics import Diagnostic, note
from govdisclosure.read import digits, pieces
from govdisclosure.read.cell_text import read_cell
from govdisclosure.read.notes import NO_FIT, NO_SUM, TOO_MANY, where
from govdisclosure.read.regions import Item
from govdisclosure.read.view import View
from govdisclosure.template.spec import ColumnSpec


@frozen
class Glued:
    """A row printed as runs of glued digits (or rows printed apart from their values): its cells,
    columns and label, what was printed, and the ways to cut it still open."""

    group: digits.Group
    columns: tuple[ColumnSpec, ...]
    label: str
    printed: str
    grid: bool = False  # rows printed apart from their values (``dumps``), not glued digits


@frozen
class Placed:
    """What reading some rows gave: cells decided, glued rows still to cut, and parse notes."""

    cells: Mapping[str, Cell]
    glued: tuple[Glued, ...] = ()
    notes: tuple[Diagnostic, ...] = ()

    @staticmethod
    def join(parts: Iterable[Placed]) -> Placed:
        """All the parts in one (a later cell of the same id wins)."""
        cells: dict[str, Cell] = {}
        glued: list[Glued] = []
        notes: list[Diagnostic] = []
        for part in parts:
            cells.update(part.cells)
            glued.extend(part.glued)
            notes.extend(part.notes)
        return Placed(cells, tuple(glued), tuple(notes))


NOTHING = Placed({})


def cell(
    view: View, item: Item, column: ColumnSpec, label: str, cell_id: str
) -> tuple[Cell, list[Diagnostic]]:
    """The cell an item prints, and the note when its text is not a value of its column."""
    reading = read_cell(item.text, money=column.money, unit=column.unit)
    kind = CellKind.BLANK if item.blank else reading.kind
    span = view.span(item.offset, item.offset + len(item.text))
    notes: list[Diagnostic] = []
    if reading.problem is not None:
        digits_count = sum(ch.isdigit() for ch in item.text)
        notes.append(
            note(
                reading.problem,
                span,
                (cell_id,),
                quote=item.text,
                where=where(cell_id, label),
                column=column.label,
                printed=item.text if len(item.text) <= 40 else item.text[:40] + "…",
                digits=digits_count,
            )
        )
    return Cell(reading.value, kind, item.text, span, reading.note), notes


def unplaced(view: View, label: str, items: Iterable[Item]) -> list[Diagnostic]:
    """An ``unplaced_number`` note for each printed (non-blank) item."""
    return [
        note(
            "unplaced_number",
            view.span(i.offset, i.offset + len(i.text)),
            quote=i.text,
            label=label,
            printed=i.text,
        )
        for i in items
        if not i.blank
    ]


def _cells(
    view: View, ids: Sequence[str], columns: Sequence[ColumnSpec], label: str, items: Sequence[Item]
) -> Placed:
    cells: dict[str, Cell] = {}
    notes: list[Diagnostic] = []
    for cell_id, item, column in zip(ids, items, columns, strict=False):
        cells[cell_id], problems = cell(view, item, column, label, cell_id)
        notes.extend(problems)
    return Placed(cells, (), tuple(notes))


def place_row(
    view: View,
    ids: tuple[str, ...],
    columns: tuple[ColumnSpec, ...],
    label: str,
    items: Sequence[Item],
    *,
    fillers: int = 0,
    padding_after: bool = False,
) -> Placed:
    """Put a row's items in its cells: one item a cell, or glued digits to cut later.

    Empty cells before the values are passed over, up to ``fillers`` (scraped pipe text prints a
    label's colspan as empty cells: ``（一）予以公开 |`` then ``|``; a blank there cannot be told from
    them, so it is never read as a value's place); with ``padding_after``, empty cells
    beyond the row's width after its values are padding (table 二's rows of one or two values in a
    grid of three). Any other blank is a cell of the row, where it stands."""
    if fillers:
        items = _fillers_dropped(items, fillers)
    width = len(columns)
    values = [i for i in items if not i.blank]
    if not values:
        # A row printed all blank keeps its blanks; a stretch with nothing at all places nothing.
        if padding_after and len(items) > width:
            items = items[:width]
        return _cells(view, ids, columns, label, items) if len(items) == width else NOTHING
    if len(values) == width:
        chosen = values
    else:
        trimmed = _trim_blanks(items)
        chosen = trimmed if len(trimmed) == width else values
    if len(chosen) != width and len(items) == width:
        chosen = list(items)
    if len(chosen) != width and padding_after and len(items) > width and all(i.blank for i in items[width:]):
        chosen = list(items[:width])
    if len(chosen) == width:
        return _cells(view, ids, columns, label, chosen)
    if len(chosen) > width:
        return _too_many(view, ids, columns, label, chosen)
    return _glued(view, ids, columns, label, chosen)


MAX_EXTRA = 2  # values beyond a row's cells that its total may set aside


def _too_many(
    view: View, ids: tuple[str, ...], columns: tuple[ColumnSpec, ...], label: str, items: list[Item]
) -> Placed:
    """A row printing more values than it has cells: placed only where its own total picks out
    the values that belong (one way to leave the extra ones out makes the row add up). Else no
    value is placed, for which ones are extra cannot be told; none is lost."""
    width = len(columns)
    fits: dict[tuple[Value, ...], tuple[int, ...]] = {}
    if _has_total(columns) and len(items) - width <= MAX_EXTRA:
        for kept in itertools.combinations(range(len(items)), width):
            values = tuple(read_cell(items[i].text).value for i in kept)
            if None not in values and sum(values[:-1]) == values[-1]:  # type: ignore[arg-type]
                fits.setdefault(values, kept)
    if len(fits) == 1:
        (kept,) = fits.values()
        placed = _cells(view, ids, columns, label, [items[i] for i in kept])
        extra = unplaced(view, label, [item for i, item in enumerate(items) if i not in kept])
        return Placed(placed.cells, (), (*placed.notes, *extra))
    span = view.span(items[0].offset, items[-1].offset + len(items[-1].text))
    quote = view.text[items[0].offset : items[-1].offset + len(items[-1].text)]
    printed = " ".join(i.text for i in items)
    problem = note(
        "row_long",
        span,
        ids,
        quote=quote,
        where=where(ids[0], label),
        count=len(items),
        printed=printed,
        width=width,
    )
    return Placed({}, (), (problem, *unplaced(view, label, items)))


def _glued(
    view: View, ids: tuple[str, ...], columns: tuple[ColumnSpec, ...], label: str, items: list[Item]
) -> Placed:
    tokens = [pieces.Token(i.text, i.offset) for i in items if not i.blank]
    printed = " ".join(t.text for t in tokens)
    options = _options(view, tokens, columns)
    span = view.span(items[0].offset, items[-1].offset + len(items[-1].text))
    quote = view.text[items[0].offset : items[-1].offset + len(items[-1].text)]
    if not options:
        extra: dict[str, object]
        if options is not None and 1 < len(tokens) < len(columns):
            code, extra = "row_short", {"count": len(tokens), "width": len(columns)}
        else:
            reason = TOO_MANY if options is None else NO_SUM if _has_total(columns) else NO_FIT
            code, extra = "row_unreadable", {"reason": reason}
        problem = note(code, span, ids, quote=quote, where=where(ids[0], label), printed=printed, **extra)
        return Placed({}, (), (problem, *unplaced(view, label, items)))
    if any(t.text.startswith("-") for t in tokens):  # only a token's first piece takes a sign
        options = digits.prefer(options, digits.signs_fit(columns))
    return Placed({}, (Glued(digits.Group(ids, tuple(options)), columns, label, printed),))


def _has_total(columns: Sequence[ColumnSpec]) -> bool:
    ids = [c.id for c in columns]
    return len(ids) > 2 and ids.count("total") == 1 and ids[-1] == "total"


def _options(
    view: View, tokens: list[pieces.Token], columns: tuple[ColumnSpec, ...]
) -> list[pieces.Candidate] | None:
    """The cuts of a row's glued digits (None: too many to list).

    Where the row has a total, a cut is kept only when the total confirms it (a blank cell only at
    a space): with no cut that sums, a value may be missing (a blank prints nothing in glued
    text), and which one is not known. A row with no total (table 二) lists every cut. Values
    printed apart (a space before each) that are fewer than the cells may be so because some are
    glued or because some cells are blank: both readings are listed, for the sums to choose.
    """
    gaps = _gaps(view, tokens)
    cuts = _cuts(tokens, columns, gaps)
    if cuts is None or len(tokens) < 2 or not all(i in gaps for i in range(1, len(tokens))):
        return cuts
    options, listed = list(cuts), set(cuts)
    last = tokens[-1].offset + len(tokens[-1].text)
    # Blank cells at the end too, where a space follows the last value.
    most_trailing = len(columns) - len(tokens) if len(tokens) in gaps else 0
    for trailing in range(most_trailing + 1):
        width = len(columns) - trailing
        shortfall = width - pieces.max_pieces(tokens)
        for blanks in range(max(0 if trailing else 1, shortfall), width - len(tokens) + 1):
            more = digits.candidates(tokens, columns[:width], blanks=blanks, gaps=gaps)
            if more is None:
                return None
            more = [o + (pieces.Piece("", last, None, False),) * trailing for o in more]
            if _has_total(columns):
                more = [o for o in more if digits.sums_to_last(o, blank=0)]
            options.extend(o for o in more if o not in listed)
            listed.update(more)
    return options


def _cuts(
    tokens: list[pieces.Token], columns: tuple[ColumnSpec, ...], gaps: frozenset[int]
) -> list[pieces.Candidate] | None:
    """The cuts of the tokens into the row's cells, blank cells only where the digits fall short."""
    shortfall = len(columns) - pieces.max_pieces(tokens)
    if _has_total(columns):
        bounded = digits.candidates(tokens, columns, total_last=True)
        if bounded:
            return bounded
        if bounded is not None and shortfall <= 0:
            return bounded
        if len(tokens) > 1:
            if bounded is None or shortfall <= 0:
                return bounded
            spaced = digits.candidates(tokens, columns, blanks=shortfall, gaps=gaps)
            return None if spaced is None else [o for o in spaced if digits.sums_to_last(o, blank=0)]
    options = digits.candidates(tokens, columns)
    if options == [] and shortfall > 0:
        return digits.candidates(tokens, columns, blanks=shortfall, gaps=gaps)
    return options


def _gaps(view: View, tokens: Sequence[pieces.Token]) -> frozenset[int]:
    """Indices of the tokens with a space before them: after the token before, or for the first
    token after the row's label; and ``len(tokens)`` when a space follows the last. A blank cell
    may stand there (it prints as a space)."""
    text, gaps = view.text, set()
    for index, token in enumerate(tokens):
        start = tokens[index - 1].offset + len(tokens[index - 1].text) if index else token.offset - 1
        if any(c.isspace() for c in text[max(0, start) : token.offset]):
            gaps.add(index)
    if tokens:
        end = tokens[-1].offset + len(tokens[-1].text)
        if text[end : end + 1].isspace():
            gaps.add(len(tokens))
    return frozenset(gaps)


def _fillers_dropped(items: Sequence[Item], most: int) -> Sequence[Item]:
    """The items without the empty cells before the first value, at most ``most`` of them."""
    dropped = 0
    while dropped < most and dropped < len(items) and items[dropped].blank:
        dropped += 1
    return items[dropped:]


def _trim_blanks(items: Sequence[Item]) -> list[Item]:
    start, end = 0, len(items)
    while start < end and items[start].blank:
        start += 1
    while end > start and items[end - 1].blank:
        end -= 1
    return list(items[start:end])
