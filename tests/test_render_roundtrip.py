"""Reports built from random valid values, rendered every way users meet them, parse back exactly.

Glued flat text is the one rendering that may lose information: there a cell must be right, or
null with a diagnostic that names it. Never a wrong value. The document files (``.docx``, PDF)
are read from their own structure and must read back exactly.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure.model.cellmap import build_report, cells_of
from govdisclosure.model.cells import Value, number
from govdisclosure.read.pipeline import parse
from govdisclosure.template.spec import Template
from tests.document_renderers import DOCUMENT_RENDERERS
from tests.renderers import EXACT, RENDERERS, Style, template_spec
from tests.strategies import consistent_t3_t4

COUNTS = st.one_of(st.just(0), st.just(0), st.integers(0, 9), st.integers(10, 2000))
MONEY = st.builds(lambda n, places: Decimal(n).scaleb(-places), st.integers(0, 10**7), st.integers(0, 4))


@st.composite
def table_values(draw: st.DrawFn, template: Template) -> dict[str, Value]:
    """Values for every cell: table 三 and table 四 sums hold, table 二 signs and money as printed."""
    spec = template_spec(template)
    values: dict[str, Value] = {}
    for row in spec.table("t2").rows:
        for column in row.columns:
            strategy = MONEY if column.money else st.integers(-99, 99) if column.signed else COUNTS
            values[f"t2.{row.id}.{column.id}"] = draw(strategy)
    values.update(consistent_t3_t4(draw, spec, COUNTS))
    return values


YEARS = {Template.V2019: st.sampled_from([2019, 2020]), Template.V2021: st.integers(2021, 2025)}


ALL_RENDERERS = {**RENDERERS, **DOCUMENT_RENDERERS}
NEEDS = {"docx": ("docx",), "pdf": ("pdfplumber", "reportlab")}  # the dev dependencies they need


@pytest.mark.parametrize("renderer", sorted(ALL_RENDERERS))
@pytest.mark.parametrize("template", [Template.V2019, Template.V2021])
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_rendered_report_parses_back(renderer: str, template: Template, data: st.DataObject) -> None:
    for module in NEEDS.get(renderer, ()):
        pytest.importorskip(module)
    values = data.draw(table_values(template))
    year = data.draw(YEARS[template])
    booleans = [data.draw(st.booleans()) for _ in range(5)]
    style = Style(
        *booleans[:3],
        break_at=data.draw(st.integers(0, 24)),
        repeat_header=booleans[3],
        turned=data.draw(st.sampled_from([0, 1, -1])),
        open_cuts=booleans[4],
    )
    built = build_report(template, {k: number(v) for k, v in values.items()})  # type: ignore[arg-type]
    truth = {k: c.value for k, c in cells_of(built).items()}
    if renderer in DOCUMENT_RENDERERS:  # a document's grid keeps blank cells apart: print some
        blank = data.draw(
            st.sets(st.sampled_from(sorted(k for k in truth if not k.startswith("t2."))), max_size=12)
        )
        truth = {k: None if k in blank else v for k, v in truth.items()}
    text = ALL_RENDERERS[renderer](template_spec(template), year, truth, style)

    report = parse(text).report
    assert report.template is template
    assert report.metadata.year == year
    got = {k: c.value for k, c in cells_of(report).items()}
    named = {cell for d in report.diagnostics for cell in d.cells}
    wrong = {k: (v, got[k]) for k, v in truth.items() if got[k] != v and not (got[k] is None and k in named)}
    assert wrong == {}
    if renderer in EXACT or renderer in DOCUMENT_RENDERERS:
        assert got == truth
