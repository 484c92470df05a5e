"""Hypothesis building blocks shared by the tests: table 三 and 四 values whose sums all hold."""

from __future__ import annotations

from hypothesis import strategies as st

from govdisclosure.template.spec import TemplateSpec
from govdisclosure.template.sums import outcome_rows


def consistent_t3_t4(draw: st.DrawFn, spec: TemplateSpec, counts: st.SearchStrategy[int]) -> dict[str, int]:
    """Values of every table 三 and 四 cell: row totals, results sum, balance and group totals hold."""
    values: dict[str, int] = {}
    t3 = spec.table("t3")
    parts = [c.id for c in t3.rows[0].columns[:-1]]
    outcomes = outcome_rows(spec)
    for column in parts:
        for row_id in outcomes:
            values[f"t3.{row_id}.{column}"] = draw(counts)
        results = sum(values[f"t3.{r}.{column}"] for r in outcomes)
        forward = draw(counts)
        carried = draw(st.integers(0, results + forward))
        values[f"t3.results_total.{column}"] = results
        values[f"t3.carried_forward.{column}"] = forward
        values[f"t3.carried_over.{column}"] = carried
        values[f"t3.new_received.{column}"] = results + forward - carried
    for row in t3.rows:
        values[f"t3.{row.id}.total"] = sum(values[f"t3.{row.id}.{c}"] for c in parts)
    for group in spec.table("t4").rows:
        ids = [f"t4.{group.id}.{c.id}" for c in group.columns]
        for cell_id in ids[:-1]:
            values[cell_id] = draw(counts)
        values[ids[-1]] = sum(values[i] for i in ids[:-1])
    return values
