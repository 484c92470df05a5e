"""The source of a report as a reviewer reads it, with every cell span and quoted sentence marked.

Spans are offsets into ``ParseResult.source``, the input as given. A text input is shown as it
is. An HTML page is shown as its text (``text.html.html_to_text``, the text the parser read), and
each span is carried into that text through the origin map: a span covers the characters of the
text whose origin lies inside it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

from attrs import frozen

from govdisclosure.model.cells import Span
from govdisclosure.review.markup import esc
from govdisclosure.text.html import html_to_text


@frozen
class Mark:
    """A stretch of the input to mark: its span, the key the page's script finds it by
    (``c:<cell id>``, ``f:<finding>``, ``n:<note>``) and the classes it is drawn with."""

    span: Span
    key: str
    classes: str


@frozen
class Shown:
    """The text shown for an input, and for each of its characters the input offset it came from
    (``None`` when the text is the input)."""

    text: str
    origin: Sequence[int] | None = None

    @classmethod
    def of(cls, source: str, rendering: str) -> Shown:
        """The input as given, or an HTML page's text."""
        if rendering == "html":
            text, origin = html_to_text(source)
            return cls(text, origin)
        return cls(source)

    def stretch(self, span: Span) -> tuple[int, int]:
        """The characters ``[start, end)`` of the shown text that a span of the input covers."""
        start, end = span.offset, span.offset + span.length
        if self.origin is None:
            return min(start, len(self.text)), min(end, len(self.text))
        return bisect.bisect_left(self.origin, start), bisect.bisect_left(self.origin, end)


def marked(shown: Shown, marks: Iterable[Mark]) -> str:
    """The shown text as HTML, every mark a ``<mark>`` (overlapping marks split into pieces that
    carry all their keys)."""
    opening: dict[int, list[Mark]] = {}
    closing: dict[int, list[Mark]] = {}
    for mark in marks:
        start, end = shown.stretch(mark.span)
        if end > start:
            opening.setdefault(start, []).append(mark)
            closing.setdefault(end, []).append(mark)
    edges = sorted(opening.keys() | closing.keys() | {0, len(shown.text)})
    active: list[Mark] = []
    out: list[str] = []
    for here, following in itertools.pairwise(edges):
        for mark in closing.get(here, ()):
            active.remove(mark)
        active.extend(opening.get(here, ()))
        piece = esc(shown.text[here:following])
        if not active:
            out.append(piece)
            continue
        keys = " ".join(dict.fromkeys(m.key for m in active))
        classes = " ".join(sorted({c for m in active for c in m.classes.split()}))
        out.append(f'<mark class="{classes}" data-src="{esc(keys)}">{piece}</mark>')
    return "".join(out)
