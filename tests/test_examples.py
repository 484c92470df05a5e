"""The example notebooks run as written (their code cells, in order, in one namespace)."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from tests.conftest import REPO

NOTEBOOKS = sorted((REPO / "examples").glob("*.ipynb"))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(notebook, monkeypatch):
    monkeypatch.chdir(REPO)
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    namespace: dict[str, object] = {}
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        for cell in cells:
            if cell["cell_type"] == "code":
                exec(compile("".join(cell["source"]), f"{notebook.name}", "exec"), namespace)
    printed = output.getvalue()
    assert EXPECTED_OUTPUT[notebook.name] in printed, printed[-500:]


EXPECTED_OUTPUT = {
    "quickstart.ipynb": "2019 2020 淄博经济开发区管理委员会办公室",
    "review_many_reports.ipynb": "cells from",
}


def test_readme_python_example_runs(monkeypatch):
    monkeypatch.chdir(REPO)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in readme.split("```python\n")[1:]]
    assert blocks, "the README has a Python example"
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(io.StringIO()):
        for block in blocks:
            exec(compile(block, "README.md", "exec"), namespace)
    report = namespace["report"]
    assert report.applications.new_received.total.span.line == 98  # type: ignore[attr-defined]
