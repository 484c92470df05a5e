"""Hostile inputs on the command line: odd names, FIFOs, devices, sizes, huge numbers. No traceback,
a message that says what is wrong, exit code 2 for a bad input, and the batch goes on."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from govdisclosure import build_report, check, number, parse, schema_errors
from govdisclosure.cli import main
from govdisclosure.cli.commands.check import check_record
from govdisclosure.cli.inputs import parse_size, shown
from govdisclosure.template.spec import Template
from tests.conftest import REPO, SAMPLE
from tests.renderers import Style, pipe, template_spec


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _files(out: str) -> list[str]:
    return [json.loads(line)["file"] for line in out.splitlines()]


def run_process(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """The real command in a child process (its own stdout, encoded as UTF-8), never left hanging."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "govdisclosure", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_a_fifo_in_a_folder_is_skipped_and_the_batch_ends(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(SAMPLE.read_bytes())
    os.mkfifo(tmp_path / "pipe.txt")  # nobody ever writes to it: reading it would wait for ever
    done = run_process("facts", ".", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _files(done.stdout.decode()) == ["report.txt"]
    assert b"pipe.txt: skipped, a FIFO (named pipe) and not a regular file" in done.stderr
    done = run_process("facts", "*.txt", cwd=tmp_path)
    assert (done.returncode, _files(done.stdout.decode())) == (0, ["report.txt"])
    assert b"pipe.txt: skipped" in done.stderr


def test_a_fifo_named_directly_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "from-a-pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(SAMPLE.read_bytes(),))
    writer.start()
    try:
        code, out, err = run("facts", str(fifo))
    finally:
        writer.join()
    assert (code, err) == (0, "")
    assert json.loads(out)["template"] == "2019"


def test_devices_named_directly(tmp_path: Path) -> None:
    code, out, err = run("facts", os.devnull, str(SAMPLE))
    assert code == 2
    assert f"{os.devnull}: no 政府信息公开工作年度报告 found" in err
    assert "no such file" not in err
    assert _files(out) == [os.devnull, str(SAMPLE)]
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "report.sock"))
        code, out, err = run("facts", str(tmp_path / "report.sock"), str(SAMPLE))
    assert code == 2
    assert "report.sock: a socket, not a report file" in err
    assert _files(out) == [str(SAMPLE)]


def test_an_empty_name_is_not_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(SAMPLE.read_bytes())
    done = run_process("facts", "", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, b"")
    assert b'"": an empty name names no file' in done.stderr


def test_a_name_longer_than_the_system_allows(tmp_path: Path) -> None:
    for name in ("x" * 5000 + ".txt", "a/" * 3000 + "b.txt"):
        code, out, err = run("facts", name, str(SAMPLE))
        assert code == 2
        assert "cannot read: File name too long" in err
        assert "Traceback" not in err
        assert _files(out) == [str(SAMPLE)]


def test_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    bad = os.path.join(folder, b"report-\xff\xfe.txt")
    with open(bad, "wb") as file:
        file.write(SAMPLE.read_bytes())
    for args in (["facts", "."], ["check", ".", "--format", "jsonl"]):
        done = run_process(*args, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert _files(done.stdout.decode("utf-8")) == ["report-\\xff\\xfe.txt"]
    done = run_process("check", "*.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "文件 report-\\xff\\xfe.txt · " in done.stdout.decode("utf-8").splitlines()[0]
    assert shown("report-\udcff.txt") == "report-\\xff.txt"
    assert shown("\ud800") == "\\ud800"
    (tmp_path / "empty.txt").write_bytes(b"")
    done = run_process("facts", os.fsdecode(bad), "empty.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert b"empty.txt: no" in done.stderr


def test_max_size(tmp_path: Path) -> None:
    code, out, err = run("facts", "--max-size", "4K", str(SAMPLE), str(SAMPLE))
    assert (code, out) == (2, "")
    assert err.count("too large (8.1 KB, more than the limit of 4 KB)") == 2
    code, out, _ = run("facts", "--max-size", "1M", str(SAMPLE))
    assert (code, len(out.splitlines())) == (0, 1)
    with pytest.raises(SystemExit) as stop:
        main(["facts", "--max-size", "lots", str(SAMPLE)], out=io.StringIO(), err=io.StringIO())
    assert stop.value.code == 2
    done = run_process("facts", "--max-size", "100", "-", cwd=tmp_path, stdin=SAMPLE.read_bytes())
    assert done.returncode == 2
    assert b"standard input: too large (more than the limit of 100 bytes)" in done.stderr
    assert (parse_size("1.5G"), parse_size("512k"), parse_size("100MB"), parse_size("7")) == (
        3 * 2**29,
        2**19,
        100 * 2**20,
        7,
    )


def test_huge_numbers_are_checked_and_written(tmp_path: Path) -> None:
    spec = template_spec(Template.V2021)
    values = {cell.id: 0 for cell in spec.cells}
    huge = int("9" * 4300)  # the longest integer Python reads; two of them add up to 4301 digits
    values["t3.granted.natural_person"] = huge
    values["t3.partially_granted.natural_person"] = huge
    path = tmp_path / "huge.txt"
    path.write_text(pipe(spec, 2023, values, Style()), encoding="utf-8")
    # Printed, such a run of digits is no count: the cells keep their text, with a note.
    parsed = parse(path).report
    assert [d.code for d in parsed.diagnostics if "t3.granted.natural_person" in d.cells] == [
        "number_too_long"
    ]
    assert (
        schema_errors(json.loads(json.dumps(check_record("huge.txt", parsed, check(parsed)))), "check") == []
    )
    # Built by hand with those values, a report is checked and written all the same.
    report = build_report(Template.V2021, {k: number(v) for k, v in values.items()})
    result = check(report)
    record = check_record("huge.txt", report, result)
    assert schema_errors(json.loads(json.dumps(record)), "check") == []
    total = next(f for f in result.findings if f.cells[0] == "t3.results_total.natural_person")
    assert total.computed == 2 * huge
    assert total.message.endswith("合计应为 2.00000e+4300，少2.00000e+4300件")
    code, out, err = run("check", str(path), str(SAMPLE), "--format", "jsonl", "--quiet")
    assert (code, err) == (0, "")  # the printed runs are no counts: no sum fails, nothing raises
    assert len(out.splitlines()) == 2
