"""The table rules of domain.md §4.7, each both ways on generated reports (rendered and parsed) or
reports built by hand: t3_blank_cells, t2_missing_row, t2_department_regulations, the hybrid table
三, nar_outcome_breakdown (lenient) and nar_documents (glued digits)."""

from __future__ import annotations

from decimal import Decimal

import attrs
from checks_helpers import rendered, sample_values

from govdisclosure.checks import check
from govdisclosure.model.cellmap import build_report
from govdisclosure.model.cells import Cell, CellKind, number
from govdisclosure.model.diagnostics import Severity, note
from govdisclosure.model.findings import CheckResult, Finding, Status
from govdisclosure.model.report import Metadata, Report, Section, Sections
from govdisclosure.template import national
from govdisclosure.template.spec import Template

LEGAL = (
    "commercial_enterprise",
    "research_institution",
    "social_welfare_org",
    "legal_service_org",
    "other_org",
)


def failed(result: CheckResult, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule and f.status is Status.FAIL]


def of_rule(result: CheckResult, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule]


# --- t3_blank_cells ---------------------------------------------------------------------------


def test_a_consistent_report_has_no_blank_cell() -> None:
    result = check(rendered())
    assert "t3_blank_cells" in result.rules
    assert failed(result, "t3_blank_cells") == []


def test_every_legal_person_column_blank_is_one_finding() -> None:
    values = sample_values(Template.V2021)
    for row in national.T3_2021.rows:
        for column in LEGAL:
            values[f"t3.{row.id}.{column}"] = None
    result = check(rendered(values=values))
    [blank] = failed(result, "t3_blank_cells")
    assert blank.severity is Severity.WARNING
    assert blank.message.startswith("表三“法人或其他组织”各列各行均未填写，没有的应填0")
    assert len(blank.cells) == 5 * len(national.T3_2021.rows)
    assert not [f for f in result.findings if f.rule.startswith("t3_") and f.rule != "t3_blank_cells"]


def test_a_blank_total_names_the_checks_it_blocks_once() -> None:
    values = sample_values(Template.V2021) | {"t3.results_total.total": None}
    result = check(rendered(values=values, renderer="html"))
    [blank] = failed(result, "t3_blank_cells")
    assert blank.cells == ("t3.results_total.total",)
    assert blank.message.startswith("表三“（七）总计”行“总计”列未填写")
    assert "无法核对“第一项加第二项之和等于第三项加第四项之和”" in blank.message
    assert of_rule(result, "t3_balance") == of_rule(result, "t3_row_total") == []


def test_totals_left_blank_beside_their_rows_are_not_said_to_be_zero() -> None:
    # 上海 2019: the 总计 of the outcome rows blank, only （七）总计 printed. Not "应为0".
    values = sample_values(Template.V2021)
    outcome_rows = [r.id for r in national.T3_2021.rows if r.group_label and r.id != "results_total"]
    for row in outcome_rows:
        values[f"t3.{row}.total"] = None
    result = check(rendered(values=values, renderer="html"))
    assert not [f for f in result.findings if f.rule == "t3_results_sum" and f.status is Status.FAIL]
    [blank] = failed(result, "t3_blank_cells")
    assert blank.message.startswith("表三“总计”列在“（一）予以公开”")
    assert f"等{len(outcome_rows)}行未填写" in blank.message
    assert "无法核对" in blank.message


def test_a_placeholder_is_reported_as_printed() -> None:
    report = rendered()
    report = attrs.evolve(
        report, review_litigation=attrs.evolve(report.review_litigation, review=attrs.evolve(
            report.review_litigation.review, pending=Cell(None, CellKind.SLASH, "/")))  # type: ignore[union-attr]
    )  # fmt: skip
    [blank] = failed(check(report), "t3_blank_cells")
    assert blank.table == "t4"
    assert blank.message.startswith("表四“行政复议”下“尚未审结”列填“/”")


# --- t2_missing_row and struct_cell_count ------------------------------------------------------


def test_a_table_two_row_the_report_lacks() -> None:
    clean = check(rendered())
    assert failed(clean, "t2_missing_row") == []
    lacking = check(rendered(edits=(("规章 |\n0 |\n0 |\n0 |\n", ""),)))
    [finding] = failed(lacking, "t2_missing_row")
    assert finding.message == "表二缺少“规章”行（报告中未印出该行）"
    assert finding.cells == ("t2.regulations.issued", "t2.regulations.repealed", "t2.regulations.in_force")
    assert failed(lacking, "struct_cell_count") == []  # said once, by t2_missing_row


