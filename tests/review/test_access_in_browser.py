"""Accessibility and the less common pages, in the browser: WCAG AA contrast of every visible text
(and of the severity glyphs) in every state, real table markup, hybrid tables, English pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from review_helpers import write_generated

import govdisclosure as gd
from govdisclosure.model.cells import number
from govdisclosure.template import national
from tests.conftest import SAMPLE

# Every visible text node's colour against the first opaque background behind it (gradients are
# drawn over that colour and are lighter than the text's limit here), and the severity glyphs.
CONTRAST = """() => {
  const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(',').map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = ({r, g, b}) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const behind = el => { for (; el; el = el.parentElement) { const c = parse(getComputedStyle(el).backgroundColor);
    if (c && c.a > 0) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const ratio = (fg, bg) => { const a = lum(fg), b = lum(bg); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
  const low = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || el.closest('.sr, [hidden], script, style') || !el.getClientRects().length) continue;
    const r = ratio(parse(getComputedStyle(el).color), behind(el));
    if (r < 4.5) low.push([el.tagName, el.className, node.textContent.trim().slice(0, 12), r.toFixed(2)]);
  }
  for (const td of document.querySelectorAll('td[data-severity]')) {
    const r = ratio(parse(getComputedStyle(td, '::after').color), behind(td));
    if (r < 4.5) low.push(['::after', td.dataset.severity, td.dataset.cell, r.toFixed(2)]);
  }
  return low;
}"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("access")
    generated = write_generated(folder)
    readings = [(str(p), gd.parse(p)) for p in [SAMPLE, *generated]]
    gd.write_review(readings, folder / "zh")
    gd.write_review(readings, folder / "en", lang="en")
    spec = national.TEMPLATE_2021
    columns = [c.id for c in spec.table("t3").rows[0].columns]
    single = {f"t3.other_single.{c}": number(2 if c in ("natural_person", "total") else 0) for c in columns}
    hybrid = gd.build_report("2021", {**{k: number(0) for k in spec.cell_ids}, **single})
    gd.write_review([("hybrid_2021.json", hybrid)], folder / "hybrid")
    return {
        "generated": folder / "zh" / "generated_2021.html",
        "sample_en": folder / "en" / f"{SAMPLE.stem}.html",
        "index": folder / "zh" / "index.html",
        "index_en": folder / "en" / "index.html",
        "hybrid": folder / "hybrid" / "hybrid_2021.html",
    }


@pytest.mark.parametrize("name", ["generated", "sample_en", "index", "index_en", "hybrid"])
def test_every_visible_text_meets_wcag_aa_contrast(browser: Any, pages: dict[str, Path], name: str) -> None:
    page = browser.open(pages[name])
    assert page.evaluate(CONTRAST) == []
    if page.locator("td[data-cell]").count():
        # Picked cells and findings, a tip, lit source marks.
        pick = page.locator(".finding[data-cells]")
        (pick if pick.count() else page.locator("td[data-cell]")).first.click()
        assert page.locator(".tip:visible").count() == 1
        assert page.evaluate(CONTRAST) == []
    page.close()


def test_tables_are_real_tables_with_header_cells(browser: Any, pages: dict[str, Path]) -> None:
    page = browser.open(pages["generated"])
    for table in page.locator("table.grid").all():
        assert table.locator("caption").count() == 1
        scopes = table.locator("th").evaluate_all("els => els.map(e => e.getAttribute('scope'))")
        assert scopes
        assert all(s in ("col", "colgroup", "row", "rowgroup") for s in scopes)
    described = page.eval_on_selector_all(
        "td[data-cell]", "els => els.every(e => document.getElementById(e.getAttribute('aria-describedby')))"
    )
    assert described, "every cell is described by its tip"
    assert page.eval_on_selector_all(
        "table.grid", "ts => ts.map(t => t.querySelectorAll('[tabindex=\"0\"]').length)"
    ) == [1, 1, 1]
    page.close()


def test_a_hybrid_table_has_every_cell_and_names_the_hybrid(browser: Any, pages: dict[str, Path]) -> None:
    page = browser.open(pages["hybrid"])
    ids = page.eval_on_selector_all("[data-cell]", "els => els.map(e => e.dataset.cell)")
    spec = national.TEMPLATE_2021
    assert set(ids) == set(spec.cell_ids) | {
        f"t3.other_single.{c.id}" for c in spec.table("t3").rows[0].columns
    }
    assert len(ids) == len(set(ids))
    assert "表三（六）其他处理按2019年格式印为一行" in page.locator("header").inner_text()
    row = page.locator('tr:has(td[data-cell="t3.other_single.total"])')
    assert "合计（按2019年格式印为一行）" in row.inner_text()
    assert page.locator('td[data-cell="t3.other_single.total"]').inner_text() == "2"
    page.close()


def test_an_english_page_reads_in_english(browser: Any, pages: dict[str, Path]) -> None:
    page = browser.open(pages["sample_en"])
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("h2").all_inner_texts()[:3] == ["Findings", "Parse notes", "Tables"]
    page.close()
