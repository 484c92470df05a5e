"""Reports for the review-page tests: the bundled sample, corpus files, and generated pages with
mistakes of every severity (printed by ``tests/renderers.py``)."""

from __future__ import annotations

from pathlib import Path

from govdisclosure.model.cells import Value
from govdisclosure.template.spec import Template
from tests.renderers import Style, html, pipe, template_spec

# Mistakes a reviewer must see, by template: table 三 and 四 sums that fail (errors), table 二
# rows that fail soft rules (warnings, and an info rule in 2019), and a blank cell.
MISTAKES: dict[Template, dict[str, Value]] = {
    Template.V2019: {
        "t2.normative_documents.made_new": 1,
        "t2.normative_documents.published_new": 3,
        "t2.normative_documents.published_total": 2,
        "t3.new_received.natural_person": 5,
        "t3.new_received.total": 5,
        "t3.granted.natural_person": 3,
        "t3.granted.total": 3,
        "t3.carried_over.research_institution": None,
    },
    Template.V2021: {
        "t2.regulations.issued": 4,
        "t2.regulations.in_force": 2,
        "t3.new_received.natural_person": 7,
        "t3.new_received.total": 7,
        "t3.granted.natural_person": 7,
        "t3.granted.total": 6,
        "t3.results_total.natural_person": 7,
        "t3.results_total.total": 7,
        "t4.review.upheld": 1,
        "t4.review.total": 0,
    },
}


def values(template: Template, mistakes: bool = True) -> dict[str, Value]:
    """Every cell of the template 0, with the template's mistakes when asked."""
    cells: dict[str, Value] = dict.fromkeys(template_spec(template).cell_ids, 0)
    if mistakes:
        cells.update(MISTAKES[template])
    return cells


def write_generated(folder: Path) -> list[Path]:
    """Generated reports with mistakes: a 2021 web page and a 2019 pipe text."""
    pages = [
        (
            folder / "generated_2021.html",
            html(template_spec(Template.V2021), 2023, values(Template.V2021), Style()),
        ),
        (
            folder / "generated_2019.txt",
            pipe(template_spec(Template.V2019), 2020, values(Template.V2019), Style()),
        ),
    ]
    for path, text in pages:
        path.write_text(text, encoding="utf-8")
    return [path for path, _ in pages]
