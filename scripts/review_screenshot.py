"""Regenerate ``docs/review.png``: the review page of a real report, as the README shows it.

The report is 平潭综合实验区行政审批局 2024 (``045_pingtan-xzspj_2024.txt`` of the corpus: scraped
innerText with glued cells, a table 四 total printed 0 beside one upheld case). Its page is written
by ``govdisclosure review``, opened in Debian's Chromium through Playwright (no browser download),
the table 四 finding is clicked, and the window is saved as a PNG.

Usage: python scripts/review_screenshot.py [--output docs/review.png]
Needs: chromium (apt-get install chromium), a Chinese font (apt-get install fonts-noto-cjk), the
corpus beside the checkout (or $GOVDISCLOSURE_SHARED) and the dev extra (Playwright for Python).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from govdisclosure.cli import main
from govdisclosure.review.chromium import ARGS, CHROMIUM

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVDISCLOSURE_SHARED", REPO.parent / "shared"))
REPORT = SHARED / "corpus" / "raw" / "045_pingtan-xzspj_2024.txt"
SIZE = {"width": 1440, "height": 960}


def _check_setup() -> None:
    problems = []
    if not REPORT.is_file():
        problems.append(f"the corpus report {REPORT} is missing (set GOVDISCLOSURE_SHARED)")
    if not Path(CHROMIUM).is_file():
        problems.append(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    fonts = subprocess.run(
        ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False
    ).stdout
    if shutil.which("fc-list") and not fonts.strip():
        problems.append("no Chinese font: the picture would show boxes (apt-get install fonts-noto-cjk)")
    if problems:
        sys.exit("review_screenshot: " + "; ".join(problems))


def screenshot(output: Path) -> None:
    """Write the page of the report, open it, pick its table 四 finding and save the window."""
    with tempfile.TemporaryDirectory() as work:
        pages = Path(work) / "pages"
        if main(["review", str(REPORT), "--output", str(pages)], out=io.StringIO(), err=io.StringIO()) != 0:
            sys.exit("review_screenshot: govdisclosure review failed")
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(Path(work) / "profile"),
                executable_path=CHROMIUM,
                args=list(ARGS),
                headless=True,
                viewport=SIZE,
            )
            page = context.new_page()
            page.goto((pages / f"{REPORT.stem}.html").as_uri())
            # The finding picks its cells, focuses the first (its tip opens) and lights its source.
            page.locator('[data-rule="t4_group_total"]').click()
            output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(output))
            context.close()
    print(f"wrote {output}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "review.png")
    _check_setup()
    screenshot(parser.parse_args().output)
