"""The harmonised view of table 二: one row per concept both templates print, for time series.

The concepts and the cells they come from are data (``template/harmonised.py``); a cell of table 二
with no counterpart in the other template is not in this view.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.report import Report
from govdisclosure.serde.facts import count_value
from govdisclosure.serde.tables import Shape, frame
from govdisclosure.template.harmonised import CONCEPTS, concept_cell

HARMONISED_COLUMNS = (
    "file",
    "issuer",
    "year",
    "template",
    "concept",
    "label",
    "comparability",
    "count",
    "cell_id",
)
HARMONISED = Shape("harmonised", HARMONISED_COLUMNS, ("year", "count"))


def harmonised_rows(file: str | None, report: Report) -> list[dict[str, Any]]:
    """One row per concept of ``CONCEPTS`` for the report (none for legacy and unknown reports)."""
    cells = cells_of(report)
    rows = []
    for concept in CONCEPTS:
        cell_id = concept_cell(concept, report.template)
        if cell_id is None or cell_id not in cells:
            continue
        rows.append(
            {
                "file": file or None,
                "issuer": report.metadata.issuer,
                "year": report.metadata.year,
                "template": report.template.value,
                "concept": concept.id,
                "label": concept.label,
                "comparability": concept.comparability,
                "count": count_value(cells[cell_id].value),
                "cell_id": cell_id,
            }
        )
    return rows


def harmonised_frame(rows: Iterable[tuple[str | None, Report]]) -> Any:
    """A pandas DataFrame of the harmonised view of every (file, report) pair: ``count`` is ``Int64``.

    ``frame.pivot_table(index=["issuer", "year"], columns="concept", values="count")`` gives a time
    series across the 2021 template change.
    """
    return frame(HARMONISED, (row for file, report in rows for row in harmonised_rows(file, report)))
