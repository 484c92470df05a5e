"""The real reports of the corpus read exactly: every cell, the template and the year.

A cell the expected file lists as ambiguous may be null, but then a diagnostic names it. A wrong
value is never acceptable. The corpus lives beside the checkout (see ``conftest.corpus_dir``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govdisclosure.model.cellmap import cells_of
from govdisclosure.read.pipeline import parse
from govdisclosure.template.spec import Template
from scripts.corpus_accuracy import facts, pairs, score
from tests.conftest import CORPUS, corpus_dir


def _names() -> list[str]:
    if not (CORPUS / "raw").is_dir():
        return ["<corpus absent>"]
    return [raw.relative_to(CORPUS).as_posix() for raw, _ in pairs(CORPUS)]


@pytest.mark.parametrize("name", _names())
def test_report_reads_exactly(name: str) -> None:
    corpus = corpus_dir()
    raw = corpus / name
    s = score(raw, raw.parents[1] / "expected" / f"{raw.stem}.json")
    assert s.template == s.expected["template"]
    assert s.year == s.expected["year"]
    assert s.wrong == ()
    named = {cell for d in s.result.diagnostics for cell in d.cells}
    assert [cell for cell in s.left_null if cell not in named] == []


def test_every_corpus_file_has_an_expected_file_or_is_legacy() -> None:
    corpus = corpus_dir()
    read = {raw.name for raw, _ in pairs(corpus)}
    rest = sorted(p.name for p in (corpus / "raw").iterdir() if p.name not in read)
    assert rest == ["024_pingtan_2018.txt"]


def test_pre_2019_report_is_legacy() -> None:
    report = parse(corpus_dir() / "raw" / "024_pingtan_2018.txt").report
    assert report.template is Template.LEGACY
    assert cells_of(report) == {}
    legacy = [d for d in report.diagnostics if d.code == "legacy_report"]
    assert len(legacy) == 1
    assert "2019年以前" in legacy[0].message


def _twin(corpus: Path, stem: str) -> Path:
    (found,) = [p for p in (corpus / "raw").iterdir() if p.stem == stem]
    return found


def test_twin_renderings_give_identical_facts() -> None:
    corpus = corpus_dir()
    text = parse(_twin(corpus, "045_pingtan-xzspj_2024")).report
    page = parse(_twin(corpus, "048_pingtan-xzspj_2024")).report
    assert (text.template, text.metadata.year) == (page.template, page.metadata.year)
    assert facts(text) == facts(page)
