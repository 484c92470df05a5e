"""Rebuild the JSON Schema files from the model: the package copy and its mirror in schemas/.

Usage: python scripts/build_schemas.py
"""

from __future__ import annotations

from pathlib import Path

from govdisclosure.serde.schema_build import write

REPO = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    for folder in (REPO / "govdisclosure" / "serde" / "schemas", REPO / "schemas"):
        write(folder)
        print(f"wrote {folder}")
