"""What one cell's piece of a run of glued digits may be: tokens, pieces, where a cut may fall.

A split only cuts the printed characters: it never changes a digit.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex
from attrs import frozen

from govdisclosure.model.cells import Value
from govdisclosure.read.cell_text import read_cell
from govdisclosure.template import lexicon

_COUNT_PIECE = regex.compile(lexicon.COUNT_PIECE)
_MONEY_PIECE = regex.compile(lexicon.MONEY_PIECE)
_UNIT_TAIL = regex.compile(lexicon.UNIT_TAIL)

MAX_CANDIDATES = 5000  # more cuts than this are not listed: the row stays unread
LONGEST = 24  # no printed value is longer (digits, separators, a decimal part and a unit)
MOST_DIGITS = 22  # 14 before the decimal point and 8 after it (lexicon.MONEY_PIECE)


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
# A piece as a search carries it: (text, offset, value, split); a Piece is built only for a cut found.
RawPiece = tuple[str, int, Value, bool]
# A piece that may start at a place of a token: where it ends, its text, its value.
Reach = tuple[int, str, Value]


def piece_ok(text: str, money: bool, first: bool) -> bool:
    """Whether ``text`` can be one cell's value (``first``: at the start of its token, where a sign may be)."""
    if text.isascii() and text.isdigit():  # what the patterns say of plain digits
        return text == "0" or (text[0] != "0" and len(text) <= (14 if money else 7))
    if not first and text[0] in "+-":
        return False
    pattern = _MONEY_PIECE if money else _COUNT_PIECE
    return bool(pattern.match(text))


def cut_points(token: str) -> list[int]:
    """Offsets inside a token where a cut may fall (between digits, never inside a unit or number)."""
    if token.isdigit():
        return list(range(1, len(token)))
    body = _UNIT_TAIL.sub("", token)
    return [i for i in range(1, len(body)) if body[i - 1].isdigit() and body[i].isdigit()]


def piece_ends(token: str) -> list[int]:
    """Where a piece of the token may end: its cut points and its end."""
    return [*cut_points(token), len(token)]


def max_pieces(tokens: Sequence[Token]) -> int:
    """The most cells the tokens can fill: one a digit."""
    return sum(len(cut_points(t.text)) + 1 for t in tokens)


def value_of(text: str, money: bool) -> Value:
    """The value a piece that ``piece_ok`` accepts prints."""
    if text.isascii() and text.isdigit():  # the usual piece: what read_cell says of it, sooner
        return Decimal(text) if money else int(text)
    return read_cell(text, money=money).value  # read_cell is memoised


def _hopeless(piece: str) -> bool:
    """Whether no longer piece from the same start can be a value (a leading zero, too many digits)."""
    body = piece.lstrip("+-")
    return (len(body) > 1 and body[0] == "0" and body[1].isdigit()) or len(body) > LONGEST


def pieces_from(text: str, ends: list[int], at: int, money: bool) -> Iterator[Reach]:
    """The pieces of ``text`` (whose ``piece_ends`` are ``ends``) that may start at ``at``, in order."""
    for index in range(bisect.bisect_right(ends, at), len(ends)):  # no copy of a long token's ends
        end = ends[index]
        piece = text[at:end]
        if not piece_ok(piece, money, at == 0):
            if _hopeless(piece):
                return
            continue
        yield end, piece, value_of(piece, money)
