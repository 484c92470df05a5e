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
    report: Report = build("005")
    result = check(report)
    natural = finding(result, "t3_results_sum", "t3.results_total.natural_person")
    assert (natural.printed, natural.computed, natural.difference) == (20, 26, -6)
    total = finding(result, "t3_results_sum", "t3.results_total.total")
    assert (total.printed, total.computed, total.difference) == (21, 27, -6)
    assert total.severity is Severity.ERROR
    assert total.message.startswith("表三“（七）总计”行“总计”列：填报 21，")
    assert "应为 27" in total.message
    assert total.pointers[0] == "/applications/results_total/total"
    if build is corpus_report:
        assert total.spans, "the finding points at the printed cell in the source"


@pytest.mark.parametrize("build", [corpus_report, expected_report], ids=["parsed", "expected"])
def test_014_application_counted_as_handled_and_carried_forward(build: Callable[[str], Report]) -> None:
    report: Report = build("014")
    result = check(report)
    balance = finding(result, "t3_balance", "t3.new_received.total")
    assert (balance.printed, balance.computed, balance.difference) == (1, 2, -1)
    assert "t3.carried_forward.total" in balance.cells
    assert "“一、本年新收政府信息公开申请数量” 1 + “二、上年结转政府信息公开申请数量” 0" in balance.message
    assert "“（七）总计” 1 + “四、结转下年度继续办理” 1" in balance.message
    assert error_failures(result) == {
        ("t3_balance", "t3.new_received.natural_person"),
        ("t3_balance", "t3.new_received.total"),
    }


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
def test_002_balance_of_the_total_column_is_not_assessable(build: Callable[[str], Report]) -> None:
    report: Report = build("002")
    result = check(report)
    balance = finding(result, "t3_balance", "t3.new_received.total", Status.NOT_ASSESSABLE)
    assert "t3.carried_forward.total" in balance.null_cells
    assert "表三“四、结转下年度继续办理”行“总计”列为空" in balance.message


def test_002_from_expected_values_names_exactly_the_blank_cell() -> None:
    result = check(expected_report("002"))
    balance = finding(result, "t3_balance", "t3.new_received.total", Status.NOT_ASSESSABLE)
    assert balance.null_cells == ("t3.carried_forward.total",)
    assert error_failures(result) == set()


CLEAN = ["004", "006", "007", "008", "009", "010", "012", "013", "015", "016", "017", "018", "019",
         "021", "022", "023", "025", "026"]  # fmt: skip


@pytest.mark.parametrize("prefix", CLEAN)
def test_reports_without_publisher_errors_raise_no_error(prefix: str) -> None:
    assert error_failures(check(expected_report(prefix))) == set()


@pytest.mark.parametrize("prefix", CLEAN)
def test_parsed_reports_without_publisher_errors_raise_no_error(prefix: str) -> None:
    assert error_failures(check(corpus_report(prefix))) == set()
