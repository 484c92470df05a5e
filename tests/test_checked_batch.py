"""A batch checked in bounded memory (``cli.checked``): whatever ``KEEP`` is and however the inputs
are ordered, ``check`` and ``review`` print byte for byte what they print when every report is
held, and the batch never holds more than ``KEEP`` reports."""

from __future__ import annotations

import functools
import io
import json
import re
from pathlib import Path

import pytest

from govdisclosure.checks.batch import pair
from govdisclosure.cli import checked as checked_module
from govdisclosure.cli import main
from govdisclosure.cli.checked import CheckedBatch
from govdisclosure.cli.commands.check import Printing, printed
from govdisclosure.cli.inputs import Run
from govdisclosure.model.diagnostics import Severity
from govdisclosure.read.pipeline import ParseResult, identify, parse
from govdisclosure.template.spec import Template
from tests.conftest import SAMPLE

ISSUER = "淄博经济开发区管理委员会办公室"  # the sample's: a department of the zone's committee
ZONE = "淄博经济开发区管理委员会"


def _variant(text: str, year: int, issuer: str = ISSUER) -> str:
    """The sample as another year's report (its years moved by the same step) of ``issuer``."""
    step = year - 2020
    moved = re.sub(r"20(?:19|20|21)", lambda m: str(int(m.group()) + step), text)
    return moved.replace(ISSUER, issuer)


