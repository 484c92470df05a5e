"""HTML to text with table cells ended by `` |`` (like the pipe rendering), keeping source offsets.

A linear scan (no DOM, no recursion): deeply nested or broken HTML cannot blow the stack. Inline
markup inside a cell adds nothing, so ``<span>20</span><span>23</span>`` reads 2023.
"""

from __future__ import annotations

import functools
import html
import itertools

import regex

_HTML_HINT = regex.compile(r"<(?:table|html|body|td|tr|div|p)\b", regex.I)
# The page as a sequence of comments (their start), skipped blocks (their opening tag), tags, and
# stretches of text between them; a "<" that starts no markup is text.
_MARKUP = regex.compile(
    r"""<(?:(?P<comment>!--)
    |(?P<declaration>[!?][^<>]*>)
    |(?P<skip>(?P<skipname>script|style|head|noscript|template)\b[^>]*>)
    |(?P<tag>/?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>))
    |(?P<chunk>[^<]+|<)""",
    regex.X | regex.S | regex.I,
)
_NAME = _MARKUP.groupindex["name"]  # a group by number: a third of the time of by name
# Inside a stretch of text: entities, runs of space, and the text between them.
_INLINE = regex.compile(
    r"""(?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?)
    |(?P<space>\s+)
    |(?P<text>[^<&\s]+|[<&])""",
    regex.X | regex.S | regex.I,
)
_ENTITY_OR_SPACE = regex.compile(r"[&\s]")
# What ``\s`` matches (str.isspace also takes \x1c-\x1f).
_SPACES = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead"}
    | {"tfoot", "section", "article", "header", "footer", "tr", "caption"}
)
_CELL = frozenset({"td", "th"})
_ESCAPED = regex.compile(r'\\(["/nrt\\])')


def looks_like_html(text: str) -> bool:
    """Whether the text is (or holds) an HTML document or fragment."""
    return at_least(_HTML_HINT, text[:200_000], 3)


def at_least(pattern: regex.Pattern[str], text: str, count: int) -> bool:
    """Whether ``pattern`` matches ``text`` at least ``count`` times (the search stops there)."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), count)) == count


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


@functools.lru_cache(maxsize=64)
def _block_end(name: str) -> regex.Pattern[str]:
    """The closing tag of a skipped block, matched as the name was printed (any case)."""
    return regex.compile(rf"</{regex.escape(name)}\s*>", regex.S | regex.I)


def _skipped_end(source: str, match: regex.Match[str]) -> int:
    """Where a comment or skipped block ends (at the end of the page when it is not closed)."""
    if match["comment"]:
        end = source.find("-->", match.end())
        return len(source) if end < 0 else end + 3
    close = _block_end(match["skipname"]).search(source, match.end())
    return len(source) if close is None else close.end()


def _inline(out: _Writer, source: str, start: int, stop: int, in_cell: bool) -> None:
    """Emit the entities, spaces and text of ``source[start:stop]`` (no markup there)."""
    if not _ENTITY_OR_SPACE.search(source, start, stop):  # one run of text
        out.emit(source[start:stop], start, spread=True)
        return
    for match in _INLINE.finditer(source, start, stop):
        kind = match.lastgroup
        if kind == "text":
            out.emit(match.group(), match.start(), spread=True)
        elif kind == "space":
            if not (in_cell and "\n" in match.group()):
                out.emit(" ", match.start())
        else:
            char = html.unescape(match.group())
            out.emit(" " if char == "\xa0" else char, match.start())


def html_to_text(source: str) -> tuple[str, tuple[int, ...]]:
    """Text of the page and, for each of its characters, the offset in ``source`` it came from.

    Comments and script, style and head blocks are jumped over with a search for their end, so
    their content is never tokenised.
    """
    base: list[int] | None = None
    if source.count('\\"') > 20 and _ESCAPED_TABLE.search(source):
        source, base = _unescape_js(_unwrap_scripts(source))
    out = _Writer()
    parts, origin = out.parts, out.origin
    in_cell = False
    position: int | None = 0
    while position is not None:
        resume, position = position, None
        for match in _MARKUP.finditer(source, resume):
            kind = match.lastgroup
            if kind == "chunk":
                chunk = match.group()
                if chunk.strip(_SPACES):
                    _inline(out, source, match.start(), match.end(), in_cell)
                elif not (in_cell and "\n" in chunk):
                    # The usual stretch between two tags, one run of space, written here: a
                    # page has tens of thousands of them.
                    parts.append(" ")
                    origin.append(match.start())
                continue
            if kind == "declaration":  # <!DOCTYPE …>, <?xml …?>: no text
                continue
            if kind != "tag":
                position = _skipped_end(source, match)
                break
            start = match.start()
            name = match[_NAME].lower()
            closing = source[start + 1] == "/"
            if name in _CELL:
                if in_cell:
                    out.emit(" |\n", start)
                in_cell = not closing
            elif name == "tr" and closing and in_cell:
                out.emit(" |\n", start)
                in_cell = False
            elif name in _BLOCK and not in_cell and parts and not parts[-1].endswith("\n"):
                parts.append("\n")
                origin.append(start)
    text = "".join(parts)
    if base is not None:
        origin = [base[i] if i < len(base) else len(source) for i in origin]
    return text, tuple(origin)
