"""Splitting glued digits into cells, and letting the template's arithmetic choose among the splits.

A split only cuts the printed characters: it never changes a digit. Where arithmetic leaves several
splits, the cells they disagree on stay undecided.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence

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


_PLAIN = regex.compile(r"^(?:0|[1-9]\d{0,6})$")
MAX_STEPS = 200_000


def _piece_ok(text: str, column: ColumnSpec, first: bool) -> bool:
    if not first and text[0] in "+-":
        return False
    pattern = _MONEY_PIECE if column.money else _COUNT_PIECE
    return bool(pattern.match(text))


def _value(text: str, column: ColumnSpec) -> Value:
    return int(text) if not column.money and _PLAIN.match(text) else read_cell(text, money=column.money).value


def _cut_points(token: str) -> list[int]:
    """Offsets inside a token where a cut may fall (between digits, never inside a unit or number)."""
    body = _UNIT_TAIL.sub("", token)
    return [i for i in range(1, len(body)) if body[i - 1].isdigit() and body[i].isdigit()]


class _Budget:
    """Bounds the work of one enumeration, so that hostile input stays linear."""

    def __init__(self) -> None:
        self.steps = 0

    def spend(self) -> bool:
        self.steps += 1
        return self.steps <= MAX_STEPS


def _token_splits(
    token: Token, columns: Sequence[ColumnSpec], budget: _Budget
) -> Iterator[list[Piece]]:
    """Every valid cut of one token into exactly ``len(columns)`` pieces, pruned as it goes."""
    points = _cut_points(token.text)
    count = len(columns)

    def walk(start: int, index: int, acc: list[Piece]) -> Iterator[list[Piece]]:
        if not budget.spend():
            return
        column = columns[index]
        if index == count - 1:
            text = token.text[start:]
            if _piece_ok(text, column, index == 0):
                yield [*acc, Piece(text, token.offset + start, _value(text, column), count > 1)]
            return
        for cut in points:
            if cut <= start:
                continue
            text = token.text[start:cut]
            if not _piece_ok(text, column, index == 0):
                if len(text) > 8 and not column.money:
                    break
                continue
            piece = Piece(text, token.offset + start, _value(text, column), True)
            yield from walk(cut, index + 1, [*acc, piece])

    if len(points) + 1 >= count:
        yield from walk(0, 0, [])


def candidates(tokens: Sequence[Token], columns: Sequence[ColumnSpec]) -> list[Candidate] | None:
    """Every way to cut the tokens into exactly one piece per column (None: too many to list)."""
    found: list[Candidate] = []
    budget = _Budget()
    capacity = [len(_cut_points(t.text)) + 1 for t in tokens]

    def walk(index: int, column: int, acc: list[Piece]) -> bool:
        if len(found) > MAX_CANDIDATES or not budget.spend():
            return False
        if index == len(tokens):
            if column == len(columns):
                found.append(tuple(acc))
            return True
        later = len(tokens) - index - 1
        room = len(columns) - column - later
        least = max(1, len(columns) - column - sum(capacity[index + 1 :]))
        for count in range(least, min(room, capacity[index]) + 1):
            for pieces in _token_splits(tokens[index], columns[column : column + count], budget):
                if not walk(index + 1, column + count, acc + pieces):
                    return False
        return True

    if not walk(0, 0, []) or budget.steps > MAX_STEPS:
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
            involved = sorted({owner[c] for c in rule.ids if c in owner and len(groups[owner[c]].options) > 1})
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
            for combo in itertools.product(*(range(s) for s in sizes)):
                values = dict(base)
                for i, choice in zip(involved, combo, strict=True):
                    g = groups[i]
                    values.update(zip(g.cell_ids, (p.value for p in g.options[choice]), strict=True))
                if rule.holds(values):
                    for slot, choice in enumerate(combo):
                        keep[slot].add(choice)
            if not any(keep) or all(len(k) == s for k, s in zip(keep, sizes, strict=True)):
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
