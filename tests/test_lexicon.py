"""The one lexicon of printed values: the disagreements it settled, as every reader sees them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govdisclosure.model.cells import CellKind
from govdisclosure.read.cell_text import read_cell
from govdisclosure.read.digits import candidates
from govdisclosure.read.pieces import Token
from govdisclosure.read.regions import is_value_cell, read_region
from govdisclosure.template.national import T3_COLUMNS


@pytest.mark.parametrize(
    ("printed", "kind"),
    [("-", "dash"), ("--", "dash"), ("——", "dash"), ("一", "dash"), ("/", "slash"), ("无", "text")],
)
def test_placeholders_fill_a_cell_with_no_value(printed: str, kind: str) -> None:
    reading = read_cell(printed)
    assert (reading.value, reading.kind) == (None, CellKind(kind))
    assert is_value_cell(printed)


def test_a_run_of_dashes_is_one_placeholder_in_flat_text() -> None:
    region = read_region("0 -- 3", 0, celled=False)
    assert [i.text for i in region.items] == ["0", "--", "3"]


def test_a_numeral_in_flat_text_is_no_placeholder() -> None:
    region = read_region("一、本年新收 0 0", 0, celled=False)
    assert [i.text for i in region.items] == ["0", "0"]


@pytest.mark.parametrize(("printed", "value"), [("3人次", 3), ("12件", 12), ("7项", 7), ("１２", 12)])
def test_count_units(printed: str, value: int) -> None:
    assert read_cell(printed).value == value
    assert is_value_cell(printed)
    assert [i.text for i in read_region(f"甲 {printed} 乙", 0, celled=False).items] == [printed]


@pytest.mark.parametrize("printed", ["4.5", "4.0", "4元", "4万元"])
def test_a_count_cell_printing_no_count_is_text(printed: str) -> None:
    reading = read_cell(printed)
    assert (reading.value, reading.kind, reading.problem) == (None, CellKind.TEXT, "not_a_count")


def test_counts_and_amounts_have_a_length() -> None:
    assert read_cell("1" * 15).value == int("1" * 15)
    assert read_cell("1" * 16).problem == "number_too_long"
    assert read_cell("1" * 5000).problem == "number_too_long"
    assert read_cell("1" * 16, money=True).problem == "number_too_long"


def test_an_amount_cell_printing_a_count_unit_is_text() -> None:
    assert read_cell("25件", money=True).problem == "not_an_amount"


def test_money_converts_from_yuan_exactly() -> None:
    assert read_cell("1234567890123.45元", money=True).value == Decimal("123456789.012345")
    assert read_cell("251000元", money=True).value == Decimal("25.1")


def test_glued_pieces_take_the_same_units() -> None:
    options = candidates([Token("3人次", 0)], T3_COLUMNS[:1])
    assert options is not None
    assert [p.value for p in options[0]] == [3]
