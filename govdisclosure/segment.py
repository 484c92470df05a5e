"""Splitting glued digits into cells, and letting the template's arithmetic choose among the splits.

A split only cuts the printed characters: it never changes a digit. Where arithmetic leaves several
splits, the cells they disagree on stay undecided.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping, Sequence

import regex
from attrs import frozen

from govdisclosure.arithmetic import Identity
from govdisclosure.cells import Value
from govdisclosure.template_spec import ColumnSpec
from govdisclosure.values import read_cell

_COUNT_PIECE = regex.compile(r"^[+\-]{0,2}(?:0|[1-9]\d{0,6})(?:件|项|个|条|笔|次)?$")
_MONEY_PIECE = regex.compile(r"^[+\-]{0,2}(?:0|[1-9]\d{0,13})(?:\.\d{1,8})?(?:万元|元)?$")
_UNIT_TAIL = regex.compile(r"(?:万元|元|件|项|个|条|笔|次)$")

MAX_CANDIDATES = 5000


@frozen
class Token:
    """A run of printed characters that holds one or more cell values."""

    text: str
    offset: int


@frozen
class Piece:
    """A part of a token taken as one cell."""

    text: str
    offset: int
    value: Value
    split: bool


Candidate = tuple[Piece, ...]


def _piece_ok(text: str, column: ColumnSpec, first: bool) -> bool:
    if not first and text[0] in "+-":
        return False
    pattern = _MONEY_PIECE if column.money else _COUNT_PIECE
    return bool(pattern.match(text))


def _cut_points(token: str) -> list[int]:
    """Offsets inside a token where a cut may fall (between digits, never inside a unit or number)."""
    body = _UNIT_TAIL.sub("", token)
    return [i for i in range(1, len(body)) if body[i - 1].isdigit() and body[i].isdigit()]


def max_pieces(tokens: Sequence[Token]) -> int:
    """The most cells the tokens can fill: one a digit."""
    return sum(len(_cut_points(t.text)) + 1 for t in tokens)


@functools.lru_cache(maxsize=8192)
def _value(text: str, money: bool) -> Value:
    return read_cell(text, money=money).value


def _hopeless(piece: str) -> bool:
    """Whether no longer piece from the same start can be a value (a leading zero, too many digits)."""
    body = piece.lstrip("+-")
    return (len(body) > 1 and body[0] == "0" and body[1].isdigit()) or len(body) > 24


def candidates(
    tokens: Sequence[Token],
    columns: Sequence[ColumnSpec],
    *,
    blanks: int = 0,
    gaps: frozenset[int] = frozenset(),
) -> list[Candidate] | None:
    """Every way to cut the tokens into exactly one piece per column (None: too many to list).

    ``blanks`` blank cells (pieces with empty text) go before the tokens whose index is in ``gaps``:
    a blank cell prints as a space, never inside a run of glued digits. Pieces are cut one after the
    other, so a run of zeros has one split to try, not one per subset of its cut points.
    """
    found: list[Candidate] = []
    width = len(columns)
    ends = [[*_cut_points(t.text), len(t.text)] for t in tokens]
    capacity = [0] * (len(tokens) + 1)
    for index in range(len(tokens) - 1, -1, -1):
        capacity[index] = capacity[index + 1] + len(ends[index])

    def walk(index: int, column: int, left: int, acc: list[Piece]) -> bool:
        if len(found) > MAX_CANDIDATES:
            return False
        if index == len(tokens):
            if column == width and left == 0:
                found.append(tuple(acc))
            return True
        for empty in range(left + 1 if index in gaps else 1):
            before = [Piece("", tokens[index].offset, None, False)] * empty
            if not cut(index, 0, column + empty, left - empty, acc + before):
                return False
        return True

    def cut(index: int, at: int, column: int, left: int, acc: list[Piece]) -> bool:
        token = tokens[index]
        room = width - column
        later = sum(1 for e in ends[index] if e > at) + capacity[index + 1] + left
        if room < len(tokens) - index or room > later:
            return True
        for end in ends[index]:
            if end <= at:
                continue
            text = token.text[at:end]
            if not _piece_ok(text, columns[column], at == 0):
                if _hopeless(text):
                    break
                continue
            piece = Piece(
                text, token.offset + at, _value(text, columns[column].money), end - at < len(token.text)
            )
            if end == len(token.text):
                ok = walk(index + 1, column + 1, left, [*acc, piece])
            else:
                ok = cut(index, end, column + 1, left, [*acc, piece])
            if not ok:
                return False
        return True

    if not walk(0, 0, blanks, []):
        return None
    return found


def prefer(options: list[Candidate], test: Callable[[Candidate], bool]) -> list[Candidate]:
    """The options that pass ``test``, or all of them when none does (a printed error stays)."""
    kept = [option for option in options if test(option)]
    return kept or options


def signs_fit(columns: Sequence[ColumnSpec]) -> Callable[[Candidate], bool]:
    """A test: negative values only in columns where a sign is meaningful."""

    def test(option: Candidate) -> bool:
        return all(
            column.signed or not isinstance(p.value, int) or p.value >= 0
            for p, column in zip(option, columns, strict=True)
        )

    return test


@frozen
class Group:
    """The cells of one printed run of tokens and the splits still possible for it."""

    cell_ids: tuple[str, ...]
    options: tuple[Candidate, ...]


def choose(groups: list[Group], fixed: Mapping[str, Value], rules: Sequence[Identity]) -> list[Group]:
    """Narrow each group's options with the rules, local rules first, until nothing changes.

    A rule narrows only when some combination satisfies it: a rule that no split satisfies is a
    printed error and is left for the checks to report.
    """
    owner = {cell_id: i for i, g in enumerate(groups) for cell_id in g.cell_ids}
    ordered = sorted(rules, key=lambda r: len({owner.get(c) for c in r.ids if c in owner}))
    changed = True
    while changed:
        changed = False
        for rule in ordered:
            involved = sorted(
                {owner[c] for c in rule.ids if c in owner and len(groups[owner[c]].options) > 1}
            )
            if not involved:
                continue
            sizes = [len(groups[i].options) for i in involved]
            if _product(sizes) > MAX_CANDIDATES:
                continue
            base = dict(fixed)
            for i, g in enumerate(groups):
                if i not in involved and len(g.options) == 1:
                    base.update(zip(g.cell_ids, (p.value for p in g.options[0]), strict=True))
            keep: list[set[int]] = [set() for _ in involved]
            satisfied = False
            for combo in itertools.product(*(range(s) for s in sizes)):
                values = dict(base)
                for i, choice in zip(involved, combo, strict=True):
                    g = groups[i]
                    values.update(zip(g.cell_ids, (p.value for p in g.options[choice]), strict=True))
                verdict = rule.holds(values)
                satisfied = satisfied or verdict is True
                # A blank operand leaves the rule undecided: such a split is kept, not preferred.
                if verdict is not False:
                    for slot, choice in enumerate(combo):
                        keep[slot].add(choice)
            if not satisfied or all(len(k) == s for k, s in zip(keep, sizes, strict=True)):
                continue
            for slot, i in enumerate(involved):
                g = groups[i]
                groups[i] = Group(g.cell_ids, tuple(o for n, o in enumerate(g.options) if n in keep[slot]))
            changed = True
    return groups


def _product(sizes: Sequence[int]) -> int:
    result = 1
    for size in sizes:
        result *= size
    return result
