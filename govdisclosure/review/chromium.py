"""How the review pages are opened in a headless browser: the system's Chromium, never a download.

The tests (``tests/review``) and ``scripts/review_screenshot.py`` launch it with Playwright for
Python as ``launch_persistent_context(profile, executable_path=CHROMIUM, args=ARGS)``, with a fresh
profile each time. Nothing here imports Playwright: the library does not need a browser.
"""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("GOVDISCLOSURE_CHROMIUM", "/usr/bin/chromium")
ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
