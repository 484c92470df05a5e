"""Re-execute the example notebooks in place with a real kernel, so that their committed outputs are current.

Each notebook runs from ``examples/`` (as a reader who opens it there), reads the corpus from
``../shared/corpus`` beside the checkout or ``$GOVDISCLOSURE_SHARED``, and is written back with
its outputs (no timings). The figure of the cell tagged ``readme-figure`` is also written to
``examples/images/`` for the README. ``tests/test_examples.py`` runs the notebooks again and
fails when the committed outputs differ.

Usage: python scripts/run_notebooks.py [NOTEBOOK...]   (needs the dev or notebooks extra)
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
IMAGES = EXAMPLES / "images"
README_FIGURE = "readme-figure"
TIMEOUT_SECONDS = 300


def execute(path: Path) -> Any:
    """The notebook at ``path`` executed from ``examples/`` (a NotebookNode; the file is not changed)."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=TIMEOUT_SECONDS,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()
    return notebook


def figures(notebook: Any) -> dict[str, bytes]:
    """The PNG of each code cell tagged ``readme-figure``, by the cell's id."""
    found = {}
    for cell in notebook.cells:
        if cell.cell_type == "code" and README_FIGURE in cell.metadata.get("tags", []):
            for output in cell.outputs:
                if "image/png" in output.get("data", {}):
                    found[cell.id] = base64.b64decode(output["data"]["image/png"])
    return found


def readme_image(path: Path, cell_id: str) -> Path:
    """Where the README figure of a notebook's cell is written."""
    return IMAGES / f"{path.stem}-{cell_id}.png"


def main(names: list[str]) -> int:
    paths = [Path(name).resolve() for name in names] or sorted(EXAMPLES.glob("*.ipynb"))
    for path in paths:
        notebook = execute(path)
        nbformat.write(notebook, path)
        print(f"run_notebooks: executed {path.relative_to(REPO)}")
        for cell_id, png in figures(notebook).items():
            IMAGES.mkdir(exist_ok=True)
            image = readme_image(path, cell_id)
            image.write_bytes(png)
            print(f"run_notebooks: wrote {image.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
