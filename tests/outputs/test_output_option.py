"""``--output`` on every command: the file gets exactly what standard output would have got."""

from __future__ import annotations

import io
import json

import pytest

from govdisclosure import schema_errors
from govdisclosure.cli import main
from govdisclosure.serde.schemas import SCHEMA_NAMES, schema_text
from tests.conftest import SAMPLE


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "args",
    [
        ["parse", str(SAMPLE), "--indent", "2"],
        ["facts", str(SAMPLE)],
        ["facts", str(SAMPLE), "--format", "csv"],
        ["check", str(SAMPLE)],
        ["check", str(SAMPLE), "--format", "jsonl", "--lang", "en"],
        ["check", str(SAMPLE), "--format", "csv"],
    ],
    ids=lambda a: " ".join(a[:1] + a[2:]),
)
def test_output_file_equals_standard_output(tmp_path, args):
    code, printed, _ = run(*args)
    target = tmp_path / "out.txt"
    again, nothing, err = run(*args, "--output", str(target))
    assert (again, nothing, err) == (code, "", "")
    assert target.read_bytes() == printed.encode("utf-8")
    assert list(tmp_path.iterdir()) == [target]  # no partial file left behind


def test_output_replaces_an_existing_file(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    assert run("parse", str(SAMPLE), "-o", str(target))[0] == 0
    assert schema_errors(json.loads(target.read_text(encoding="utf-8")), "report") == []


def test_output_into_a_missing_folder_is_an_input_error(tmp_path):
    code, out, err = run("facts", str(SAMPLE), "--output", str(tmp_path / "no" / "f.jsonl"))
    assert (code, out) == (2, "")
    assert "cannot write: no folder" in err
    assert "Traceback" not in err


def test_output_onto_a_folder_is_an_input_error(tmp_path):
    code, _, err = run("facts", str(SAMPLE), "--output", str(tmp_path))
    assert code == 2
    assert "is a folder" in err


def test_a_failed_run_leaves_no_file(tmp_path, monkeypatch):
    from govdisclosure.cli.commands import facts

    def boom(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(facts, "facts_record", boom)
    target = tmp_path / "f.jsonl"
    assert run("facts", str(SAMPLE), "--output", str(target))[0] == 130
    assert list(tmp_path.iterdir()) == []


def test_schema_output_file_folder_and_all(tmp_path):
    code, _, err = run("schema", "facts", "--output", str(tmp_path / "facts.json"))
    assert code == 0
    assert (tmp_path / "facts.json").read_text(encoding="utf-8") == schema_text("facts")
    assert "facts.json" in err
    folder = tmp_path / "one"
    folder.mkdir()
    assert run("schema", "check", "--output", str(folder))[0] == 0
    assert [p.name for p in folder.iterdir()] == ["check.schema.json"]
    assert run("schema", "--output", str(tmp_path / "all"))[0] == 0
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == [
        f"{n}.schema.json" for n in sorted(SCHEMA_NAMES)
    ]
    code, out, _ = run("schema")
    assert (code, out) == (0, schema_text("report"))
