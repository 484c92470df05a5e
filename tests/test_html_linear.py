"""HTML to text in linear time on hostile pages, with the same output as before on every other page.

``tests/html_reference.py`` is the scanner as it was before it was made linear (commit 19f3028):
on the corpus page, generated pages and their truncations both give the same text and the same
origin of every character. Linear time is shown with bounds a quadratic scan misses by far: each
hostile page of 400 KB took 8 to 90 s before and must now take under 4 s of CPU, and doubling it
must not take more than four times as long.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure.read.pipeline import parse
from govdisclosure.template.spec import Template
from govdisclosure.text.html import has_escaped_table, html_to_text
from tests import html_reference
from tests.conftest import corpus_dir
from tests.renderers import Style, html, template_spec


def _same_as_before(page: str) -> None:
    text, origin = html_to_text(page)
    before_text, before_origin = html_reference.html_to_text(page)
    assert text == before_text
    assert list(origin) == list(before_origin)


def _in_a_script(page: str) -> str:
    """The report part of a page kept as an escaped string in a script, as some sites serve it."""
    body = page[page.index("<p>") : page.index("</div></div>")]
    escaped = body.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'<html><head></head><body><script>var c = "{escaped}";</script><script>x()</script></body></html>'


def test_the_corpus_page_reads_as_before() -> None:
    page = (corpus_dir() / "raw" / "048_pingtan-xzspj_2024.html").read_text(encoding="utf-8")
    _same_as_before(page)
    for cut in range(0, len(page), len(page) // 40):
        _same_as_before(page[:cut])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.sampled_from([Template.V2019, Template.V2021]),
    values=st.lists(st.integers(0, 3000), min_size=250, max_size=250),
    style=st.builds(Style, st.booleans(), st.booleans(), st.booleans()),
    scripted=st.booleans(),
    cuts=st.lists(st.floats(0, 1), max_size=3),
)
def test_generated_pages_read_as_before(
    template: Template, values: list[int], style: Style, scripted: bool, cuts: list[float]
) -> None:
    spec = template_spec(template)
    page = html(spec, 2023, {c.id: v for c, v in zip(spec.cells, values, strict=False)}, style)
    if scripted:
        page = _in_a_script(page)
    _same_as_before(page)
    for cut in cuts:
        _same_as_before(page[: int(cut * len(page))])


HOSTILE = {
    "<a left open": "<a",
    "<p left open": "<p ",
    "<script left open": "<script",
    "<script> never closed": "<script>",
    "<td after escaped quotes": '\\"<td ',
    "<td with an escaped quote": '<td \\"',
    "quoted attribute left open": "<div x='",
    "comment left open": "<!--",
    "entities": "&#&amp",
}
SIZE = 400_000
_PAGE = html(
    template_spec(Template.V2021), 2023, {c.id: 1 for c in template_spec(Template.V2021).cells}, Style()
)


def _hostile_page(unit: str, size: int, where: str) -> str:
    """A generated page with ``unit`` repeated to ``size`` characters after it or inside table 二."""
    page = _PAGE
    stuffing = unit * (size // len(unit))
    if where == "end":
        return page + stuffing + '\\"' * 30
    at = page.index("行政许可")
    return page[:at] + stuffing + page[at:]


def _cpu(function, argument) -> float:  # type: ignore[no-untyped-def]
    started = time.process_time()
    function(argument)
    return time.process_time() - started


@pytest.mark.parametrize("where", ["end", "inside the table"])
@pytest.mark.parametrize("unit", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_pages_take_linear_time(unit: str, where: str) -> None:
    small = _hostile_page(unit, SIZE, where)
    large = _hostile_page(unit, 2 * SIZE, where)
    small_time = _cpu(parse, small)
    assert small_time < 4.0
    # A quadratic scan takes four times as long on twice the input; linear takes twice.
    assert _cpu(parse, large) < 4 * small_time + 0.5


def test_escaped_table_search_is_linear() -> None:
    page = "<td " * 200_000 + ">"
    assert _cpu(has_escaped_table, page) < 1.0
    assert not has_escaped_table(page)
    assert has_escaped_table(page + '<tr class=\\"x\\">')
    assert has_escaped_table('<td class=\\"x')  # no ">" after it: the stretch runs to the end
    assert not has_escaped_table('<td>\\"')
