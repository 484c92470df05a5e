"""Build the API reference of govdisclosure from its docstrings with pdoc (HTML, no network needed).

The reference is built, not committed: ``docs/api/`` is ignored by git, and tests/test_api_docs.py
builds it in CI and fails on any pdoc warning (a name that cannot be resolved, a module that does
not import). Open ``docs/api/index.html`` after building.

Usage: python scripts/build_api_docs.py [--output DIR]   (needs the docs or dev extra)
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pdoc
import pdoc.render

import govdisclosure

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "docs" / "api"


def build(output: Path) -> list[str]:
    """Write the reference of ``govdisclosure`` and its layers to ``output``; pdoc's warnings, if any."""
    pdoc.render.configure(
        docformat="restructuredtext",
        footer_text=f"govdisclosure {govdisclosure.__version__}",
        search=True,
        show_source=True,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc("govdisclosure", output_directory=output)
    return [f"{w.category.__name__}: {w.message}" for w in caught if "pdoc" in w.filename]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="folder (default: docs/api)")
    args = parser.parse_args(argv)
    problems = build(args.output)
    for problem in problems:
        print(f"build_api_docs: {problem}", file=sys.stderr)
    print(f"build_api_docs: wrote {args.output / 'index.html'} ({len(problems)} warnings)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
