"""Structure and metadata rules, and reports without the template tables."""

from __future__ import annotations

import attrs
import pytest
from checks_helpers import SEED, corpus_report, seed_report

from govdisclosure.checks import check, format_text
from govdisclosure.checks.structure import is_government
from govdisclosure.model.cellmap import build_report
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Status
from govdisclosure.model.report import Metadata, Report, Sections
from govdisclosure.read.pipeline import parse_text
from govdisclosure.template.spec import Template


def failed(report: Report, rule: str) -> list[str]:
    return [f.message for f in check(report).findings if f.rule == rule and f.status is Status.FAIL]


def test_seed_structure_passes() -> None:
    result = check(seed_report())
    structural = sorted((f.rule, f.severity) for f in result.findings if f.rule.startswith("struct_"))
    # Only the seed's known deviations (domain.md §4.6 worked example): the headings 四. and
    # 需要报告的其他事项 (information), section 一's items skipping 4. (information), and an
    # introduction that lists the pre-2019 parts (warning).
    assert structural == [
        ("struct_heading_wording", Severity.INFO),
        ("struct_heading_wording", Severity.INFO),
        ("struct_intro_parts", Severity.WARNING),
        ("struct_item_numbering", Severity.INFO),
    ]
    intro = [f for f in result.findings if f.rule == "struct_intro_parts"]
    assert [(f.severity, f.status) for f in intro] == [(Severity.WARNING, Status.FAIL)]
    assert "投诉情况" in intro[0].message


def test_missing_section_is_named() -> None:
    report = seed_report()
    report = attrs.evolve(report, sections=attrs.evolve(report.sections, review_litigation=None))
    assert failed(report, "struct_six_sections") == ["报告缺少“四、政府信息公开行政复议、行政诉讼情况”部分"]


@pytest.mark.parametrize(
    ("template", "year", "ok"),
    [
        (Template.V2019, 2020, True),
        (Template.V2019, 2021, False),
        (Template.V2021, 2020, False),
        (Template.V2021, 2024, True),
    ],
)
def test_template_fits_the_year(template: Template, year: int, ok: bool) -> None:
    report = build_report(template, {}, metadata=Metadata(year=year))
    assert (failed(report, "struct_template_version") == []) is ok


@pytest.mark.parametrize(
    ("issuer", "published", "ok"),
    [
        ("某某市财政局", "2021-01-31", True),
        ("某某市财政局", "2021-02-01", False),
        ("某某县人民政府", "2021-03-31", True),
        # domain.md §4.6 (corrected): a zone is not named for 3月31日; held to 1月31日 (as information).
        ("平潭综合实验区管委会", "2021-03-05", False),
        ("平潭综合实验区管委会", "2021-01-25", True),
        ("某某县人民政府", "2021-04-01", False),
        ("淄博经济开发区管理委员会办公室", "2021-02-10", False),
    ],
)
def test_deadline_by_issuer(issuer: str, published: str, ok: bool) -> None:
    report = build_report(
        Template.V2019, {}, metadata=Metadata(issuer=issuer, year=2020, published=published)
    )
    assert (failed(report, "struct_deadline") == []) is ok


def test_issuer_kind() -> None:
    assert is_government("平潭综合实验区")
    assert not is_government("平潭综合实验区公安局")


def test_year_of_statistics_period_differs_from_title() -> None:
    report = parse_text(
        "某局2020年政府信息公开工作年度报告\n一、总体情况\n本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
    ).report
    assert report.metadata.year == 2020
    assert failed(report, "struct_year")


def test_missing_cells_are_counted() -> None:
    report = build_report(Template.V2021, {})
    messages = failed(report, "struct_cell_count")
    assert len(messages) == 3
    assert messages[1].startswith("表三应有 175 个单元格，缺少 175 个")


@pytest.mark.parametrize("template", [Template.LEGACY, Template.UNKNOWN])
def test_reports_without_tables_never_raise(template: Template) -> None:
    report = Report(template=template, metadata=Metadata(year=2018), sections=Sections())
    result = check(report)
    assert not [r for r in result.rules if r.startswith(("t2_", "t3_", "t4_", "nar_"))]
    assert "struct_deadline" in result.rules
    assert format_text(result, report)


def test_legacy_corpus_report() -> None:
    report = corpus_report("024")
    assert report.template is Template.LEGACY
    result = check(report)
    assert result.failed == 0
    assert {"struct_template_version", "struct_year", "struct_deadline"} <= set(result.rules)


def test_heading_wording_variants_of_the_sample_are_reported_as_info():
    from govdisclosure import Severity, check, parse
    from tests.conftest import SAMPLE

    findings = [f for f in check(parse(SAMPLE).report).findings if f.rule == "struct_heading_wording"]
    assert [f.severity for f in findings] == [Severity.INFO, Severity.INFO]
    assert "四.政府信息公开行政复议、行政诉讼情况" in findings[0].message
    assert "四、政府信息公开行政复议、行政诉讼情况" in findings[0].message
    assert "六、需要报告的其他事项" in findings[1].message


def test_intro_stating_another_number_of_parts() -> None:
    text = SEED.read_text(encoding="utf-8").replace("本报告全文包括", "本报告共五部分，包括", 1)
    result = parse_text(text)
    findings = [f for f in check(result.report).findings if f.rule == "struct_intro_parts"]
    assert [f.message for f in findings] == ["引言称报告由五部分组成，格式要求六个部分"]


def test_consecutive_items_pass() -> None:
    text = SEED.read_text(encoding="utf-8").replace("\n5.回应社会关切", "\n4.回应社会关切", 1)
    text = text.replace("\n6.经开区2020年", "\n5.经开区2020年", 1)
    findings = [f for f in check(parse_text(text).report).findings if f.rule == "struct_item_numbering"]
    assert findings == []
