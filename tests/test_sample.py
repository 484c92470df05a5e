"""The bundled sample (the seed report) end to end: every cell, the metadata, the sections."""

from __future__ import annotations

import pytest

from govdisclosure import (
    CellKind,
    GovDisclosureError,
    InputError,
    Severity,
    Template,
    facts_record,
    parse,
    validate,
)
from tests.conftest import SAMPLE, SHARED


def test_facts_equal_the_expected_file(sample_expected):
    report = parse(SAMPLE).report
    record = facts_record(report, SAMPLE.name)
    validate(record, "facts")
    assert record["template"] == "2019" == sample_expected["template"]
    assert record["year"] == 2020 == sample_expected["year"]
    assert record["issuer"] == "淄博经济开发区管理委员会办公室" == sample_expected["issuer"]
    assert len(record["cells"]) == len(sample_expected["cells"]) == 198
    assert record["cells"] == sample_expected["cells"]


def test_natural_access_and_provenance():
    report = parse(SAMPLE).report
    assert report.template is Template.V2019
    cell = report.applications.new_received.total
    assert (cell.value, cell.kind, cell.raw) == (4, CellKind.NUMBER, "4")
    assert cell.span is not None
    text = SAMPLE.read_text(encoding="utf-8")
    assert text[cell.span.offset : cell.span.offset + cell.span.length] == "4"
    line = text.splitlines()[cell.span.line - 1]
    assert line[cell.span.column - 1] == "4"
    assert report.disclosure.procurement.amount.value == 0


def test_metadata():
    meta = parse(SAMPLE).report.metadata
    assert meta.title == "淄博经济开发区管理委员会办公室 2020年政府信息公开工作年度报告"
    assert meta.issuer == "淄博经济开发区管理委员会办公室"
    assert meta.year == 2020
    assert meta.published == "2021-01-31"
    assert meta.index_number == "11370300MB2823262F/2021-5125430"
    assert meta.document_number == "无文号"
    assert meta.publisher == "经开区办公室"


def test_sections_tolerate_variants():
    sections = parse(SAMPLE).report.sections
    assert sections.overview is not None
    assert sections.overview.heading == "一、总体情况"
    assert sections.review_litigation is not None
    assert sections.review_litigation.heading == "四.政府信息公开行政复议、行政诉讼情况"
    assert sections.other is not None
    assert sections.other.heading == "六、需要报告的其他事项"
    assert sections.other.text == "无。"
    assert "受理管委会办公室依申请公开信息4件" in sections.overview.text


def test_no_error_diagnostics():
    report = parse(SAMPLE).report
    assert [d for d in report.diagnostics if d.severity is Severity.ERROR] == []
    assert report.rendering == "pipe"


def test_accepts_text_bytes_and_paths():
    text = SAMPLE.read_text(encoding="utf-8")
    by_path = parse(SAMPLE).report
    assert parse(text).report == by_path
    assert parse(text.encode("utf-8")).report == by_path
    assert parse(text.encode("gb18030")).report == by_path


def test_an_unreadable_path_raises_the_library_error(tmp_path):
    with pytest.raises(InputError, match="cannot read") as caught:
        parse(tmp_path / "missing.txt")
    assert isinstance(caught.value, GovDisclosureError)


def test_the_bundled_sample_is_the_seed():
    seed = SHARED / "seed" / SAMPLE.name
    if not seed.is_file():
        pytest.skip(f"the seed is not at {seed}")
    assert seed.read_bytes() == SAMPLE.read_bytes()
