"""The false alarms of domain.md §4.7 never come back, over the whole corpus; and the text of findings
and parse notes reads right in each language (no English ids in Chinese, English punctuation and
plurals in English)."""

from __future__ import annotations

import functools

import pytest
import regex
from checks_helpers import CORPUS, corpus_file, rendered, seed_report

from govdisclosure.checks import check
from govdisclosure.checks.batch import check_batch
from govdisclosure.checks.context import parse_gaps
from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.cells import CellKind
from govdisclosure.model.findings import CheckResult, Status
from govdisclosure.model.report import Report
from govdisclosure.read.pipeline import parse


@functools.cache
def corpus() -> tuple[tuple[str, Report, CheckResult], ...]:
    """Every corpus report with its findings, checked as one batch (the seed too)."""
    corpus_file("001")  # skips with the corpus message when it is absent
    reports = [(p.name, parse(p).report) for p in sorted((CORPUS / "raw").iterdir())]
    reports.append(("seed", seed_report()))
    results = dict(check_batch(reports))
    return tuple((name, report, results[name]) for name, report in reports)


def test_review_and_litigation_applications_are_not_disclosure_applications() -> None:
    for name, _, result in corpus():
        for f in result.findings:
            if f.rule in ("nar_zero_claims", "nar_received") and f.quote:
                assert not regex.search(r"复议|诉讼", f.quote), (name, f.message)


def test_counts_of_information_items_are_not_application_counts() -> None:
    for name, _, result in corpus():
        for f in result.findings:
            counts_applications = f.rule in ("nar_received", "nar_processed", "nar_zero_claims")
            assert not (counts_applications and f.quote and "依申请公开信息" in f.quote), (name, f.message)


def test_a_total_beside_blank_addends_is_never_said_to_be_zero() -> None:
    for name, _, result in corpus():
        for f in result.findings:
            if f.rule in ("t3_results_sum", "t3_row_total", "t4_group_total") and f.status is Status.FAIL:
                assert len(f.assumed_zero) < len(f.cells) - 1, (name, f.message)


def test_blank_and_missing_are_said_only_of_what_the_report_prints() -> None:
    for name, report, result in corpus():
        cells = cells_of(report)
        gaps = parse_gaps(report.diagnostics, cells)
        for f in result.findings:
            named = [*f.null_cells, *f.assumed_zero]
            if "为空" in f.message:
                assert any(c in cells and cells[c].kind is CellKind.BLANK for c in named), (name, f.message)
            if "缺少" in f.message and f.cells:
                assert not set(f.cells) & gaps, (name, f.message)
            if f.rule in ("struct_cell_count", "t2_missing_row"):
                assert not set(f.cells) & gaps, (name, f.message)


def test_a_section_heading_split_across_tags_is_present() -> None:
    heading = "<p>四、政府信息公开行政复议、行政诉讼情况</p>"
    split = '<p><span>四、政府信息</span><font color="red">公开行政复议、</font><span>行政诉讼情况</span></p>'
    result = check(rendered(renderer="html", edits=((heading, split),)))
    assert not [f for f in result.findings if f.rule in ("struct_six_sections", "struct_heading_wording")]


def _outside_quotes(text: str) -> str:
    """The text with every quotation (“…”, nested ones too, and 《…》) left out."""
    kept, depth = [], 0
    for char in text:
        depth += char in "“《"
        if depth == 0:
            kept.append(char)
        depth -= char in "”》" and depth > 0
    return "".join(kept)


def test_chinese_text_carries_no_english_ids() -> None:
    for name, report, result in corpus():
        for text in [f.message for f in result.findings] + [d.message for d in report.diagnostics]:
            assert not regex.search(r"[A-Za-z_]{2,}", _outside_quotes(text)), (name, text)


@pytest.mark.parametrize("lang", ["en"])
def test_english_text_has_english_punctuation_and_plurals(lang: str) -> None:
    for name, report, result in corpus():
        english = [f.message_en for f in result.findings] + [d.message_en for d in report.diagnostics]
        for text in english:
            outside = _outside_quotes(text)
            assert not regex.search(r"[，。：；、（）]|\p{Han}", outside), (name, text)
            assert "(s)" not in text, (name, text)
            assert text.strip(), name
