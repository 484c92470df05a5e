"""The API reference builds from the docstrings with pdoc, with no warning, and documents the public API."""

from __future__ import annotations

import html
import inspect
import re

import govdisclosure
from scripts.build_api_docs import build


def test_the_api_reference_builds_without_warnings_and_names_the_public_api(tmp_path):
    assert build(tmp_path) == []
    page = (tmp_path / "govdisclosure.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="([\w.]+)"', page))
    assert [name for name in govdisclosure.__all__ if name not in anchors] == []
    assert (tmp_path / "index.html").is_file()
    for name in ("parse", "check", "facts_frame", "validate"):
        summary = inspect.getdoc(getattr(govdisclosure, name)).split("\n\n")[0].split("\n")[0]
        assert html.escape(summary, quote=False) in page or summary in page, name
