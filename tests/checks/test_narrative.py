"""Narrative numbers against the tables: matches pass, mismatches warn with the sentence quoted."""

from __future__ import annotations

import time

import attrs
import pytest
from checks_helpers import SEED, corpus_report, expected_report, seed_report

from govdisclosure.checks import check
from govdisclosure.model.cellmap import replace_cell
from govdisclosure.model.cells import number
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Status
from govdisclosure.model.report import Report, Section, Sections
from govdisclosure.read.pipeline import parse


def narrative(result: CheckResult, rule: str | None = None) -> list[str]:
    return [f.rule for f in result.findings if f.rule.startswith("nar_") and (rule is None or f.rule == rule)]


def with_overview(report: Report, text: str) -> Report:
    """The report with section 一 replaced by ``text`` (and no other section text)."""
    return attrs.evolve(report, sections=Sections(overview=Section("一、总体情况", text)))


def with_t3_totals(report: Report, **totals: int) -> Report:
    for row, value in totals.items():
        report = replace_cell(report, f"t3.{row}.total", number(value))
    return report


def test_seed_received_matches_table() -> None:
    parsed = parse(SEED)
    result = check(parsed.report)
    assert narrative(result) == []
    assert "受理管委会办公室依申请公开信息4件" in parsed.report.sections.overview.text  # type: ignore[union-attr]


def test_received_mismatch_quotes_the_sentence_and_its_span() -> None:
    parsed = parse(SEED)
    report = replace_cell(parsed.report, "t3.new_received.total", number(5))
    [finding] = [f for f in check(report).findings if f.rule == "nar_received"]
    assert finding.severity is Severity.WARNING
    assert finding.status is Status.FAIL
    assert (finding.printed, finding.computed, finding.difference) == (4, 5, -1)
    assert finding.cells == ("t3.new_received.total",)
    assert finding.quote is not None
    assert "依申请公开信息4件" in finding.quote
    [span] = finding.spans
    assert parsed.text[span.offset : span.offset + span.length] == finding.quote
    assert "表三“一、本年新收政府信息公开申请数量”行“总计”列 5" in finding.message


@pytest.mark.parametrize(
    ("text", "totals"),
    [
        # 受理 may mean new + carried over (沭阳 2025: 749 = 713 + 36)
        ("2025年，共受理政府信息公开申请749件，其中自然人申请741件。",
         {"new_received": 713, "carried_over": 36}),
        ("全年收到政府信息公开申请208件（不含上年结转5件），已办结196件，结转下年办理17件。",
         {"new_received": 208, "carried_over": 5, "results_total": 196, "carried_forward": 17}),
        ("本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。",
         {"new_received": 70, "results_total": 69, "carried_forward": 1}),
        ("2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。",
         {"new_received": 154, "results_total": 148, "carried_forward": 6}),
        ("其中，同意公开3件，占比37.5%；无法提供4件，占比50%；区分处理后公开1件，占比12.5%。",
         {"new_received": 8, "results_total": 8, "granted": 3, "partially_granted": 1, "unable.not_held": 4}),
    ],
)  # fmt: skip
def test_wording_variants_that_agree_raise_nothing(text: str, totals: dict[str, int]) -> None:
    report = with_t3_totals(with_overview(seed_report(), text), **totals)
    assert narrative(check(report)) == []


@pytest.mark.parametrize(
    ("text", "rule", "printed", "computed"),
    [
        ("2023年共受理政府信息公开申请2件。", "nar_received", 2, 4),
        ("全年共办结4件，其中予以公开及部分公开3件。", "nar_outcome_breakdown", 3, 4),
        ("予以公开4件，占50%。", "nar_percentages", 50, 100),
        ("结转下年度继续办理2件。", "nar_carry_out", 2, 0),
        ("2020年未收到政府信息公开申请。", "nar_zero_claims", 0, 4),
    ],
)
def test_mismatches_are_warnings(text: str, rule: str, printed: int, computed: int) -> None:
    result = check(with_overview(seed_report(), text))
    [finding] = [f for f in result.findings if f.rule == rule]
    assert finding.severity is Severity.WARNING
    assert (finding.printed, finding.computed) == (printed, computed)
    assert finding.quote == text.rstrip("。")


def test_no_review_claim_against_a_table_with_a_review() -> None:
    report = replace_cell(seed_report(), "t4.review.total", number(1))
    report = with_overview(report, "本年度未发生政府信息公开行政复议、行政诉讼案件。")
    [finding] = [f for f in check(report).findings if f.rule == "nar_zero_claims"]
    assert "t4.review.total" in finding.cells


@pytest.mark.parametrize("prefix", ["012", "026"])
def test_pre_2019_counts_of_information_items_are_not_application_counts(prefix: str) -> None:
    # "依申请公开信息数182条" / "依申请公开341条" count information items (条), listed beside
    # 主动公开 and 不予公开 items; with no receiving verb they are not application counts.
    report = corpus_report(prefix)
    assert report.sections.proactive is not None or report.sections.overview is not None
    assert narrative(check(report)) == []


def test_008_documents_in_force_differ_from_table_two() -> None:
    result = check(expected_report("008"))
    [finding] = [f for f in result.findings if f.rule == "nar_documents"]
    assert finding.cells == ("t2.normative_documents.in_force",)
    assert (finding.printed, finding.computed, finding.difference) == (393, 470, -77)
    assert finding.quote is not None
    assert "现行有效行政规范性文件393件" in finding.quote
    assert narrative(result) == ["nar_documents"]


@pytest.mark.parametrize("prefix", ["006", "007", "010", "016", "022", "025"])
def test_narratives_that_agree_with_their_tables_raise_nothing(prefix: str) -> None:
    assert narrative(check(expected_report(prefix))) == []


def test_hostile_narrative_is_linear() -> None:
    text = ("收到" + "申请" * 5000 + "，") * 20 + "予以公开" * 20000
    start = time.perf_counter()
    check(with_overview(seed_report(), text))
    assert time.perf_counter() - start < 5
