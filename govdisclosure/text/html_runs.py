"""The tokens of an HTML page that add to its text, one per match: the fast path of ``text.html``.

A match of ``OUTSIDE`` (outside cells) or ``INSIDE`` (in a cell) first skips the tokens that add
nothing there, then reads one that may: its kind is the number of the group that matched
(``match.lastindex``). Skipped outside cells: tags other than blocks and a cell's start (a cell's
end too); in a cell: tags other than a cell's start or end and a row's end, and runs of space
holding a line break. Anything else (comments, script and style blocks, entities other than the
five here, a ``<`` that starts no tag, a tag name with a letter outside ASCII or followed by one)
is ``STOP``: ``text.html`` reads it token by token.

Patterns are for the standard ``re`` (several times faster here than ``regex``), written so they
match as ``text.html``'s ``regex`` patterns do: spaces are its ``\\s`` spelt out, a tag's name is
ASCII and followed by an ASCII character that is no letter, digit or ``_`` (so ``\\b`` holds in
both engines), and names are told apart in ASCII case only, as ``str.lower`` does.
"""

from __future__ import annotations

import re

SPACES = (  # what ``\s`` matches in ``regex`` (str.isspace also takes \x1c-\x1f)
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
BLOCK_NAMES = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead"}
    | {"tfoot", "section", "article", "header", "footer", "tr", "caption"}
)
CELL_NAMES = frozenset({"td", "th"})
SKIPPED_NAMES = frozenset({"script", "style", "head", "noscript", "template"})
ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}

# Group numbers: the kind of token a match read.
TEXT, SPACE, ENTITY, STOP = 1, 2, 3, 7
BLOCK, OPEN, OPEN_TEXT = 4, 5, 6  # OUTSIDE: a block tag; a cell's start (and the text after it)
REOPEN, CLOSE, CLOSE_OPEN = 4, 5, 6  # INSIDE: a cell's start; its end (and the next one's start)


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

_SILENT_OUTSIDE = rf"<(?!/?{_BLOCK}{_END}|{_CELL}{_END}|{_SKIPPED}{_END})/?{_NAME}|{_DECLARATION}"
_SILENT_INSIDE = (
    rf"<(?!/?{_CELL}{_END}|/{_ROW}{_END}|{_SKIPPED}{_END})/?{_NAME}|{_DECLARATION}"
    rf"|{_SPACE_ON_LINE}*+\n{_SPACE}*+"
)
_READ = rf"({_TEXT})|({_SPACE}){_SPACE}*+|({_ENTITY})"

OUTSIDE = re.compile(
    rf"(?:{_SILENT_OUTSIDE})*+(?:{_READ}|(<)/?{_BLOCK}{_REST}"
    rf"|(<){_CELL}{_REST}(?:{_SILENT_INSIDE})*+({_TEXT})?|())"
)
INSIDE = re.compile(
    rf"(?:{_SILENT_INSIDE})*+(?:{_READ}|(<){_CELL}{_REST}"
    rf"|(<)/(?:{_CELL}|{_ROW}){_REST}(<{_CELL}{_REST})?|())"
)
