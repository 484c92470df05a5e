"""The Dask recipe: a bag of file paths → facts and findings → Parquet, on Dask's local schedulers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from govdisclosure import check, facts_frame, findings_frame, parse
from govdisclosure.serde.dask_recipe import reports_to_parquet
from tests.conftest import REPO, SAMPLE, corpus_dir

pytest.importorskip("dask.bag")
pandas = pytest.importorskip("pandas")


def paths() -> list[str]:
    return [str(SAMPLE), *sorted(str(p) for p in (corpus_dir() / "raw").iterdir())]


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_the_recipe_writes_what_the_api_gives(tmp_path, scheduler):
    files = paths()
    missing = str(tmp_path / "missing.txt")
    summary = reports_to_parquet([*files, missing], tmp_path / "out", partitions=4, scheduler=scheduler)
    reports = [(f, parse(Path(f)).report) for f in files]
    expected_facts = facts_frame(reports)
    expected_findings = findings_frame([(f, r, check(r)) for f, r in reports])
    assert summary["files"] == len(files) + 1
    assert summary["facts"] == len(expected_facts)
    assert summary["findings"] == len(expected_findings)
    assert summary["failed"] == [f"{missing}: cannot read: No such file or directory"]
    parts = sorted(p.name for p in (tmp_path / "out" / "facts").iterdir())
    assert len(parts) == 4
    assert parts[0] == "part-00000000.parquet"
    got_facts = pandas.read_parquet(tmp_path / "out" / "facts")
    got_findings = pandas.read_parquet(tmp_path / "out" / "findings")
    pandas.testing.assert_frame_equal(got_facts, expected_facts)
    pandas.testing.assert_frame_equal(got_findings, expected_findings)


def test_import_govdisclosure_loads_no_optional_dependency():
    code = (
        "import sys, govdisclosure, govdisclosure.cli;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'pandas', 'pyarrow', 'openpyxl'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "[]"
