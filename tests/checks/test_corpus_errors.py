"""Real publisher errors in the shared corpus are found, with the right rule, cell and numbers."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

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


# --- what a reviewer finds beyond the arithmetic (domain.md §4.7) --------------------------------


def failures(result: CheckResult, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule and f.status is Status.FAIL]


@pytest.mark.parametrize("build", [corpus_report, expected_report], ids=["parsed", "expected"])
def test_013_a_row_printing_six_numbers_for_seven_cells(build: Callable[[str], Report]) -> None:
    [blank] = failures(check(build("013")), "t3_blank_cells")
    assert blank.severity is Severity.WARNING
    assert blank.cells[0] == "t3.new_received.natural_person"
    assert len(blank.cells) == 7
    assert blank.null_cells == ()  # which of the seven is the blank one is not guessed
    assert blank.message.startswith("表三“一、本年新收政府信息公开申请数量”行只印有6个数字，应有7个单元格")


def test_014_header_typo() -> None:
    [typo] = failures(check(corpus_report("014")), "label_typo")
    assert typo.severity is Severity.WARNING
    assert typo.message == "“本年废纸件数”疑为“本年废止件数”之误"
    assert typo.cells == ("t2.regulations.repealed", "t2.normative_documents.repealed")


def test_007_heading_typo() -> None:
    result = check(corpus_report("007"))
    [typo] = failures(result, "label_typo")
    assert typo.message.startswith("第四部分标题“四、政府信息公开行政法复议、行政诉讼情况”有错字")
    assert failures(result, "struct_heading_wording") == []


def test_008_documents_in_force_fit_no_cut_of_the_glued_digits() -> None:
    result = check(corpus_report("008"))
    [finding] = failures(result, "nar_documents")
    assert (finding.cells, finding.printed, finding.computed) == (
        ("t2.normative_documents.in_force",),
        393,
        None,
    )
    assert "“77132470”无论怎样拆分，“现行有效件数”都不是393" in finding.message
    assert finding.quote is not None
    assert "现行有效行政规范性文件393件" in finding.quote


def test_008_problems_skip_the_second_item() -> None:
    [finding] = failures(check(corpus_report("008")), "struct_item_numbering")
    assert finding.message == "“五、存在的主要问题及改进情况”部分的序号从“一是”跳到“三是”"


def test_019_last_year_s_figures_and_a_typo() -> None:
    result = check(corpus_report("019"))
    [year] = failures(result, "nar_year_mention")
    assert (year.printed, year.computed) == (2024, 2025)
    assert year.quote is not None
    assert "2024年制作、获取政府信息总数467条" in year.quote
    [typo] = failures(result, "label_typo")
    assert typo.message == "“不子公开”疑为“不予公开”之误"


@pytest.mark.parametrize("build", [corpus_report, expected_report], ids=["parsed", "expected"])
def test_019_fee_copied_from_the_government_report(build: Callable[[str], Report]) -> None:
    result = check(build("019"), parent=build("010"))
    [copied] = failures(result, "xr_fee_copied")
    assert copied.cells == ("t2.fees.amount",)
    assert (copied.printed, copied.computed) == (Decimal("4166.214619"), Decimal("4166.241619"))


def test_002_a_2019_label_in_a_2021_table_and_sections_numbered_otherwise() -> None:
    result = check(corpus_report("002"))
    [typo] = failures(result, "label_typo")
    assert typo.message == "表格标签“规范性文件”是2019年格式的写法，2021年格式为“行政规范性文件”"
    [sections] = failures(result, "struct_six_sections")
    assert sections.message == (
        "报告缺少“五、存在的主要问题及改进情况”部分；第四部分“政府信息公开行政复议、行政诉讼情况”的序号印作“三、”；"
        "第六部分“其他需要报告的事项”的序号印作“五、”"
    )


def test_022_cites_the_2019_notice() -> None:
    [finding] = failures(check(corpus_report("022")), "struct_template_version")
    assert "2021年度报告引用的是2019年格式的通知（国办公开办函〔2019〕60号）" in finding.message


def test_015_cites_the_notice_for_last_year_s_reports() -> None:
    [finding] = failures(check(corpus_report("015")), "nar_year_mention")
    assert (finding.printed, finding.computed) == (2021, 2022)
    assert "关于编制公布2021年政府信息公开工作年度报告有关事项的通知" in finding.message
