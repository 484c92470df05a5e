"""Registry, counts, null semantics, money precision, languages and the text report."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
import regex
from checks_helpers import corpus_report, seed_report

from govdisclosure.checks import RULES, check, format_text
from govdisclosure.checks.numbers import Sum, agree, exact
from govdisclosure.checks.registry import CHECKS
from govdisclosure.model.cellmap import build_report, replace_cell
from govdisclosure.model.cells import Cell, CellKind, number
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Status
from govdisclosure.model.report import Report
from govdisclosure.template import national
from govdisclosure.template.spec import Template

RULE_IDS = {
    "t3_balance", "t3_results_sum", "t3_row_total", "t3_nonneg_int", "t3_carry_out_le_available",
    "t4_group_total", "t4_nonneg_int", "t2_nonneg", "t2_items_change_sign_ok", "t2_v19_published_le_total",
    "t2_v19_published_le_made", "t2_v21_in_force_ge_net", "t2_v21_in_force_ge_made",
    "t2_v21_fee_unit_plausible", "nar_received", "nar_carry_in", "nar_processed", "nar_carry_out",
    "nar_outcome_breakdown", "nar_percentages", "nar_zero_claims", "nar_review_litigation", "nar_documents",
    "struct_six_sections", "struct_heading_wording", "struct_intro_parts", "struct_item_numbering",
    "struct_template_version", "struct_year", "struct_deadline", "struct_cell_count",
    "xy_carry_over", "xy_in_force_roll", "xy_v19_items_roll", "xy_not_identical", "xr_parent_sum",
    # domain.md §4.7
    "t3_blank_cells", "t2_missing_row", "nar_percent_internal", "nar_year_mention", "nar_plan_year",
    "date_order", "period_full_year", "issuer_consistent", "label_typo", "t2_department_regulations",
    "nar_fee", "xr_fee_copied", "xy_same_body", "xy_anomaly",
}  # fmt: skip
HARD = {"t2_nonneg", "t2_items_change_sign_ok", "xy_carry_over", "xy_same_body"}
INFO = {
    "t2_v19_published_le_made",
    "struct_heading_wording",
    "struct_item_numbering",
    "period_full_year",
    "nar_fee",
    "xy_anomaly",
}
SOFT_TABLE_RULES = {"t3_blank_cells"}  # a blank cell is a warning, not an arithmetic error


def test_registry_ids_severities_and_evaluators() -> None:
    assert {r.id for r in RULES} == RULE_IDS
    assert len(RULES) == len(RULE_IDS)
    for rule in RULES:
        hard = (rule.id.startswith(("t3_", "t4_")) and rule.id not in SOFT_TABLE_RULES) or rule.id in HARD
        assert (rule.severity is Severity.ERROR) is hard, rule.id
        assert callable(next(c.evaluate for c in CHECKS if c.rule is rule))
        assert rule.title
        assert rule.title_en
        assert rule.templates
    assert {r.id for r in RULES if r.severity is Severity.INFO} == INFO


def test_counts_add_up() -> None:
    result = check(corpus_report("005"))
    # 自然人 and 总计 short by the same 6: one failure naming both columns; and a zone publishing
    # on 3月5日 (information, domain.md §4.6).
    assert result.failed == sum(1 for f in result.findings if f.status is Status.FAIL) == 2
    assert {f.rule for f in result.findings if f.status is Status.FAIL} == {
        "t3_results_sum",
        "struct_deadline",
    }
    assert result.not_assessable == sum(1 for f in result.findings if f.status is Status.NOT_ASSESSABLE)
    assert result.passed > 40


def test_null_addend_is_assumed_zero_and_said() -> None:
    report = replace_cell(seed_report(), "t3.granted.natural_person", Cell(None, CellKind.BLANK))
    [finding] = [f for f in check(report).findings if f.rule == "t3_results_sum" and f.status is Status.FAIL]
    assert finding.cells[0] == "t3.results_total.natural_person"
    assert finding.assumed_zero == ("t3.granted.natural_person",)
    assert "（其中表三“（一）予以公开”行“自然人”列为空，按 0 计算）" in finding.message
    assert (finding.printed, finding.computed) == (4, 0)


def test_null_total_is_not_assessable() -> None:
    # A 总计 printed "-" is not blank: the blank-cell finding says what was printed and names the
    # check it blocks, instead of a not-assessable finding per rule.
    report = replace_cell(seed_report(), "t3.granted.total", Cell(None, CellKind.DASH, "-"))
    assert [f for f in check(report).findings if f.rule == "t3_row_total"] == []
    [blank] = [f for f in check(report).findings if f.rule == "t3_blank_cells"]
    assert blank.null_cells == ("t3.granted.total",)
    assert blank.message.startswith("表三“（一）予以公开”行“总计”列填“-”")
    assert "无法核对“总计列等于各申请人类型之和”" in blank.message


def test_money_compares_within_printed_precision() -> None:
    assert agree(exact(Decimal("1.23")), Sum(Decimal("1.234"), ()))
    assert not agree(exact(Decimal("1.23")), Sum(Decimal("1.236"), ()))
    assert not agree(exact(3), Sum(4, ()))


def test_fee_in_yuan_is_flagged() -> None:
    report = build_report(Template.V2021, {"t2.fees.amount": number(Decimal("4068208"), raw="4068208")})
    [finding] = [f for f in check(report).findings if f.rule == "t2_v21_fee_unit_plausible"]
    assert finding.severity is Severity.WARNING


def test_english_messages() -> None:
    result = check(corpus_report("005"), lang="en")
    finding = next(f for f in result.findings if f.rule == "t3_results_sum")
    assert finding.message == finding.message_en
    assert finding.message_en.startswith(
        'table 3, row "3.(7) total of results", columns "natural persons" and "total": printed 20 and 21'
    )
    assert "(6 fewer in each)" in finding.message_en
    with pytest.raises(ValueError, match="lang"):
        check(seed_report(), lang="fr")


def test_text_report_reads_in_chinese() -> None:
    report = corpus_report("005")
    text = format_text(check(report), report, file="005_pingtan_2020.txt")
    first, *rest = text.splitlines()
    assert first.startswith("平潭综合实验区 2020年度 · 文件 005_pingtan_2020.txt · 2019年格式 · 检查 ")
    assert "未通过 2" in first
    assert "（错误 1，警告 0，提示 1）" in first
    assert "【表三】" in rest
    line = "  [错误] 表三“（七）总计”行“自然人”、“总计”列：填报 20、21，"
    assert line + "按（一）至（六）各项办理结果合计应为 26、27，均少6件" in rest
    assert rest.index("【表二】") < rest.index("【表三】")
    assert not regex.search(r"[a-z_]{4,}", text.replace("005_pingtan_2020.txt", "")), (
        "no id or code in Chinese"
    )


def with_canonical_headings(report: Report) -> Report:
    """The report with every heading worded as the template words it, and section 一's items
    numbered without the seed's gap (1. 2. 3. 5. 6. becomes 1. to 5.)."""
    sections = {
        spec.id: attrs.evolve(section, heading=spec.printed_heading)
        for spec in national.SECTIONS
        if (section := getattr(report.sections, spec.id)) is not None
    }
    overview = sections["overview"]
    renumbered = overview.text.replace("\n5.回应", "\n4.回应").replace("\n6.经开区", "\n5.经开区")
    sections["overview"] = attrs.evolve(overview, text=renumbered)
    # The seed's introduction still lists the pre-2019 parts: a clean report has none.
    return attrs.evolve(report, sections=attrs.evolve(report.sections, intro=None, **sections))


def test_text_report_of_a_clean_report() -> None:
    report = with_canonical_headings(seed_report())
    text = format_text(check(report), report, lang="en")
    assert text.splitlines()[1] == "No findings."
