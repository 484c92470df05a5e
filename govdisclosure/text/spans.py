"""Spans in one coordinate frame: offsets into the decoded input as the user gave it.

The reader reads a text made from the input (for an HTML page, the page's text; for anything
else, the input itself). ``TextMap`` is built once per parse and turns any stretch of that text
into a ``Span`` of the input, with line and column.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence

from govdisclosure.model.cells import Span


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


class TextMap:
    """From positions in the text the reader reads to spans of the input.

    ``origin[i]`` is the input offset that character ``i`` of the read text came from; ``None``
    when the read text is the input itself.
    """

    def __init__(self, source: str, origin: Sequence[int] | None = None) -> None:
        self.source = source
        self._origin = origin
        self._lines = LineIndex(source)

    def offset(self, index: int) -> int:
        """The input offset of the read text's character at ``index`` (the end of input past the end)."""
        if self._origin is None:
            return min(index, len(self.source))
        return self._origin[index] if index < len(self._origin) else len(self.source)

    def span(self, start: int, end: int) -> Span:
        """The input span of the read text's characters ``[start, end)``."""
        first = self.offset(start)
        if end <= start:
            return self._lines.span(first, 0)
        last = self.offset(end - 1) + 1 if self._origin is not None else min(end, len(self.source))
        return self._lines.span(first, max(0, last - first))
