"""A little HTML: escaped text, attributes and elements as strings, and the assets of the pages."""

from __future__ import annotations

import functools
import html
import re
from importlib import resources
from typing import Any

# What a page may load: nothing from anywhere (its own inline style and script only).
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def esc(text: object) -> str:
    """Text escaped for an element or a quoted attribute."""
    return html.escape(str(text), quote=True)


def attrs(**values: Any) -> str:
    """`` name="value"`` for each value that is not None or False (``True`` gives a bare name).

    A trailing underscore is dropped (``class_``) and other underscores become hyphens
    (``data_cell`` is ``data-cell``).
    """
    out = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{esc(value)}"')
    return "".join(out)


def el(tag: str, content: str = "", **values: Any) -> str:
    """An element with already escaped ``content``."""
    return f"<{tag}{attrs(**values)}>{content}</{tag}>"


def span_if(span: int) -> int | None:
    """A rowspan or colspan worth writing (None for 1)."""
    return span if span > 1 else None


@functools.cache
def asset(name: str) -> str:
    """The text of a file in ``review/assets`` (the stylesheet and the script)."""
    return (resources.files("govdisclosure.review") / "assets" / name).read_text(encoding="utf-8")


def document(title: str, lang: str, body: str, script: str) -> str:
    """A whole self-contained page: the stylesheet and the script inline, nothing to fetch."""
    page = (
        "<!DOCTYPE html>\n"
        f'<html lang="{"en" if lang == "en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{esc(title)}</title>\n<style>\n{asset('review.css')}</style>\n</head>\n"
        f"<body>\n{body}\n<script>\n{asset(script)}</script>\n</body>\n</html>\n"
    )
    return without_surrogates(page)


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (undecodable file names, hostile input) as U+FFFD: a page is UTF-8."""
    return _SURROGATE.sub("\ufffd", text)