def test_a_table_the_parser_could_not_read_is_not_missing() -> None:
    # Table 四 printed (its labels are in the text) but not read: a parse note, never "缺少15个单元格".
    report = rendered()
    ids = tuple(c for c in national.TEMPLATE_2021.cell_ids if c.startswith("t4."))
    report = attrs.evolve(
        build_report(Template.V2021, {k: v for k, v in _cells(report).items() if not k.startswith("t4.")}),
        metadata=report.metadata,
        sections=report.sections,
        diagnostics=(note("cells_missing", None, ids, count=len(ids), listed="…"),),
    )
    result = check(report)
    assert failed(result, "struct_cell_count") == []
    unread = [f for f in result.findings if f.rule == "t4_group_total"]
    assert [f.status for f in unread] == [Status.NOT_ASSESSABLE]
    assert unread[0].message.startswith(
        "表四“行政复议”“行政诉讼·未经复议直接起诉”“行政诉讼·复议后起诉”行的数字未能读出"
    )
    without_text = attrs.evolve(report, sections=Sections())
    assert failed(check(without_text), "struct_cell_count") == []


def _cells(report: Report) -> dict[str, Cell]:
    from govdisclosure.model.cellmap import cells_of

    return cells_of(report)


# --- t2_department_regulations ------------------------------------------------------------------


def test_a_department_making_regulations() -> None:
    values = sample_values(Template.V2021) | {"t2.regulations.issued": 2, "t2.regulations.in_force": 2}
    [finding] = failed(check(rendered(values=values)), "t2_department_regulations")
    assert finding.message.startswith(
        "部门报告的表二“规章”行填有非零数字：“本年制发件数” 2、“现行有效件数” 2"
    )
    government = rendered(values=values, edits=(("某某市某某局2024年", "某某市人民政府2024年"),))
    assert failed(check(government), "t2_department_regulations") == []
    assert failed(check(rendered()), "t2_department_regulations") == []


def test_glued_regulations_fail_when_every_cut_is_non_zero() -> None:
    values = sample_values(Template.V2021) | {"t2.regulations.issued": 1, "t2.regulations.in_force": 12}
    report = rendered(values=values, renderer="flat_glued")
    assert report.disclosure.regulations.in_force.value is None  # type: ignore[union-attr]  # 1012: 1|0|12 or 10|1|2
    [finding] = failed(check(report), "t2_department_regulations")
    assert "无论怎样拆分都不为0" in finding.message


# --- nar_outcome_breakdown (lenient) and nar_documents -----------------------------------------


def test_outcomes_compared_with_the_applicant_columns_when_the_total_is_blank() -> None:
    values = sample_values(Template.V2021) | {"t3.granted.total": None}
    agrees = check(rendered(values=values, renderer="html", overview="全年予以公开2件。"))
    assert of_rule(agrees, "nar_outcome_breakdown") == []
    differs = rendered(values=values, renderer="html", overview="全年予以公开3件。")
    [finding] = failed(check(differs), "nar_outcome_breakdown")
    assert (finding.printed, finding.computed) == (3, 2)
    assert "总计列未填写，按各申请人类型相加" in finding.message


def test_document_counts_of_the_prose() -> None:
    agrees = rendered(overview="清理并公布现行有效行政规范性文件20件，本年制发行政规范性文件5件。")
    assert of_rule(check(agrees), "nar_documents") == []
    differs = rendered(overview="清理并公布现行有效行政规范性文件25件。")
    [finding] = failed(check(differs), "nar_documents")
    assert (finding.cells, finding.printed, finding.computed) == (
        ("t2.normative_documents.in_force",),
        25,
        20,
    )
    assert finding.message.endswith("文字说明多5件") or "多5件" in finding.message


def test_glued_document_digits_no_cut_of_which_fits_the_prose() -> None:
    # 行政规范性文件 5|0|20 printed glued as "5020": 5|0|20 or 50|2|0; the prose says 25 in force.
    fits = rendered(renderer="flat_glued", overview="现行有效行政规范性文件20件。")
    assert failed(check(fits), "nar_documents") == []
    report = rendered(renderer="flat_glued", overview="现行有效行政规范性文件25件。")
    [finding] = failed(check(report), "nar_documents")
    assert (finding.printed, finding.computed) == (25, None)
    assert "“5020”无论怎样拆分，“现行有效件数”都不是25（可能为0、20）" in finding.message


