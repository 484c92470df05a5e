"""The text being read, seen three ways: as read, compact (for labels) and mapped to the input."""

from __future__ import annotations

import bisect

from attrs import frozen

from govdisclosure.model.cells import Span
from govdisclosure.text.compact import Compact
from govdisclosure.text.spans import TextMap


@frozen
class View:
    """The read text, its compact view, the map of its positions to spans of the input, and the
    rendering it is in."""

    text: str
    comp: Compact
    map: TextMap
    rendering: str = "text"

    @property
    def markdown(self) -> bool:
        """Whether rows are lines between bars (``| 3 | 4 |``), not cells each ended by one."""
        return self.rendering == "markdown"

    @property
    def colspans_printed(self) -> bool:
        """Whether a merged cell prints its extra columns as empty cells (scraped pipe text)."""
        return self.rendering == "pipe"

    def span(self, start: int, end: int) -> Span:
        """The input span of the read text's ``[start, end)``."""
        return self.map.span(start, end)

    def compact_span(self, start: int, end: int) -> Span:
        """The input span of the compact view's ``[start, end)``."""
        return self.map.span(self.comp.start(start), self.comp.end(end))

    def original(self, start: int, end: int) -> str:
        """The read text under the compact view's ``[start, end)``."""
        return self.text[self.comp.start(start) : self.comp.end(end)]

    def compact_index(self, offset: int) -> int:
        """The compact index of the first character at or after the read text's ``offset``."""
        return bisect.bisect_left(self.comp.origin, offset)
