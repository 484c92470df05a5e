"""Facts and findings as Parquet files (needs the ``parquet`` extra: pyarrow).

Counts are ``int64``, money ``decimal128(38, 6)`` in 万元 (exact to the fen), text ``string``; the
pandas metadata is kept, so ``pandas.read_parquet`` gives back the DataFrame of ``facts_frame``.
Rows are written in row groups as they come: a batch of any size takes flat memory.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from govdisclosure.model.errors import GovDisclosureError
from govdisclosure.model.findings import CheckResult
from govdisclosure.model.report import Report
from govdisclosure.serde.facts import all_fact_rows
from govdisclosure.serde.findings_table import FINDINGS, finding_rows
from govdisclosure.serde.tables import FACTS, Shape, frame, optional_module

MONEY_PRECISION, MONEY_SCALE = 38, 6
ROWS_PER_GROUP = 100_000


def pyarrow_modules() -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet (the ``parquet`` extra)."""
    return optional_module("pyarrow", "parquet"), optional_module("pyarrow.parquet", "parquet")


def arrow_schema(shape: Shape) -> Any:
    """The Arrow schema of a table, with the pandas metadata of its DataFrame."""
    pa, _ = pyarrow_modules()

    def kind(column: str) -> Any:
        if column in shape.integers:
            return pa.int64()
        if column in shape.decimals:
            return pa.decimal128(MONEY_PRECISION, MONEY_SCALE)
        return pa.string()

    bare = pa.schema([pa.field(column, kind(column)) for column in shape.columns])
    return pa.Table.from_pandas(frame(shape, []), schema=bare, preserve_index=False).schema


def _chunks(rows: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def write_table(path: str | Path, shape: Shape, rows: Iterable[Mapping[str, Any]]) -> int:
    """Write the rows as one Parquet file; returns how many were written."""
    pa, pq = pyarrow_modules()
    schema = arrow_schema(shape)
    written = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in _chunks(rows, ROWS_PER_GROUP):
            try:
                table = pa.Table.from_pandas(frame(shape, chunk), schema=schema, preserve_index=False)
            except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
                raise GovDisclosureError(
                    f"{path}: a value does not fit the Parquet column "
                    f"(money is decimal({MONEY_PRECISION}, {MONEY_SCALE})): {error}"
                ) from error
            writer.write_table(table)
            written += len(chunk)
    return written


def write_facts_parquet(path: str | Path, rows: Iterable[tuple[str | None, Report]]) -> int:
    """The facts of every (file, report) pair as a Parquet file; returns the number of rows."""
    return write_table(path, FACTS, all_fact_rows(rows))


def write_findings_parquet(
    path: str | Path, checked: Iterable[tuple[str | None, Report, CheckResult]], *, lang: str = "zh"
) -> int:
    """The findings of every (file, report, result) triple as a Parquet file; returns the number of rows."""
    rows = (row for f, r, c in checked for row in finding_rows(f, r, c, lang=lang))
    return write_table(path, FINDINGS, rows)
