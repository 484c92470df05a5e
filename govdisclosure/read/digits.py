"""Splitting glued digits into cells, and letting the template's arithmetic choose among the splits.

A split only cuts the printed characters: it never changes a digit. Where arithmetic leaves several
splits, the cells they disagree on stay undecided.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal

import regex
from attrs import frozen

from govdisclosure.model.cells import Value
from govdisclosure.read.cell_text import read_cell
from govdisclosure.template import lexicon
from govdisclosure.template.spec import ColumnSpec
from govdisclosure.template.sums import Identity

_COUNT_PIECE = regex.compile(lexicon.COUNT_PIECE)
_MONEY_PIECE = regex.compile(lexicon.MONEY_PIECE)
_UNIT_TAIL = regex.compile(lexicon.UNIT_TAIL)

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
# A piece as the search carries it: (text, offset, value, split); a Piece is built only for a cut found.
RawPiece = tuple[str, int, Value, bool]


def _piece_ok(text: str, money: bool, first: bool) -> bool:
    if text.isascii() and text.isdigit():  # what the patterns say of plain digits
        return text == "0" or (text[0] != "0" and len(text) <= (14 if money else 7))
    if not first and text[0] in "+-":
        return False
    pattern = _MONEY_PIECE if money else _COUNT_PIECE
    return bool(pattern.match(text))


def _cut_points(token: str) -> list[int]:
    """Offsets inside a token where a cut may fall (between digits, never inside a unit or number)."""
    if token.isdigit():
        return list(range(1, len(token)))
    body = _UNIT_TAIL.sub("", token)
    return [i for i in range(1, len(body)) if body[i - 1].isdigit() and body[i].isdigit()]


def max_pieces(tokens: Sequence[Token]) -> int:
    """The most cells the tokens can fill: one a digit."""
    return sum(len(_cut_points(t.text)) + 1 for t in tokens)


def _value(text: str, money: bool) -> Value:
    return read_cell(text, money=money).value  # read_cell is memoised


_LONGEST = 24  # no printed value is longer (digits, separators, a decimal part and a unit)
_MOST_DIGITS = 22  # 14 before the decimal point and 8 after it (lexicon.MONEY_PIECE)


def _hopeless(piece: str) -> bool:
    """Whether no longer piece from the same start can be a value (a leading zero, too many digits)."""
    body = piece.lstrip("+-")
    return (len(body) > 1 and body[0] == "0" and body[1].isdigit()) or len(body) > _LONGEST


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
        return _with_total(tuple(tokens), tuple(columns))
    return _Cutter(tuple(tokens), tuple(columns), blanks, gaps).run()


def _digit_by_digit(tokens: Sequence[Token], columns: Sequence[ColumnSpec]) -> Candidate | None:
    """The one cut when there are exactly as many cut-able places as cells (``0000000``)."""
    pieces: list[Piece] = []
    for token in tokens:
        if token.text.isascii() and token.text.isdigit():  # one digit a cell, each a value
            split = len(token.text) > 1
            for at, char in enumerate(token.text):
                column = columns[len(pieces)]
                pieces.append(Piece(char, token.offset + at, _value(char, column.money), split))
            continue
        bounds = (0, *_cut_points(token.text), len(token.text))
        split = len(bounds) > 2
        for start, end in itertools.pairwise(bounds):
            text = token.text[start:end]
            column = columns[len(pieces)]
            if not _piece_ok(text, column.money, start == 0):
                return None
            pieces.append(Piece(text, token.offset + start, _value(text, column.money), split))
    return tuple(pieces)


def sums_to_last(option: Candidate, *, blank: int | None = None) -> bool:
    """Whether the last piece is the sum of the others (blank pieces count as ``blank``; None: fail)."""
    values = [p.value if p.text or blank is None else blank for p in option]
    if any(v is None for v in values):
        return False
    return sum(v for v in values[:-1] if v is not None) == values[-1]


def _with_total(tokens: tuple[Token, ...], columns: tuple[ColumnSpec, ...]) -> list[Candidate] | None:
    """Cuts whose last piece (a suffix of the last token) is the sum of the others.

    Each possible total is tried in turn, and the other pieces are cut with their running sum
    bounded by it, so a wrong cut is abandoned as soon as it overshoots.
    """
    last = tokens[-1]
    found: list[Candidate] = []
    # The moves within the tokens before the last are the same whatever the total, and so are the
    # pieces that can start at each place of the last token: each listed once.
    shared: dict[State, list[Move]] = {}
    table: PieceTable = {}
    for start in _total_starts(last.text, columns[-1]):
        suffix = last.text[start:]
        total = Piece(suffix, last.offset + start, _value(suffix, columns[-1].money), start > 0)
        head = tokens[:-1] + ((Token(last.text[:start], last.offset),) if start else ())
        if (
            not head
            or not isinstance(total.value, int | Decimal)
            or _out_of_reach(head, len(columns) - 1, total.value)
        ):
            continue
        cutter = _Cutter(
            head,
            columns[:-1],
            0,
            frozenset(),
            shared=shared,
            table=table,
            source=last.text if start else None,
        )
        cut = cutter.bounded(total.value)
        if cut is None:
            return None
        for option in cut:
            pieces = [Piece(t, o, v, True if o >= last.offset else s) for t, o, v, s in option]
            found.append((*pieces, total))
        if len(found) > MAX_CANDIDATES:
            return None
    return found


def _pieces_from(text: str, at: int, money: bool) -> Iterator[tuple[int, str, Value]]:
    """Where a piece starting at ``at`` may end, its text and its value, in order."""
    for end in [*_cut_points(text), len(text)]:
        if end <= at:
            continue
        piece = text[at:end]
        if not _piece_ok(piece, money, at == 0):
            if _hopeless(piece):
                return
            continue
        yield end, piece, _value(piece, money)


def _out_of_reach(head: tuple[Token, ...], count: int, total: int | Decimal) -> bool:
    """Whether plain digits cannot make ``count`` pieces that add up to ``total``, by their number
    alone: a cheap test before cutting (a piece of ``m`` digits is at least 10**(m-1), or 0)."""
    if (
        not isinstance(total, int)
        or total < 0
        or not all(t.text.isascii() and t.text.isdigit() for t in head)
    ):
        return False
    digits = sum(len(t.text) for t in head)
    if digits > count * len(str(total)):  # no piece is above the total
        return True
    # The least sum: the digits shared out as evenly as the tokens allow is at least as even.
    size, longer = divmod(digits, count)
    least = (longer * 10**size if size else 0) + ((count - longer) * 10 ** (size - 1) if size > 1 else 0)
    return least > total


def _total_starts(text: str, column: ColumnSpec) -> list[int]:
    """Where a total may start in the last token, in order: only the short suffixes are tried (a
    value has at most 22 digits), so a long run of digits costs time linear in its length."""
    starts: list[int] = []
    for start in reversed([0, *_cut_points(text)]):
        suffix = text[start:]
        if sum(c.isdigit() for c in suffix) > _MOST_DIGITS:
            break
        if _piece_ok(suffix, column.money, start == 0):
            starts.append(start)
    return starts[::-1]


State = tuple[int, int, int, int]
# The pieces that may start at a place in a token's text, for counts or for amounts: where each
# ends, its text and its value. A token cut short (the head before a total) reads its source's.
PieceTable = dict[tuple[str, int, bool], list[tuple[int, str, Value]]]
# A move: its pieces, the state after them, and their sum (at most 22 digits a piece: exact).
Move = tuple[tuple[RawPiece, ...], State, int | Decimal]


class _Cutter:
    """Depth-first cutting that only enters states from which all columns can still be filled."""

    def __init__(
        self,
        tokens: tuple[Token, ...],
        columns: tuple[ColumnSpec, ...],
        blanks: int,
        gaps: frozenset[int],
        shared: dict[State, list[Move]] | None = None,
        table: PieceTable | None = None,
        source: str | None = None,
    ) -> None:
        self.tokens, self.columns, self.blanks, self.gaps = tokens, columns, blanks, gaps
        self.bound: int | Decimal = 0  # what a bounded cut adds up to
        # The text the last token was cut from (its head, before a total): its pieces are the same.
        self.source = tokens[-1].text if source is None else source
        self._table: PieceTable = {} if table is None else table
        self.found: list[tuple[RawPiece, ...]] = []
        self.visits = 0
        self._memo: dict[State, bool] = {}
        self._moves: dict[State, list[Move]] = {}
        self._sums: dict[State, tuple[int | Decimal, int | Decimal] | None] = {}
        self._counts: dict[State, tuple[int, int]] = {}
        self._completions: dict[State, list[Candidate]] = {}
        # Moves from states in tokens[:-1], kept by the caller across cutters that differ only
        # in the last token.
        self._shared = {} if shared is None else shared

    def run(self) -> list[Candidate] | None:
        """Every cut (None: too many to list), counted before any is listed."""
        start = (0, -1, 0, self.blanks)
        if not self.feasible(start):
            return []
        # The limits of the bounded walk, which lists cuts one by one: more than one cut beyond
        # MAX_CANDIDATES, or more states entered than MAX_CANDIDATES * 20, and it gives up.
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

    def bounded(self, bound: int | Decimal) -> list[tuple[RawPiece, ...]] | None:
        """The cuts whose pieces add up to ``bound``, as raw pieces (None: too many to list)."""
        self.bound = bound
        start = (0, -1, 0, self.blanks)
        sums = self.sums(start)
        if sums is None or not sums[0] <= bound <= sums[1]:
            return []
        return self.found if self.walk(start, (), Decimal(0)) else None

    def moves(self, state: State) -> list[Move]:
        """The moves from ``state``, listed once (the walk comes back to a state by many paths)."""
        cache = self._shared if state[0] < len(self.tokens) - 1 else self._moves
        known = cache.get(state)
        if known is None:
            known = cache[state] = list(self._next_moves(state))
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
        length = len(token.text)
        for end, text, value in self._pieces(index, at, self.columns[column].money):
            if end > length:
                break
            whole = at == 0 and end == length
            piece = (text, token.offset + at, value, not whole)
            following = (
                (index + 1, -1, column + 1, left)
                if end == len(token.text)
                else (index, end, column + 1, left)
            )
            yield (piece,), following, 0 if value is None else value

    def _pieces(self, index: int, at: int, money: bool) -> list[tuple[int, str, Value]]:
        """The pieces that may start at ``at`` in a token (the text it was cut from, for the last)."""
        source = self.source if index == len(self.tokens) - 1 else self.tokens[index].text
        key = (source, at, money)
        known = self._table.get(key)
        if known is None:
            known = self._table[key] = list(_pieces_from(source, at, money))
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

    def sums(self, state: State) -> tuple[int | Decimal, int | Decimal] | None:
        """The least and the greatest sum of the pieces that can complete a bounded cut from
        ``state`` (no piece negative or above the bound); None when no cut can be completed."""
        if state[0] == len(self.tokens):
            return (0, 0) if state[2] == len(self.columns) and state[3] == 0 else None
        if state in self._sums:
            return self._sums[state]
        least: int | Decimal | None = None
        most: int | Decimal = 0
        for _, nxt, value in self.moves(state):
            after = self.sums(nxt) if 0 <= value <= self.bound else None
            if after is not None:
                least = value + after[0] if least is None else min(least, value + after[0])
                most = max(most, value + after[1])
        found = None if least is None else (least, most)
        self._sums[state] = found
        return found

    def walk(self, state: State, acc: tuple[RawPiece, ...], running: int | Decimal) -> bool:
        """Collect the cuts from ``state`` on that reach the bound; False: too many to list."""
        self.visits += 1
        if len(self.found) > MAX_CANDIDATES or self.visits > MAX_CANDIDATES * 20:
            return False
        if state[0] == len(self.tokens):
            if running == self.bound:
                self.found.append(acc)
            return True
        for pieces, nxt, value in self.moves(state):
            # Enter only where the rest of the cut can still bring the sum to the bound.
            after = self.sums(nxt) if value >= 0 else None
            if after is None or not running + value + after[0] <= self.bound <= running + value + after[1]:
                continue
            if not self.walk(nxt, acc + pieces, running + value):
                return False
        return True


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


def _contribution(signs: Mapping[str, int], group: Group, option: Candidate) -> Decimal | None:
    """What one option adds to the rule's signed sum (None when it leaves an operand blank)."""
    total = Decimal(0)
    for cell_id, piece in zip(group.cell_ids, option, strict=True):
        sign = signs.get(cell_id)
        if sign is None:
            continue
        if piece.value is None:
            return None
        total += sign * piece.value
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
        for n, option in enumerate(groups[i].options):
            pool.setdefault(_contribution(signs, groups[i], option), []).append(n)
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
