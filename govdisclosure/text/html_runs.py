"""The tokens of an HTML page that add to its text, a piece at a time: the fast path of ``text.html``.

A match of ``AFTER_BREAK`` or ``AFTER_TEXT`` (outside cells: the text so far ends a line or not)
or ``INSIDE`` (in a cell) first skips the tokens that add nothing there, then reads a piece of
text (a run of text, of space, an entity) with the line break or cell end that may follow it, or
a cell's start or end alone; its kind is the number of the last group that matched
(``match.lastindex``). Skipped outside cells: tags other than blocks (after a line break, blocks
too) and a cell's start; in a cell: tags other than a cell's start or end and a row's end, and
runs of space holding a line break. Anything else (comments, script and style blocks, entities
other than the five here, a ``<`` that starts no tag, a tag name with a letter outside ASCII or
followed by one) is a stop: ``text.html`` reads it token by token.

Patterns are for the standard ``re`` (several times faster here than ``regex``), written so they
match as ``text.html``'s ``regex`` patterns do: spaces are its ``\\s`` spelt out, a tag's name is
ASCII and followed by an ASCII character that is no letter, digit or ``_`` (so ``\\b`` holds in
both engines), and names are told apart in ASCII case only, as ``str.lower`` does.
"""

from __future__ import annotations

import re

from govdisclosure.text.compact import SPACES

BLOCK_NAMES = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead"}
    | {"tfoot", "section", "article", "header", "footer", "tr", "caption"}
)
CELL_NAMES = frozenset({"td", "th"})
SKIPPED_NAMES = frozenset({"script", "style", "head", "noscript", "template"})
ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}

# Group numbers (``match.lastindex``), the kind of what a match read. Outside cells:
PIECE = 1  # text or an entity
SPACE = 2  # a run of space
PIECE_BREAK = 3  # either, then a block tag that ends the line
BREAK = 4  # a block tag that ends the line
OPEN, OPEN_TEXT = 5, 6  # a cell's start, and the text after it
STOP = 7
# In a cell (PIECE = 1 too):
PIECE_CLOSE, PIECE_CLOSE_OPEN, PIECE_REOPEN = 2, 3, 4  # text or an entity, then the cell's end
IN_SPACE = 5
REOPEN, CLOSE, CLOSE_OPEN = 6, 7, 8  # a cell's start or end (and the next one's start)
IN_STOP = 9


def _ci(name: str) -> str:
    """The name in any ASCII case (and only that)."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in name)


def _names(names: frozenset[str]) -> str:
    """An alternation of the names in any ASCII case, as a trie (alternatives are tried in turn)."""
    by_first: dict[str, set[str]] = {}
    for name in names:
        by_first.setdefault(name[0], set()).add(name[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        tails = sorted(rests, key=lambda rest: (-len(rest), rest))  # "header" before "h"
        inner = "|".join(_ci(rest) for rest in tails)
        branches.append(_ci(first) + (f"(?:{inner})" if len(tails) > 1 else inner))
    return f"(?:{'|'.join(branches)})"


def _chars(chars: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in chars)


_SPACE = f"[{_chars(SPACES)}]"
_SPACE_ON_LINE = f"[{_chars(SPACES.replace(chr(10), ''))}]"
_TEXT = f"[^<&{_chars(SPACES)}]++"
_END = r"(?=[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f])"  # \b after a name, in either engine
_REST = _END + r"[^>]*+>"  # after the name: the attributes and the ">"
_NAME = r"[a-zA-Z][a-zA-Z0-9]*+" + _REST
_CELL = _names(CELL_NAMES)
_ROW = _ci("tr")
_BLOCK = _names(BLOCK_NAMES)
_SKIPPED = _names(SKIPPED_NAMES)
_DECLARATION = r"<(?!!--)[!?][^<>]*+>"
_ENTITY = "&(?:nbsp|amp|lt|gt|quot);"

_SILENT_AFTER_BREAK = rf"<(?!{_CELL}{_END}|{_SKIPPED}{_END})/?{_NAME}|{_DECLARATION}"
_SILENT_AFTER_TEXT = rf"<(?!/?{_BLOCK}{_END}|{_CELL}{_END}|{_SKIPPED}{_END})/?{_NAME}|{_DECLARATION}"
_SILENT_INSIDE = (
    rf"<(?!/?{_CELL}{_END}|/{_ROW}{_END}|{_SKIPPED}{_END})/?{_NAME}|{_DECLARATION}"
    rf"|{_SPACE_ON_LINE}*+\n{_SPACE}*+"
)
_PIECE = rf"({_TEXT}|{_ENTITY})"
_BREAK = rf"(<)/?{_BLOCK}{_REST}(?:{_SILENT_AFTER_BREAK})*+"
_READ = rf"(?:{_PIECE}|({_SPACE}){_SPACE}*+)(?:(?:{_SILENT_AFTER_TEXT})*+{_BREAK})?"
_OPEN = rf"(<){_CELL}{_REST}(?:{_SILENT_INSIDE})*+({_TEXT})?"
_CLOSE = rf"(<)/(?:{_CELL}|{_ROW}){_REST}(<{_CELL}{_REST})?|(<){_CELL}{_REST}"

# Outside cells, where a block tag ends the line or not (after a line break, or at the start).
AFTER_BREAK = re.compile(rf"(?:{_SILENT_AFTER_BREAK})*+(?:{_READ}|(?!)()|{_OPEN}|())")
AFTER_TEXT = re.compile(rf"(?:{_SILENT_AFTER_TEXT})*+(?:{_READ}|{_BREAK}|{_OPEN}|())")
INSIDE = re.compile(
    rf"(?:{_SILENT_INSIDE})*+(?:{_PIECE}(?:(?:{_SILENT_INSIDE})*+(?:{_CLOSE}))?"
    rf"|({_SPACE}){_SPACE}*+|(<){_CELL}{_REST}|(<)/(?:{_CELL}|{_ROW}){_REST}(<{_CELL}{_REST})?|())"
)
