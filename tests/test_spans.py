"""One coordinate frame: every span is an offset into the decoded input as given, and
``source[span]`` holds what its cell, parse note, section, sentence or finding names (tags aside).

Property-tested over every rendering of generated reports, and over the corpus.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure import check, parse
from govdisclosure.model.cellmap import build_report, cells_of
from govdisclosure.model.cells import Span, number
from govdisclosure.read.pipeline import ParseResult
from govdisclosure.template.spec import Template
from govdisclosure.text.compact import compact
from govdisclosure.text.html import html_to_text
from tests.conftest import CORPUS, corpus_dir
from tests.renderers import RENDERERS, Style, template_spec
from tests.test_render_roundtrip import YEARS, table_values

_PARTIAL_TAG = regex.compile(r"<[^<>]*$")


def printed(result: ParseResult, span: Span) -> str:
    """What the input prints at a span, tags aside, in the compact form labels are matched in."""
    stretch = result.source[span.offset : span.offset + span.length]
    if result.report.rendering == "html":
        # A cell's or a block's end is marked in the page's text where its tag begins: a span
        # that ends on such a mark ends inside the tag.
        stretch = html.unescape(html_to_text(_PARTIAL_TAG.sub("", stretch))[0])
    return compact(stretch).text


def same(result: ParseResult, span: Span, text: str) -> bool:
    return printed(result, span) == compact(html.unescape(text)).text


def assert_one_frame(result: ParseResult) -> None:
    source, report = result.source, result.report
    assert isinstance(source, str)
    for cell_id, cell in cells_of(report).items():
        if cell.span is not None:
            assert 0 <= cell.span.offset <= cell.span.offset + cell.span.length <= len(source)
            assert same(result, cell.span, cell.raw), (cell_id, cell)
    for note in report.diagnostics:
        if note.span is not None and note.quote is not None:
            assert same(result, note.span, note.quote), note
    for field in ("intro", "overview", "proactive", "applications", "review_litigation", "problems", "other"):
        section = getattr(report.sections, field)
        if section is None or section.span is None:
            continue
        assert same(result, section.span, section.heading + section.text), field
        for sentence in section.sentences:
            assert sentence.span is not None
            assert same(result, sentence.span, sentence.text), sentence
    spans_of_cells = {c.span for c in cells_of(report).values() if c.span is not None}
    for finding in check(report).findings:
        for span in finding.spans:
            if finding.quote is not None:
                assert same(result, span, finding.quote), finding
            else:
                assert span in spans_of_cells, finding


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
@pytest.mark.parametrize("template", [Template.V2019, Template.V2021])
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_spans_of_every_rendering_point_into_the_input(
    renderer: str, template: Template, data: st.DataObject
) -> None:
    values = data.draw(table_values(template))
    year = data.draw(YEARS[template])
    style = Style(data.draw(st.booleans()), data.draw(st.booleans()), data.draw(st.booleans()))
    built = build_report(template, {k: number(v) for k, v in values.items()})  # type: ignore[arg-type]
    truth = {k: c.value for k, c in cells_of(built).items()}
    assert_one_frame(parse(RENDERERS[renderer](template_spec(template), year, truth, style)))


def _corpus() -> list[Path]:
    return sorted((CORPUS / "raw").iterdir()) if (CORPUS / "raw").is_dir() else []


@pytest.mark.parametrize("path", _corpus() or [Path("<corpus absent>")], ids=lambda p: p.name)
def test_spans_of_the_corpus_point_into_the_input(path: Path) -> None:
    corpus_dir()
    assert_one_frame(parse(path))


def test_the_sample_points_into_the_input() -> None:
    from tests.conftest import SAMPLE

    assert_one_frame(parse(SAMPLE))
