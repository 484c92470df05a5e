"""Dates (date_order, period_full_year, struct_deadline) and the issuer (issuer_consistent)."""

from __future__ import annotations

import attrs
import pytest
from checks_helpers import corpus_report

from govdisclosure.checks import check
from govdisclosure.checks.issuer import body_key, is_parent_of, one_character_slip, same_body
from govdisclosure.model.cellmap import build_report
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Finding, Status
from govdisclosure.model.report import Metadata, Report, Section, Sections
from govdisclosure.template.spec import Template


def report(**metadata: object) -> Report:
    fields = {"issuer": "某某市某某局", "year": 2024, **metadata}
    return build_report(Template.V2021, {}, metadata=Metadata(**fields))  # type: ignore[arg-type]


def found(report: Report, rule: str) -> list[Finding]:
    return [f for f in check(report).findings if f.rule == rule and f.status is Status.FAIL]


# --- date_order -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ({"signed": "2025-01-20", "published": "2025-01-22"}, []),
        ({"signed": "2025-01-20", "issued": "2025-01-21", "published": "2025-01-22"}, []),
        ({"signed": "2024-12-20", "published": "2025-01-22"}, ["落款日期2024年12月20日早于2024年度结束"]),
        (
            {"signed": "2025-01-25", "published": "2025-01-22"},
            ["落款日期2025年1月25日晚于发布日期2025年1月22日"],
        ),
        (
            {"signed": "2025-01-20", "issued": "2024-01-20"},
            [
                "印发日期2024年1月20日早于2024年度结束",
                "印发日期2024年1月20日比落款日期2025年1月20日早约一年，年份可能未更新",
            ],
        ),
    ],
)
def test_date_order(metadata: dict[str, str], expected: list[str]) -> None:
    assert [f.message for f in found(report(**metadata), "date_order")] == expected


def test_date_order_on_the_corpus_signatures() -> None:
    for prefix in ("012", "014", "019", "026"):
        result = check(corpus_report(prefix))
        assert "date_order" in result.rules
        assert not [f for f in result.findings if f.rule == "date_order"], prefix


# --- period_full_year ---------------------------------------------------------------------------


def test_period_not_the_whole_year_is_information() -> None:
    [finding] = found(report(period_start="2024-03-15", period_end="2024-12-31"), "period_full_year")
    assert finding.severity is Severity.INFO
    assert finding.message == "统计期限为2024年3月15日至2024年12月31日，不是2024年全年"
    assert found(report(period_start="2024-01-01", period_end="2024-12-31"), "period_full_year") == []


def test_period_of_another_year_is_left_to_struct_year() -> None:
    other = report(period_start="2023-01-01", period_end="2023-12-31")
    assert found(other, "period_full_year") == []
    assert found(other, "struct_year")


# --- struct_deadline (domain.md §4.6, corrected) ------------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "published", "severity"),
    [
        ("某某市财政局", "2025-01-31", None),
        ("某某市财政局", "2025-02-01", Severity.WARNING),
        ("某某县人民政府", "2025-03-31", None),
        ("某某县人民政府", "2025-04-01", Severity.WARNING),
        ("某某镇人民政府", "2025-02-10", Severity.INFO),
        ("平潭综合实验区管委会", "2025-03-05", Severity.INFO),
        ("平潭综合实验区", "2025-01-20", None),
    ],
)
def test_deadline_by_kind_of_body(issuer: str, published: str, severity: Severity | None) -> None:
    findings = found(report(issuer=issuer, published=published), "struct_deadline")
    assert [f.severity for f in findings] == ([severity] if severity else [])


def test_deadline_of_an_unknown_kind_of_body_is_not_assessable() -> None:
    result = check(report(issuer="某某", published="2025-03-01"))
    [finding] = [f for f in result.findings if f.rule == "struct_deadline"]
    assert finding.status is Status.NOT_ASSESSABLE
    assert "无法判断发布机关是政府还是部门" in finding.message


# --- issuer_consistent ------------------------------------------------------------------------


def test_names_of_one_body() -> None:
    assert same_body("平潭综合实验区", "平潭综合实验区管委会")
    assert same_body("平潭综合实验区管理委员会", "平潭综合实验区")
    assert same_body("区公安局", "平潭综合实验区公安局")
    assert not same_body("平潭综合实验区公安局", "平潭综合实验区财政金融局")
    assert body_key("某某县人民政府") == "某某县"
    assert is_parent_of("平潭综合实验区管委会", "平潭综合实验区公安局")
    assert not is_parent_of("平潭综合实验区公安局", "平潭综合实验区公安局")
    assert one_character_slip("某某市市场监督管理居", "某某市市场监督管理局")


def test_one_character_slip_in_the_signature_is_a_warning() -> None:
    [finding] = found(
        report(issuer="某某市市场监督管理局", signature="某某市市场监督管理居"), "issuer_consistent"
    )
    assert finding.severity is Severity.WARNING
    assert finding.message == "落款印作“某某市市场监督管理居”，与标题中的“某某市市场监督管理局”相差一字"


@pytest.mark.parametrize(
    "metadata",
    [
        {"signature": "某某市某某局"},
        {"publisher": "市某某局"},
        {"issued_by": "某某市某某局办公室"},
    ],
)
def test_the_same_body_printed_otherwise_passes(metadata: dict[str, str]) -> None:
    assert found(report(**metadata), "issuer_consistent") == []


def test_parent_body_as_publisher_is_information() -> None:
    [finding] = found(report(publisher="某某市人民政府办公室"), "issuer_consistent")
    assert finding.severity is Severity.INFO
    assert "上级机关" in finding.message


def test_another_kind_of_body_in_the_text() -> None:
    text = "2024年，我委认真贯彻落实《条例》，全年主动公开信息20条。"
    bureau = attrs.evolve(report(), sections=Sections(overview=Section("一、总体情况", text)))
    [finding] = found(bureau, "issuer_consistent")
    assert finding.message == "报告以“我委”自称，但发布机关为“某某市某某局”"
    assert finding.quote is not None
    commission = attrs.evolve(bureau, metadata=Metadata(issuer="某某市发展和改革委员会", year=2024))
    assert found(commission, "issuer_consistent") == []


@pytest.mark.parametrize(
    "prefix", ["012", "013", "014", "015", "017", "019", "021", "022", "023", "026", "045"]
)
def test_corpus_departments_name_themselves_consistently(prefix: str) -> None:
    assert found(corpus_report(prefix), "issuer_consistent") == []
