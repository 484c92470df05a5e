"""Findings as a table: ``check --format csv``, one row a finding, with an id stable across runs."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from govdisclosure import FINDING_COLUMNS, check, finding_id, finding_rows, parse
from govdisclosure.cli import main
from tests.conftest import SAMPLE, corpus_dir


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def corpus_files() -> list[str]:
    return [str(SAMPLE), *sorted(str(p) for p in (corpus_dir() / "raw").iterdir())]


def test_the_id_is_a_pinned_function_of_file_rule_and_cells():
    assert finding_id("a.txt", "t3_balance", ["t3.new_received.total", "t3.carried_over.total"]) == (
        "d6f1943429b42d6c"
    )
    assert finding_id("a.txt", "t3_balance", ["t3.carried_over.total"]) != finding_id(
        "b.txt", "t3_balance", ["t3.carried_over.total"]
    )
    assert finding_id("a.txt", "struct_heading_wording", [], 2) == "e246d564d538dd53"


def test_check_csv_has_one_row_a_finding():
    raw = corpus_dir() / "raw" / "045_pingtan-xzspj_2024.txt"
    code, out, err = run("check", str(raw), "--format", "csv")
    assert (code, err) == (1, "")
    assert out.splitlines()[0] == ",".join(FINDING_COLUMNS)
    rows = rows_of(out)
    result = check(parse(raw).report)
    assert len(rows) == len(result.findings)
    [row] = [r for r in rows if r["rule"] == "t4_group_total"]
    assert row["file"] == str(raw)
    assert (row["issuer"], row["year"], row["template"]) == ("平潭综合实验区行政审批局", "2024", "2021")
    assert (row["severity"], row["status"], row["table"]) == ("error", "fail", "t4")
    assert row["cells"].split(";")[0] == "t4.review.total"
    assert (row["printed"], row["computed"], row["difference"]) == ("0", "1", "-1")
    assert row["message"].startswith("表四“行政复议”下“总计”列")
    [narrative] = [r for r in rows if r["rule"] == "nar_review_litigation"]
    assert narrative["quote"].startswith("因依申请公开引发行政复议1起")


def test_ids_are_stable_across_runs_languages_and_jobs():
    files = corpus_files()
    first = rows_of(run("check", *files, "--format", "csv", "--quiet")[1])
    second = rows_of(run("check", *files, "--format", "csv", "--quiet")[1])
    english = rows_of(run("check", *files, "--format", "csv", "--quiet", "--lang", "en")[1])
    pooled = rows_of(run("check", *files, "--format", "csv", "--quiet", "--jobs", "2")[1])
    ids = [r["finding_id"] for r in first]
    assert len(ids) > 20
    assert len(set(ids)) == len(ids)
    assert ids == [r["finding_id"] for r in second] == [r["finding_id"] for r in english]
    assert first == second == pooled
    assert [r["message"] for r in first] != [r["message"] for r in english]


def test_findings_alike_in_rule_and_cells_are_told_apart_in_order():
    rows = finding_rows("s.txt", parse(SAMPLE).report, check(parse(SAMPLE).report))
    headings = [r for r in rows if r["rule"] == "struct_heading_wording"]
    assert len(headings) == 2
    assert headings[0]["finding_id"] == finding_id("s.txt", "struct_heading_wording", [])
    assert headings[1]["finding_id"] == finding_id("s.txt", "struct_heading_wording", [], 2)


def test_finding_values_are_decimals():
    raw = corpus_dir() / "raw" / "045_pingtan-xzspj_2024.txt"
    report = parse(raw).report
    [row] = [r for r in finding_rows(None, report, check(report)) if r["rule"] == "t4_group_total"]
    assert (row["printed"], row["computed"], row["difference"]) == (Decimal(0), Decimal(1), Decimal(-1))
    assert row["file"] is None


def test_check_csv_for_excel(tmp_path):
    target = tmp_path / "findings.csv"
    code, out, _ = run("check", str(SAMPLE), "--format", "csv", "--excel", "--output", str(target))
    assert (code, out) == (0, "")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbffinding_id,file,")
    assert data.count(b"\r\n") == 1 + 4
    assert data.replace(b"\r\n", b"").count(b"\n") == 0


@pytest.mark.parametrize("form", ["jsonl", "text"])
def test_excel_is_refused_for_other_formats(form):
    code, _, err = run("check", str(SAMPLE), "--format", form, "--excel")
    assert code == 2
    assert "--excel applies to --format csv" in err


def test_an_empty_batch_still_has_its_header(tmp_path):
    code, out, _ = run("check", str(tmp_path / "missing.txt"), "--format", "csv")
    assert code == 2
    assert out == ",".join(FINDING_COLUMNS) + "\n"
