"""The sums a template implies (勾稽关系), as data: used to choose splits and by the checks."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal

from attrs import frozen

from govdisclosure.template.spec import TemplateSpec

# A cell's value as the sums read it (the model's ``Value``): unknown is None.
Value = int | Decimal | None

T3_OUTCOME_PREFIXES = ("granted", "partially_granted", "denied.", "unable.", "not_processed.", "other")


@frozen
class Identity:
    """``sum(left) == sum(right)``. ``left`` holds the printed total where there is one."""

    rule: str
    left: tuple[str, ...]
    right: tuple[str, ...]
    subject: str

    @property
    def ids(self) -> tuple[str, ...]:
        """Every cell the identity reads."""
        return self.left + self.right

    def holds(self, values: Mapping[str, Value]) -> bool | None:
        """True or False, or None when an operand is unknown."""
        total = Decimal(0)
        for sign, ids in ((1, self.left), (-1, self.right)):
            for cell_id in ids:
                value = values.get(cell_id)
                if value is None:
                    return None
                total += sign * value
        return total == 0


def outcome_rows(spec: TemplateSpec) -> tuple[str, ...]:
    """The table 三 rows （一）–（六） whose sum is （七）总计."""
    return tuple(row.id for row in spec.table("t3").rows if row.id.startswith(T3_OUTCOME_PREFIXES))


@functools.cache
def identities(spec: TemplateSpec) -> tuple[Identity, ...]:
    """Every sum identity of the template's tables 三 and 四."""
    t3 = spec.table("t3")
    columns = [c.id for c in t3.rows[0].columns]
    parts, total = columns[:-1], columns[-1]
    result: list[Identity] = []
    for row in t3.rows:
        result.append(
            Identity(
                "t3_row_total",
                (f"t3.{row.id}.{total}",),
                tuple(f"t3.{row.id}.{c}" for c in parts),
                row.id,
            )
        )
    outcomes = outcome_rows(spec)
    for column in columns:
        result.append(
            Identity(
                "t3_results_sum",
                (f"t3.results_total.{column}",),
                tuple(f"t3.{r}.{column}" for r in outcomes),
                column,
            )
        )
        result.append(
            Identity(
                "t3_balance",
                (f"t3.new_received.{column}", f"t3.carried_over.{column}"),
                (f"t3.results_total.{column}", f"t3.carried_forward.{column}"),
                column,
            )
        )
    for group in spec.table("t4").rows:
        ids = [f"t4.{group.id}.{c.id}" for c in group.columns]
        result.append(Identity("t4_group_total", (ids[-1],), tuple(ids[:-1]), group.id))
    return tuple(result)
