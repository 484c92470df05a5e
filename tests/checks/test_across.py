"""Rules across years (same body, year N−1) and between a parent report and its children."""

from __future__ import annotations

import attrs
from checks_helpers import consistent_cells, corpus_report
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.checks import check, check_family
from govdisclosure.model.cellmap import build_report, cells_of, replace_cell
from govdisclosure.model.cells import Cell, number
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Status
from govdisclosure.model.report import Metadata, Report
from govdisclosure.template.spec import Template


def xy(report: Report, previous: Report) -> list[tuple[str, str, Status]]:
    return [
        (f.rule, f.cells[0] if f.cells else "", f.status)
        for f in check(report, previous).findings
        if f.rule.startswith("xy_")
    ]


def pair(data: st.DataObject, template: Template = Template.V2021) -> tuple[Report, Report]:
    """Last year's report and this year's, with this year's carry-over taken from last year."""
    before = build_report(template, data.draw(consistent_cells(template)), metadata=Metadata(year=2022))
    cells = data.draw(consistent_cells(template))
    for column in ("natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
                   "legal_service_org", "other_org", "total"):  # fmt: skip
        cells[f"t3.carried_over.{column}"] = cells_of(before)[f"t3.carried_forward.{column}"]
    return before, build_report(template, cells, metadata=Metadata(year=2023))


def test_014_to_025_carry_over_matches() -> None:
    before, after = corpus_report("014"), corpus_report("025")
    assert cells_of(after)["t3.carried_over.total"].value == 1
    assert cells_of(before)["t3.carried_forward.total"].value == 1
    result = check(after, before)
    assert "xy_carry_over" in result.rules
    assert not [f for f in result.findings if f.rule == "xy_carry_over"]


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_carry_over_mismatch_is_an_error_naming_the_cell(data: st.DataObject) -> None:
    before, after = pair(data)
    assert not [f for f in xy(after, before) if f[0] == "xy_carry_over"]
    value = cells_of(after)["t3.carried_over.natural_person"].value
    assert isinstance(value, int)
    changed = replace_cell(after, "t3.carried_over.natural_person", number(value + 2))
    [finding] = [f for f in check(changed, before).findings if f.rule == "xy_carry_over"]
    assert finding.severity is Severity.ERROR
    assert finding.cells[0] == "t3.carried_over.natural_person"
    assert (finding.difference) == 2
    assert "上一年度报告“四、结转下年度继续办理”" in finding.message


@settings(max_examples=10, deadline=None)
@given(st.data())
def test_in_force_roll_and_identical_copy(data: st.DataObject) -> None:
    before, after = pair(data)
    cells = cells_of(after)
    in_force = cells_of(before)["t2.regulations.in_force"].value
    issued, repealed = cells["t2.regulations.issued"].value, cells["t2.regulations.repealed"].value
    assert isinstance(in_force, int)
    assert isinstance(issued, int)
    assert isinstance(repealed, int)
    rolled = replace_cell(after, "t2.regulations.in_force", number(in_force + issued - repealed + 3))
    rolls = [f for f in check(rolled, before).findings if f.rule == "xy_in_force_roll"]
    assert [(f.cells[0], f.difference) for f in rolls if f.cells[0] == "t2.regulations.in_force"] == [
        ("t2.regulations.in_force", 3)
    ]
    copy = attrs.evolve(before, metadata=Metadata(year=2023))
    copied = ("xy_not_identical", "", Status.FAIL) in xy(copy, before)
    assert copied is any(c.value for c in cells_of(before).values())  # all-zero reports may repeat


def test_wrong_year_is_not_assessable() -> None:
    cells = {"t3.carried_over.total": number(1), "t3.carried_forward.total": number(3)}
    before = build_report(Template.V2021, cells, metadata=Metadata(year=2020))
    after = build_report(Template.V2021, cells, metadata=Metadata(year=2023))
    found = [f for f in check(after, before).findings if f.rule == "xy_carry_over"]
    assert [f.status for f in found] == [Status.NOT_ASSESSABLE]


def test_items_roll_2019_to_2020() -> None:
    before = build_report(
        Template.V2019,
        {"t2.licensing.items_prev_year": number(10), "t2.licensing.items_change": number(-3)},
        metadata=Metadata(year=2019),
    )
    after = build_report(
        Template.V2019, {"t2.licensing.items_prev_year": number(8)}, metadata=Metadata(year=2020)
    )
    [finding] = [
        f for f in check(after, before).findings if f.rule == "xy_v19_items_roll" and f.status is Status.FAIL
    ]
    assert (finding.cells[0], finding.printed, finding.computed) == ("t2.licensing.items_prev_year", 8, 7)


def test_family_parent_equals_sum_of_children() -> None:
    child_a = build_report(Template.V2021, {"t3.new_received.total": number(2), "t4.review.total": number(1)})
    child_b = build_report(Template.V2021, {"t3.new_received.total": number(3)})
    parent = build_report(Template.V2021, {"t3.new_received.total": number(5), "t4.review.total": number(1)})
    result = check_family(parent, [child_a, child_b])
    assert not [f for f in result.findings if f.status is Status.FAIL]
    assert result.passed >= 2
    wrong = replace_cell(parent, "t3.new_received.total", number(7))
    [finding] = [f for f in check_family(wrong, [child_a, child_b]).findings if f.status is Status.FAIL]
    assert (finding.rule, finding.cells, finding.printed, finding.computed) == (
        "xr_parent_sum",
        ("t3.new_received.total",),
        7,
        5,
    )
    assert finding.message.startswith("表三“一、本年新收政府信息公开申请数量”行“总计”列：汇总报告填报 7")


def test_no_previous_means_no_cross_year_rules() -> None:
    report = build_report(Template.V2021, {"t3.carried_over.total": Cell()})
    assert not [r for r in check(report).rules if r.startswith("xy_")]
