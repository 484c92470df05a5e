"""Spans in one coordinate frame: offsets into the decoded input as the user gave it.

The reader reads a text made from the input (for an HTML page, the page's text; for anything
else, the input itself). ``TextMap`` is built once per parse and turns any stretch of that text
into a ``Span`` of the input, with line and column, and for a document file (PDF, ``.docx``) with
its ``Address`` there.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence

import attrs

from govdisclosure.model.cells import Address, Box, Span


class LineIndex:
    """Turns offsets into spans with 1-based line and column."""

    def __init__(self, text: str) -> None:
        # Line k starts after the k lines before it and their k newlines.
        before = itertools.accumulate(map(len, text.split("\n")[:-1]), initial=0)
        self._starts = list(map(operator.add, before, itertools.count()))

    def span(self, offset: int, length: int) -> Span:
        """The span of ``length`` characters at ``offset``."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return Span(offset, length, line + 1, offset - self._starts[line] + 1)


class Addresses:
    """The document addresses of stretches of a text: runs ``(start, end, address)`` in text order.

    A span's address is that of the first run it touches; in a PDF its box grows to take in every
    run of the span on the same page (the lines of a sentence, say).
    """

    def __init__(self, runs: Sequence[tuple[int, int, Address]]) -> None:
        self._starts = [start for start, _, _ in runs]
        self._runs = runs

    def at(self, start: int, end: int) -> Address | None:
        """The address of the text's ``[start, end)``; ``None`` when no run touches it."""
        runs = self._runs
        index = max(0, bisect.bisect_right(self._starts, start) - 1)
        if index < len(runs) and runs[index][1] <= start:
            index += 1
        if index >= len(runs) or runs[index][0] >= max(end, start + 1):
            return None
        first = runs[index][2]
        if first.box is None:
            return first
        boxes = [first.box]
        for run_start, _, address in itertools.islice(runs, index + 1, None):
            if run_start >= end:
                break
            if address.page == first.page and address.box is not None:
                boxes.append(address.box)
        if len(boxes) == 1:
            return first
        box = Box(
            min(b.x0 for b in boxes),
            min(b.top for b in boxes),
            max(b.x1 for b in boxes),
            max(b.bottom for b in boxes),
        )
        return Address(first.page, box)


class TextMap:
    """From positions in the text the reader reads to spans of the input.

    ``origin[i]`` is the input offset that character ``i`` of the read text came from; ``None``
    when the read text is the input itself. ``addresses`` gives the spans of a document file their
    address in it.
    """

    def __init__(
        self, source: str, origin: Sequence[int] | None = None, addresses: Addresses | None = None
    ) -> None:
        self.source = source
        self._origin = origin
        self._lines = LineIndex(source)
        self._addresses = addresses

    def offset(self, index: int) -> int:
        """The input offset of the read text's character at ``index`` (the end of input past the end)."""
        if self._origin is None:
            return min(index, len(self.source))
        return self._origin[index] if index < len(self._origin) else len(self.source)

    def span(self, start: int, end: int) -> Span:
        """The input span of the read text's characters ``[start, end)``."""
        if self._origin is None and self._addresses is None:  # the usual case, kept short
            first = min(start, len(self.source))
            return self._lines.span(first, max(0, min(end, len(self.source)) - first))
        first = self.offset(start)
        if end <= start:
            span = self._lines.span(first, 0)
        else:
            last = self.offset(end - 1) + 1 if self._origin is not None else min(end, len(self.source))
            span = self._lines.span(first, max(0, last - first))
        if self._addresses is None:
            return span
        return attrs.evolve(span, address=self._addresses.at(start, end))
