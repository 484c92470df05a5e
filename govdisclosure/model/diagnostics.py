"""Diagnostics: what the parser noticed about its input, with where it noticed it."""

from __future__ import annotations

import enum

from attrs import frozen

from govdisclosure.model.cells import Span


class Severity(enum.StrEnum):
    """How much a diagnostic or finding matters."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@frozen
class Diagnostic:
    """A note from the parser: a stable code, a severity, a message, and the span it is about."""

    code: str
    severity: Severity
    message: str
    span: Span | None = None
    cells: tuple[str, ...] = ()
