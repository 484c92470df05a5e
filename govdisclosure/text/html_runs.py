"""Stretches of an HTML page read in one regex match: the fast path of ``text.html``.

A match walks the tokens ``text.html`` would take one by one (text, runs of space, the common
entities, tags) and keeps the state it would keep: inside a cell or not, and whether the text so
far ends with a line break. What a token adds to the text is captured in group ``k``, as the
source characters that become it (``PIECES`` maps them to what they become): a run of text is
itself, a run of space its first character (one space), a block tag its ``<`` (a line break), a
cell end the empty string before its tag (`` |`` and a line break). Anything else (comments,
script and style blocks, other entities, a ``<`` that starts no tag) ends the match and is read
by ``text.html`` itself. Group ``open`` matches when the match ends inside a cell.

Tag names are matched as ``text.html`` matches them (``[a-zA-Z]`` with the case ignored takes
``İ ı ſ K`` too) and told apart as it does, by their lower case (ASCII letters only).
"""

from __future__ import annotations

import regex

SPACES = (  # what ``\s`` matches
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
BLOCK_NAMES = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead"}
    | {"tfoot", "section", "article", "header", "footer", "tr", "caption"}
)
CELL_NAMES = frozenset({"td", "th"})
# Entities read here: each becomes one character other than a line break.
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}
# What each captured piece of the text becomes (any other piece is a run of text, kept as is).
PIECES = {"": " |\n", "<": "\n"} | dict.fromkeys(SPACES, " ") | _ENTITIES
# Pieces whose characters all map to the offset where the piece starts (the others are spread).
SAME_OFFSET = {"": 0}


def _ci(name: str) -> str:
    """The name in any ASCII case (and only that)."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in name)


def _names(names: frozenset[str]) -> str:
    """An alternation of the names in any ASCII case, as a trie (the engine tries alternatives in
    turn, so a failing name fails at its first letter)."""
    by_first: dict[str, set[str]] = {}
    for name in names:
        by_first.setdefault(name[0], set()).add(name[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        tails = sorted(rests, key=lambda rest: (-len(rest), rest))  # h1 before h
        inner = "|".join(_ci(rest) for rest in tails)
        branches.append(_ci(first) + (f"(?:{inner})" if len(tails) > 1 else inner))
    letters = "".join(sorted({c for name in names for c in (name[0].lower(), name[0].upper())}))
    return f"(?=[{letters}])(?:{'|'.join(branches)})"


_CELL = f"(?:{_names(CELL_NAMES)})"
_BLOCK = f"(?:{_names(BLOCK_NAMES)})"
_TR = "[tT][rR]"
_SKIP = r"(?=[sShHnNtT\u017f])(?i:script|style|head|noscript|template)\b"  # as text.html
# A tag's name as ``text.html`` matches it: ``[a-zA-Z]`` with the case ignored takes these too.
_LETTER = "a-zA-Z\u0130\u0131\u017f\u212a"
_REST = rf"[{_LETTER}0-9]*+\b[^>]*+>"  # the rest of a tag's name, its attributes and its ">"
_NAME = rf"[{_LETTER}]{_REST}"
_DECLARATION = r"<(?!!--)[!?][^<>]*+>"
_ENTITY = "&(?:nbsp|amp|lt|gt|quot);"
_TEXT = r"(?P<k>[^<&\s]++)"

_OPEN = rf"<{_CELL}\b[^>]*+>"
_CLOSE = rf"</(?:{_CELL}|{_TR})\b[^>]*+>"
_BREAK = rf"(?P<k><)/?{_BLOCK}\b[^>]*+>"
# Tags that add nothing: after a line break, all but a cell's start; after other text, all but
# those and blocks; in a cell, all but a cell's start or end and a row's end.
_TAG_SILENT = rf"<(?!{_CELL}\b|{_SKIP})/?{_NAME}|{_DECLARATION}"
_TAG_INERT_OUT = rf"<(?!/?{_BLOCK}\b|{_CELL}\b|{_SKIP})/?{_NAME}|{_DECLARATION}"
_TAG_INERT_IN = rf"<(?!/?{_CELL}\b|/{_TR}\b|{_SKIP})/?{_NAME}|{_DECLARATION}"
_PIECE_OUT = rf"{_TEXT}|(?P<k>\s)\s*+|(?P<k>{_ENTITY})"
_PIECE_IN = rf"{_TEXT}|[^\S\n]*+\n\s*+|(?P<k>\s)\s*+|(?P<k>{_ENTITY})"

_IN_CELL = rf"(?:{_TAG_INERT_IN}|{_PIECE_IN}|(?P<k>){_OPEN})*+(?:(?P<k>){_CLOSE}|(?P<open>))"
_AFTER_TEXT = rf"(?:{_TAG_INERT_OUT}|{_PIECE_OUT})*+(?:{_BREAK}|{_OPEN}{_IN_CELL})?"
_AFTER_BREAK = rf"(?:{_TAG_SILENT}|(?:{_PIECE_OUT}){_AFTER_TEXT}|{_OPEN}{_IN_CELL})*+"

# From each state: after a line break (or at the start), after other text, inside a cell.
AFTER_BREAK = regex.compile(_AFTER_BREAK)
AFTER_TEXT = regex.compile(_AFTER_TEXT + _AFTER_BREAK)
IN_CELL = regex.compile(_IN_CELL + _AFTER_BREAK)
