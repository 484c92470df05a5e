"""Report → JSON → report is lossless, and every JSON emitted validates against its schema."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure import (
    TEMPLATE_2019,
    TEMPLATE_2021,
    Cell,
    CellKind,
    Span,
    build_report,
    dump_report,
    load_report,
    parse,
    report_from_dict,
    report_to_dict,
    schema_errors,
)
from tests.conftest import SAMPLE


def test_sample_round_trip_and_schema():
    report = parse(SAMPLE).report
    data = report_to_dict(report)
    assert schema_errors(data, "report") == []
    assert report_from_dict(json.loads(json.dumps(data))) == report
    assert load_report(dump_report(report)) == report


def test_money_is_a_decimal_string():
    report = build_report(
        "2019", {"t2.procurement.amount": Cell(Decimal("25.10"), CellKind.NUMBER, "251000元")}
    )
    data = report_to_dict(report)
    assert data["disclosure"]["procurement"]["amount"]["value"] == "25.10"
    assert schema_errors(data, "report") == []
    assert load_report(dump_report(report)) == report


def test_schema_rejects_a_wrong_value_type():
    data = report_to_dict(parse(SAMPLE).report)
    data["applications"]["granted"]["total"]["value"] = "4"
    assert schema_errors(data, "report")
    data = report_to_dict(parse(SAMPLE).report)
    data["disclosure"]["procurement"]["amount"]["value"] = 0
    assert schema_errors(data, "report")


def test_schema_rejects_tables_of_the_other_template():
    data = report_to_dict(parse(SAMPLE).report)
    data["template"] = "2021"
    assert schema_errors(data, "report")


kinds = st.sampled_from([CellKind.NUMBER, CellKind.BLANK, CellKind.DASH, CellKind.SLASH, CellKind.MISSING])
spans = st.none() | st.builds(
    Span, st.integers(0, 10**6), st.integers(0, 99), st.integers(1, 9999), st.integers(1, 999)
)


@st.composite
def reports(draw):
    spec = draw(st.sampled_from([TEMPLATE_2019, TEMPLATE_2021]))
    cells = {}
    for cell in spec.cells:
        kind = draw(kinds)
        if kind is CellKind.NUMBER:
            if cell.column.money:
                value = Decimal(draw(st.integers(0, 10**9))) / Decimal(10) ** draw(st.integers(0, 6))
            else:
                value = draw(st.integers(-999 if cell.column.signed else 0, 10**6))
            cells[cell.id] = Cell(value, kind, str(value), draw(spans), draw(st.none() | st.text(max_size=5)))
        elif kind is not CellKind.MISSING:
            cells[cell.id] = Cell(None, kind, draw(st.sampled_from(["", "-", "/", "无"])), draw(spans))
    return build_report(spec.template, cells, rendering=draw(st.sampled_from(["html", "pipe", "flat"])))


@settings(max_examples=40, deadline=None)
@given(reports())
def test_round_trip_of_any_report(report):
    data = report_to_dict(report)
    assert schema_errors(data, "report") == []
    assert report_from_dict(json.loads(json.dumps(data))) == report
