"""Write ``tests/golden/outputs.sha256``: the digests of the outputs that must not change.

Usage: python scripts/golden_outputs.py   (with the corpus beside the checkout)

Run it only after a change that is meant to show in the outputs, and say so in the commit.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.conftest import CORPUS
from tests.golden_outputs import GOLDEN, digests, write_golden, write_inputs


def main() -> None:
    if not (CORPUS / "raw").is_dir():
        sys.exit(f"the corpus is needed (not found at {CORPUS})")
    with tempfile.TemporaryDirectory() as folder:
        names = write_inputs(Path(folder), generated=True, corpus=True)
        found = digests(Path(folder), names)
    write_golden(found)
    print(f"{len(found)} outputs written to {GOLDEN}")


if __name__ == "__main__":
    main()
