"""HTML to text with table cells ended by `` |`` (like the pipe rendering), keeping source offsets.

A linear scan (no DOM, no recursion): deeply nested or broken HTML cannot blow the stack. Inline
markup inside a cell adds nothing, so ``<span>20</span><span>23</span>`` reads 2023.
"""

from __future__ import annotations

import html

import regex

_HTML_HINT = regex.compile(r"<(?:table|html|body|td|tr|div|p)\b", regex.I)
_SCAN = regex.compile(
    r"""(?P<comment><!--.*?(?:-->|\Z))
    |(?P<skip><(?P<skipname>script|style|head|noscript|template)\b[^>]*>.*?(?:</(?P=skipname)\s*>|\Z))
    |(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>)
    |(?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?)
    |(?P<space>\s+)
    |(?P<text>[^<&\s]+|[<&])""",
    regex.X | regex.S | regex.I,
)
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead"}
    | {"tfoot", "section", "article", "header", "footer", "tr", "caption"}
)
_CELL = frozenset({"td", "th"})
_ESCAPED = regex.compile(r'\\(["/nrt\\])')


def looks_like_html(text: str) -> bool:
    """Whether the text is (or holds) an HTML document or fragment."""
    return len(_HTML_HINT.findall(text[:200_000])) >= 3


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.origin: list[int] = []

    def emit(self, text: str, offset: int, *, spread: bool = False) -> None:
        self.parts.append(text)
        if spread:
            self.origin.extend(range(offset, offset + len(text)))
        else:
            self.origin.extend([offset] * len(text))

    def ends_with_newline(self) -> bool:
        return not self.parts or self.parts[-1].endswith("\n")


def _unescape_js(source: str) -> tuple[str, list[int]]:
    """Undo ``\\"`` style escapes of HTML kept inside a JavaScript string, with offsets."""
    out: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _ESCAPED.finditer(source):
        out.append(source[last : match.start()])
        origin.extend(range(last, match.start()))
        char = {"n": "\n", "r": "\n", "t": " "}.get(match.group(1), match.group(1))
        out.append(char)
        origin.append(match.start())
        last = match.end()
    out.append(source[last:])
    origin.extend(range(last, len(source)))
    return "".join(out), origin


_SCRIPT = regex.compile(r"(<script\b[^>]*>)(.*?)(</script\s*>)", regex.S | regex.I)
_ESCAPED_TABLE = regex.compile(r"<t[dr]\b[^>]*\\\"")


def _unwrap_scripts(source: str) -> str:
    """Blank the tags of the scripts that carry the report as an escaped HTML string.

    The tags become spaces of the same length, so offsets into the page stay true.
    """

    def blank(match: regex.Match[str]) -> str:
        opening, body, closing = (str(part) for part in match.groups())
        if not _ESCAPED_TABLE.search(body):
            return opening + body + closing
        return " " * len(opening) + body + " " * len(closing)

    return str(_SCRIPT.sub(blank, source))


def html_to_text(source: str) -> tuple[str, tuple[int, ...]]:
    """Text of the page and, for each of its characters, the offset in ``source`` it came from."""
    base: list[int] | None = None
    if source.count('\\"') > 20 and regex.search(r"<t[dr]\b[^>]*\\\"", source):
        source, base = _unescape_js(_unwrap_scripts(source))
    out = _Writer()
    in_cell = False
    for match in _SCAN.finditer(source):
        start = match.start()
        if match["comment"] or match["skip"]:
            continue
        if match["tag"]:
            name = match["name"].lower()
            closing = match["tag"].startswith("</")
            if name in _CELL:
                if in_cell:
                    out.emit(" |\n", start)
                in_cell = not closing
            elif name == "tr" and closing and in_cell:
                out.emit(" |\n", start)
                in_cell = False
            elif name in _BLOCK and not in_cell and not out.ends_with_newline():
                out.emit("\n", start)
            continue
        if match["entity"]:
            char = html.unescape(match["entity"])
            out.emit(" " if char == "\xa0" else char, start)
        elif match["space"]:
            if not (in_cell and "\n" in match["space"]):
                out.emit(" ", start)
        else:
            out.emit(match["text"], start, spread=True)
    text = "".join(out.parts)
    origin = out.origin if base is None else [base[i] if i < len(base) else len(source) for i in out.origin]
    return text, tuple(origin)
