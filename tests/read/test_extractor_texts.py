"""The text every common PDF extractor gives of a real published PDF reads with no wrong cell.

``054_hongze-qzf_2024.pdf`` (corpus/documents) is a Word-exported PDF with ruled tables, a table
三 that runs across a page break, a vertical label, wrapped header cells, a publisher's typo in a
label and a hybrid （六） row. Its text as pypdf (plain and layout), pdfminer.six (text boxes
column by column), poppler's pdftotext (plain and -layout) and pdf.js give it must read with 0
wrong cells, every cell right or null with a parse note naming it; the extractors that keep rows
together read all 200.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from govdisclosure import cells_of, parse
from tests.conftest import REPO, corpus_dir

NAME = "054_hongze-qzf_2024"
NODE_SCRIPT = REPO / "tests" / "node" / "pdf_text.mjs"


def _pdf() -> Path:
    return corpus_dir() / "documents" / "raw" / f"{NAME}.pdf"


def _require(what: str, variable: str) -> None:
    if os.environ.get(variable):
        pytest.fail(f"{what} required ({variable}) but not available")
    pytest.skip(f"{what} not available (CI installs it)")


def _pypdf(layout: bool) -> Callable[[Path], str]:
    def extract(path: Path) -> str:
        pypdf = pytest.importorskip("pypdf", reason="pypdf is a dev dependency")
        reader = pypdf.PdfReader(path)
        mode = {"extraction_mode": "layout"} if layout else {}
        return "\n".join(page.extract_text(**mode) for page in reader.pages)

    return extract


def _pdfminer(path: Path) -> str:
    high_level = pytest.importorskip("pdfminer.high_level", reason="pdfminer.six comes with pdfplumber")
    return str(high_level.extract_text(str(path)))


def _pdftotext(layout: bool) -> Callable[[Path], str]:
    def extract(path: Path) -> str:
        if shutil.which("pdftotext") is None:
            _require("poppler's pdftotext (apt-get install poppler-utils)", "GOVDISCLOSURE_REQUIRE_POPPLER")
        options = ["-layout"] if layout else []
        return subprocess.run(
            ["pdftotext", *options, str(path), "-"], capture_output=True, check=True, text=True
        ).stdout

    return extract


def _pdfjs(path: Path) -> str:
    if shutil.which("node") is None or not (REPO / "tests" / "node" / "node_modules" / "pdfjs-dist").is_dir():
        _require("pdf.js (node and npm ci in tests/node)", "GOVDISCLOSURE_REQUIRE_NODE")
    return subprocess.run(
        ["node", str(NODE_SCRIPT), str(path)], capture_output=True, check=True, text=True
    ).stdout


EXTRACTORS: dict[str, Callable[[Path], str]] = {
    "pypdf": _pypdf(layout=False),
    "pypdf-layout": _pypdf(layout=True),
    "pdfminer": _pdfminer,
    "pdftotext": _pdftotext(layout=False),
    "pdftotext-layout": _pdftotext(layout=True),
    "pdf.js": _pdfjs,
}
# Those that keep a row's label and values together read every cell.
WHOLE = {"pypdf", "pypdf-layout", "pdftotext-layout", "pdf.js"}


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_extracted_text_reads_with_no_wrong_cell(extractor: str) -> None:
    path = _pdf()
    expected = json.loads(
        (corpus_dir() / "documents" / "expected" / f"{NAME}.json").read_text(encoding="utf-8")
    )
    report = parse(EXTRACTORS[extractor](path)).report
    assert report.template.value == expected["template"]
    assert report.metadata.year == expected["year"]
    got = {k: c.value for k, c in cells_of(report).items()}
    want = {k: Decimal(v) if isinstance(v, str) else v for k, v in expected["cells"].items()}
    wrong = {k: (v, got[k]) for k, v in want.items() if got[k] is not None and got[k] != v}
    assert wrong == {}
    named = {cell for d in report.diagnostics for cell in d.cells}
    unnamed = [k for k, v in want.items() if got[k] is None and v is not None and k not in named]
    assert unnamed == []
    if extractor in WHOLE:
        assert {k: got[k] for k in want} == want
