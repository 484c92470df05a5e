"""Splitting glued digits into cells, and letting the template's arithmetic choose among the splits.

A split only cuts the printed characters: it never changes a digit. Where arithmetic leaves several
splits, the cells they disagree on stay undecided.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal

from attrs import frozen

from govdisclosure.model.cells import Value
from govdisclosure.read.pieces import (
    MAX_CANDIDATES,
    Candidate,
    Piece,
    RawPiece,
    Token,
    cut_points,
    max_pieces,
    piece_ends,
    piece_ok,
    pieces_from,
    value_of,
)
from govdisclosure.read.totals import with_total
from govdisclosure.template.spec import ColumnSpec
from govdisclosure.template.sums import Identity


def candidates(
    tokens: Sequence[Token],
    columns: Sequence[ColumnSpec],
    *,
    blanks: int = 0,
    gaps: frozenset[int] = frozenset(),
    total_last: bool = False,
) -> list[Candidate] | None:
    """Every way to cut the tokens into exactly one piece per column (None: too many to list).

    ``blanks`` blank cells (pieces with empty text) go before the tokens whose index is in ``gaps``:
    a blank cell prints as a space, never inside a run of glued digits. With ``total_last`` only
    the cuts whose last piece is the sum of the others are kept (a row and its printed total).
    """
    if not blanks and max_pieces(tokens) == len(columns):
        only = _digit_by_digit(tokens, columns)
        if total_last and only and not sums_to_last(only):
            return []
        return [only] if only else []
    if total_last and tokens and not blanks:
        return with_total(tokens, columns)
    return _Cutter(tuple(tokens), tuple(columns), blanks, gaps).run()


def _digit_by_digit(tokens: Sequence[Token], columns: Sequence[ColumnSpec]) -> Candidate | None:
    """The one cut when there are exactly as many cut-able places as cells (``0000000``)."""
    pieces: list[Piece] = []
    for token in tokens:
        if token.text.isascii() and token.text.isdigit():  # one digit a cell, each a value
            split = len(token.text) > 1
            for at, char in enumerate(token.text):
                column = columns[len(pieces)]
                pieces.append(Piece(char, token.offset + at, value_of(char, column.money), split))
            continue
        bounds = (0, *cut_points(token.text), len(token.text))
        split = len(bounds) > 2
        for start, end in itertools.pairwise(bounds):
            text = token.text[start:end]
            column = columns[len(pieces)]
            if not piece_ok(text, column.money, start == 0):
                return None
            pieces.append(Piece(text, token.offset + start, value_of(text, column.money), split))
    return tuple(pieces)


def sums_to_last(option: Candidate, *, blank: int | None = None) -> bool:
    """Whether the last piece is the sum of the others (blank pieces count as ``blank``; None: fail)."""
    values = [p.value if p.text or blank is None else blank for p in option]
    if any(v is None for v in values):
        return False
    return sum(v for v in values[:-1] if v is not None) == values[-1]


State = tuple[int, int, int, int]
# A move: its pieces, the state after them, and their sum (at most 22 digits a piece: exact).
Move = tuple[tuple[RawPiece, ...], State, int | Decimal]


class _Cutter:
    """Depth-first cutting that only enters states from which all columns can still be filled."""

    def __init__(
        self, tokens: tuple[Token, ...], columns: tuple[ColumnSpec, ...], blanks: int, gaps: frozenset[int]
    ) -> None:
        self.tokens, self.columns, self.blanks, self.gaps = tokens, columns, blanks, gaps
        self.ends = [piece_ends(t.text) for t in tokens]
        self.after = [sum(len(t.text) for t in tokens[index + 1 :]) for index in range(len(tokens))]
        self._table: dict[tuple[int, int, bool], list[tuple[int, RawPiece, int | Decimal]]] = {}
        self._memo: dict[State, bool] = {}
        self._moves: dict[State, list[Move]] = {}
        self._counts: dict[State, tuple[int, int]] = {}
        self._completions: dict[State, list[Candidate]] = {}

    def run(self) -> list[Candidate] | None:
        """Every cut (None: too many to list), counted before any is listed."""
        start = (0, -1, 0, self.blanks)
        if not self.feasible(start):
            return []
        # Too many: more than one cut beyond MAX_CANDIDATES, or more states than MAX_CANDIDATES * 20
        # entered by a walk through them.
        cuts, entered = self.count(start)
        if cuts > MAX_CANDIDATES + 1 or entered > MAX_CANDIDATES * 20:
            return None
        return self.completions(start)

    def count(self, state: State) -> tuple[int, int]:
        """How many cuts complete from ``state``, and how many states a walk through them enters."""
        if state[0] == len(self.tokens):
            return 1, 1
        known = self._counts.get(state)
        if known is None:
            cuts, entered = 0, 1
            for _, nxt, _ in self.moves(state):
                if self.feasible(nxt):
                    more, deeper = self.count(nxt)
                    cuts, entered = cuts + more, entered + deeper
            known = self._counts[state] = (cuts, entered)
        return known

    def completions(self, state: State) -> list[Candidate]:
        """The pieces of every cut from ``state`` on, in the order of a depth-first walk."""
        if state[0] == len(self.tokens):
            return [()]
        known = self._completions.get(state)
        if known is None:
            known = []
            for raw, nxt, _ in self.moves(state):
                if self.feasible(nxt):
                    pieces = tuple(Piece(*p) for p in raw)
                    known.extend([pieces + rest for rest in self.completions(nxt)])
            self._completions[state] = known
        return known

    def moves(self, state: State) -> list[Move]:
        """The moves from ``state``, listed once (the walk comes back to a state by many paths)."""
        known = self._moves.get(state)
        if known is None:
            known = self._moves[state] = list(self._next_moves(state))
        return known

    def _next_moves(self, state: State) -> Iterator[Move]:
        """The moves that may come next from ``state`` (``at`` = -1: the token's blanks not yet placed)."""
        index, at, column, left = state
        token = self.tokens[index]
        if at < 0:
            for empty in range(left + 1 if index in self.gaps else 1):
                yield (
                    (("", token.offset, None, False),) * empty,
                    (index, 0, column + empty, left - empty),
                    0,
                )
            return
        if column >= len(self.columns):
            return
        length, needed = len(token.text), len(self.columns) - column - 1 - left
        for end, piece, number in self._pieces(index, at, self.columns[column].money):
            if self.after[index] + length - end < needed:
                break  # fewer characters left than pieces to come, and later ends leave fewer
            following = (index + 1, -1, column + 1, left) if end == length else (index, end, column + 1, left)
            yield (piece,), following, number

    def _pieces(self, index: int, at: int, money: bool) -> list[tuple[int, RawPiece, int | Decimal]]:
        """The pieces that may start at ``at`` in a token, listed once for every column they may fill."""
        key = (index, at, money)
        known = self._table.get(key)
        if known is None:
            token = self.tokens[index]
            length = len(token.text)
            known = self._table[key] = [
                (
                    end,
                    (text, token.offset + at, value, not (at == 0 and end == length)),
                    0 if value is None else value,
                )
                for end, text, value in pieces_from(token.text, self.ends[index], at, money)
            ]
        return known

    def feasible(self, state: State) -> bool:
        if state[0] == len(self.tokens):
            return state[2] == len(self.columns) and state[3] == 0
        known = self._memo.get(state)
        if known is None:
            known = False
            for _, nxt, _ in self.moves(state):
                if self.feasible(nxt):
                    known = True
                    break
            self._memo[state] = known
        return known


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
    if all(len(g.options) == 1 for g in groups):  # nothing left to choose (or no groups)
        return groups
    owner = {cell_id: i for i, g in enumerate(groups) for cell_id in g.cell_ids}
    ordered = sorted(rules, key=lambda r: len({owner.get(c) for c in r.ids if c in owner}))
    changed = True
    while changed:
        changed = False
        for rule in ordered:
            changed = _narrow(groups, owner, fixed, rule) or changed
    return groups


def _contribution(at: Sequence[tuple[int, int]], option: Candidate) -> Decimal | None:
    """What one option adds to the rule's signed sum, from the pieces at the rule's positions
    (with their signs); None when it leaves an operand blank."""
    total = Decimal(0)
    for position, sign in at:
        value = option[position].value
        if value is None:
            return None
        total += sign * value
    return total


def _narrow(
    groups: list[Group], owner: Mapping[str, int], fixed: Mapping[str, Value], rule: Identity
) -> bool:
    """Drop the options that no combination satisfying ``rule`` uses; whether any was dropped.

    Options are pooled by what they add to the rule, so only distinct sums are combined.
    """
    signs = dict.fromkeys(rule.left, 1) | dict.fromkeys(rule.right, -1)
    involved = sorted({owner[c] for c in signs if c in owner and len(groups[owner[c]].options) > 1})
    if not involved:
        return False
    known = Decimal(0)
    for cell_id, sign in signs.items():
        if cell_id in owner and owner[cell_id] in involved:
            continue
        if cell_id in owner:
            group = groups[owner[cell_id]]
            value = group.options[0][group.cell_ids.index(cell_id)].value
        else:
            value = fixed.get(cell_id)
        if value is None:
            return False
        known += sign * value
    pools: list[dict[Decimal | None, list[int]]] = []
    for i in involved:
        pool: dict[Decimal | None, list[int]] = {}
        at = [(position, signs[c]) for position, c in enumerate(groups[i].cell_ids) if c in signs]
        for n, option in enumerate(groups[i].options):
            pool.setdefault(_contribution(at, option), []).append(n)
        pools.append(pool)
    if _product([len(p) for p in pools]) > MAX_CANDIDATES:
        return False
    keep: list[set[int]] = [set() for _ in involved]
    satisfied = False
    for combo in itertools.product(*(list(p.items()) for p in pools)):
        parts = [part for part, _ in combo]
        # A blank operand leaves the rule undecided: such a split is kept, not preferred.
        numbers = [p for p in parts if p is not None]
        verdict = None if len(numbers) < len(parts) else known + sum(numbers, Decimal(0)) == 0
        satisfied = satisfied or verdict is True
        if verdict is not False:
            for slot, (_, members) in enumerate(combo):
                keep[slot].update(members)
    sizes = [len(groups[i].options) for i in involved]
    if not satisfied or all(len(k) == s for k, s in zip(keep, sizes, strict=True)):
        return False
    for slot, i in enumerate(involved):
        g = groups[i]
        groups[i] = Group(g.cell_ids, tuple(o for n, o in enumerate(g.options) if n in keep[slot]))
    return True


def _product(sizes: Sequence[int]) -> int:
    result = 1
    for size in sizes:
        result *= size
    return result
