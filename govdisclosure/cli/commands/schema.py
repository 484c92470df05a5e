"""``govdisclosure schema``: print a JSON Schema, or write it (or all of them) to a file or folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import EXIT_CLEAN
from govdisclosure.cli.output import written
from govdisclosure.model.errors import InputError
from govdisclosure.serde.schemas import SCHEMA_NAMES, schema_text


def _write(path: Path, text: str) -> None:
    with written(path) as partial:
        partial.write_text(text, encoding="utf-8")


def run(state: Run, args: argparse.Namespace) -> int:
    """Print or write the schemas."""
    if not args.output:
        state.out.write(schema_text(args.name or "report"))
        return EXIT_CLEAN
    target = Path(args.output)
    if args.name and not target.is_dir():
        _write(target, schema_text(args.name))
        print(f"wrote the {args.name} schema to {target}", file=state.err)
        return EXIT_CLEAN
    names = [args.name] if args.name else list(SCHEMA_NAMES)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"{target}: cannot make this folder: {error.strerror or error}") from error
    for name in names:
        _write(target / f"{name}.schema.json", schema_text(name))
    print(f"wrote {len(names)} schema(s) to {target}", file=state.err)
    return EXIT_CLEAN
