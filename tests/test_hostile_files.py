"""The smallest known reader failures the fuzz found, kept as files under ``tests/hostile/``.

Each is a generated 2021 report whose 一、本年新收 row (or （一）予以公开 row) prints 76 8 3 1 1 3 92
before one edit, or a file whose size once made the reader slow.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from govdisclosure import CellKind, parse, report_to_dict, schema_errors
from govdisclosure.model.cellmap import cells_of
from tests import oracle

HOSTILE = Path(__file__).parent / "hostile"
PRINTED = {
    "natural_person": 76,
    "commercial_enterprise": 8,
    "research_institution": 3,
    "social_welfare_org": 1,
    "legal_service_org": 1,
    "other_org": 3,
    "total": 92,
}
ROW = "一、本年新收政府信息公开申请数量"


def _row_numbers(text: str) -> list[tuple[int, int]]:
    """The stretches of the numbers printed on the line of ``ROW``."""
    start = text.index(ROW) + len(ROW)
    end = text.index("\n", start)
    return [(m.start(), len(m.group())) for m in oracle.DIGITS.finditer(text, start, end)]


@pytest.mark.parametrize("name", ["markdown-row-one-value-too-many.md", "markdown-row-one-value-missing.md"])
def test_every_number_of_a_markdown_row_ends_in_a_cell_or_a_diagnostic(name: str) -> None:
    text = (HOSTILE / name).read_text(encoding="utf-8")
    report = parse(text).report
    lost = [text[o : o + n] for o, n in _row_numbers(text) if not oracle.accounted(report, (o, n))]
    assert lost == []


def _wrong(name: str, printed: dict[str, int | None]) -> dict[str, object]:
    report = parse(HOSTILE / name).report
    named = {c for d in report.diagnostics for c in d.cells}
    cells = cells_of(report)
    return {
        column: cells[f"t3.new_received.{column}"].value
        for column, value in printed.items()
        if cells[f"t3.new_received.{column}"].value != value
        and not (cells[f"t3.new_received.{column}"].value is None and f"t3.new_received.{column}" in named)
    }


def test_a_spaced_row_short_of_a_value_is_not_filled_by_cutting_a_number() -> None:
    # 76 8 3 1 1  92: the 3 of 其他组织 is gone; 92 must not be read as 9 and 2.
    assert _wrong("spaced-row-one-value-missing.txt", {**PRINTED, "other_org": None}) == {}


def test_a_pipe_row_with_a_value_too_many_shifts_nothing() -> None:
    # 76 5 8 3 1 1 3 92: eight values for seven cells; none may move into its neighbour's cell.
    assert _wrong("pipe-row-one-value-too-many.txt", PRINTED) == {}


@pytest.mark.parametrize(
    ("name", "cell_id", "raw"),
    [
        ("count-printed-4.5.txt", "t3.granted.commercial_enterprise", "4.5"),
        ("count-printed-4yuan.txt", "t3.granted.commercial_enterprise", "4元"),
        ("cell-of-5000-digits.txt", "t3.granted.commercial_enterprise", "9" * 5000),
        ("count-printed-0.5-tiny.txt", "t2.penalty.decisions", "0.5"),
    ],
)
def test_a_count_that_is_no_count_stays_text_with_a_diagnostic(name: str, cell_id: str, raw: str) -> None:
    report = parse(HOSTILE / name).report
    cell = cells_of(report)[cell_id]
    assert (cell.value, cell.kind, cell.raw) == (None, CellKind.TEXT, raw)
    assert any(cell_id in d.cells for d in report.diagnostics)
    document = report_to_dict(report)
    assert schema_errors(document, "report") == []
    json.dumps(document, ensure_ascii=False).encode("utf-8")


def _cpu_seconds(text: str) -> float:
    started = time.process_time()
    parse(text)
    return time.process_time() - started


def test_a_long_glued_run_of_digits_takes_linear_time() -> None:
    text = (HOSTILE / "glued-run-of-10000-digits.txt").read_text(encoding="utf-8")
    run = "1" * 10_000
    assert run in text
    once = _cpu_seconds(text)
    four_times = _cpu_seconds(text.replace(run, run * 4))
    # Linear: about four times as long; quadratic: sixteen.
    assert four_times < 6 * once + 0.2
