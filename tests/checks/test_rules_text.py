"""The text rules of domain.md §4.7, each both ways on generated reports (rendered and parsed):
label_typo and struct_heading_wording, the prose rules, the signature and period, the cited notice,
prose ordinals."""

from __future__ import annotations

import pytest
from checks_helpers import rendered

from govdisclosure.checks import check
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Finding, Status
from govdisclosure.template.spec import Template

HEADING_4 = "四、政府信息公开行政复议、行政诉讼情况"


def failed(result: CheckResult, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule and f.status is Status.FAIL]


@pytest.fixture(scope="module")
def clean() -> CheckResult:
    return check(rendered())


@pytest.mark.parametrize(
    "rule",
    [
        "label_typo",
        "struct_heading_wording",
        "nar_percent_internal",
        "nar_year_mention",
        "nar_plan_year",
        "date_order",
        "period_full_year",
        "issuer_consistent",
        "struct_item_numbering",
        "struct_template_version",
    ],
)
def test_a_generated_report_passes(clean: CheckResult, rule: str) -> None:
    assert rule in clean.rules
    assert failed(clean, rule) == []


# --- label_typo -------------------------------------------------------------------------------


def test_a_header_cell_typo_is_a_warning_on_its_column() -> None:
    [typo] = failed(check(rendered(edits=(("本年废止件数 |", "本年废纸件数 |"),))), "label_typo")
    assert typo.severity is Severity.WARNING
    assert typo.message == "“本年废纸件数”疑为“本年废止件数”之误"
    assert typo.cells == ("t2.regulations.repealed", "t2.normative_documents.repealed")


def test_a_row_label_typo() -> None:
    edits = (("5.属于三类内部事务信息", "5.属于三类内容事务信息"),)
    [typo] = failed(check(rendered(edits=edits)), "label_typo")
    assert typo.message == "“属于三类内容事务信息”疑为“属于三类内部事务信息”之误"
    assert typo.cells[0] == "t3.denied.internal_affairs.natural_person"


def test_a_2019_label_in_a_2021_table() -> None:
    [typo] = failed(check(rendered(edits=(("行政规范性文件 |", "规范性文件 |"),))), "label_typo")
    assert typo.message == "表格标签“规范性文件”是2019年格式的写法，2021年格式为“行政规范性文件”"


@pytest.mark.parametrize(
    ("printed", "detail"),
    [
        ("四、政府信息公开行政法复议、行政诉讼情况", "有错字，"),
        ("四、政府信息公开行行政复议、行政诉讼情况", "有错字，"),
        ("四四、政府信息公开行政复议、行政诉讼情况", "（序号“四”重复）"),
    ],
)
def test_heading_typos_are_warnings_not_wording_variants(printed: str, detail: str) -> None:
    result = check(rendered(edits=((HEADING_4, printed),)))
    [typo] = failed(result, "label_typo")
    assert typo.severity is Severity.WARNING
    assert detail in typo.message
    assert failed(result, "struct_heading_wording") == []


def test_a_separator_typo_in_a_heading() -> None:
    edits = (("三、收到和处理政府信息公开申请情况", "三是收到和处理政府信息公开申请情况"),)
    [typo] = failed(check(rendered(edits=edits)), "label_typo")
    assert "序号后的“是”应为“、”" in typo.message


@pytest.mark.parametrize(
    "printed", ["四、政府信息公开行政复议与行政诉讼情况", "四.政府信息公开行政复议、行政诉讼情况"]
)
def test_harmless_heading_variants_are_information(printed: str) -> None:
    result = check(rendered(edits=((HEADING_4, printed),)))
    assert failed(result, "label_typo") == []
    [variant] = failed(result, "struct_heading_wording")
    assert variant.severity is Severity.INFO


def test_a_look_alike_character_in_prose() -> None:
    result = check(rendered(overview="依申请公开信息数246条，不子公开信息数168条。"))
    [typo] = failed(result, "label_typo")
    assert typo.message == "“不子公开”疑为“不予公开”之误"


def test_prose_that_only_meets_a_label_is_not_a_typo() -> None:
    prose = "本年处理决定数为3件；收到和处理政府信息公开申请情况良好；我局统一是非标准，公开开展培训。"
    assert failed(check(rendered(overview=prose)), "label_typo") == []


# --- prose rules ------------------------------------------------------------------------------


def test_a_share_against_the_sentence_s_own_total() -> None:
    wrong = check(rendered(overview="全年共发布信息620条，其中政策文件155条，占30%。"))
    [finding] = failed(wrong, "nar_percent_internal")
    assert (finding.printed, str(finding.computed)) == (30, "25.0")
    assert finding.quote == "全年共发布信息620条，其中政策文件155条，占30%"
    right = check(
        rendered(overview="全年共发布信息620条，其中政策文件155条，占25%；其中图解40条，占比25.8%。")
    )
    assert failed(right, "nar_percent_internal") == []


