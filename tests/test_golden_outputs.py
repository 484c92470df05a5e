"""What the command line prints for the sample, generated reports and the corpus is byte for byte
what it printed when the digests were last written (``scripts/golden_outputs.py``)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import corpus_dir
from tests.golden_outputs import digests, read_golden, write_inputs


def _compare(folder: Path, *, generated: bool, corpus: bool) -> None:
    names = write_inputs(folder, generated=generated, corpus=corpus)
    found = digests(folder, names)
    kept = {key: digest for key, digest in read_golden().items() if key[1] in names}
    changed = sorted(
        f"{command} {name}"
        for (command, name), digest in found.items()
        if kept.get((command, name)) != digest
    )
    assert len(kept) == len(found)
    assert changed == [], f"{len(changed)} outputs changed, first: {changed[:5]}"


def test_outputs_of_the_sample_and_generated_reports_are_unchanged(tmp_path: Path) -> None:
    _compare(tmp_path, generated=True, corpus=False)


def test_outputs_of_the_corpus_are_unchanged(tmp_path: Path) -> None:
    corpus_dir()
    _compare(tmp_path, generated=False, corpus=True)
