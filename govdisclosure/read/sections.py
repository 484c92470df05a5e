"""Finding the six sections by their headings, tolerating the numbering and wording variants."""

from __future__ import annotations

import functools

import regex
from attrs import frozen

from govdisclosure.model.report import Section, Sections, Sentence
from govdisclosure.read.view import View
from govdisclosure.template.spec import SectionSpec
from govdisclosure.text.compact import Compact, norm
from govdisclosure.text.sentences import STRIPPED_SENTENCE

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


def sentences(view: View, start: int, text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text``, found at ``start`` of the read text, each with its input span."""
    found: list[Sentence] = []
    span = view.map.span
    for match in STRIPPED_SENTENCE.finditer(text):
        begin, end = match.span()
        found.append(Sentence(match.group(), span(start + begin, start + end)))
    return tuple(found)


def _section(view: View, heading: tuple[int, int], body: tuple[int, int]) -> Section:
    """A section from read-text stretches: its heading and its body (each stripped)."""
    raw = view.text[body[0] : body[1]]
    start = body[0] + len(raw) - len(raw.lstrip())
    text = raw.strip()
    first = heading[0] if heading[0] < heading[1] else start
    span = view.span(first, start + len(text))
    return Section(view.text[heading[0] : heading[1]].strip(), text, span, sentences(view, start, text))


def build_sections(view: View, found: list[FoundSection]) -> Sections:
    """The introduction and the sections found, each with its span and sentences."""
    comp = view.comp
    parts: dict[str, Section] = {}
    first = comp.start(found[0].start) if found else len(view.text)
    if found and found[0].spec.id == "overview":
        parts["intro"] = _section(view, (0, 0), (0, first))
    for index, item in enumerate(found):
        stop = found[index + 1].start if index + 1 < len(found) else len(comp.text)
        start, heading_end, end = comp.start(item.start), comp.end(item.end), comp.start(stop)
        parts[item.spec.id] = _section(view, (start, heading_end), (heading_end, end))
    return Sections(**parts)
