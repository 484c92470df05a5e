"""Bad input never raises; every table number is placed or reported; missing cells stay missing."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.cells import CellKind
from govdisclosure.read.pipeline import parse
from govdisclosure.template.spec import Template
from tests.conftest import CORPUS, SAMPLE, corpus_dir
from tests.renderers import RENDERERS, Style, flat_spaced, html, template_spec

SPEC_2021 = template_spec(Template.V2021)
ZEROS_2021 = {cell.id: 0 for cell in SPEC_2021.cells}


def _corpus_files() -> list[Path]:
    if not (CORPUS / "raw").is_dir():
        return [SAMPLE]
    return [SAMPLE, *sorted((CORPUS / "raw").iterdir())]


def test_corpus_files_never_raise() -> None:
    for path in [*sorted((corpus_dir() / "raw").iterdir()), SAMPLE]:
        parse(path)


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name)
def test_truncated_inputs_never_raise(path: Path) -> None:
    data = path.read_bytes()
    for cut in range(0, len(data), max(1, len(data) // 7)):
        result = parse(data[:cut])
        for cell in cells_of(result.report).values():
            assert cell.kind is not CellKind.MISSING or cell.value is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), path=st.sampled_from(_corpus_files()))
def test_garbled_inputs_never_raise(seed: int, path: Path) -> None:
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 40)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    lines = bytes(data).split(b"\n")
    for _ in range(rng.randint(0, len(lines) // 4)):
        del lines[rng.randrange(len(lines))]
    chunks = [b"\n".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    rng.shuffle(chunks)
    parse(b"\n".join(chunks))


@pytest.mark.parametrize(
    "data",
    [b"", "", b"\x00\xff\xfe" * 1000, bytes(range(256)) * 64, "\ufffd" * 500, "|" * 10000, "<" * 10000],
)
def test_junk_never_raises(data: str | bytes) -> None:
    report = parse(data).report
    assert report.template in (Template.UNKNOWN, Template.LEGACY)
    assert report.diagnostics


def test_deeply_nested_html() -> None:
    page = "<html><body>" + "<div>" * 100_000 + "正文" + "</div>" * 100_000 + "</body></html>"
    assert parse(page).report.template is Template.UNKNOWN


def test_fifty_megabytes_in_linear_time() -> None:
    unit = "政府信息公开 0 1 2 | 行政许可 3 |\n"
    big = unit * (50_000_000 // len(unit.encode()))
    started = time.perf_counter()
    result = parse(big.encode())
    assert time.perf_counter() - started < 60
    assert any(d.code == "input_truncated" for d in result.diagnostics)


@pytest.mark.parametrize("declared", [True, False])
def test_gbk_bytes(declared: bool) -> None:
    page = html(SPEC_2021, 2023, ZEROS_2021, Style())
    if not declared:
        page = page.replace('<meta charset="UTF-8"/>', "")
    else:
        page = page.replace('charset="UTF-8"', 'charset="gbk"')
    for encoding in ("gbk", "gb18030"):
        report = parse(page.encode(encoding, errors="replace")).report
        assert report.template is Template.V2021
        assert {k: c.value for k, c in cells_of(report).items()} == ZEROS_2021


def test_html_inside_a_javascript_string() -> None:
    page = html(SPEC_2021, 2023, ZEROS_2021, Style())
    body = page[page.index("<p>") : page.index("</div></div>")]
    escaped = body.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    wrapped = f'<html><head></head><body><script>var content = "{escaped}";</script></body></html>'
    report = parse(wrapped).report
    assert {k: c.value for k, c in cells_of(report).items()} == ZEROS_2021


# --- every number placed or reported; absent cells missing ------------------------------------


def _spaced(values: dict[str, int]) -> str:
    return flat_spaced(SPEC_2021, 2023, values, Style())


def test_extra_number_in_a_row_is_reported() -> None:
    text = _spaced(ZEROS_2021).replace("规章 0 0 0", "规章 0 0 0 7")
    report = parse(text).report
    # Which of the four values is extra cannot be told (no total in the row): none is placed.
    row = report.disclosure.regulations
    assert (row.issued.value, row.repealed.value, row.in_force.value) == (None, None, None)
    [long_row] = [d for d in report.diagnostics if d.code == "row_long"]
    assert set(long_row.cells) == {
        "t2.regulations.issued",
        "t2.regulations.repealed",
        "t2.regulations.in_force",
    }
    unplaced = [d for d in report.diagnostics if d.code == "unplaced_number"]
    assert any("7" in d.message for d in unplaced)
    assert [d.quote for d in unplaced] == ["0", "0", "0", "7"]


def test_stray_number_line_in_a_markdown_table_is_reported() -> None:
    text = RENDERERS["markdown"](SPEC_2021, 2023, ZEROS_2021, Style())
    text = text.replace("| 2.重复申请 |", "42\n| 2.重复申请 |")
    report = parse(text).report
    assert {k: c.value for k, c in cells_of(report).items()} == ZEROS_2021
    assert any(d.code == "unplaced_number" and "42" in d.message for d in report.diagnostics)


def test_absent_row_is_missing_never_zero() -> None:
    text = _spaced(ZEROS_2021).replace("行政强制 0\n", "")
    report = parse(text).report
    cell = report.disclosure.coercion.decisions
    assert (cell.kind, cell.value) == (CellKind.MISSING, None)
    assert any("t2.coercion.decisions" in d.cells for d in report.diagnostics)


def test_absent_table_is_missing() -> None:
    text = _spaced(ZEROS_2021)
    text = text[: text.index("四、政府信息公开行政复议")]
    report = parse(text).report
    for cell_id, cell in cells_of(report).items():
        if cell_id.startswith("t4."):
            assert (cell.kind, cell.value) == (CellKind.MISSING, None)


# --- PDF artefacts, label variants, template detection ----------------------------------------


def test_page_numbers_and_repeated_headers_inside_a_table() -> None:
    values = {cell_id: (n % 7) for n, cell_id in enumerate(SPEC_2021.cell_ids)}
    values = _consistent(values)
    text = _spaced(values)
    header = "自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
    text = text.replace("6.属于四类过程性信息", "- 5 -\n" + header + "6.属于四类过程性信息")
    text = text.replace("2.重复申请", "— 6 —\n2.重复申请")
    text = text.replace("3.其他", "第 7 页\n3.其他")
    report = parse(text).report
    assert {k: c.value for k, c in cells_of(report).items()} == values
    assert [d for d in report.diagnostics if d.code == "unplaced_number"] == []


def test_labels_wrapped_over_lines_and_split_per_character() -> None:
    text = _spaced(ZEROS_2021)
    text = text.replace("本年新收政府信息公开申请数量", "本年新收政府\n信息公开申请数量")
    text = text.replace("没有现成信息需要另行制作", "没有现成信息需要\n另行制作")
    text = text.replace("行政处罚", "行 政 处 罚")
    report = parse(text).report
    assert {k: c.value for k, c in cells_of(report).items()} == ZEROS_2021


def test_template_from_content_not_year() -> None:
    report = parse(_spaced(ZEROS_2021).replace("2023年", "2019年")).report
    assert report.template is Template.V2021


def test_mixed_template_labels_are_reported() -> None:
    text = (
        _spaced(ZEROS_2021)
        .replace("本年制发件数", "本年新制作数量")
        .replace("本年废止件数", "上一年项目数量")
    )
    report = parse(text).report
    assert any(d.code == "mixed_template" for d in report.diagnostics)


def _consistent(values: dict[str, int]) -> dict[str, int]:
    """Values with table 三 and table 四 sums made to hold."""
    from govdisclosure.template.sums import outcome_rows

    t3 = SPEC_2021.table("t3")
    columns = [c.id for c in t3.rows[0].columns]
    outcomes = outcome_rows(SPEC_2021)
    for column in columns[:-1]:
        results = sum(values[f"t3.{r}.{column}"] for r in outcomes)
        values[f"t3.results_total.{column}"] = results
        values[f"t3.carried_over.{column}"] = 0
        values[f"t3.new_received.{column}"] = results + values[f"t3.carried_forward.{column}"]
    for row in t3.rows:
        values[f"t3.{row.id}.total"] = sum(values[f"t3.{row.id}.{c}"] for c in columns[:-1])
    for group in SPEC_2021.table("t4").rows:
        ids = [f"t4.{group.id}.{c.id}" for c in group.columns]
        values[ids[-1]] = sum(values[i] for i in ids[:-1])
    return values


def test_values_beyond_the_unlabelled_rows_are_reported() -> None:
    # 四、结转… loses its label and an extra row of 7 numbers follows it: the (七)总计 stretch now
    # holds three rows of values for two rows of the template.
    text = SAMPLE.read_text(encoding="utf-8")
    carried = "四、结转下年度继续办理 |\n" + "0 |\n" * 7
    assert carried in text
    text = text.replace(carried, "|\n" + "0 |\n" * 7 + "9 |\n" * 7, 1)
    report = parse(text).report
    assert report.applications is not None
    assert report.applications.carried_forward.total.value == 0
    unplaced = [d for d in report.diagnostics if d.code == "unplaced_number"]
    assert [d.message[-14:] for d in unplaced].count("数字“9”未能放入任何单元格") == 7
    assert any(d.code == "row_by_position" for d in report.diagnostics)
