"""What a report states about itself: its signature (落款), a 印发 line, the statistics period."""

from __future__ import annotations

import pytest

from govdisclosure import parse
from govdisclosure.read.metadata import read_metadata
from tests.conftest import corpus_dir


def test_signature_and_printing_line_at_the_end() -> None:
    text = (
        "某某市某某局2019年政府信息公开工作年度报告\n本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
        "六、其他需要报告的事项 无 某某市某某局 2020年1月2日 某某市某某局办公室 2020年1月2日印发 附件下载"
    )
    meta = read_metadata(text)
    assert (meta.signature, meta.signed) == ("某某市某某局", "2020-01-02")
    assert (meta.issued_by, meta.issued) == ("某某市某某局办公室", "2020-01-02")
    assert (meta.period_start, meta.period_end) == ("2019-01-01", "2019-12-31")


def test_glued_signature_is_cut_at_the_issuer() -> None:
    text = "某某市某某局2021年政府信息公开工作年度报告\n六、其他需要报告的事项无某某市某某局2022年1月7日"
    meta = read_metadata(text)
    assert (meta.signature, meta.signed) == ("某某市某某局", "2022-01-07")


def test_period_with_the_year_printed_once_and_spaces() -> None:
    meta = read_metadata("本年度报告中所列数据的统计周期为 2024 年 1 月 1 日至 12 月 31 日。")
    assert (meta.period_start, meta.period_end) == ("2024-01-01", "2024-12-31")
    meta = read_metadata("本报告中有关情况的统计期限为2024年3月15日至12月31日。")
    assert (meta.period_start, meta.period_end) == ("2024-03-15", "2024-12-31")


def test_a_date_in_prose_is_not_a_signature() -> None:
    meta = read_metadata(
        "某局2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n管委会于2025年1月10日印发了通知。"
    )
    assert (meta.signature, meta.issued) == (None, None)


def test_source_field_stops_at_the_next_field() -> None:
    meta = read_metadata("标题\n来源：区行政审批局 时间：2025-01-24 15:17\n")
    assert meta.publisher == "区行政审批局"
    assert meta.published == "2025-01-24"


@pytest.mark.parametrize(
    ("prefix", "signature", "signed", "issued"),
    [
        ("001", "沐阳县人民政府", "2026-01-23", None),
        ("014", "平潭综合实验区公安局", "2022-01-07", None),
        ("019", "平潭综合实验区财政金融局", "2026-01-14", None),
        ("026", "平潭综合实验区经济发展局", "2020-01-02", "2020-01-02"),
        ("045", None, None, None),
    ],
)
def test_corpus_signatures(
    prefix: str, signature: str | None, signed: str | None, issued: str | None
) -> None:
    [path] = (corpus_dir() / "raw").glob(prefix + "_*")
    meta = parse(path).report.metadata
    assert (meta.signature, meta.signed, meta.issued) == (signature, signed, issued)


def test_html_page_source_and_time() -> None:
    [path] = (corpus_dir() / "raw").glob("048_*")
    meta = parse(path).report.metadata
    assert (meta.publisher, meta.published) == ("区行政审批局", "2025-01-24")
