"""Flat tables (facts, findings) as CSV and pandas DataFrames, and read back from CSV, xlsx or Parquet.

A table is a list of row dicts with typed values (``int``, ``Decimal``, ``str`` or None). Every
format writes the same columns; ``read_table`` gives back the DataFrame ``frame`` makes.
"""

from __future__ import annotations

import csv
import importlib
import io
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from attrs import frozen

from govdisclosure.model.errors import GovDisclosureError
from govdisclosure.model.report import Report
from govdisclosure.serde.facts import FACT_COLUMNS, INTEGER_COLUMNS, all_fact_rows, json_value

BOM = "\ufeff"


@frozen
class Shape:
    """The columns of a flat table and which of them hold integers and decimals (the rest is text)."""

    name: str
    columns: tuple[str, ...]
    integers: tuple[str, ...] = ()
    decimals: tuple[str, ...] = ()


FACTS = Shape("facts", FACT_COLUMNS, INTEGER_COLUMNS, ("amount",))


def text(value: Any) -> str:
    """A value as a CSV field: empty for None, plain positional digits for a decimal."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(json_value(value))
    return str(value)


class CsvTable:
    """A CSV table being written: the header at once, then rows as they come.

    ``excel``: a UTF-8 byte order mark and CRLF line ends, which Excel needs to read UTF-8 (Chinese).
    """

    def __init__(self, out: TextIO, shape: Shape, *, excel: bool = False, header: bool = True) -> None:
        if excel and header:
            out.write(BOM)
        self._writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
        self._columns = shape.columns
        if header:
            self._writer.writerow(shape.columns)

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows (dicts with every column of the table)."""
        self._writer.writerows([text(row[column]) for column in self._columns] for row in rows)


def write_rows(out: TextIO, shape: Shape, rows: Iterable[Mapping[str, Any]], *, excel: bool = False) -> None:
    """CSV: a header, then one line a row (see ``CsvTable``)."""
    CsvTable(out, shape, excel=excel).write(rows)


def csv_lines(shape: Shape, rows: Iterable[Mapping[str, Any]], *, excel: bool = False) -> str:
    """The CSV lines of ``rows`` without the header, as ``CsvTable.write`` writes them."""
    buffer = io.StringIO()
    CsvTable(buffer, shape, excel=excel, header=False).write(rows)
    return buffer.getvalue()


def write_csv(out: TextIO, rows: Iterable[tuple[str | None, Report]], *, excel: bool = False) -> None:
    """The facts of every (file, report) pair as CSV, report by report (``FACT_COLUMNS``)."""
    write_rows(out, FACTS, all_fact_rows(rows), excel=excel)


def facts_csv(rows: Iterable[tuple[str | None, Report]], *, excel: bool = False) -> str:
    """CSV text with one line per cell of every (file, report) pair, headed by ``FACT_COLUMNS``."""
    buffer = io.StringIO()
    write_csv(buffer, rows, excel=excel)
    return buffer.getvalue()


def optional_module(name: str, extra: str) -> Any:
    """An optional dependency, imported when first needed, or a clear error naming its extra."""
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise GovDisclosureError(
            f"this needs {name.partition('.')[0]}: pip install 'govdisclosure[{extra}]'"
        ) from error


def pandas_module() -> Any:
    """pandas (the ``pandas`` extra)."""
    return optional_module("pandas", "pandas")


def frame(shape: Shape, rows: Iterable[Mapping[str, Any]]) -> Any:
    """A DataFrame of the rows: integer columns nullable ``Int64``, decimals ``Decimal`` objects."""
    pandas = pandas_module()
    records = [[row[column] for column in shape.columns] for row in rows]
    result = pandas.DataFrame.from_records(records, columns=list(shape.columns))
    for column in shape.decimals:  # keep Decimal objects (never floats), even in an empty table
        result[column] = result[column].astype(object)
    return result.astype(dict.fromkeys(shape.integers, "Int64"))


def facts_frame(rows: Iterable[tuple[str | None, Report]]) -> Any:
    """A pandas DataFrame with one row per cell (needs the ``pandas`` extra).

    Counts are nullable integers (``count``, ``Int64``), money is ``Decimal`` in 万元 (``amount``);
    ``order`` is the template order, ``label_path`` the row's place under its group.
    """
    return frame(FACTS, all_fact_rows(rows))


def _missing(value: Any) -> bool:
    if value is None or value is getattr(pandas_module(), "NA", None):
        return True
    return isinstance(value, float) and math.isnan(value)


def _typed(shape: Shape, column: str, value: Any) -> Any:
    """A value read back from a file, as ``frame`` holds it."""
    if _missing(value) or value == "":
        return None
    if column in shape.integers:
        return int(value)
    if column in shape.decimals:
        if isinstance(value, float):  # xlsx holds numbers as doubles: their shortest text is exact
            return Decimal(repr(value))
        return Decimal(value) if isinstance(value, Decimal) else Decimal(str(value))
    return str(value)


def read_table(shape: Shape, path: str | Path, sheet: str | None = None) -> Any:
    """The DataFrame written to a CSV, xlsx or Parquet file, typed as ``frame`` types it."""
    pandas = pandas_module()
    suffix = Path(path).suffix.lower()
    if suffix == ".parquet" or Path(path).is_dir():
        raw = pandas.read_parquet(path)
    elif suffix == ".xlsx":
        raw = pandas.read_excel(path, sheet_name=sheet or shape.name, dtype=object)
    elif suffix == ".csv":
        raw = pandas.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    else:
        raise GovDisclosureError(f"{path}: read_table reads .csv, .xlsx or .parquet files")
    missing = [c for c in shape.columns if c not in raw.columns]
    if missing:
        raise GovDisclosureError(f"{path}: not a {shape.name} table (no column {', '.join(missing)})")
    rows = (
        {c: _typed(shape, c, v) for c, v in zip(shape.columns, values, strict=True)}
        for values in raw[list(shape.columns)].itertuples(index=False, name=None)
    )
    return frame(shape, rows)


def read_facts(path: str | Path) -> Any:
    """The facts DataFrame written by ``govdisclosure facts`` as CSV, xlsx or Parquet."""
    return read_table(FACTS, path)
