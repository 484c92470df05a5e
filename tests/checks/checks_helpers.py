"""Helpers for the checks tests: corpus paths, reports built from expected values, consistent reports."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import strategies as st

from govdisclosure.model.cellmap import build_report, build_tables
from govdisclosure.model.cells import Cell, CellKind, number
from govdisclosure.model.report import Report
from govdisclosure.read.pipeline import parse, parse_text
from govdisclosure.template import national
from govdisclosure.template.spec import Template
from tests.strategies import consistent_t3_t4

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "data" / "000_6403ac429d442b10.txt"
SHARED = Path(os.environ.get("GOVDISCLOSURE_SHARED", REPO / ".." / "shared"))
CORPUS = SHARED / "corpus"


def corpus_file(prefix: str) -> Path:
    """The raw corpus file whose name starts with ``prefix``; skips when the corpus is absent."""
    raw = CORPUS / "raw"
    if not raw.is_dir():
        if os.environ.get("GOVDISCLOSURE_REQUIRE_CORPUS"):
            pytest.fail(f"corpus required (GOVDISCLOSURE_REQUIRE_CORPUS) but not found at {CORPUS}")
        pytest.skip(f"shared corpus not found at {CORPUS} (set GOVDISCLOSURE_SHARED to the shared folder)")
    matches = sorted(raw.glob(prefix + "*"))
    if not matches:
        pytest.skip(f"corpus file {prefix}* not found in {raw}")
    return matches[0]


def corpus_report(prefix: str) -> Report:
    """A corpus report as the parser reads it."""
    return parse(corpus_file(prefix)).report


def cell_of(value: Any) -> Cell:
    """An expected-file value as a cell: integers, decimal strings (money) or null (blank)."""
    return Cell(None, CellKind.BLANK) if value is None else number(value)


def expected_report(prefix: str) -> Report:
    """A corpus report with the tables of its expected file (sections and metadata as parsed)."""
    path = corpus_file(prefix)
    expected = json.loads((CORPUS / "expected" / (path.stem + ".json")).read_text(encoding="utf-8"))
    parsed = parse(path).report
    template = Template(expected["template"])
    cells = {cell_id: cell_of(value) for cell_id, value in expected["cells"].items()}
    return attrs.evolve(parsed, template=template, **build_tables(template, cells))


def seed_report() -> Report:
    """The seed report, parsed."""
    return parse(SEED).report


# --- consistent random reports ------------------------------------------------------------

_COUNT = st.integers(min_value=0, max_value=30)


@st.composite
def consistent_cells(draw: st.DrawFn, template: Template) -> dict[str, Cell]:
    """Cells of a report in which every hard and soft table rule holds."""
    spec = national.template_spec(template)
    values: dict[str, int | Decimal] = dict(consistent_t3_t4(draw, spec, _COUNT))
    values.update(draw(_t2_2019() if template is Template.V2019 else _t2_2021()))
    return {cell_id: number(value) for cell_id, value in values.items()}


_MONEY = st.decimals(min_value=0, max_value=99999, places=4, allow_nan=False, allow_infinity=False)


@st.composite
def _t2_2019(draw: st.DrawFn) -> dict[str, int | Decimal]:
    values: dict[str, int | Decimal] = {}
    for row in ("regulations", "normative_documents"):
        published = draw(_COUNT)
        values |= {
            f"t2.{row}.published_new": published,
            f"t2.{row}.made_new": published + draw(_COUNT),
            f"t2.{row}.published_total": published + draw(_COUNT),
        }
    for row in ("licensing", "other_services", "penalty", "coercion", "fees"):
        previous = draw(_COUNT)
        values |= {
            f"t2.{row}.items_prev_year": previous,
            f"t2.{row}.items_change": draw(st.integers(-previous, 20)),
        }
        if row != "fees":
            values[f"t2.{row}.decisions"] = draw(_COUNT)
    values |= {"t2.procurement.projects": draw(_COUNT), "t2.procurement.amount": draw(_MONEY)}
    return values


@st.composite
def _t2_2021(draw: st.DrawFn) -> dict[str, int | Decimal]:
    values: dict[str, int | Decimal] = {}
    for row in ("regulations", "normative_documents"):
        issued = draw(_COUNT)
        values |= {
            f"t2.{row}.issued": issued,
            f"t2.{row}.repealed": draw(_COUNT),
            f"t2.{row}.in_force": issued + draw(_COUNT),
        }
    for row in ("licensing", "penalty", "coercion"):
        values[f"t2.{row}.decisions"] = draw(_COUNT)
    values["t2.fees.amount"] = draw(_MONEY)
    return values


@st.composite
def consistent_reports(draw: st.DrawFn) -> Report:
    """A hand-built 2019 or 2021 report whose tables are consistent."""
    template = draw(st.sampled_from([Template.V2019, Template.V2021]))
    return build_report(template, draw(consistent_cells(template)))


# --- generated reports, rendered as text and parsed ----------------------------------------------


def sample_values(template: Template) -> dict[str, Any]:
    """A small consistent report: 3 applications (2 disclosed, 1 not held), one review upheld."""
    spec = national.template_spec(template)
    values: dict[str, Any] = dict.fromkeys(spec.cell_ids, 0)
    for row, count in (("new_received", 3), ("granted", 2), ("unable.not_held", 1), ("results_total", 3)):
        values[f"t3.{row}.natural_person"] = values[f"t3.{row}.total"] = count
    values["t4.review.upheld"] = values["t4.review.total"] = 1
    if template is Template.V2021:
        values |= {
            "t2.normative_documents.issued": 5,
            "t2.normative_documents.in_force": 20,
            "t2.penalty.decisions": 7,
        }
    else:
        values |= {"t2.normative_documents.made_new": 5, "t2.normative_documents.published_new": 5}
        values |= {"t2.normative_documents.published_total": 20, "t2.licensing.items_prev_year": 4}
    return values


def rendered(
    template: Template = Template.V2021,
    *,
    year: int = 2024,
    values: dict[str, Any] | None = None,
    renderer: str = "pipe",
    overview: str | None = None,
    problems: str | None = None,
    tail: str = "",
    edits: tuple[tuple[str, str], ...] = (),
) -> Report:
    """A generated report rendered as ``renderer`` text (by tests/renderers.py) and parsed back.

    ``overview`` and ``problems`` replace the prose of sections 一 and 五, ``tail`` follows the
    report (a signature), ``edits`` are (old, new) replacements of the printed text.
    """
    from tests.renderers import PROSE_OVERVIEW, PROSE_PROBLEMS, RENDERERS, Style

    spec = national.template_spec(template)
    text = RENDERERS[renderer](spec, year, values or sample_values(template), Style())
    if overview is not None:
        text = text.replace(PROSE_OVERVIEW.format(year=year), overview)
    if problems is not None:
        text = text.replace(PROSE_PROBLEMS, problems)
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return parse_text(text + tail).report
