"""What a printed cell means: value and kind from its raw text (units, signs, placeholders).

The vocabulary is ``template.lexicon``'s. A count cell that prints something other than a whole
number of things (``4.5``, ``4元``, a run of 20 digits) keeps its text, with no value: ``problem``
names the parse note the reader gives for it. Money keeps every printed decimal.
"""

from __future__ import annotations

import functools
import unicodedata
from decimal import Decimal

import regex
from attrs import frozen

from govdisclosure.model.cells import CellKind, Value
from govdisclosure.template import lexicon

_ANNOTATION = regex.compile(r"[（(][^（）()]{0,60}[）)]")
_NUMBER = regex.compile(lexicon.CELL_NUMBER)
_SPACE = regex.compile(r"\s+")
_MINUS = str.maketrans(dict.fromkeys(lexicon.MINUS_SIGNS, "-") | dict.fromkeys(lexicon.PLUS_SIGNS, "+"))


@frozen
class Reading:
    """A cell's value and kind as read from its text, a note on anything it assumed, and the code
    of the parse note to give when the text is not a value of its column."""

    value: Value
    kind: CellKind
    note: str | None = None
    problem: str | None = None


def _clean(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw).replace("\u00a0", " ")
    return str(_SPACE.sub("", text)).translate(_MINUS)


def _not_a_count(problem: str) -> Reading:
    return Reading(None, CellKind.TEXT, None, problem)


@functools.lru_cache(maxsize=4096)  # the same few printed numbers fill most cells
def read_cell(raw: str, *, money: bool = False, unit: str | None = None) -> Reading:
    """Read a printed cell. ``unit`` is the money unit its header gives (``元`` or ``万元``)."""
    if not money and raw.isascii() and raw.isdigit():  # the common case, read without regexes
        if len(raw) > lexicon.MAX_COUNT_DIGITS:
            return _not_a_count("number_too_long")
        return Reading(int(raw), CellKind.NUMBER)
    text = _clean(raw)
    if not text:
        return Reading(None, CellKind.BLANK)
    if text in lexicon.DASHES:
        return Reading(None, CellKind.DASH)
    if text in lexicon.SLASHES:
        return Reading(None, CellKind.SLASH)
    annotated = _ANNOTATION.sub("", text)
    match = _NUMBER.match(annotated)
    if not match:
        return Reading(None, CellKind.TEXT)
    note = "annotation ignored" if annotated != text else None
    sign = match["sign"] or ""
    if len(sign) > 1:
        note = f"sign {sign!r} read as {'-' if '-' in sign else '+'}"
    negative = "-" in sign
    digits = match["digits"].replace(",", "")
    cell_unit = match["unit"]
    if money:
        if len(digits) > lexicon.MAX_MONEY_DIGITS:
            return _not_a_count("number_too_long")
        amount = Decimal(digits + (match["frac"] or ""))
        amount = -amount if negative else amount
        effective = cell_unit if cell_unit in lexicon.MONEY_UNITS else unit
        if cell_unit is not None and cell_unit not in lexicon.MONEY_UNITS:
            return _not_a_count("not_an_amount")
        if effective == "元":
            amount = amount.scaleb(-4)  # exact: 万元 keep every printed decimal
            note = "converted from 元 to 万元"
        elif effective is None:
            note = "unit not printed: taken as 万元"
        return Reading(amount, CellKind.NUMBER, note)
    if match["frac"] or cell_unit in lexicon.MONEY_UNITS:
        return _not_a_count("not_a_count")
    if len(digits) > lexicon.MAX_COUNT_DIGITS:
        return _not_a_count("number_too_long")
    value = int(digits)
    return Reading(-value if negative else value, CellKind.NUMBER, note)
