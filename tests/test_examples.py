"""The example notebooks run in a real kernel, and their committed outputs are what a fresh run shows.

The notebooks are executed with nbclient from ``examples/`` (``scripts/run_notebooks.py`` does the
same and writes them back). Outputs are compared as text (streams, ``text/plain``, ``text/html``);
a figure must be there with its fixed size, its PNG bytes are not compared. The corpus notebooks
need the corpus for the comparison (skipped without it, required in CI) and must still run,
with a note, where it is absent.
"""

from __future__ import annotations

import contextlib
import functools
import io
from pathlib import Path
from typing import Any

import nbformat
import pytest

from scripts.run_notebooks import execute, figures, readme_image
from tests.conftest import REPO, corpus_dir

NOTEBOOKS = sorted((REPO / "examples").glob("*.ipynb"))
CORPUS_NOTEBOOKS = [p for p in NOTEBOOKS if "GOVDISCLOSURE_SHARED" in p.read_text(encoding="utf-8")]
FIGURE = "image/png"


def committed(path: Path) -> Any:
    return nbformat.read(path, as_version=4)


@functools.cache
def fresh(path: Path) -> Any:
    return execute(path)


def shown(cell: Any) -> list[dict[str, Any]]:
    """What a reader sees of a code cell's outputs, with a figure's PNG reduced to its presence.

    Text on stderr is left out: it depends on the machine (a font cache being built), and the
    committed notebooks have none.
    """
    seen = []
    for output in cell.outputs:
        if output.output_type == "stream" and output.name == "stderr":
            continue
        if output.output_type == "stream":
            seen.append({"stream": output.name, "text": output.text})
        elif output.output_type == "error":
            seen.append({"error": output.ename, "value": output.evalue})
        else:
            data = {
                mime: (FIGURE if mime == FIGURE else value) for mime, value in output.get("data", {}).items()
            }
            seen.append({"data": data})
    return seen


def code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def test_there_are_notebooks_about_the_corpus():
    names = {p.name for p in NOTEBOOKS}
    assert {"quickstart.ipynb", "corpus_statistics.ipynb", "review_many_reports.ipynb"} <= names
    assert {p.name for p in CORPUS_NOTEBOOKS} == {"corpus_statistics.ipynb", "review_many_reports.ipynb"}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_with_outputs_and_no_timings(notebook):
    text = notebook.read_text(encoding="utf-8")
    assert '"execution": {' not in text, "cell timings are committed: run python scripts/run_notebooks.py"
    cells = code_cells(committed(notebook))
    assert [cell.execution_count for cell in cells] == list(range(1, len(cells) + 1))
    assert all(output.output_type != "error" for cell in cells for output in cell.outputs)
    assert all(output.get("name") != "stderr" for cell in cells for output in cell.outputs)
    assert sum(bool(cell.outputs) for cell in cells) >= len(cells) - 1


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_outputs_are_those_of_a_fresh_run(notebook):
    if notebook in CORPUS_NOTEBOOKS:
        corpus_dir()
    ran = code_cells(fresh(notebook))
    assert [shown(cell) for cell in ran if any(o.output_type == "error" for o in cell.outputs)] == []
    for before, after in zip(code_cells(committed(notebook)), ran, strict=True):
        assert shown(before) == shown(after), (
            f"{notebook.name}, cell {before.id}: the committed outputs are stale; "
            "run python scripts/run_notebooks.py"
        )


@pytest.mark.parametrize("notebook", CORPUS_NOTEBOOKS, ids=lambda p: p.name)
def test_corpus_notebooks_show_dataframes_and_charts_of_fixed_size(notebook):
    outputs = [output for cell in code_cells(committed(notebook)) for output in cell.outputs]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    charts = [o for o in outputs if FIGURE in o.get("data", {})]
    assert len(html) >= 3
    assert len(charts) >= 1
    for chart in charts:
        assert chart["data"]["text/plain"].startswith("<Figure size 700x"), chart["data"]["text/plain"]


@pytest.mark.parametrize("notebook", CORPUS_NOTEBOOKS, ids=lambda p: p.name)
def test_corpus_notebooks_run_with_a_note_where_the_corpus_is_absent(notebook, tmp_path, monkeypatch):
    monkeypatch.setenv("GOVDISCLOSURE_SHARED", str(tmp_path / "no-shared"))
    cells = code_cells(execute(notebook))
    assert all(output.output_type != "error" for cell in cells for output in cell.outputs)
    first = "".join(o.text for o in cells[0].outputs if o.output_type == "stream")
    assert first.startswith("NOTE: there is no corpus at "), first
    assert "the bundled sample report only" in first


def test_the_quickstart_checks_as_the_command_line_does():
    cells = {cell.id: cell for cell in code_cells(committed(REPO / "examples" / "quickstart.ipynb"))}
    assert 'gd.check(report, None, lang="zh")' in cells["checks"].source
    assert 'main(["check", str(sample)], out=out)' in cells["cli"].source
    printed = "".join(o.text for o in cells["cli"].outputs if o.output_type == "stream")
    assert (
        printed
        == "govdisclosure check 000_6403ac429d442b10.txt: the same text, exit code 0 (no error found)\n"
    )
    report = "".join(o.text for o in cells["checks"].outputs if o.output_type == "stream")
    assert report.startswith(
        "淄博经济开发区管理委员会办公室 2020年度 · 文件 data/000_6403ac429d442b10.txt · 2019年格式 · 检查 85 项"
    )


def test_the_readme_figure_is_the_notebooks():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown_images = []
    for notebook in NOTEBOOKS:
        for cell_id, png in figures(committed(notebook)).items():
            image = readme_image(notebook, cell_id)
            assert image.read_bytes() == png, f"{image} is stale: run python scripts/run_notebooks.py"
            shown_images.append(image.relative_to(REPO).as_posix())
    assert shown_images
    assert any(f"]({image})" in readme for image in shown_images), "the README shows no notebook chart"


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
