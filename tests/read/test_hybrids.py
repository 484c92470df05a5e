"""Hybrid tables 三 (domain.md §4.7): （六）其他处理 printed the other template's way is read as printed.

A 2021 table printing the single 2019 row keeps its values in ``other_single``: they are a total
over the three 2021 sub-rows and never go into one of them (a column of 0 makes each sub-row 0).
A 2019 table printing the three 2021 rows keeps them in ``other_split``.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.cells import CellKind
from govdisclosure.model.report import Report
from govdisclosure.read.pipeline import parse
from govdisclosure.template.national import TEMPLATE_2019, TEMPLATE_2021
from govdisclosure.template.spec import TemplateSpec
from tests.renderers import EXACT, RENDERERS, Style
from tests.strategies import consistent_t3_t4

COUNTS = st.one_of(st.just(0), st.just(0), st.integers(0, 9), st.integers(10, 300))


def printed_as_hybrid(spec: TemplateSpec) -> TemplateSpec:
    """The template as a hybrid report prints it: table 三 with the hybrid's rows in place."""
    assert spec.hybrid is not None
    t2, t3, t4 = spec.tables
    rows = []
    for row in t3.rows:
        if row.id == spec.hybrid.replaces[0]:
            rows.extend(spec.hybrid.rows)
        if row.id not in spec.hybrid.replaces:
            rows.append(row)
    return attrs.evolve(spec, tables=(t2, attrs.evolve(t3, rows=tuple(rows)), t4))


def hybrid_values(draw: st.DrawFn, spec: TemplateSpec) -> dict[str, int]:
    """Consistent values of the printed hybrid table, table 二 all zero."""
    printed = printed_as_hybrid(spec)
    values = consistent_t3_t4(draw, printed, COUNTS)
    values.update({c.id: 0 for c in spec.cells if c.table.id == "t2"})
    return values


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_glued_hybrids_are_right_or_null_and_named(data: st.DataObject) -> None:
    spec = data.draw(st.sampled_from([TEMPLATE_2019, TEMPLATE_2021]))
    values = data.draw(st.composite(hybrid_values)(spec))
    report = parse(RENDERERS["flat_glued"](printed_as_hybrid(spec), 2023, values, Style())).report
    cells = cells_of(report)
    named = {cell for d in report.diagnostics for cell in d.cells}
    wrong = {k: (v, cells[k].value) for k, v in values.items() if cells[k].value not in (v, None)}
    assert wrong == {}
    assert [k for k, v in values.items() if cells[k].value is None and k not in named] == []
    subrows = [
        c for k, c in cells.items() if k.startswith("t3.other.") and spec.hybrid is TEMPLATE_2021.hybrid
    ]
    assert all(c.value in (0, None) for c in subrows)


@pytest.mark.parametrize("renderer", sorted(EXACT))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_2021_table_printing_one_other_row(renderer: str, data: st.DataObject) -> None:
    spec = TEMPLATE_2021
    values, report = _parsed(spec, renderer, data)
    cells = cells_of(report)
    single = {k: v for k, v in values.items() if k.startswith("t3.other_single.")}
    assert {k: cells[k].value for k in single} == single
    for cell_id, cell in cells.items():
        if cell_id.startswith("t3.other."):
            column = cell_id.rsplit(".", 1)[1]
            expected = 0 if single[f"t3.other_single.{column}"] == 0 else None
            assert cell.value == expected, cell_id
    others = {k: v for k, v in values.items() if not k.startswith("t3.other_single.")}
    assert {k: cells[k].value for k in others} == others
    _named_as_hybrid(spec, report)


@pytest.mark.parametrize("renderer", sorted(EXACT))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_2019_table_printing_three_other_rows(renderer: str, data: st.DataObject) -> None:
    spec = TEMPLATE_2019
    values, report = _parsed(spec, renderer, data)
    cells = cells_of(report)
    assert {k: cells[k].value for k in values} == values
    assert not [k for k, c in cells.items() if k.startswith("t3.other.") and c.kind is not CellKind.MISSING]
    _named_as_hybrid(spec, report)


def _parsed(spec: TemplateSpec, renderer: str, data: st.DataObject) -> tuple[dict[str, int], Report]:
    values = data.draw(st.composite(hybrid_values)(spec))
    year = 2020 if spec is TEMPLATE_2019 else 2023
    return values, parse(RENDERERS[renderer](printed_as_hybrid(spec), year, values, Style())).report


def _named_as_hybrid(spec: TemplateSpec, report: Report) -> None:
    """One hybrid_row note naming the template cells the printed rows stand for; nothing lost."""
    [hybrid] = [d for d in report.diagnostics if d.code == "hybrid_row"]
    assert set(hybrid.cells) == {c.id for c in spec.cells if c.id.startswith("t3.other.")}
    assert not [d for d in report.diagnostics if d.code in ("cells_missing", "unplaced_number")]


def test_a_standard_table_is_no_hybrid() -> None:
    for spec in (TEMPLATE_2019, TEMPLATE_2021):
        values = {c.id: 1 for c in spec.cells}
        report = parse(RENDERERS["pipe"](spec, 2023, values, Style())).report
        assert not [d for d in report.diagnostics if d.code == "hybrid_row"]
        assert report.applications is not None
        assert getattr(report.applications, "other_single", None) is None
        assert getattr(report.applications, "other_split", None) is None
