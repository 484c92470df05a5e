"""Reading a printed cell: the values table of cells.md."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govdisclosure import CellKind
from govdisclosure.read.cell_text import read_cell


@pytest.mark.parametrize(
    ("raw", "value", "kind"),
    [
        ("12", 12, CellKind.NUMBER),
        ("１２", 12, CellKind.NUMBER),
        ("12件", 12, CellKind.NUMBER),
        ("0", 0, CellKind.NUMBER),
        ("", None, CellKind.BLANK),
        ("\u00a0", None, CellKind.BLANK),
        ("-", None, CellKind.DASH),
        ("—", None, CellKind.DASH),
        ("－", None, CellKind.DASH),
        ("/", None, CellKind.SLASH),
        ("／", None, CellKind.SLASH),
        ("无", None, CellKind.TEXT),
        ("+3", 3, CellKind.NUMBER),
        ("-1", -1, CellKind.NUMBER),
        ("--253", -253, CellKind.NUMBER),
        ("22（其中修订16件）", 22, CellKind.NUMBER),
    ],
)
def test_counts_and_placeholders(raw, value, kind):
    reading = read_cell(raw)
    assert (reading.value, reading.kind) == (value, kind)


@pytest.mark.parametrize(
    ("raw", "unit", "value", "note"),
    [
        ("103.3879万元", None, Decimal("103.3879"), None),
        ("251000元", None, Decimal("25.1"), "converted from 元 to 万元"),
        ("73802895.90元", None, Decimal("7380.28959"), "converted from 元 to 万元"),
        ("984361", "元", Decimal("98.4361"), "converted from 元 to 万元"),
        ("4068.208", "万元", Decimal("4068.208"), None),
        ("4068.208", None, Decimal("4068.208"), "unit not printed: taken as 万元"),
    ],
)
def test_money(raw, unit, value, note):
    reading = read_cell(raw, money=True, unit=unit)
    assert reading.value == value
    assert reading.kind is CellKind.NUMBER
    assert reading.note == note