def test_2019_document_counts() -> None:
    report = rendered(Template.V2019, year=2020, overview="全年新制作规范性文件5件。")
    assert of_rule(check(report), "nar_documents") == []


# --- the hybrid table 三 ------------------------------------------------------------------------


def _hybrid_2021(single_total: int) -> Report:
    values = {k: number(v) for k, v in sample_values(Template.V2021).items() if v is not None}
    values = {k: v for k, v in values.items() if not k.startswith("t3.other.")}
    values |= {f"t3.other_single.{c.id}": number(0) for c in national.T3_COLUMNS}
    values |= {
        "t3.other_single.natural_person": number(single_total),
        "t3.other_single.total": number(single_total),
    }
    return build_report(Template.V2021, values, metadata=Metadata(issuer="某某市某某局", year=2024))


def test_a_2021_table_with_the_2019_single_other_row() -> None:
    report = _hybrid_2021(0)
    result = check(report)
    [hybrid] = failed(result, "struct_template_version")
    assert "表三“（六）其他处理”印作2019年格式的一行" in hybrid.message
    assert failed(result, "t3_results_sum") == []
    assert failed(result, "struct_cell_count") == []  # the three sub-rows are not missing


def test_the_single_other_row_counts_in_the_results_sum() -> None:
    [finding] = failed(check(_hybrid_2021(1)), "t3_results_sum")
    assert "t3.other_single.total" in finding.cells
    assert (finding.printed, finding.computed) == (3, 4)
    assert failed(check(_hybrid_2021(1)), "t3_balance") == []


def test_a_2019_table_with_the_2021_sub_rows() -> None:
    values = {k: number(v) for k, v in sample_values(Template.V2019).items() if v is not None}
    values = {k: v for k, v in values.items() if not k.startswith("t3.other.")}
    for row in ("overdue_correction", "overdue_fee", "misc"):
        values |= {f"t3.other_split.{row}.{c.id}": number(0) for c in national.T3_COLUMNS}
    report = build_report(Template.V2019, values, metadata=Metadata(issuer="某某市某某局", year=2020))
    result = check(report)
    [hybrid] = failed(result, "struct_template_version")
    assert "表三“（六）其他处理”印作2021年格式的三个子行" in hybrid.message
    assert failed(result, "t3_results_sum") == failed(result, "struct_cell_count") == []


def test_hybrid_cells_are_named() -> None:
    from govdisclosure.checks import messages as msg

    assert msg.cell_zh("t3.other_single.total", national.TEMPLATE_2021) == "表三“（六）其他处理”行“总计”列"
    assert (
        msg.cell_zh("t3.other_split.overdue_fee.natural_person", national.TEMPLATE_2019)
        == "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”行“自然人”列"
    )
    assert (
        msg.cell_en("t3.other_split.misc.total")
        == 'table 3, row "3.(6) other handling: other", column "total"'
    )


# --- nar_fee ----------------------------------------------------------------------------------


def _with_fee(overdue: int, other: str, overview: str = "") -> Report:
    cells = {"t3.other.overdue_fee.total": number(overdue)}
    sections = Sections(
        overview=Section("一、总体情况", overview), other=Section("六、其他需要报告的事项", other)
    )
    return build_report(Template.V2021, cells, metadata=Metadata(year=2024), sections=sections)


def test_fee_notices_without_a_word_on_fees_in_section_six() -> None:
    [finding] = failed(check(_with_fee(2, "无。")), "nar_fee")
    assert finding.severity is Severity.INFO
    assert failed(check(_with_fee(2, "本年度未收取信息处理费。")), "nar_fee") == []


def test_fees_collected_without_any_fee_notice() -> None:
    [finding] = failed(check(_with_fee(0, "本年度收取信息处理费共计380元。")), "nar_fee")
    assert "380元" in finding.message
    noticed = _with_fee(0, "本年度收取信息处理费共计380元。", "全年发出收费通知1份。")
    assert failed(check(noticed), "nar_fee") == []
    assert failed(check(_with_fee(0, "2024年，无收取信息处理费情况。")), "nar_fee") == []


def test_fee_amount_compares_with_its_precision() -> None:
    assert Decimal("4166.214619") != Decimal("4166.241619")
