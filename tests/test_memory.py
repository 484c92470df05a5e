"""Memory for one input: decoding and HTML to text stay under 20 times the input's size at peak.

Measured with tracemalloc around each step (the reader's share is measured by scripts/benchmark.py).
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

from govdisclosure.template.spec import Template
from govdisclosure.text.decode import decode_bytes
from govdisclosure.text.html import html_to_text
from tests.conftest import SAMPLE, corpus_dir
from tests.renderers import Style, html, template_spec

LIMIT = 20


def _peak(function: Callable[[Any], object], argument: object) -> int:
    tracemalloc.start()
    try:
        function(argument)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _pages() -> dict[str, str]:
    spec = template_spec(Template.V2021)
    generated = html(spec, 2023, {c.id: 1234 for c in spec.cells}, Style())
    text = SAMPLE.read_text(encoding="utf-8")
    dense = "<html><body>" + "".join(f"<p>{line}</p>\n" for line in text.splitlines()) * 60 + "</body></html>"
    corpus = (corpus_dir() / "raw" / "048_pingtan-xzspj_2024.html").read_text(encoding="utf-8")
    return {"corpus page": corpus, "generated page": generated, "text-dense page (1 MB)": dense}


@pytest.mark.parametrize("name", ["corpus page", "generated page", "text-dense page (1 MB)"])
def test_html_to_text_memory(name: str) -> None:
    page = _pages()[name]
    size = len(page.encode("utf-8"))
    assert _peak(html_to_text, page) < LIMIT * size


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le", "utf-32-le"])
def test_decode_memory(encoding: str) -> None:
    data = (SAMPLE.read_text(encoding="utf-8") * 100).encode(encoding)
    assert _peak(decode_bytes, data) < LIMIT * len(data)
    damaged = data[: len(data) // 2] + b"\xff" + data[len(data) // 2 :]
    assert _peak(decode_bytes, damaged) < LIMIT * len(data)
