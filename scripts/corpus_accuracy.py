"""How exactly the parser reads the real reports of the corpus: a markdown table on stdout.

Usage: ``python scripts/corpus_accuracy.py [CORPUS_DIR]`` (default: ``$GOVDISCLOSURE_SHARED/corpus``,
else ``../shared/corpus`` beside the checkout). A cell is *right* when it equals the hand-read
value, *left null* when it is null where the expected file marks it ambiguous, and *wrong*
otherwise (a wrong value, or a null the expected file does not allow).
"""

from __future__ import annotations

import json
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from attrs import frozen

from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.report import Report
from govdisclosure.read.pipeline import ParseResult, parse

REPO = Path(__file__).resolve().parents[1]


def default_corpus() -> Path:
    """The corpus folder the environment points at."""
    shared = Path(os.environ.get("GOVDISCLOSURE_SHARED", REPO.parent / "shared"))
    return shared / "corpus"


def facts(report: Report) -> dict[str, Any]:
    """Cell values as the expected files write them: int, decimal string or None."""
    out: dict[str, Any] = {}
    for cell_id, cell in cells_of(report).items():
        value = cell.value
        out[cell_id] = format(value.normalize(), "f") if isinstance(value, Decimal) else value
    return out


@frozen
class Score:
    """One file's comparison with its expected values."""

    file: str
    rendering: str
    template: str
    year: int | None
    right: int
    wrong: tuple[tuple[str, Any, Any], ...]
    left_null: tuple[str, ...]
    expected: dict[str, Any]
    result: ParseResult


def score(raw: Path, expected_path: Path) -> Score:
    """Parse ``raw`` and compare it with its expected file."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    result = parse(raw)
    got = facts(result.report)
    ambiguous = set(expected.get("ambiguous", ()))
    right, wrong, left_null = 0, [], []
    for cell_id, value in expected["cells"].items():
        actual = got.get(cell_id, "<absent>")
        if actual == value:
            right += 1
        elif actual is None and cell_id in ambiguous:
            left_null.append(cell_id)
        else:
            wrong.append((cell_id, value, actual))
    report = result.report
    return Score(
        raw.name,
        report.rendering,
        report.template.value,
        report.metadata.year,
        right,
        tuple(wrong),
        tuple(left_null),
        expected,
        result,
    )


def pairs(corpus: Path) -> list[tuple[Path, Path]]:
    """Each raw file that has an expected file, with it, in name order: the texts, then the
    published documents (``documents/``, PDF and Word files) when the corpus has them."""
    found = []
    for folder in (corpus, corpus / "documents"):
        if not (folder / "raw").is_dir():
            continue
        for raw in sorted((folder / "raw").iterdir()):
            expected = folder / "expected" / f"{raw.stem}.json"
            if expected.is_file():
                found.append((raw, expected))
    return found


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else default_corpus()
    if not (corpus / "raw").is_dir():
        print(f"corpus not found at {corpus}", file=sys.stderr)
        return 2
    print("| file | rendering | template | right | wrong | left null |")
    print("|---|---|---|---:|---:|---:|")
    totals = [0, 0, 0]
    for raw, expected in pairs(corpus):
        s = score(raw, expected)
        mark = "" if s.template == s.expected["template"] else f" (expected {s.expected['template']})"
        cells = f"{s.right} | {len(s.wrong)} | {len(s.left_null)}"
        print(f"| {s.file} | {s.rendering} | {s.template}{mark} | {cells} |")
        totals = [totals[0] + s.right, totals[1] + len(s.wrong), totals[2] + len(s.left_null)]
    print(f"| **total** | | | {totals[0]} | {totals[1]} | {totals[2]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
