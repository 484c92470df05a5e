"""A real headless browser for the review pages: Debian's Chromium driven by Playwright for Python.

The browser is the system's (``/usr/bin/chromium``, or ``$GOVDISCLOSURE_CHROMIUM``; see
``govdisclosure.review.chromium``); Playwright never downloads one. Where either is missing the
browser tests are skipped with a message saying so, unless ``GOVDISCLOSURE_REQUIRE_BROWSER`` is set
(as CI does): then they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govdisclosure.review import chromium

CHROMIUM = Path(chromium.CHROMIUM)
# Collects what the page's Content-Security-Policy refused, before any script of the page runs.
WATCH_CSP = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", e => window.__violations.push(e.blockedURI || e.violatedDirective));
"""


def _unavailable(reason: str) -> None:
    if os.environ.get("GOVDISCLOSURE_REQUIRE_BROWSER"):
        pytest.fail(f"a browser is required (GOVDISCLOSURE_REQUIRE_BROWSER) but {reason}")
    pytest.skip(
        f"{reason}: the review-page tests need Debian's chromium (apt-get install chromium) and "
        "Playwright for Python (pip install -e '.[dev]'); they run in CI"
    )


class Browser:
    """A browser context that records every request any page makes."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self.requests: list[str] = []
        context.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        self.requests.append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def open(self, path: Path, width: int = 1400) -> Any:
        """A new page showing ``path`` (requests recorded from here on)."""
        self.requests.clear()
        page = self.context.new_page()
        page.set_viewport_size({"width": width, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.errors = errors
        page.goto(path.resolve().as_uri())
        return page


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed")
    if not CHROMIUM.is_file():
        _unavailable(f"there is no Chromium at {CHROMIUM}")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=list(chromium.ARGS), headless=True
        )
        context.add_init_script(WATCH_CSP)
        try:
            yield Browser(context)
        finally:
            context.close()
