"""Valid reports raise no error; changing one printed cell of table 二/三/四 raises an error naming it."""

from __future__ import annotations

import pytest
from checks_helpers import consistent_cells, consistent_reports, seed_report
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.checks import check
from govdisclosure.model.cellmap import build_report, cells_of, replace_cell
from govdisclosure.model.cells import number
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Status
from govdisclosure.model.report import Report
from govdisclosure.template.spec import Template

SEED = seed_report()
SEED_CELLS = cells_of(SEED)


def errors(result: CheckResult) -> list[str]:
    return [f.rule for f in result.findings if f.severity is Severity.ERROR]


def error_cells(result: CheckResult) -> set[str]:
    return {
        c
        for f in result.findings
        if f.severity is Severity.ERROR and f.status is Status.FAIL
        for c in f.cells
    }


def mutate(report: Report, cell_id: str, delta: int) -> Report:
    """The report with one cell changed: t2 cells made negative (beyond the change's allowance)."""
    cells = cells_of(report)
    value = cells[cell_id].value
    assert value is not None
    if cell_id.startswith("t2."):
        if cell_id.endswith("items_change"):
            previous = cells[cell_id.replace("items_change", "items_prev_year")].value
            assert previous is not None
            new_value = -(previous + abs(delta))
        else:
            new_value = -abs(delta)
        return replace_cell(report, cell_id, number(new_value))
    return replace_cell(report, cell_id, number(value + delta))


def test_seed_has_no_error_and_no_failure_of_table_rules() -> None:
    result = check(SEED)
    assert errors(result) == []
    assert not [f for f in result.findings if f.rule.startswith(("t2_", "t3_", "t4_", "nar_"))]


@pytest.mark.parametrize("cell_id", [c for c in SEED_CELLS if c.startswith(("t3.", "t4."))])
def test_seed_mutation_of_one_cell_is_an_error_naming_it(cell_id: str) -> None:
    result = check(mutate(SEED, cell_id, 1))
    assert cell_id in error_cells(result)


@pytest.mark.parametrize("cell_id", [c for c in SEED_CELLS if c.startswith("t2.")])
def test_seed_negative_table2_cell_is_an_error_naming_it(cell_id: str) -> None:
    result = check(mutate(SEED, cell_id, 1))
    assert cell_id in error_cells(result)


@settings(max_examples=40, deadline=None)
@given(consistent_reports())
def test_consistent_reports_raise_no_finding_on_the_tables(report: Report) -> None:
    result = check(report)
    assert errors(result) == []
    assert not [f for f in result.findings if f.rule.startswith(("t2_", "t3_", "t4_"))]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_one_changed_cell_of_a_consistent_report_is_an_error_naming_it(data: st.DataObject) -> None:
    template = data.draw(st.sampled_from([Template.V2019, Template.V2021]))
    cells = data.draw(consistent_cells(template))
    report = build_report(template, cells)
    cell_id = data.draw(st.sampled_from(sorted(cells)))
    delta = data.draw(st.integers(1, 5) | st.integers(-5, -1))
    result = check(mutate(report, cell_id, delta))
    assert cell_id in error_cells(result), [f.message for f in result.findings]
