"""``govdisclosure schema``: print a JSON Schema, or write them all to a folder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import EXIT_CLEAN
from govdisclosure.serde.schemas import SCHEMA_NAMES, schema_text


def add(commands: Any) -> None:
    """Add the ``schema`` subparser."""
    cmd = commands.add_parser("schema", help="print a JSON Schema, or write them all to a folder")
    cmd.add_argument("name", nargs="?", choices=SCHEMA_NAMES, default="report")
    cmd.add_argument("--output", metavar="DIR", help="write every schema file into DIR")
    cmd.set_defaults(run=run)


def run(state: Run, args: argparse.Namespace) -> int:
    """Print or write the schemas."""
    if args.output:
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        for name in SCHEMA_NAMES:
            (folder / f"{name}.schema.json").write_text(schema_text(name), encoding="utf-8")
        print(f"wrote {len(SCHEMA_NAMES)} schemas to {folder}", file=state.err)
    else:
        state.out.write(schema_text(args.name))
    return EXIT_CLEAN
