"""The harmonised view of table 二: which 2019 cell is which 2021 cell, and which have no counterpart."""

from __future__ import annotations

from collections import Counter

import pytest

from govdisclosure import (
    HARMONISED_CONCEPTS,
    NO_COUNTERPART,
    Template,
    build_report,
    cells_of,
    harmonised_frame,
    harmonised_rows,
    number,
    parse,
)
from govdisclosure.template.national import TEMPLATES
from tests.conftest import REPO, corpus_dir


@pytest.mark.parametrize("template", [Template.V2019, Template.V2021])
def test_every_table_2_cell_is_mapped_or_explained_exactly_once(template):
    spec = TEMPLATES[template]
    table_2 = [c.id for c in spec.cells if c.table.id == "t2"]
    mapped = [c.cell_2019 if template is Template.V2019 else c.cell_2021 for c in HARMONISED_CONCEPTS]
    explained = [n.cell for n in NO_COUNTERPART if n.template is template]
    assert Counter(mapped + explained) == Counter(table_2)
    assert all(n.reason for n in NO_COUNTERPART)


def test_concepts_join_counts_to_counts_in_the_same_block():
    by_id = {t: {c.id: c for c in TEMPLATES[t].cells} for t in (Template.V2019, Template.V2021)}
    for concept in HARMONISED_CONCEPTS:
        old, new = by_id[Template.V2019][concept.cell_2019], by_id[Template.V2021][concept.cell_2021]
        assert not old.column.money
        assert not new.column.money
        assert old.row.block == new.row.block
        assert concept.comparability in ("same", "close")


def test_item_counts_are_never_mapped_onto_2021_cells():
    mapped = {c.cell_2019 for c in HARMONISED_CONCEPTS}
    assert not {cell for cell in mapped if cell.endswith((".items_prev_year", ".items_change"))}
    assert "t2.fees.amount" not in {c.cell_2021 for c in HARMONISED_CONCEPTS}
    fees = {n.cell: n.reason for n in NO_COUNTERPART}
    assert "本年收费金额" in fees["t2.fees.items_prev_year"]
    assert "现行有效件数" in fees["t2.regulations.published_total"]


def test_rows_take_the_value_of_the_mapped_cell():
    old = build_report(
        "2019", {"t2.licensing.decisions": number(5), "t2.licensing.items_prev_year": number(9)}
    )
    new = build_report("2021", {"t2.licensing.decisions": number(7), "t2.fees.amount": number("3.5")})
    rows = {(r["template"], r["concept"]): r for r in harmonised_rows("a", old) + harmonised_rows("b", new)}
    assert rows[("2019", "licensing_decisions")]["count"] == 5
    assert rows[("2021", "licensing_decisions")]["count"] == 7
    assert rows[("2019", "licensing_decisions")]["cell_id"] == "t2.licensing.decisions"
    assert rows[("2019", "regulations_issued")]["cell_id"] == "t2.regulations.made_new"
    assert rows[("2021", "regulations_issued")]["cell_id"] == "t2.regulations.issued"
    assert rows[("2019", "regulations_issued")]["count"] is None  # missing, not 0
    assert {r["concept"] for r in harmonised_rows(None, new)} == {c.id for c in HARMONISED_CONCEPTS}


def test_a_time_series_across_the_template_change():
    files = sorted((corpus_dir() / "raw").glob("0[01]?_pingtan_20*.txt"))
    reports = [(str(p), parse(p).report) for p in files]
    frame = harmonised_frame(reports)
    assert str(frame["count"].dtype) == "Int64"
    assert sorted(set(frame["year"])) == list(range(2019, 2026))
    assert set(frame["template"]) == {"2019", "2021"}
    series = frame.pivot_table(index="year", columns="concept", values="count", aggfunc="first")
    for file, report in reports:
        cells = cells_of(report)
        year = report.metadata.year
        for concept in HARMONISED_CONCEPTS:
            cell = concept.cell_2019 if report.template is Template.V2019 else concept.cell_2021
            value = cells[cell].value
            if value is None:
                assert concept.id not in series.columns or series[concept.id].isna()[year], file
            else:
                assert series.loc[year, concept.id] == value, file


def test_a_legacy_report_has_no_harmonised_rows():
    assert harmonised_rows("x", parse(corpus_dir() / "raw" / "024_pingtan_2018.txt").report) == []


def test_the_readme_documents_the_mapping():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    lines = readme.splitlines()
    for concept in HARMONISED_CONCEPTS:
        [line] = [line for line in lines if line.startswith(f"| `{concept.id}` |")]
        assert f"`{concept.cell_2019}`" in line
        assert f"`{concept.cell_2021}`" in line
        assert line.endswith(f"| {concept.comparability} |")
    for missing in NO_COUNTERPART:
        assert any(
            line.startswith(f"| {missing.template.value} |") and f"`{missing.cell}`" in line for line in lines
        ), missing.cell
