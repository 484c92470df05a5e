"""What a printed cell means: value and kind from its raw text (units, signs, placeholders)."""

from __future__ import annotations

import functools
import unicodedata
from decimal import Decimal

import regex
from attrs import frozen

from govdisclosure.model.cells import CellKind, Value

_ANNOTATION = regex.compile(r"[（(][^（）()]{0,60}[）)]")
_NUMBER = regex.compile(
    r"""^(?P<sign>[+\-]{1,2})?(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?
    (?P<unit>万元|元|件|项|个|条|笔|次|人次)?$""",
    regex.X,
)
_DASHES = frozenset({"-", "--", "—", "——", "–", "一"})
_SLASHES = frozenset({"/", "\\"})
_COUNT_UNITS = frozenset({"件", "项", "个", "条", "笔", "次", "人次"})
_TEN_THOUSAND = Decimal(10000)
_SPACE = regex.compile(r"\s+")


@frozen
class Reading:
    """A cell's value and kind as read from its text, and a note on anything it assumed."""

    value: Value
    kind: CellKind
    note: str | None = None


def _clean(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw).replace("\u00a0", " ")
    text = str(_SPACE.sub("", text))
    return text.replace("−", "-").replace("－", "-")


@functools.lru_cache(maxsize=4096)  # the same few printed numbers fill most cells
def read_cell(raw: str, *, money: bool = False, unit: str | None = None) -> Reading:
    """Read a printed cell. ``unit`` is the money unit its header gives (``元`` or ``万元``)."""
    if not money and raw.isascii() and raw.isdigit():  # the common case, read without regexes
        return Reading(int(raw), CellKind.NUMBER)
    text = _clean(raw)
    if not text:
        return Reading(None, CellKind.BLANK)
    if text in _DASHES:
        return Reading(None, CellKind.DASH)
    if text in _SLASHES:
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
    if money or match["frac"] or cell_unit in {"元", "万元"}:
        amount = Decimal(digits + (match["frac"] or ""))
        amount = -amount if negative else amount
        effective = cell_unit if cell_unit in {"元", "万元"} else unit
        if effective == "元":
            amount = amount / _TEN_THOUSAND
            note = "converted from 元 to 万元"
        elif effective is None and money:
            note = "unit not printed: taken as 万元"
        if not money:
            note = f"decimal {amount} in a count cell"
        return Reading(amount, CellKind.NUMBER, note)
    if cell_unit is not None and cell_unit not in _COUNT_UNITS:
        note = f"unit {cell_unit} ignored"
    value = int(digits)
    return Reading(-value if negative else value, CellKind.NUMBER, note)
