"""Write what the CLI emits for the bundled sample and the corpus, for validators in other languages.

Usage: python scripts/emit_samples.py OUT_DIR   (then: node tests/node/validate.mjs OUT_DIR)
"""

from __future__ import annotations

import importlib.util
import io
import os
import sys
from pathlib import Path

from govdisclosure.cli import main

REPO = Path(__file__).resolve().parents[1]


def inputs() -> list[Path]:
    files = [REPO / "examples" / "data" / "000_6403ac429d442b10.txt"]
    shared = Path(os.environ.get("GOVDISCLOSURE_SHARED", REPO.parent / "shared"))
    raw = shared / "corpus" / "raw"
    if raw.is_dir():
        files.extend(sorted(raw.iterdir()))
    documents = shared / "corpus" / "documents" / "raw"  # read with the pdf and docx extras
    if documents.is_dir() and importlib.util.find_spec("pdfplumber") and importlib.util.find_spec("docx"):
        files.extend(sorted(documents.iterdir()))
    return files


def emit(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in inputs():
        for command, suffix in (
            ("parse", ".report.json"),
            ("facts", ".facts.jsonl"),
            ("check", ".check.jsonl"),
        ):
            buffer = io.StringIO()
            args = [command, str(path)] + (["--format", "jsonl"] if command == "check" else [])
            code = main(args, out=buffer, err=sys.stderr)
            if code == 2:
                print(f"emit_samples: {command} {path} failed", file=sys.stderr)
                return 2
            (out_dir / f"{path.name}{suffix}").write_text(buffer.getvalue(), encoding="utf-8")
            count += 1
    print(f"emit_samples: wrote {count} documents for {len(inputs())} reports to {out_dir}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/emit_samples.py OUT_DIR")
    sys.exit(emit(Path(sys.argv[1])))
