"""Real publisher errors in the shared corpus are found, with the right rule, cell and numbers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from checks_helpers import corpus_report, expected_report

from govdisclosure.checks import check
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Finding, Status
from govdisclosure.model.report import Report


def finding(result: CheckResult, rule: str, cell: str, status: Status = Status.FAIL) -> Finding:
    """The one finding of ``rule`` whose first cell is ``cell``."""
    found = [f for f in result.findings if f.rule == rule and f.cells[:1] == (cell,) and f.status is status]
    assert len(found) == 1, [(f.rule, f.cells[:1], f.status) for f in result.findings]
    return found[0]


def error_failures(result: CheckResult) -> set[tuple[str, str]]:
    return {
        (f.rule, f.cells[0])
        for f in result.findings
        if f.severity is Severity.ERROR and f.status is Status.FAIL
    }


@pytest.mark.parametrize("build", [corpus_report, expected_report], ids=["parsed", "expected"])
def test_005_results_total_differs_from_the_outcome_rows(build: Callable[[str], Report]) -> None:
    # One error seen in two columns (自然人 and 总计, both 6 short) is one finding naming both.
    report: Report = build("005")
    result = check(report)
    found = finding(result, "t3_results_sum", "t3.results_total.natural_person")
    assert (found.printed, found.computed, found.difference) == (20, 26, -6)
    assert {"t3.results_total.natural_person", "t3.results_total.total"} <= set(found.cells)
    assert found.severity is Severity.ERROR
    assert found.message.startswith("表三“（七）总计”行“自然人”、“总计”列：填报 20、21，")
    assert "应为 26、27，均少6件" in found.message
    assert "相差" not in found.message
    assert found.pointers[0] == "/applications/results_total/natural_person"
    assert error_failures(result) == {("t3_results_sum", "t3.results_total.natural_person")}
    if build is corpus_report:
        assert found.spans, "the finding points at the printed cells in the source"


@pytest.mark.parametrize("build", [corpus_report, expected_report], ids=["parsed", "expected"])
def test_014_application_counted_as_handled_and_carried_forward(build: Callable[[str], Report]) -> None:
    report: Report = build("014")
    result = check(report)
    balance = finding(result, "t3_balance", "t3.new_received.natural_person")
    assert (balance.printed, balance.computed, balance.difference) == (1, 2, -1)
    assert {"t3.carried_forward.natural_person", "t3.carried_forward.total", "t3.new_received.total"} <= set(
        balance.cells
    )
    assert balance.message.startswith("表三“自然人”、“总计”列：")
    assert "“一、本年新收政府信息公开申请数量” 1 + “二、上年结转政府信息公开申请数量” 0" in balance.message
    assert "“（七）总计” 1 + “四、结转下年度继续办理” 1" in balance.message
    assert "第一项加第二项之和少1件" in balance.message
    assert error_failures(result) == {("t3_balance", "t3.new_received.natural_person")}


@pytest.mark.parametrize("prefix", ["045", "048"])
@pytest.mark.parametrize("build", [corpus_report, expected_report], ids=["parsed", "expected"])
def test_045_048_review_total_printed_zero_beside_one_upheld(
    prefix: str, build: Callable[[str], Report]
) -> None:
    report: Report = build(prefix)
    result = check(report)
    group = finding(result, "t4_group_total", "t4.review.total")
    assert (group.printed, group.computed, group.difference) == (0, 1, -1)
    assert "t4.review.upheld" in group.cells
    assert group.message.startswith("表四“行政复议”下“总计”列：填报 0")
    assert error_failures(result) == {("t4_group_total", "t4.review.total")}
    narrative = finding(result, "nar_review_litigation", "t4.review.total")
    assert (narrative.printed, narrative.computed) == (1, 0)
    assert narrative.quote is not None
    assert "行政复议1起" in narrative.quote


@pytest.mark.parametrize("build", [corpus_report, expected_report], ids=["parsed", "expected"])
def test_002_blank_total_is_one_finding_naming_the_checks_it_blocks(build: Callable[[str], Report]) -> None:
    # The 四、结转下年度继续办理 row prints an empty 总计: one blank-cell finding, not one
    # not-assessable finding per rule.
    result = check(build("002"))
    blank = finding(result, "t3_blank_cells", "t3.carried_forward.total")
    assert blank.severity is Severity.WARNING
    assert blank.cells == blank.null_cells == ("t3.carried_forward.total",)
    assert blank.message.startswith("表三“四、结转下年度继续办理”行“总计”列未填写")
    assert "无法核对“第一项加第二项之和等于第三项加第四项之和”" in blank.message
    blocked = {"t3_balance", "t3_row_total", "t3_carry_out_le_available"}
    assert not [f for f in result.findings if f.rule in blocked]
    assert error_failures(result) == set()


CLEAN = ["004", "006", "007", "008", "009", "010", "012", "013", "015", "016", "017", "018", "019",
         "021", "022", "023", "025", "026"]  # fmt: skip


@pytest.mark.parametrize("prefix", CLEAN)
def test_reports_without_publisher_errors_raise_no_error(prefix: str) -> None:
    assert error_failures(check(expected_report(prefix))) == set()


@pytest.mark.parametrize("prefix", CLEAN)
def test_parsed_reports_without_publisher_errors_raise_no_error(prefix: str) -> None:
    assert error_failures(check(corpus_report(prefix))) == set()
