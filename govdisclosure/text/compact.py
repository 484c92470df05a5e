"""Text normalisation for label matching, keeping a map back to the original offsets."""

from __future__ import annotations

import functools
import itertools
import operator
import unicodedata
from array import array
from collections.abc import Sequence

import regex
from attrs import frozen

# After NFKC: unify quotes and list separators; drop what never matters for matching a label.
_UNIFIED = {"“": '"', "”": '"', "‘": "'", "’": "'", "、": ",", "，": ",", "﹑": ","}
_UNIFY = str.maketrans(_UNIFIED)
_DROP = regex.compile(r"[\s|\u200b\ufeff\u00ad*#>`]+")
# What ``\s`` matches (str.isspace also takes \x1c-\x1f), and the characters _DROP adds to it.
SPACES = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
DROPPED = frozenset(SPACES + "|\u200b\ufeff\u00ad*#>`")


# Characters that never reorder or compose with a neighbour under NFKC (no combining class, not
# the second of any canonical pair): ASCII, general punctuation, CJK symbols and ideographs.
_STABLE_RANGES = (
    (0x0, 0x80),
    (0x2000, 0x2070),
    (0x3000, 0x302A),
    (0x3030, 0x3040),
    (0x3400, 0x4DC0),
    (0x4E00, 0xA000),
)


# ASCII and the CJK ideographs: stable, and NFKC leaves each as it is, so only the other
# characters of a text are looked up (building a set of every character is the slow part).
_LOOKED_UP = regex.compile(r"[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff]")


def norm(text: str) -> str:
    """A label as it is matched: NFKC, no whitespace, unified quotes and separators."""
    return str(_DROP.sub("", _unify(nfkc(text))))


@functools.lru_cache(maxsize=8192)
def _char_nfkc(char: str) -> str | None:
    """NFKC of one character when its decomposition is made of stable characters only, else None."""
    form = unicodedata.normalize("NFKD", char)
    stable = all(any(low <= ord(d) < high for low, high in _STABLE_RANGES) for d in form)
    return form if stable and form == unicodedata.normalize("NFKC", char) else None


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, computed per distinct character when that is the same.

    When every character decomposes into stable characters nothing composes or reorders, so the
    text's NFKC is each character's NFKC in turn (and those are fixed points: replacing one never
    creates another to replace).
    """
    if len(text) < 256:
        return unicodedata.normalize("NFKC", text)
    changed: list[tuple[str, str]] = []
    for char in set(_LOOKED_UP.findall(text)):
        form = _char_nfkc(char)
        if form is None:
            return unicodedata.normalize("NFKC", text)
        if form != char:
            changed.append((char, form))
    for char, form in changed:
        text = text.replace(char, form)
    return text


def _unify(text: str) -> str:
    """``text.translate(_UNIFY)`` (one character for one, so a chain of replacements is the same)."""
    for char, unified in _UNIFIED.items():
        if char in text:
            text = text.replace(char, unified)
    return text


@functools.cache
def norm_label(text: str) -> str:
    """``norm`` of a string of the templates (labels, markers, headings): computed once each."""
    return norm(text)


@frozen
class Compact:
    """The normalised, whitespace-free view of a text, with each character's original offset.

    The offsets are a 32-bit array (4 bytes a character; a tuple of ints took 36): an input is cut
    to 8 million characters (``read.pipeline.MAX_INPUT_CHARS``).
    """

    text: str
    origin: Sequence[int]

    def start(self, index: int) -> int:
        """Original offset of the compact character at ``index`` (or the end)."""
        return self.origin[index] if index < len(self.origin) else self._end

    @property
    def _end(self) -> int:
        return self.origin[-1] + 1 if self.origin else 0

    def end(self, index: int) -> int:
        """Original offset just after the compact character before ``index``."""
        return self.origin[index - 1] + 1 if index > 0 else 0


def compact_text(text: str) -> str:
    """``compact(text).text``, without the offsets."""
    normal = nfkc(text)
    return _DROP.sub("", _unify(normal)) if len(normal) == len(text) else compact(text).text


def compact(text: str) -> Compact:
    """The compact view of ``text`` (see ``norm``) with the origin of every character."""
    normal = nfkc(text)
    if len(normal) == len(text):
        # The usual case: NFKC maps character for character, so runs keep their offsets.
        unified = _unify(normal)
        # The offsets of the characters kept, streamed into 4 bytes each (no loop in Python).
        mask = map(operator.not_, map(DROPPED.__contains__, unified))
        return Compact(_DROP.sub("", unified), array("i", itertools.compress(range(len(unified)), mask)))
    pairs = [
        (out, offset)
        for offset, char in enumerate(text)
        for out in unicodedata.normalize("NFKC", char).translate(_UNIFY)
    ]
    kept = [(char, offset) for char, offset in pairs if char not in DROPPED]
    return Compact("".join(c for c, _ in kept), array("i", (o for _, o in kept)))
