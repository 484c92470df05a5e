"""scripts/benchmark.py runs (a short run: its numbers are not checked, only that each table is printed)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_the_benchmark_runs_and_prints_its_tables() -> None:
    args = [sys.executable, str(REPO / "scripts" / "benchmark.py"), "--quick", "--reports", "20"]
    printed = subprocess.run(args, capture_output=True, text=True, check=True, timeout=600).stdout
    for header in (
        "| rendering |",
        "| objects a report |",
        "| start-up |",
        "| input |",
        "| measure |",
        "| hostile input (chars) |",
    ):
        assert header in printed
    assert "**all text**" in printed