def test_figures_of_this_year_dated_with_last_year() -> None:
    [finding] = failed(check(rendered(overview="2023年制作、获取政府信息总数467条。")), "nar_year_mention")
    assert (finding.printed, finding.computed) == (2023, 2024)
    for prose in (
        "较2023年增长15条，全年共发布信息20条。",
        "2023年以来累计公开信息500条。",
        "2025年，我局将公开信息30条。",
    ):
        assert failed(check(rendered(overview=prose)), "nar_year_mention") == [], prose


def test_next_year_s_plan_dated_with_the_report_year() -> None:
    [finding] = failed(check(rendered(problems="2024年，我局将进一步加强培训。")), "nar_plan_year")
    assert finding.message == "第五部分的下一年度工作安排写作“2024年”，应为“2025年”"
    assert failed(check(rendered(problems="2025年，我局将进一步加强培训。")), "nar_plan_year") == []
    assert failed(check(rendered(problems="2024年，我局信息公开工作仍有不足。")), "nar_plan_year") == []


@pytest.mark.parametrize(
    ("problems", "message"),
    [
        (
            "一是公开不够全面；三是解读形式单一。",
            "“五、存在的主要问题及改进情况”部分的序号从“一是”跳到“三是”",
        ),
        ("一是公开不够全面；二是解读形式单一；二是培训不足。", "序号“二是”之后又出现“二是”，序号重复"),
        ("（一）存在的问题。公开不够全面。（三）改进措施。加强培训。", "序号从“（一）”跳到“（三）”"),
    ],
)
def test_prose_ordinals_that_skip_or_repeat(problems: str, message: str) -> None:
    [finding] = failed(check(rendered(problems=problems)), "struct_item_numbering")
    assert message in finding.message
    assert finding.severity is Severity.INFO


# --- signature, period, issuer, notice ----------------------------------------------------------


def test_a_signature_dated_before_the_year_ends() -> None:
    report = rendered(tail="\n某某市某某局\n2024年12月20日\n")
    assert report.metadata.signed == "2024-12-20"
    [finding] = failed(check(report), "date_order")
    assert finding.message == "落款日期2024年12月20日早于2024年度结束"
    assert failed(check(rendered(tail="\n某某市某某局\n2025年1月20日\n")), "date_order") == []


def test_a_period_that_is_not_the_whole_year() -> None:
    sentence = "本报告所列数据的统计期限自2024年3月1日起至2024年12月31日止。"
    [finding] = failed(check(rendered(overview=sentence)), "period_full_year")
    assert finding.severity is Severity.INFO
    whole = "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。"
    assert failed(check(rendered(overview=whole)), "period_full_year") == []


def test_a_slip_in_the_signature() -> None:
    [finding] = failed(check(rendered(tail="\n某某市某某居\n2025年1月20日\n")), "issuer_consistent")
    assert finding.message == "落款印作“某某市某某居”，与标题中的“某某市某某局”相差一字"
    assert failed(check(rendered(tail="\n某某市某某局\n2025年1月20日\n")), "issuer_consistent") == []


def test_a_2021_report_citing_the_2019_notice() -> None:
    cites = (
        "根据国务院办公厅政府信息与政务公开办公室《关于政府信息公开工作年度报告有关事项的通知》编制本报告。"
    )
    [finding] = failed(check(rendered(overview=cites)), "struct_template_version")
    assert "引用的是2019年格式的通知（国办公开办函〔2019〕60号）" in finding.message
    report_2020 = rendered(Template.V2019, year=2020, overview=cites)
    assert failed(check(report_2020), "struct_template_version") == []


def test_a_report_citing_last_year_s_compilation_notice() -> None:
    intro = (
        "根据《某某市人民政府办公室关于编制公布2023年政府信息公开工作年度报告有关事项的通知》要求编制本报告。"
    )
    report = rendered(
        edits=(
            (
                "某某市某某局2024年政府信息公开工作年度报告\n",
                f"某某市某某局2024年政府信息公开工作年度报告\n{intro}\n",
            ),
        )
    )
    [finding] = failed(check(report), "nar_year_mention")
    assert finding.message.startswith("2024年度报告依据的是编制2023年度报告的通知")
    updated = intro.replace("2023年", "2024年")
    report = rendered(
        edits=(
            (
                "某某市某某局2024年政府信息公开工作年度报告\n",
                f"某某市某某局2024年政府信息公开工作年度报告\n{updated}\n",
            ),
        )
    )
    assert failed(check(report), "nar_year_mention") == []
