"""Beyond one machine: the pure API mapped over Dask — a bag of file paths → facts and findings → Parquet.

A national corpus (hundreds of thousands of PDFs at about half a second each) outgrows one machine.
Nothing in govdisclosure holds state between reports, so a batch splits anywhere::

    from govdisclosure.serde.dask_recipe import reports_to_parquet

    summary = reports_to_parquet(paths, "out/", partitions=2_000)            # this machine
    summary = reports_to_parquet(paths, "/shared/out/", scheduler=client.get)  # a dask.distributed cluster

Each partition of the bag is one task: it parses and checks its reports and writes
``facts/part-NNNNNNNN.parquet`` and ``findings/part-NNNNNNNN.parquet`` (the number is the input
index of its first report), in the columns of ``govdisclosure facts --format parquet`` and
``govdisclosure check --format csv``. The client holds only the paths and the counts; the workers
must see the input files and the output folder (a shared file system). Read the result with
``pandas.read_parquet("out/facts")``, Dask, DuckDB or Spark. Needs the ``dask`` extra.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from govdisclosure.checks import check
from govdisclosure.model.errors import GovDisclosureError
from govdisclosure.read.pipeline import parse
from govdisclosure.serde.facts import fact_rows
from govdisclosure.serde.findings_table import FINDINGS, finding_rows
from govdisclosure.serde.parquet import write_table
from govdisclosure.serde.tables import FACTS, optional_module

Rows = list[dict[str, Any]]


def report_rows(path: str, *, lang: str = "zh") -> tuple[Rows, Rows]:
    """The facts rows and finding rows of one report file (the pure step each task maps).

    Raises ``InputError`` for a file that cannot be read.
    """
    report = parse(Path(path)).report
    return fact_rows(path, report), finding_rows(path, report, check(report, lang=lang), lang=lang)


def write_partition(items: Sequence[tuple[int, str]], out_dir: str, lang: str = "zh") -> list[dict[str, Any]]:
    """Read one partition of (index, path) pairs and write its two Parquet files; returns its counts."""
    if not items:
        return []
    facts: Rows = []
    findings: Rows = []
    failed: list[str] = []
    for _, path in items:
        try:
            some_facts, some_findings = report_rows(path, lang=lang)
        except GovDisclosureError as error:
            failed.append(str(error))
            continue
        except Exception as error:  # a bug of ours must not stop a batch of thousands
            failed.append(f"{path}: internal error ({type(error).__name__}: {error}); please report it")
            continue
        facts.extend(some_facts)
        findings.extend(some_findings)
    part = f"part-{items[0][0]:08d}.parquet"
    for folder, shape, rows in (("facts", FACTS, facts), ("findings", FINDINGS, findings)):
        (Path(out_dir) / folder).mkdir(parents=True, exist_ok=True)
        write_table(Path(out_dir) / folder / part, shape, rows)
    return [{"files": len(items), "facts": len(facts), "findings": len(findings), "failed": failed}]


def reports_to_parquet(
    paths: Sequence[str],
    out_dir: str | Path,
    *,
    partitions: int | None = None,
    scheduler: str | Callable[..., Any] | None = None,
    lang: str = "zh",
) -> dict[str, Any]:
    """Parse and check every file on Dask and write the facts and findings as Parquet datasets.

    ``partitions``: how many tasks (default: about 100 files each); ``scheduler``: any Dask
    scheduler (``"sync"``, ``"threads"``, ``"processes"``, or a distributed ``Client.get``).
    Returns the totals: files, facts, findings, and the message of each file that failed.
    """
    bags = optional_module("dask.bag", "dask")
    count = partitions or max(1, len(paths) // 100)
    bag = bags.from_sequence(list(enumerate(map(str, paths))), npartitions=count)
    parts = bag.map_partitions(write_partition, str(out_dir), lang).compute(scheduler=scheduler)
    return {
        "files": sum(p["files"] for p in parts),
        "facts": sum(p["facts"] for p in parts),
        "findings": sum(p["findings"] for p in parts),
        "failed": [message for p in parts for message in p["failed"]],
    }
