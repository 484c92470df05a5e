"""The review pages opened in a real headless Chromium: every template cell is there, exactly the
cells of failing findings carry their severity, a finding picks and focuses its cells, the source
marks every cell where it was read, the keyboard works, and no request leaves the page.

The pages are written by the command line (``govdisclosure review``) from the bundled sample,
generated reports with mistakes of every severity, and real reports of the corpus.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from review_helpers import write_generated

from govdisclosure.checks import check
from govdisclosure.cli import main
from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.cells import CellKind
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Status
from govdisclosure.read.pipeline import ParseResult, parse
from govdisclosure.template import national
from tests.conftest import SAMPLE, corpus_dir

CORPUS_FILES = ("045_pingtan-xzspj_2024.txt", "048_pingtan-xzspj_2024.html", "014_pingtan-gaj_2021.txt")
LEGACY = "024_pingtan_2018.txt"


class Batch:
    """Inputs written as review pages by the command line, and what the library says of each."""

    def __init__(self, folder: Path, inputs: list[Path], missing: Sequence[str] = ()) -> None:
        self.out = folder / "pages"
        self.names = [str(p) for p in inputs]
        err = io.StringIO()
        self.code = main(
            ["review", *self.names, *missing, "--output", str(self.out)], out=io.StringIO(), err=err
        )
        self.stderr = err.getvalue()
        self.missing = list(missing)
        self.results: dict[str, tuple[ParseResult, CheckResult]] = {}
        for name in self.names:
            result = parse(Path(name))
            self.results[name] = (result, check(result.report))

    def page(self, name: str) -> Path:
        return self.out / f"{Path(name).stem}.html"


@pytest.fixture(scope="module")
def generated_batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    folder = tmp_path_factory.mktemp("review")
    (folder / "in").mkdir()
    return Batch(folder, [SAMPLE, *write_generated(folder / "in")], missing=[str(folder / "absent.txt")])


@pytest.fixture(scope="module")
def corpus_batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    raw = corpus_dir() / "raw"
    return Batch(tmp_path_factory.mktemp("review-corpus"), [raw / name for name in (*CORPUS_FILES, LEGACY)])


@pytest.fixture(params=["generated_batch", "corpus_batch"])
def batch(request: pytest.FixtureRequest) -> Batch:
    """The generated batch, then the corpus batch."""
    batch: Batch = request.getfixturevalue(request.param)
    return batch


def _cell_ids(page: Any) -> list[str]:
    ids: list[str] = page.eval_on_selector_all("[data-cell]", "els => els.map(e => e.dataset.cell)")
    return ids


def _expected_severities(checked: CheckResult) -> dict[str, str]:
    worst: dict[str, Severity] = {}
    for finding in checked.findings:
        if finding.status is Status.FAIL:
            for cell_id in finding.cells:
                if cell_id not in worst or finding.severity.rank > worst[cell_id].rank:
                    worst[cell_id] = finding.severity
    return {cell_id: severity.value for cell_id, severity in worst.items()}


def test_the_command_wrote_a_page_per_input_and_the_index(generated_batch: Batch) -> None:
    assert generated_batch.code == 2  # one input is missing: reported, and the batch went on
    assert "absent.txt: no such file" in generated_batch.stderr
    assert sorted(p.name for p in generated_batch.out.iterdir()) == sorted(
        ["index.html", *(generated_batch.page(n).name for n in generated_batch.names)]
    )


def test_every_template_cell_is_on_the_page_as_printed(browser: Any, batch: Batch) -> None:
    for name, (result, _) in batch.results.items():
        page = browser.open(batch.page(name))
        ids = _cell_ids(page)
        report = result.report
        spec = national.TEMPLATES.get(report.template)
        assert sorted(ids) == sorted(spec.cell_ids if spec else []), name
        rows = page.eval_on_selector_all(
            "[data-cell]", "els => els.map(e => [e.dataset.cell, e.dataset.kind, e.innerText])"
        )
        shown = {cell_id: (kind, text) for cell_id, kind, text in rows}
        for cell_id, cell in cells_of(report).items():
            kind, text = shown[cell_id]
            assert kind == cell.kind.value, (name, cell_id)
            if cell.kind is CellKind.NUMBER:
                assert text.strip() == cell.raw.strip(), (name, cell_id)
        page.close()


def test_exactly_the_cells_of_failing_findings_carry_the_most_severe_severity(
    browser: Any, batch: Batch
) -> None:
    seen: set[str] = set()
    for name, (_, checked) in batch.results.items():
        page = browser.open(batch.page(name))
        marked = page.eval_on_selector_all(
            "[data-severity]",
            "els => els.map(e => [e.dataset.cell || null, e.dataset.severity, getComputedStyle(e).backgroundColor])",
        )
        assert all(cell_id is not None for cell_id, _, _ in marked), "only cells carry data-severity"
        expected = _expected_severities(checked)
        assert {cell_id: severity for cell_id, severity, _ in marked} == expected, name
        plain = page.eval_on_selector_all(
            "td[data-cell][data-kind=number]:not([data-severity])",
            "els => els.map(e => getComputedStyle(e).backgroundColor)",
        )
        colours = {severity: colour for _, severity, colour in marked}
        assert len(set(colours.values())) == len(colours), "each severity has its own colour"
        assert not set(plain) & set(colours.values()), "a cell without findings is not coloured"
        seen.update(expected.values())
        page.close()
    if batch.missing:  # the batch of generated reports shows all three
        assert seen == {"error", "warning", "info"}


def test_clicking_a_finding_focuses_and_highlights_its_cells(browser: Any, batch: Batch) -> None:
    clicked = 0
    for name, (_, checked) in batch.results.items():
        page = browser.open(batch.page(name))
        on_page = set(_cell_ids(page))
        assert page.locator("[data-rule]").count() == len(checked.findings)
        for index, finding in enumerate(checked.findings):
            item = page.locator(f"#finding-{index}")
            assert item.get_attribute("data-rule") == finding.rule
            cells = [c for c in finding.cells if c in on_page]
            if not cells:
                continue
            item.click()
            clicked += 1
            focused = page.evaluate("document.activeElement.dataset.cell")
            assert focused == cells[0], (name, finding.rule)
            picked = page.eval_on_selector_all("[data-cell].picked", "els => els.map(e => e.dataset.cell)")
            assert sorted(picked) == sorted(set(cells)), (name, finding.rule)
            in_view = page.evaluate(
                "() => { const r = document.activeElement.getBoundingClientRect();"
                " return r.top >= 0 && r.bottom <= innerHeight; }"
            )
            assert in_view, (name, finding.rule)
            assert "picked" in (item.get_attribute("class") or "")
        page.close()
    assert clicked > 0


def test_a_quoted_sentence_is_marked_in_the_source_and_shown_with_its_finding(
    browser: Any, corpus_batch: Batch
) -> None:
    for name, (_, checked) in corpus_batch.results.items():
        quoted = [(i, f) for i, f in enumerate(checked.findings) if f.quote]
        if not quoted:
            continue
        page = browser.open(corpus_batch.page(name))
        for index, finding in quoted:
            page.locator(f"#finding-{index} .go").click()
            text = page.eval_on_selector_all(
                f'#source mark[data-src~="f:{index}"]', "els => els.map(e => e.textContent).join('')"
            )
            assert text == finding.quote, (name, finding.rule)
            lit = page.eval_on_selector_all(
                f'#source mark[data-src~="f:{index}"]', "els => els.every(e => e.classList.contains('on'))"
            )
            assert lit
        page.close()


def test_the_source_marks_every_cell_where_it_was_read(browser: Any, batch: Batch) -> None:
    for name, (result, _) in batch.results.items():
        page = browser.open(batch.page(name))
        texts = page.evaluate(
            """() => { const out = {};
              for (const m of document.querySelectorAll('#source mark[data-src]'))
                for (const key of m.dataset.src.split(' '))
                  if (key.startsWith('c:')) out[key.slice(2)] = (out[key.slice(2)] || '') + m.textContent;
              return out; }"""
        )
        spanned = {i: c for i, c in cells_of(result.report).items() if c.span is not None and c.span.length}
        assert set(texts) == set(spanned), name
        for cell_id, cell in spanned.items():
            assert texts[cell_id].strip() == cell.raw.strip(), (name, cell_id)
        page.close()


def test_the_keyboard_reaches_a_finding_its_cells_and_their_tips(
    browser: Any, generated_batch: Batch
) -> None:
    page = browser.open(generated_batch.page(generated_batch.names[1]))  # a generated report with errors
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('go')"):
            break
    else:
        pytest.fail("Tab never reached a finding")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus is visible"
    page.keyboard.press("Enter")
    cell = page.evaluate("document.activeElement.dataset.cell")
    assert cell
    tip = page.evaluate("document.activeElement.getAttribute('aria-describedby')")
    assert page.locator(f"#{tip}").is_visible()
    assert cell in page.locator(f"#{tip}").inner_text()
    page.keyboard.press("ArrowRight")
    moved = page.evaluate("document.activeElement.dataset.cell")
    assert moved
    assert moved != cell
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.dataset.cell") not in (None, moved)
    page.keyboard.press("Escape")
    assert page.locator(".tip:visible").count() == 0
    page.keyboard.press("j")  # j/k walk the findings from anywhere
    assert page.evaluate("document.activeElement.classList.contains('go')")
    page.close()


def test_the_index_lists_every_input_sorts_and_filters(browser: Any, generated_batch: Batch) -> None:
    page = browser.open(generated_batch.out / "index.html")
    files = page.eval_on_selector_all("[data-file]", "els => els.map(e => e.dataset.file)")
    assert sorted(files) == sorted([*generated_batch.names, *generated_batch.missing])
    for name in generated_batch.names:
        href = page.get_attribute(f'tr[data-file="{name}"] a', "href")
        assert href
        assert (generated_batch.out / href).is_file()
    page.locator("th button", has_text="错误").click()
    page.locator("th button", has_text="错误").click()
    errors = page.eval_on_selector_all(
        "#reports tbody tr", "rows => rows.map(r => Number(r.cells[5].dataset.sort))"
    )
    assert errors == sorted(errors, reverse=True)
    assert errors[0] > 0
    assert page.get_attribute("th:has(button:text('错误'))", "aria-sort") == "descending"
    issuer = generated_batch.results[str(SAMPLE)][0].report.metadata.issuer
    page.fill("#filter", issuer or "")
    visible = page.eval_on_selector_all(
        "#reports tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.file)"
    )
    assert visible == [str(SAMPLE)]
    page.locator(f'tr[data-file="{SAMPLE}"] a').click()
    page.wait_for_load_state()
    assert page.url.endswith(generated_batch.page(str(SAMPLE)).name)
    page.close()


def test_no_request_leaves_the_page(browser: Any, batch: Batch) -> None:
    for path in sorted(batch.out.glob("*.html")):
        page = browser.open(path)
        for item in page.locator(".item").all()[:10]:
            item.click()
        for cell in page.locator("td[data-cell]").all()[:5]:
            cell.hover()
        own = path.resolve().as_uri()
        assert all(url == own for url in browser.requests), browser.requests
        assert page.evaluate("window.__violations") == []
        assert page.errors == []
        links = page.eval_on_selector_all(
            "[href], [src]", "els => els.map(e => e.getAttribute('href') ?? e.getAttribute('src'))"
        )
        assert all(link.startswith(("#", "data:")) or link.endswith(".html") for link in links), links
        page.close()


def test_the_page_prints_its_tables_without_the_source(browser: Any, generated_batch: Batch) -> None:
    page = browser.open(generated_batch.page(str(SAMPLE)))
    page.emulate_media(media="print")
    assert page.eval_on_selector("#source-pane", "e => getComputedStyle(e).display") == "none"
    assert page.locator("table.grid").count() == 3
    assert all(page.locator("table.grid").nth(i).is_visible() for i in range(3))
    page.close()