@pytest.fixture(scope="module")
def batch_files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Reports of a department over three years, its government's of two, another body's, and a
    file that holds no report, in an order where pairs stand before and after each other."""
    folder = tmp_path_factory.mktemp("batch")
    sample = SAMPLE.read_text(encoding="utf-8")
    texts = {
        "a_dept_2021.txt": _variant(sample, 2021),
        "b_other_2020.txt": _variant(sample, 2020, "某某县人民政府"),
        "c_zone_2020.txt": _variant(sample, 2020, ZONE),
        "d_dept_2019.txt": _variant(sample, 2019),
        "e_notes.txt": "这不是年度报告，只是一段说明文字。",
        "f_dept_2020.txt": sample,
        "g_zone_2021.txt": _variant(sample, 2021, ZONE),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in texts]


def _run(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr (the summary line's timing taken out)."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), re.sub(r" in [\d.]+ s \([\d.]+ files/s\)", "", err.getvalue())


def test_the_batch_has_pairs_both_ways(batch_files: list[str]) -> None:
    reports = [(Path(f).name, parse(Path(f)).report) for f in batch_files]
    pairing = pair(reports)
    assert ("f_dept_2020.txt", "d_dept_2019.txt") in pairing.previous  # the pair stands before
    assert ("a_dept_2021.txt", "f_dept_2020.txt") in pairing.previous  # the pair stands after
    assert ("a_dept_2021.txt", "g_zone_2021.txt") in pairing.parents
    assert ("f_dept_2020.txt", "c_zone_2020.txt") in pairing.parents


def test_identify_reads_what_parse_reads(batch_files: list[str]) -> None:
    for file in batch_files:
        report = parse(Path(file)).report
        identity = identify(Path(file))
        assert (identity.template, identity.metadata) == (report.template, report.metadata)


@pytest.mark.parametrize("fmt", ["jsonl", "text", "csv"])
@pytest.mark.parametrize("keep", [0, 1, 2, 4])
def test_check_prints_the_same_whatever_is_kept(
    batch_files: list[str], fmt: str, keep: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for files in (batch_files, batch_files[::-1]):
        held = _run("check", "--format", fmt, *files)
        monkeypatch.setattr(checked_module, "KEEP", keep)
        bounded = _run("check", "--format", fmt, *files)
        monkeypatch.undo()
        assert bounded == held


@pytest.mark.parametrize("fmt", ["jsonl", "text", "csv"])
def test_check_with_jobs_prints_the_same(batch_files: list[str], fmt: str) -> None:
    """With --jobs the workers read, check and print; a worker keeps only its last reports."""
    for files in (batch_files, batch_files[::-1]):
        assert _run("check", "--format", fmt, "--jobs", "2", *files) == _run("check", "--format", fmt, *files)
    previous = ["--previous", batch_files[3]]  # d_dept_2019, for every input
    department = [batch_files[0], batch_files[5]]
    assert _run("check", *previous, "--jobs", "2", *department) == _run("check", *previous, *department)


def test_with_jobs_pairs_read_in_another_worker_print_the_same(
    batch_files: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checked_module, "CHUNK", 1)  # each input a call: its pairs are read again
    assert _run("check", "--jobs", "2", *batch_files) == _run("check", *batch_files)


def test_large_inputs_are_held_fewer(batch_files: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    held = _run("check", "--format", "jsonl", *batch_files)
    size = len(SAMPLE.read_text(encoding="utf-8"))
    monkeypatch.setattr(checked_module, "KEEP_CHARACTERS", int(size * 1.5))  # one report's input
    batch = CheckedBatch(Run(io.StringIO(), io.StringIO()), batch_files, None)
    assert batch.held == 2  # the first report, and the few words of e_notes.txt
    assert all(batch.held <= 2 for _ in batch.checked())
    assert _run("check", "--format", "jsonl", *batch_files) == held


@pytest.mark.parametrize("keep", [0, 1, 2, 3])
def test_the_batch_holds_at_most_keep_reports(batch_files: list[str], keep: int) -> None:
    run = Run(io.StringIO(), io.StringIO())
    batch = CheckedBatch(run, batch_files, None, keep=keep)
    assert batch.held <= keep
    names = []
    for done in batch.checked():
        assert batch.held <= keep
        names.append(Path(done.name).name)
    assert names == [Path(f).name for f in batch_files]  # the file without a report is checked too
    assert batch.held == 0  # every report let go after its last use


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_input_gone_before_its_turn_is_reported(batch_files: list[str], tmp_path: Path, jobs: int) -> None:
    files = []
    for file in batch_files:
        copy = tmp_path / Path(file).name
        copy.write_bytes(Path(file).read_bytes())
        files.append(str(copy))
    err = io.StringIO()
    run = Run(io.StringIO(), err)
    run.jobs = jobs
    batch = CheckedBatch(run, files, None, keep=0, pooled=True)
    assert batch.pooled is (jobs > 1)
    gone = tmp_path / "f_dept_2020.txt"  # the previous year of a_dept_2021, the first input
    gone.unlink()
    printing = Printing("jsonl", "zh", False, Severity.ERROR)
    done = {
        json.loads(text)["file"]: json.loads(text)
        for text, _ in batch.made(functools.partial(printed, printing))
    }
    assert str(gone) not in done
    assert err.getvalue().count(str(gone)) == 1
    assert "cannot read" in err.getvalue()
    first = done[files[0]]  # a_dept_2021: checked without the report it no longer has
    assert first["compared_with"] == {"previous": None, "parent": files[-1]}


def test_a_document_is_read_once_with_jobs(tmp_path: Path) -> None:
    """Identifying a PDF or .docx reads it whole (most of a parse): that parse is kept and handed
    to the worker that checks it, not read again."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("docx")
    from tests.document_renderers import DOCUMENT_RENDERERS
    from tests.renderers import Style, template_spec

    spec = template_spec(Template.V2021)
    files = []
    for kind, renderer in DOCUMENT_RENDERERS.items():
        path = tmp_path / f"report.{kind}"
        path.write_bytes(renderer(spec, 2023, dict.fromkeys(spec.cell_ids, 3), Style()))
        files.append(str(path))
        found = identify(path)
        assert isinstance(found, ParseResult)
        assert found == parse(path)
    files.append(str(SAMPLE))
    run = Run(io.StringIO(), io.StringIO())
    run.jobs = 2
    batch = CheckedBatch(run, files, None, pooled=True)
    assert batch.pooled
    assert batch.held == 2  # the two documents, not the text
    for fmt in ("jsonl", "text"):
        assert _run("check", "--format", fmt, "--jobs", "2", *files) == _run("check", "--format", fmt, *files)
