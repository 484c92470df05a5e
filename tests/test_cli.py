"""The command line: outputs validate against the schemas in the same test that checks their values."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from govdisclosure import schema_errors
from govdisclosure.cli import main
from tests.conftest import REPO, SAMPLE, corpus_dir


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_facts_of_the_sample_equal_the_expected_file(sample_expected):
    code, out, err = run("facts", str(SAMPLE))
    assert (code, err) == (0, "")
    [line] = out.splitlines()
    record = json.loads(line)
    assert schema_errors(record, "facts") == []
    assert record["file"] == str(SAMPLE)
    assert (record["template"], record["year"], record["issuer"]) == (
        "2019",
        2020,
        "淄博经济开发区管理委员会办公室",
    )
    assert record["cells"] == sample_expected["cells"]


def test_parse_prints_the_report_json():
    code, out, _ = run("parse", str(SAMPLE))
    assert code == 0
    data = json.loads(out)
    assert schema_errors(data, "report") == []
    assert data["template"] == "2019"
    assert data["applications"]["new_received"]["total"]["value"] == 4
    assert data["metadata"]["published"] == "2021-01-31"


def test_check_jsonl_of_the_sample():
    code, out, _ = run("check", str(SAMPLE), "--format", "jsonl")
    assert code == 0
    record = json.loads(out)
    assert schema_errors(record, "check") == []
    assert record["template"] == "2019"
    assert record["summary"]["errors"] == 0
    assert record["summary"]["passed"] > 40
    for finding in record["findings"]:
        assert {"rule", "severity", "status", "cells", "message"} <= finding.keys()


def test_a_run_raises_the_collector_thresholds_and_restores_them(monkeypatch):
    import gc

    from govdisclosure.cli.commands import check

    seen = []
    real_run = check.run

    def watched(state, args):
        seen.append(gc.get_threshold())
        return real_run(state, args)

    monkeypatch.setattr(check, "run", watched)
    before = gc.get_threshold()
    code, _, _ = run("check", str(SAMPLE), "--format", "jsonl")
    assert code == 0
    assert seen == [(50_000, 20, 100)]
    assert gc.get_threshold() == before


def test_check_text_starts_with_a_summary_line():
    code, out, _ = run("check", str(SAMPLE))
    assert code == 0
    first = out.splitlines()[0]
    assert str(SAMPLE) in first
    assert "通过" in first


def test_check_exit_code_follows_fail_on(tmp_path):
    broken = SAMPLE.read_text(encoding="utf-8").replace("(七)总计 |\n4 |", "(七)总计 |\n5 |")
    path = tmp_path / "broken.txt"
    path.write_text(broken, encoding="utf-8")
    code, out, _ = run("check", str(path), "--format", "jsonl")
    assert code == 1
    record = json.loads(out)
    assert schema_errors(record, "check") == []
    cells = {c for f in record["findings"] if f["severity"] == "error" for c in f["cells"]}
    assert "t3.results_total.natural_person" in cells
    code, _, _ = run("check", str(path), "--lang", "en")
    assert code == 1


def test_bad_input_exits_2_without_a_traceback(tmp_path):
    code, out, err = run("facts", str(tmp_path / "missing.txt"))
    assert code == 2
    assert "no such file" in err
    assert "Traceback" not in err
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 10)
    code, out, err = run("facts", str(junk), str(SAMPLE))
    assert code == 2
    assert "junk.txt: no 政府信息公开工作年度报告 found" in err
    assert len(out.splitlines()) == 2
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0]["template"] == "unknown"
    assert all(schema_errors(r, "facts") == [] for r in records)


def test_usage_error_exits_2():
    with pytest.raises(SystemExit) as stop:
        main(["check"], out=io.StringIO(), err=io.StringIO())
    assert stop.value.code == 2


def test_csv_facts(tmp_path):
    code, out, _ = run("facts", str(SAMPLE), "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "file,issuer,year,template,rendering,order,cell_id,table,row,column,label_path,row_label,"
        "column_label,value,count,amount,kind,raw,note,line,column_number"
    )
    assert len(lines) == 1 + 198
    assert (
        f"{SAMPLE},淄博经济开发区管理委员会办公室,2020,2019,pipe,29,t3.new_received.total,t3,new_received,"
        "total,一、本年新收政府信息公开申请数量,一、本年新收政府信息公开申请数量,总计,4,4,,number,4,,98,1"
    ) in lines


def test_folders_and_globs():
    folder = corpus_dir() / "raw"
    code, out, _ = run("facts", str(folder))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(list(folder.iterdir()))
    assert all(schema_errors(r, "facts") == [] for r in records)
    code, out, _ = run("facts", str(folder / "00[45]*.txt"))
    assert len(out.splitlines()) == 2


def test_schema_command(tmp_path):
    code, out, _ = run("schema", "check")
    assert code == 0
    assert json.loads(out)["$id"].endswith("/check.schema.json")
    code, _, _ = run("schema", "--output", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "check.schema.json",
        "facts.schema.json",
        "report.schema.json",
    ]


def test_python_dash_m():
    done = subprocess.run(
        [sys.executable, "-m", "govdisclosure", "facts", str(SAMPLE)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["template"] == "2019"


def test_check_with_the_previous_year(tmp_path):
    raw = corpus_dir() / "raw"
    code, out, _ = run(
        "check",
        str(raw / "025_pingtan-gaj_2022.txt"),
        "--previous",
        str(raw / "014_pingtan-gaj_2021.txt"),
        "--format",
        "jsonl",
    )
    record = json.loads(out)
    assert schema_errors(record, "check") == []
    assert code == 0
    assert not [f for f in record["findings"] if f["rule"] == "xy_carry_over"]
    # Last year's 结转下年度 (1 natural person) no longer matches this year's 上年结转, changed to 3
    # with its total, so that the glued row still adds up and is read.
    current = (raw / "025_pingtan-gaj_2022.txt").read_text(encoding="utf-8")
    marker = "二、上年结转政府信息公开申请数量"
    start = current.index(marker) + len(marker)
    assert current[start : start + 7] == "1000001"
    changed = tmp_path / "025_changed.txt"
    changed.write_text(current[:start] + "3000003" + current[start + 7 :], encoding="utf-8")
    code, out, _ = run(
        "check", str(changed), "--previous", str(raw / "014_pingtan-gaj_2021.txt"), "--format", "jsonl"
    )
    record = json.loads(out)
    assert schema_errors(record, "check") == []
    assert code == 1
    carry = [f for f in record["findings"] if f["rule"] == "xy_carry_over"]
    assert carry
    assert "t3.carried_over.natural_person" in carry[0]["cells"]
    assert carry[0]["severity"] == "error"


def test_missing_previous_file_is_an_input_error(tmp_path):
    code, _, err = run("check", str(SAMPLE), "--previous", str(tmp_path / "nope.txt"))
    assert code == 2
    assert "no such file" in err


@pytest.mark.parametrize("command", ["parse", "facts", "check"])
def test_every_corpus_document_validates(command):
    schema_name = {"parse": "report", "facts": "facts", "check": "check"}[command]
    for path in sorted((corpus_dir() / "raw").iterdir()):
        args = [command, str(path)] + (["--format", "jsonl"] if command == "check" else [])
        code, out, err = run(*args)
        assert code in (0, 1), err
        document = json.loads(out)
        assert schema_errors(document, schema_name) == [], path.name


def test_facts_as_a_dataframe():
    pandas = pytest.importorskip("pandas")
    from govdisclosure import facts_frame, parse

    frame = facts_frame([("sample", parse(SAMPLE).report)])
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == 198
    row = frame.set_index("cell_id").loc["t3.new_received.total"]
    assert (row["count"], row["kind"], row["row_label"], row["column_label"]) == (
        4,
        "number",
        "一、本年新收政府信息公开申请数量",
        "总计",
    )
    assert str(frame["count"].dtype) == "Int64"
