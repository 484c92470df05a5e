"""Finding the six sections by their headings, tolerating the numbering and wording variants."""

from __future__ import annotations

import functools

import regex
from attrs import frozen

from govdisclosure.template.spec import SectionSpec
from govdisclosure.text.compact import Compact, norm

_SEPARATORS = r"[,.:是]?"


@frozen
class FoundSection:
    """A section heading found in the compact text."""

    spec: SectionSpec
    start: int
    end: int
    exact: bool


@functools.cache
def _pattern(spec: SectionSpec, fuzzy: bool) -> regex.Pattern[str]:
    headings = "|".join(regex.escape(norm(h)) for h in (spec.heading, *spec.aliases))
    body = f"(?:{headings})"
    if fuzzy:
        body = f"(?:{regex.escape(norm(spec.heading))}){{e<=2}}"
    return regex.compile(f"(?b){spec.number}{_SEPARATORS}{body}")


def find_sections(comp: Compact, specs: tuple[SectionSpec, ...]) -> list[FoundSection]:
    """The headings found, in order; a heading is looked for after the one before it."""
    found: list[FoundSection] = []
    position = 0
    for spec in specs:
        for fuzzy in (False, True):
            try:
                match = _pattern(spec, fuzzy).search(comp.text, position, timeout=0.5)
            except TimeoutError:
                match = None
            if match:
                found.append(FoundSection(spec, match.start(), match.end(), not fuzzy))
                position = match.end()
                break
    return found
