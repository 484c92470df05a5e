"""Values are what was printed: never a value that was not printed, never a number lost or moved.

Regressions of the fuzz run in issue #13: a count cell printed ``4.5``/``4.0``/``4元`` is text with a
note; money in 元 converts exactly; a run of thousands of digits is no count; a markdown row with
one value too many keeps its numbers; a spaced row with one value missing is not filled by cutting
another number.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure import cells_of, parse, report_to_dict, validate
from govdisclosure.model.cells import Cell, CellKind
from govdisclosure.model.report import Report
from govdisclosure.template.national import TEMPLATE_2019, TEMPLATE_2021
from govdisclosure.template.spec import TemplateSpec
from tests.renderers import RENDERERS, Style

GRANTED = ("76", "8", "3", "1", "1", "3", "92")


def _values() -> dict[str, int]:
    values = {c.id: 0 for c in TEMPLATE_2021.cells}
    for column, value in zip(TEMPLATE_2021.table("t3").rows[0].columns, GRANTED, strict=True):
        values[f"t3.granted.{column.id}"] = int(value)
    totals = {"t3.new_received": 92, "t3.results_total": 92}
    for row, total in totals.items():
        values[f"{row}.natural_person"], values[f"{row}.total"] = total, total
    return values


def _rendered(renderer: str) -> str:
    return RENDERERS[renderer](TEMPLATE_2021, 2023, _values(), Style())


def _valid(report: Report) -> None:
    document = report_to_dict(report)
    validate(document, "report")
    json.dumps(document, ensure_ascii=False).encode("utf-8")


def test_a_spaced_row_missing_a_value_is_left_null_and_named() -> None:
    text = _rendered("flat_spaced").replace("76 8 3 1 1 3 92", "76 8 3 1 1  92")
    report = parse(text).report
    row = {k: c for k, c in cells_of(report).items() if k.startswith("t3.granted.")}
    assert all(c.value is None for c in row.values())
    [short] = [d for d in report.diagnostics if d.code == "row_short"]
    assert set(short.cells) == set(row)
    assert "76 8 3 1 1 92" in short.message
    printed = {d.quote for d in report.diagnostics if d.code == "unplaced_number"}
    assert set(GRANTED) - {"3"} <= printed  # every printed number is named, none moved into a cell
    _valid(report)


def test_a_markdown_row_with_a_value_too_many_keeps_its_numbers() -> None:
    text = _rendered("markdown").replace("| 3 | 92 |", "| 3 | 92 | 5 |", 1)
    report = parse(text).report
    cells = cells_of(report)
    assert [cells[f"t3.granted.{c.id}"].raw for c in TEMPLATE_2021.table("t3").rows[0].columns] == list(
        GRANTED
    )
    assert [d.quote for d in report.diagnostics if d.code == "unplaced_number"] == ["5"]
    _valid(report)


@pytest.mark.parametrize(
    ("printed", "code"), [("4.5", "not_a_count"), ("4.0", "not_a_count"), ("4元", "not_a_count")]
)
def test_a_count_cell_that_is_no_count_stays_text(printed: str, code: str) -> None:
    text = _rendered("pipe").replace("\n76 |", f"\n{printed} |", 1)
    report = parse(text).report
    cell = cells_of(report)["t3.granted.natural_person"]
    assert (cell.value, cell.kind, cell.raw) == (None, CellKind.TEXT, printed)
    [problem] = [d for d in report.diagnostics if d.code == code]
    assert problem.cells == ("t3.granted.natural_person",)
    assert problem.quote == printed
    _valid(report)


def test_a_cell_of_thousands_of_digits_is_no_count() -> None:
    digits = "9" * 5000
    text = _rendered("pipe").replace("\n76 |", f"\n{digits} |", 1)
    report = parse(text).report
    cell = cells_of(report)["t3.granted.natural_person"]
    assert (cell.value, cell.kind) == (None, CellKind.TEXT)
    assert [d.code for d in report.diagnostics if "t3.granted.natural_person" in d.cells] == [
        "number_too_long"
    ]
    _valid(report)


def test_money_in_yuan_converts_exactly() -> None:
    values = _values()
    text = RENDERERS["pipe"](TEMPLATE_2021, 2023, values, Style())
    amount = "123456789012.34元"
    text = text.replace("本年收费金额（单位：万元） |", "本年收费金额 |").replace(
        "行政事业性收费 |\n0 |", f"行政事业性收费 |\n{amount} |"
    )
    cell = cells_of(parse(text).report)["t2.fees.amount"]
    assert cell.value == Decimal("12345678.901234")
    assert str(cell.value) == "12345678.901234"


@pytest.mark.parametrize("renderer", ["pipe", "html", "markdown"])
@pytest.mark.parametrize("spec", [TEMPLATE_2019, TEMPLATE_2021], ids=["2019", "2021"])
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_blank_cells_of_celled_renderings_stay_blank_where_they_stand(
    renderer: str, spec: TemplateSpec, data: st.DataObject
) -> None:
    """A blank printed in any cell of any table (the first or the last of a row too) reads as that
    blank cell; no value moves."""
    values: dict[str, int | Decimal | None] = {
        c.id: Decimal(n) if c.column.money else n for c in spec.cells for n in [data.draw(st.integers(0, 20))]
    }
    counts = [c.id for c in spec.cells if not c.column.money]
    blanks = data.draw(st.sets(st.sampled_from(counts), max_size=12))
    values.update(dict.fromkeys(blanks, None))
    year = 2020 if spec is TEMPLATE_2019 else 2023
    report = parse(RENDERERS[renderer](spec, year, values, Style())).report  # type: ignore[arg-type]
    cells = cells_of(report)
    assert {k: cells[k].value for k in values} == values
    assert {k for k in blanks if cells[k].kind is not CellKind.BLANK} == set()


@pytest.mark.parametrize("renderer", ["pipe", "html", "markdown"])
def test_a_row_printed_all_blank_keeps_its_blank_cells(renderer: str) -> None:
    values: dict[str, int | None] = {c.id: 0 for c in TEMPLATE_2021.cells}
    row = [c.id for c in TEMPLATE_2021.cells if c.id.startswith("t3.granted.")]
    values.update(dict.fromkeys(row, None))
    cells = cells_of(parse(RENDERERS[renderer](TEMPLATE_2021, 2023, values, Style())).report)  # type: ignore[arg-type]
    assert [cells[k].kind for k in row] == [CellKind.BLANK] * 7


CARRIED = ("1", "2", "3", "4", "5", "6", "21")


def _carried_forward(edited: str) -> tuple[Report, dict[str, Cell]]:
    """A report whose last row of table 三 (四、结转下年度继续办理) is printed as ``edited``."""
    values = _values()
    for column, value in zip(TEMPLATE_2021.table("t3").rows[-1].columns, CARRIED, strict=True):
        values[f"t3.carried_forward.{column.id}"] = int(value)
    text = RENDERERS["markdown"](TEMPLATE_2021, 2023, values, Style())
    assert text.count("| 1 | 2 | 3 | 4 | 5 | 6 | 21 |") == 1
    report = parse(text.replace("| 1 | 2 | 3 | 4 | 5 | 6 | 21 |", edited)).report
    assert report.applications.granted.natural_person.value == 76  # the rows before are read
    _valid(report)
    return report, {k: c for k, c in cells_of(report).items() if k.startswith("t3.carried_forward.")}


# Fuzz run numbers 7576, 9891: the line after the last row read was dropped, every number on it.


def test_the_last_markdown_row_of_table_three_with_a_value_too_few_is_named() -> None:
    report, row = _carried_forward("| 1 | 2 | 4 | 5 | 6 | 21 |")
    assert all(c.value is None for c in row.values())
    [short] = [d for d in report.diagnostics if d.code == "row_short"]
    assert set(short.cells) == set(row)
    named = sorted(d.quote for d in report.diagnostics if d.code == "unplaced_number")
    assert named == sorted(["1", "2", "4", "5", "6", "21"])  # every number named, none in a cell


def test_the_last_markdown_row_of_table_three_with_a_value_too_many_keeps_its_numbers() -> None:
    report, row = _carried_forward("| 1 | 2 | 3 | 4 | 5 | 6 | 21 | 9 |")
    assert [c.raw for c in row.values()] == list(CARRIED)
    assert [d.quote for d in report.diagnostics if d.code == "unplaced_number"] == ["9"]


def test_the_short_last_row_of_table_three_leaves_table_four_to_itself() -> None:
    values = _values()
    t4 = [c.id for c in TEMPLATE_2021.cells if c.id.startswith("t4.")]
    values.update({cell_id: number for number, cell_id in enumerate(t4, start=1)})
    for column, value in zip(TEMPLATE_2021.table("t3").rows[-1].columns, CARRIED, strict=True):
        values[f"t3.carried_forward.{column.id}"] = int(value)
    printed = RENDERERS["markdown"](TEMPLATE_2021, 2023, values, Style())
    short = printed.replace("| 1 | 2 | 3 | 4 | 5 | 6 | 21 |", "| 1 | 2 | 4 | 5 | 6 | 21 |")
    for text in (short, short.replace("## 四、政府信息公开行政复议、行政诉讼情况\n", "")):  # heading lost too
        report = parse(text).report
        cells = cells_of(report)
        assert [cells[cell_id].value for cell_id in t4] == list(range(1, len(t4) + 1))
        named = sorted(d.quote for d in report.diagnostics if d.code == "unplaced_number")
        assert named == sorted(["1", "2", "4", "5", "6", "21"])


def test_a_short_row_may_lack_its_first_value_too() -> None:
    # Fuzz run numbers 5788: 0 1 7 0 0 8 for 7 cells adds up with the blank first, second or third;
    # the first value was read as the first cell's, though the blank could be there.
    report, row = _carried_forward("| 0 | 1 | 7 | 0 | 0 | 8 |")
    assert row["t3.carried_forward.natural_person"].value is None
    [ambiguous] = [d for d in report.diagnostics if d.code == "ambiguous_split"]
    assert "t3.carried_forward.natural_person" in ambiguous.cells
    assert "(blank)|0|1|7|0|0|8" in ambiguous.message_en


T4_PRINTED = (0, 0, 0, 4, 4, 0, 0, 0, 50, 50, 7, 276, 0, 0, 283)
REVIEW_TOTAL_CELL = {  # the cell of t4.review.total (printed 999 for the test), as each renderer prints it
    "markdown": r"\| 999 (?=\|)",
    "pipe": r"999 \|\n",
    "flat_spaced": r" 999(?= )",
    "html": r"<td[^>]*>(?:<p>)?999(?:</p>)?</td>",
}


@pytest.mark.parametrize("renderer", sorted(REVIEW_TOTAL_CELL))
def test_table_four_with_a_value_missing_puts_no_value_in_another_cell(renderer: str) -> None:
    # Fuzz run numbers 53: fourteen values apart for fifteen cells were read as fifteen by cutting
    # 50 into 5 and 0, which moved a group's values into the cells before them.
    values = _values()
    t4 = [c.id for c in TEMPLATE_2021.cells if c.id.startswith("t4.")]
    values.update(zip(t4, T4_PRINTED, strict=True))
    assert [
        cells_of(parse(RENDERERS[renderer](TEMPLATE_2021, 2023, values, Style())).report)[c].value for c in t4
    ] == list(T4_PRINTED)
    values["t4.review.total"] = 999
    printed = RENDERERS[renderer](TEMPLATE_2021, 2023, values, Style())
    text, deleted = regex.subn(REVIEW_TOTAL_CELL[renderer], "", printed)
    assert deleted == 1
    cells = cells_of(parse(text).report)
    assert cells["t4.review.total"].value is None
    wrong = {
        c: cells[c].value for c, v in zip(t4, T4_PRINTED, strict=True) if cells[c].value not in (None, v)
    }
    assert wrong == {}
    assert [cells[c].value for c in t4[10:]] == list(T4_PRINTED[10:])  # the last group still read


def test_a_blank_last_cell_of_values_printed_apart_is_one_reading() -> None:
    # Fuzz run numbers 5817: the last total printed blank; its group's values were moved over.
    values = _values()
    t4 = [c.id for c in TEMPLATE_2021.cells if c.id.startswith("t4.")]
    values.update(zip(t4, T4_PRINTED, strict=True))
    values["t4.litigation_after_review.total"] = 999
    printed = RENDERERS["flat_spaced"](TEMPLATE_2021, 2023, values, Style())
    assert printed.count(" 999\n") == 1
    cells = cells_of(parse(printed.replace(" 999\n", " \n")).report)
    assert cells["t4.litigation_after_review.total"].value is None
    wrong = {
        c: cells[c].value for c, v in zip(t4, T4_PRINTED, strict=True) if cells[c].value not in (None, v)
    }
    assert wrong == {}
