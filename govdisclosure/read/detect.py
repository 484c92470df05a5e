"""What the input is: its rendering (HTML, markdown, pipe text, flat text) and its template."""

from __future__ import annotations

from collections.abc import Mapping

import regex

from govdisclosure.model.diagnostics import Diagnostic, note
from govdisclosure.template import national, words
from govdisclosure.template.spec import Template
from govdisclosure.text.compact import Compact, norm_label
from govdisclosure.text.html import at_least, looks_like_html

_MARKDOWN_RULE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", regex.M)
_MARKDOWN_ROW = regex.compile(r"^[ \t]*\|[ \t]*[^|\s][^\n]*\|[ \t]*$", regex.M)
_PIPE_LINE = regex.compile(r"\S\s*\|\s*$", regex.M)
_VERSIONS = (Template.V2019, Template.V2021)


def detect_rendering(text: str) -> str:
    """``html``, ``markdown``, ``pipe``, ``flat`` (long lines of glued or spaced cells) or ``text``."""
    if looks_like_html(text):
        return "html"
    if at_least(_MARKDOWN_ROW, text, 5) and _MARKDOWN_RULE.search(text):
        return "markdown"
    if at_least(_PIPE_LINE, text, 20):
        return "pipe"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and max(len(line) for line in lines) > 400 and len(lines) < 200:
        return "flat"
    return "text"


def _counts(comp: Compact, markers: Mapping[Template, tuple[str, ...]]) -> tuple[int, int]:
    v19, v21 = (sum(1 for m in markers[t] if comp.text.find(norm_label(m)) >= 0) for t in _VERSIONS)
    return v19, v21


def detect_template(comp: Compact, year: int | None) -> tuple[Template, list[Diagnostic]]:
    """The template from the table content, not the year: table 二's headers decide, table 三's
    （六） rows where they do not (a hybrid prints those the other way), the year last."""
    table2, table3 = _counts(comp, words.TABLE2_MARKERS), _counts(comp, words.TABLE3_MARKERS)
    has_t3 = comp.text.find(norm_label(national.T3_2019.rows[0].label)) >= 0
    has_t2 = comp.text.find(national.CAPTION_PREFIX) >= 0
    if not (has_t2 or has_t3 or any(table2) or any(table3)):
        legacy = any(comp.text.find(norm_label(m)) >= 0 for m in words.LEGACY_MARKERS)
        if legacy or (year is not None and year < 2019):
            return Template.LEGACY, [note("legacy_report")]
        return Template.UNKNOWN, [note("no_report")]
    diagnostics: list[Diagnostic] = []
    v19, v21 = table2
    if v19 and v21:
        diagnostics.append(note("mixed_template", v2019=v19, v2021=v21))
    for first, second in (table2, table3):
        if first != second:
            return (Template.V2019 if first > second else Template.V2021), diagnostics
    guess = Template.V2021 if (year or 0) >= 2021 else Template.V2019
    diagnostics.append(note("template_from_year", template=guess.value))
    return guess, diagnostics
