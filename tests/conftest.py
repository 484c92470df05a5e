"""Shared paths and fixtures: the bundled sample, and the corpus beside the checkout."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "data" / "000_6403ac429d442b10.txt"
SAMPLE_EXPECTED = REPO / "examples" / "data" / "000_6403ac429d442b10.expected.json"
SHARED = Path(os.environ.get("GOVDISCLOSURE_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"


def corpus_dir() -> Path:
    """The corpus folder, or skip the test with a clear message when it is absent."""
    if not (CORPUS / "raw").is_dir():
        if os.environ.get("GOVDISCLOSURE_REQUIRE_CORPUS"):
            pytest.fail(f"corpus required (GOVDISCLOSURE_REQUIRE_CORPUS) but not found at {CORPUS}")
        pytest.skip(
            f"corpus not found at {CORPUS}: clone the project with its shared/ folder beside it "
            "or set GOVDISCLOSURE_SHARED (corpus tests run in CI)"
        )
    return CORPUS


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_expected() -> dict[str, Any]:
    data: dict[str, Any] = load_json(SAMPLE_EXPECTED)
    return data
