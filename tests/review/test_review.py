"""Review pages without a browser: page names, hybrids, relations, languages, bad input, the CLI."""

from __future__ import annotations

import io
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from review_helpers import values

import govdisclosure as gd
from govdisclosure.cli import main
from govdisclosure.model.cells import Span, number
from govdisclosure.model.findings import CheckResult
from govdisclosure.review.batch import ReviewBatch
from govdisclosure.review.source import Mark, Shown, marked
from govdisclosure.template import national
from govdisclosure.template.spec import Template
from tests.conftest import SAMPLE


class Elements(HTMLParser):
    """Every element's tag and attributes, in document order."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))

    def having(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.found if name in a]


def _cells(text: str) -> list[str]:
    return [str(a["data-cell"]) for a in Elements(text).having("data-cell")]


def test_pages_are_named_after_their_inputs_without_collisions(tmp_path: Path) -> None:
    batch = ReviewBatch(tmp_path)
    names = [
        "a/report.txt",
        "b/report.html",
        "b/Report.md",
        "index.txt",
        "-",
        "x/\udcff名.txt",
        "y/" + "长" * 200 + ".txt",
    ]
    pages = [batch.page_name(n) for n in names]
    assert pages[:5] == ["report.html", "report-2.html", "Report-3.html", "index-2.html", "stdin.html"]
    assert pages[5] == "\ufffd名.html"
    assert len(pages[6].encode()) < 200
    assert batch.page_name("a/report.txt") == "report.html"  # asked again, the same name


def test_a_report_without_source_gets_every_cell_and_no_source(tmp_path: Path) -> None:
    report = gd.build_report(
        "2021", {k: number(v) for k, v in values(Template.V2021).items() if v is not None}
    )
    page = gd.review_page(report, file="built.json")
    assert sorted(_cells(page)) == sorted(national.TEMPLATE_2021.cell_ids)
    assert 'id="source"' not in page
    assert "无原文" in page
    assert Elements(page).having("data-severity")  # its mistakes are shown


@pytest.mark.parametrize(
    ("template", "hybrid", "label"),
    [
        ("2021", "t3.other_single", "合计（按2019年格式印为一行）"),
        (
            "2019",
            "t3.other_split.overdue_fee",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ),
    ],
)
def test_a_hybrid_table_shows_the_rows_it_printed(template: str, hybrid: str, label: str) -> None:
    spec = national.template_spec(template)
    columns = [c.id for c in spec.table("t3").rows[0].columns]
    extra = {f"{hybrid}.{c}": number(1 if c in ("natural_person", "total") else 0) for c in columns}
    report = gd.build_report(template, {**{k: number(0) for k in spec.cell_ids}, **extra})
    page = gd.review_page(report)
    ids = _cells(page)
    assert sorted(ids) == sorted(gd.cells_of(report))
    assert set(ids) >= set(spec.cell_ids) | set(extra)
    assert label in page
    assert "（混合" in page or "表三（六）" in page or "（六）其他处理按" in page
    groups = [a for a in Elements(page).having("rowspan") if a.get("scope") == "rowgroup"]
    assert any(a["rowspan"] == "4" for a in groups)  # （六）其他处理 over its four rows


def test_relations_are_listed_on_both_pages_and_in_the_index(tmp_path: Path) -> None:
    class Pair:
        kind, file, other = "previous_year", "b/2022.txt", "a/2021.txt"

    sample = gd.parse(SAMPLE)
    index = gd.write_review(
        [("a/2021.txt", sample), ("b/2022.txt", sample), ("c/other.txt", sample)],
        tmp_path,
        relations=[
            Pair(),
            ("parent", "c/other.txt", "a/2021.txt"),
            gd.Relation("cousin", "c/other.txt", "b/2022.txt"),
        ],
    )
    newer = (tmp_path / "2022.html").read_text(encoding="utf-8")
    older = (tmp_path / "2021.html").read_text(encoding="utf-8")
    assert 'id="related"' in newer
    assert "上一年度报告" in newer
    assert 'href="2021.html"' in newer
    assert "下一年度报告" in older
    assert "所属部门报告" in older
    text = index.read_text(encoding="utf-8")
    relations = Elements(text).having("data-relation")
    assert [r["data-relation"] for r in relations] == ["previous_year", "parent", "cousin"]
    assert "cousin" in text  # an unknown kind is shown by its name


def test_a_given_check_result_is_the_one_shown(tmp_path: Path) -> None:
    sample = gd.parse(SAMPLE)
    assert gd.check(sample.report).findings
    gd.write_review([("s.txt", sample)], tmp_path, checked={"s.txt": CheckResult(passed=3)})
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert not Elements(page).having("data-rule")
    assert "未发现问题" in page


def test_english_pages_and_chinese_by_default() -> None:
    sample = gd.parse(SAMPLE)
    zh, en = gd.review_page(sample), gd.review_page(sample, lang="en")
    assert '<html lang="zh-CN">' in zh
    assert "检查结果" in zh
    assert '<html lang="en">' in en
    assert "Findings" in en
    assert "检查结果" not in en
    assert "第二十条第（一）项" in en  # the template's labels are what the report prints


def test_overlapping_marks_keep_all_their_keys() -> None:
    shown = Shown("abcdef")
    html = marked(shown, [Mark(Span(1, 3, 1, 2), "c:x", "m-cell"), Mark(Span(2, 3, 1, 3), "f:0", "m-quote")])
    assert html == (
        'a<mark class="m-cell" data-src="c:x">b</mark>'
        '<mark class="m-cell m-quote" data-src="c:x f:0">cd</mark>'
        '<mark class="m-quote" data-src="f:0">e</mark>f'
    )


def test_html_spans_are_carried_into_the_page_text() -> None:
    page = "<html><body><table><tr><td>行政许可</td><td><span>1</span><span>2</span></td></tr></table></body></html>"
    shown = Shown.of(page, "html")
    offset = page.index("1</span>")
    start, end = shown.stretch(Span(offset, page.index("2</span>") + 1 - offset, 1, offset + 1))
    assert shown.text[start:end] == "12"


def test_lone_surrogates_and_odd_input_do_not_break_a_page() -> None:
    result = gd.parse_text("一、总体情况\n\udcff本机关未收到申请。\x00")
    page = gd.review_page(result, file="x\udcff.txt")
    page.encode("utf-8")
    assert "\ufffd" in page


def test_the_command_writes_pages_for_stdin_and_lists_what_it_could_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.read_bytes())))
    (tmp_path / "empty.txt").write_text("nothing to see here", encoding="utf-8")
    err = io.StringIO()
    code = main(
        [
            "review",
            "-",
            str(tmp_path / "empty.txt"),
            str(tmp_path / "gone.txt"),
            "-o",
            str(tmp_path / "out"),
            "--lang",
            "en",
        ],
        out=io.StringIO(),
        err=err,
    )
    assert code == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["empty.html", "index.html", "stdin.html"]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    files = [a["data-file"] for a in Elements(index).having("data-file")]
    assert sorted(files) == sorted(["-", str(tmp_path / "empty.txt"), str(tmp_path / "gone.txt")])
    assert "no such file" in index
    assert "Inputs that could not be read" in index
    assert "wrote 2 review page(s)" in err.getvalue()
