"""Spans: where in the input a thing was printed, as offset, length, line and column."""

from __future__ import annotations

import bisect
import itertools
import operator

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
