"""The README's reviewer examples are what ``govdisclosure check`` prints, byte for byte."""

from __future__ import annotations

import io

import pytest

from govdisclosure.cli import main
from tests.conftest import REPO, corpus_dir

README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(after: str) -> str:
    """The first ``text`` block of the README after the line that starts with ``after``."""
    start = README.index(after)
    block = README.index("```text\n", start) + len("```text\n")
    return README[block : README.index("```", block)]


def _check(*args: str) -> str:
    out = io.StringIO()
    main(["check", *args], out=out, err=io.StringIO())
    return out.getvalue()


def test_the_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    printed = _check("examples/data/000_6403ac429d442b10.txt")
    assert (
        _blocks("`govdisclosure check examples/data/000_6403ac429d442b10.txt`") == printed.rstrip("\n") + "\n"
    )


def test_045(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus_dir() / "raw")
    printed = _check("045_pingtan-xzspj_2024.txt")
    assert _blocks("A published report with real mistakes") == printed.rstrip("\n") + "\n"


def test_the_batch_excerpts(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus_dir()
    monkeypatch.chdir(REPO)
    printed = _check("../shared/corpus/raw/")
    block = _blocks("A folder is checked as one batch").replace("\n…\n", "\n")
    excerpts = [part.strip("\n") for part in block.split("\n\n") if part.strip()]
    assert len(excerpts) == 4
    for excerpt in excerpts:
        assert excerpt in printed
