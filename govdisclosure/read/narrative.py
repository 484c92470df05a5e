"""Counts that a report's prose states for table cells ("废止规范性文件6件").

They never make a value: they only choose among the splits of glued digits printed in the table,
and only when the prose names one value for the cell.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex
from attrs import frozen

from govdisclosure.template import words
from govdisclosure.template.spec import TableSpec
from govdisclosure.text.sentences import SENTENCE

# No conjunction inside the gap: "制定规章和规范性文件15件" states no count for either.
_GAP = r"[^。；;，,、和及与\d]{0,8}?"
_COUNT = r"(?P<n>\d{1,6})\s*(?:件|部|个)"


@frozen
class Hint:
    """A value the prose states for a cell, with the sentence that states it."""

    cell_id: str
    value: int
    sentence: str
    offset: int


@functools.cache
def _patterns(table: TableSpec) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple(_compile_patterns(table))


@functools.cache
def _nouns(table: TableSpec) -> frozenset[str]:
    return frozenset(n for row in table.rows for n in (row.label, *row.aliases))


def _compile_patterns(table: TableSpec) -> Iterator[tuple[str, regex.Pattern[str]]]:
    for row in table.rows:
        nouns = "|".join(regex.escape(n) for n in sorted((row.label, *row.aliases), key=len, reverse=True))
        for column in row.columns:
            verbs = words.NARRATIVE_VERBS.get(column.id)
            if not verbs:
                continue
            verb = "|".join(map(regex.escape, verbs))
            pattern = f"(?:{verb}){_GAP}(?:{nouns}){_GAP}{_COUNT}|(?:{nouns}){_GAP}(?:{verb}){_GAP}{_COUNT}"
            yield f"{table.id}.{row.id}.{column.id}", regex.compile(pattern)


def hints(parts: Iterable[tuple[int, str]], table: TableSpec) -> dict[str, Hint]:
    """The cells of ``table`` for which the prose states exactly one value.

    ``parts`` are stretches of prose, each with its offset in the read text (a hint's offset is
    where its sentence begins there).
    """
    seen: dict[str, list[Hint]] = {}
    patterns = _patterns(table)
    nouns = _nouns(table)
    for base, text in parts:
        for sentence in SENTENCE.finditer(text):
            if not any(noun in sentence.group() for noun in nouns):
                continue
            stripped = sentence.group().strip()
            offset = base + sentence.start() + sentence.group().index(stripped[0])
            for cell_id, pattern in patterns:
                try:
                    matches = list(pattern.finditer(sentence.group(), timeout=0.2))
                except TimeoutError:
                    continue
                for match in matches:
                    seen.setdefault(cell_id, []).append(Hint(cell_id, int(match["n"]), stripped, offset))
    return {k: v[0] for k, v in seen.items() if len({h.value for h in v}) == 1}
