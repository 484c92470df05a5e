"""The facts and findings in every format: CSV (and for Excel), xlsx and Parquet, read back equal."""

from __future__ import annotations

import io
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from govdisclosure import check, facts_frame, findings_frame, parse, read_facts
from govdisclosure.cli import main
from govdisclosure.serde.findings_table import FINDINGS
from govdisclosure.serde.tables import read_table
from tests.conftest import SAMPLE, corpus_dir

pandas = pytest.importorskip("pandas")


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def batch() -> list[str]:
    """The sample and reports of both templates, money, glued digits, HTML and a legacy report."""
    raw = corpus_dir() / "raw"
    names = [
        "001_shuyang_2025.txt",
        "004_pingtan_2019.txt",
        "024_pingtan_2018.txt",
        "048_pingtan-xzspj_2024.html",
    ]
    return [str(SAMPLE), *(str(raw / name) for name in names)]


def expected_facts(files: list[str]) -> object:
    return facts_frame([(f, parse(Path(f)).report) for f in files])


def test_csv_for_excel_has_a_bom_and_crlf(tmp_path):
    target = tmp_path / "facts.csv"
    code, out, err = run("facts", str(SAMPLE), "--format", "csv", "--excel", "--output", str(target))
    assert (code, out, err) == (0, "", "")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbffile,issuer,year,")
    lines = data[3:].split(b"\r\n")
    assert lines[-1] == b""
    assert len(lines) == 1 + 198 + 1
    assert all(b"\n" not in line for line in lines)
    assert "淄博经济开发区管理委员会办公室".encode() in lines[1]
    plain = tmp_path / "plain.csv"
    run("facts", str(SAMPLE), "--format", "csv", "--output", str(plain))
    assert data == b"\xef\xbb\xbf" + plain.read_bytes().replace(b"\n", b"\r\n")


def test_csv_reads_back_equal(tmp_path):
    files = batch()
    for excel in ([], ["--excel"]):
        target = tmp_path / "facts.csv"
        code, _, _ = run("facts", *files, "--format", "csv", "--quiet", "--output", str(target), *excel)
        assert code == 0
        pandas.testing.assert_frame_equal(read_facts(target), expected_facts(files))


def test_parquet_round_trip(tmp_path):
    files = batch()
    target = tmp_path / "facts.parquet"
    code, out, err = run("facts", *files, "--format", "parquet", "--output", str(target), "--quiet")
    assert (code, out, err) == (0, "", "")
    expected = expected_facts(files)
    plain = pandas.read_parquet(target)  # no help from govdisclosure: the types are in the file
    pandas.testing.assert_frame_equal(plain, expected)
    assert str(plain["count"].dtype) == "Int64"
    assert plain.loc[plain["cell_id"] == "t2.fees.amount", "amount"].iloc[0] == Decimal("4068.208")
    pandas.testing.assert_frame_equal(read_facts(target), expected)
    pyarrow = pytest.importorskip("pyarrow.parquet")
    schema = pyarrow.read_schema(target)
    assert str(schema.field("amount").type) == "decimal128(38, 6)"
    assert str(schema.field("count").type) == "int64"


def test_xlsx_has_facts_findings_and_grids_and_reads_back_equal(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    files = batch()
    target = tmp_path / "batch.xlsx"
    code, out, _ = run("facts", *files, "--format", "xlsx", "--output", str(target), "--quiet")
    assert (code, out) == (0, "")
    pandas.testing.assert_frame_equal(read_facts(target), expected_facts(files))
    checked = [(f, r, check(r)) for f in files for r in [parse(Path(f)).report]]
    pandas.testing.assert_frame_equal(read_table(FINDINGS, target), findings_frame(checked))
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames[:2] == ["facts", "findings"]
    assert len(book.sheetnames) == 2 + len(files)
    assert book.sheetnames[2] == "1 淄博经济开发区管理委员会办公室 2020"
    grid = [list(row) for row in book[book.sheetnames[3]].iter_rows(values_only=True)]
    assert grid[14][:3] == ["第二十条第（八）项", "行政事业性收费", 4068.208]
    assert grid[13][1:3] == ["信息内容", "本年收费金额（单位：万元）"]
    t3 = next(i for i, row in enumerate(grid) if row[:1] == ["表三 收到和处理政府信息公开申请情况"])
    assert grid[t3 + 1][2:9] == [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ]
    assert grid[t3 + 2][1:9] == ["一、本年新收政府信息公开申请数量", 705, 3, 0, 0, 5, 0, 713]
    legacy = [list(row) for row in book[book.sheetnames[4 + 1]].iter_rows(values_only=True)]
    assert legacy[3][1] == "legacy"
    assert legacy[5][0].startswith("无表格")


def test_xlsx_writes_text_that_looks_like_a_formula_as_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    text = SAMPLE.read_text(encoding="utf-8").replace("淄博经济开发区管理委员会办公室", "=HYPERLINK(1)", 1)
    source = tmp_path / "formula.txt"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "f.xlsx"
    assert run("facts", str(source), "--format", "xlsx", "--output", str(target))[0] == 0
    sheet = openpyxl.load_workbook(target)["facts"]
    issuers = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(issuers) == 1
    assert next(iter(issuers)).startswith("=")  # kept as printed
    assert sheet.cell(2, 2).data_type == "s"


@pytest.mark.parametrize("form", ["xlsx", "parquet"])
def test_file_formats_need_an_output_file(form):
    code, out, err = run("facts", str(SAMPLE), "--format", form)
    assert (code, out) == (2, "")
    assert f"--format {form} writes a file: give --output FILE" in err


def test_excel_applies_to_csv_only():
    code, _, err = run("facts", str(SAMPLE), "--excel")
    assert code == 2
    assert "--excel applies to --format csv" in err


def test_a_missing_extra_is_named(tmp_path, monkeypatch):
    for name in ("pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, name, None)  # what an uninstalled module looks like to import
    target = tmp_path / "f.parquet"
    code, _, err = run("facts", str(SAMPLE), "--format", "parquet", "--output", str(target))
    assert code == 2
    assert "pip install 'govdisclosure[parquet]'" in err
    assert "Traceback" not in err
    assert not list(tmp_path.iterdir())
