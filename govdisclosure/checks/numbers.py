"""Adding cells with the null semantics of the checks, and comparing counts and money."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from attrs import frozen

from govdisclosure.model.cells import Cell, Value


@frozen
class Sum:
    """A sum of cells: its value, the null cells taken as 0 and the tolerance of money operands."""

    value: int | Decimal
    nulls: tuple[str, ...]
    tolerance: Decimal = Decimal(0)


def value_of(cells: Mapping[str, Cell], cell_id: str) -> Value:
    """The value of a cell, None when it is null or absent."""
    cell = cells.get(cell_id)
    return None if cell is None else cell.value


def tolerance(value: Value) -> Decimal:
    """Half a unit of the last printed decimal place of a money value (0 for counts)."""
    if not isinstance(value, Decimal):
        return Decimal(0)
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) and exponent < 0 else Decimal(0)


def add(cells: Mapping[str, Cell], ids: Iterable[str]) -> Sum:
    """The sum of the cells, null ones counted as 0 (and listed)."""
    total: int | Decimal = 0
    nulls: list[str] = []
    slack = Decimal(0)
    for cell_id in ids:
        cell = cells.get(cell_id)
        value = None if cell is None else cell.value
        if value is None:
            nulls.append(cell_id)
            continue
        total += value
        if isinstance(value, Decimal):  # a count's tolerance is 0: adding it changes nothing
            slack += tolerance(value)
    return Sum(total, tuple(nulls), slack)


def agree(printed: Sum, computed: Sum) -> bool:
    """Counts compare exactly; money within the precision printed on either side."""
    if isinstance(printed.value, int) and isinstance(computed.value, int):
        return printed.value == computed.value  # exact, and no conversion of a huge integer
    return abs(Decimal(printed.value) - Decimal(computed.value)) <= printed.tolerance + computed.tolerance


def exact(value: int | Decimal) -> Sum:
    """A single known value as a sum."""
    return Sum(value, (), tolerance(value))
