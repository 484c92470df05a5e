"""The cuts of a row's glued digits that its printed total confirms: the last piece, a suffix of
the last token, is the sum of the others (``7683113 92`` → 76 8 3 1 1 3 and 92).

One pass forward gives, for each place a cut may reach with so many pieces, the least and the
greatest sum of the pieces before it (no piece negative). Each possible total is then traced back
from the end of the head it leaves, entering only places whose sums can still make up the rest:
only cuts that add up are ever listed, and every total shares the one pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from govdisclosure.read.pieces import (
    MAX_CANDIDATES,
    MOST_DIGITS,
    Candidate,
    Piece,
    RawPiece,
    Token,
    cut_points,
    piece_ends,
    piece_ok,
    pieces_from,
    value_of,
)
from govdisclosure.template.spec import ColumnSpec

Number = int | Decimal
Node = tuple[int, int]  # (token, offset in it); the end of a token is the start of the next
Place = tuple[Node, int]  # a node and how many pieces lie before it
Edge = tuple[Node, RawPiece, Number]  # a piece into a place: where it starts, the piece, its value


def with_total(tokens: Sequence[Token], columns: Sequence[ColumnSpec]) -> list[Candidate] | None:
    """Every cut of the tokens into one piece per column whose last piece is the sum of the others,
    in the order of the pieces' ends (None: too many to list)."""
    last, count = len(tokens) - 1, len(columns) - 1
    text, offset = tokens[last].text, tokens[last].offset
    starts = total_starts(text, columns[-1])
    if not starts or count < 1:
        return []
    sums, edges = _forward(tokens, columns[:-1], starts[-1])
    found: list[Candidate] = []
    for start in starts:
        total = value_of(text[start:], columns[-1].money)
        reached = sums.get(((last, start), count))
        if not isinstance(total, int | Decimal) or reached is None or not reached[0] <= total <= reached[1]:
            continue  # (a total that is the only token leaves no head: its place is never reached)
        cuts: list[tuple[RawPiece, ...]] = []
        if not _trace(sums, edges, (last, start), count, total, (), cuts):
            return None
        cuts.sort(key=lambda cut: [p[1] + len(p[0]) for p in cut])  # as a walk forward lists them
        last_piece = Piece(text[start:], offset + start, total, start > 0)
        made = {p: Piece(*p) for p in {p for cut in cuts for p in cut}}  # a piece shared by cuts is one
        found.extend((*(made[p] for p in cut), last_piece) for cut in cuts)
        if len(found) > MAX_CANDIDATES:
            return None
    return found


def total_starts(text: str, column: ColumnSpec) -> list[int]:
    """Where a total may start in the last token, in order: only the short suffixes are tried (a
    value has at most 22 digits), so a long run of digits costs time linear in its length."""
    starts: list[int] = []
    digits, end = 0, len(text)  # the digits of text[end:]
    for start in reversed([0, *cut_points(text)]):
        digits += sum(c.isdigit() for c in text[start:end])
        if digits > MOST_DIGITS:
            break
        if piece_ok(text[start:], column.money, start == 0):
            starts.append(start)
        end = start
    return starts[::-1]


def _forward(
    tokens: Sequence[Token], columns: Sequence[ColumnSpec], limit: int
) -> tuple[dict[Place, tuple[Number, Number]], dict[Place, list[Edge]]]:
    """The least and greatest sum of the pieces before each place reached, and the pieces into it;
    no piece of the last token ends after ``limit`` (where the last total may start)."""
    last = len(tokens) - 1
    sums: dict[Place, tuple[Number, Number]] = {((0, 0), 0): (0, 0)}
    edges: dict[Place, list[Edge]] = {}
    reached: dict[Node, list[int]] = {(0, 0): [0]}
    # Characters left before the head's furthest end, after each token: a place with fewer than
    # one a piece still to come is a dead end.
    left = [sum(len(t.text) for t in tokens[index + 1 : last]) + limit for index in range(last)] + [limit]
    for index, token in enumerate(tokens):
        ends = piece_ends(token.text)
        for at in (0, *ends[:-1]):
            if at > limit and index == last:
                break
            here = reached.pop((index, at), None)
            if here is None:
                continue
            steps: dict[bool, list[tuple[Node, int, RawPiece, Number]]] = {}  # by money: once each
            for column in here:
                if column == len(columns):
                    continue
                money = columns[column].money
                if money not in steps:
                    steps[money] = _steps(tokens, index, ends, at, money, limit, left)
                least, most = sums[((index, at), column)]
                for node, room, piece, number in steps[money]:
                    if room < len(columns) - column - 1:
                        continue
                    place = (node, column + 1)
                    edges.setdefault(place, []).append(((index, at), piece, number))
                    known = sums.get(place)
                    if known is None:
                        sums[place] = (least + number, most + number)
                        reached.setdefault(node, []).append(column + 1)
                    else:
                        sums[place] = (min(known[0], least + number), max(known[1], most + number))
    return sums, edges


def _steps(
    tokens: Sequence[Token], index: int, ends: list[int], at: int, money: bool, limit: int, left: list[int]
) -> list[tuple[Node, int, RawPiece, Number]]:
    """The pieces a cut may take next from ``at`` in a token: where each leads, the characters left
    after it, the piece and its value as summed (none negative)."""
    token, last = tokens[index], len(tokens) - 1
    found = []
    for end, text, value in pieces_from(token.text, ends, at, money):
        if index == last and end > limit:
            break
        number = 0 if value is None else value
        if number < 0:
            continue
        whole = end == len(token.text)
        room = left[index] + len(token.text) - end if index < last else limit - end
        node = (index + 1, 0) if whole else (index, end)
        split = index == last or not (at == 0 and whole)
        found.append((node, room, (text, token.offset + at, value, split), number))
    return found


def _trace(
    sums: dict[Place, tuple[Number, Number]],
    edges: dict[Place, list[Edge]],
    node: Node,
    column: int,
    rest: Number,
    after: tuple[RawPiece, ...],
    cuts: list[tuple[RawPiece, ...]],
) -> bool:
    """Collect the cuts that reach ``node`` with ``column`` pieces adding up to ``rest``, each
    followed by ``after``; False when there are too many to list."""
    if column == 0:
        cuts.append(after)
        return len(cuts) <= MAX_CANDIDATES
    for start, piece, number in edges.get((node, column), ()):
        if number <= rest:
            least, most = sums[(start, column - 1)]
            if least <= rest - number <= most and not _trace(
                sums, edges, start, column - 1, rest - number, (piece, *after), cuts
            ):
                return False
    return True
