"""HTML to text with table cells ended by `` |`` (like the pipe rendering), keeping source offsets.

A linear scan (no DOM, no recursion): deeply nested or broken HTML cannot blow the stack. Inline
markup inside a cell adds nothing, so ``<span>20</span><span>23</span>`` reads 2023.

Linear time on any input: a tag ends at the first ``>`` after it, so no tag can start after the
page's last ``>`` and markup is looked for only before it (else every ``<a`` left open would scan
to the end of the page); the searches for escaped tables and script blocks stop at the first
failure for the same reason.
"""

from __future__ import annotations

import functools
import html
import itertools
import operator
from array import array
from collections.abc import Sequence

import regex

from govdisclosure.text import html_runs
from govdisclosure.text.compact import SPACES
from govdisclosure.text.html_runs import BLOCK_NAMES, CELL_NAMES

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
_SPACES = SPACES  # what ``\s`` matches (str.isspace also takes \x1c-\x1f)
_BLOCK = BLOCK_NAMES
_CELL = CELL_NAMES
_ESCAPED = regex.compile(r'\\(["/nrt\\])')


def looks_like_html(text: str) -> bool:
    """Whether the text is (or holds) an HTML document or fragment."""
    return at_least(_HTML_HINT, text[:200_000], 3)


def at_least(pattern: regex.Pattern[str], text: str, count: int) -> bool:
    """Whether ``pattern`` matches ``text`` at least ``count`` times (the search stops there)."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), count)) == count


def _offsets() -> array[int]:
    """A list of offsets: 8 bytes each, where a list of ints takes 36."""
    return array("q")


_BAR = (" ", "|", "\n")  # ends a cell: three pieces from one offset


class _Writer:
    """The text as pieces, each with the offset its first character comes from (the others come
    from the offsets after it)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts = _offsets()

    def emit(self, text: str, offset: int, *, spread: bool = False) -> None:
        if spread or len(text) < 2:
            self.parts.append(text)
            self.starts.append(offset)
        else:  # all from one offset: one piece per character
            self.parts += text
            self.starts.extend([offset] * len(text))

    def origin(self, size: int) -> array[int]:
        """The offset of every character of the text (offsets are below ``size``)."""
        parts, starts = self.parts, self.starts
        if size > _COUNTED:
            stops = map(operator.add, starts, map(len, parts))
            return array("q", itertools.chain.from_iterable(map(range, starts, stops)))
        origin, counting = _offsets(), _counting()
        for at in range(0, len(parts), _BATCH):  # a batch at a time: the slices take memory
            batch = zip(starts[at : at + _BATCH], parts[at : at + _BATCH], strict=True)
            origin.frombytes(b"".join([counting[8 * s : 8 * (s + len(p))] for s, p in batch]))
        return origin


_COUNTED = 1 << 17
_BATCH = 1 << 9


@functools.cache
def _counting() -> bytes:
    """0, 1, 2, … as 8-byte integers: a piece's offsets are copied from it rather than made one int
    at a time, which took a third of the time of HTML to text. Made by the first page read (10 ms,
    1 MB); longer inputs make their offsets one at a time."""
    return array("q", range(_COUNTED)).tobytes()


def _unescape_js(source: str) -> tuple[str, array[int]]:
    """Undo ``\\"`` style escapes of HTML kept inside a JavaScript string, with offsets."""
    out: list[str] = []
    origin = _offsets()
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


_TABLE_TAG = regex.compile(r"<t[dr]\b")
_SCRIPT_OPEN = regex.compile(r"<script\b", regex.I)
_SCRIPT_CLOSE = regex.compile(r"</script\s*>", regex.I)


def has_escaped_table(source: str) -> bool:
    """Whether a ``<td`` or ``<tr`` tag holds an escaped quote (``\\"``) before its ``>``.

    Tags that share one stretch before a ``>`` are looked at once: linear time.
    """
    end = -1
    for match in _TABLE_TAG.finditer(source):
        if match.start() < end:
            continue  # inside the stretch already searched
        end = source.find(">", match.end())
        if end < 0:
            end = len(source)
        if source.find('\\"', match.end(), end) >= 0:
            return True
    return False


def _unwrap_scripts(source: str) -> str:
    """Blank the tags of the scripts that carry the report as an escaped HTML string.

    The tags become spaces of the same length, so offsets into the page stay true. A script with
    no ``>`` or no ``</script>`` after it ends the search: no later one has either.
    """
    parts: list[str] = []
    done = 0
    while (opening := _SCRIPT_OPEN.search(source, done)) is not None:
        body_start = source.find(">", opening.end()) + 1
        closing = _SCRIPT_CLOSE.search(source, body_start) if body_start else None
        if closing is None:
            break
        if has_escaped_table(source[body_start : closing.start()]):
            parts.append(source[done : opening.start()])
            parts.append(" " * (body_start - opening.start()))
            parts.append(source[body_start : closing.start()])
            parts.append(" " * (closing.end() - closing.start()))
        else:
            parts.append(source[done : closing.end()])
        done = closing.end()
    parts.append(source[done:])
    return "".join(parts)


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


def _token(out: _Writer, source: str, position: int, end: int, in_cell: bool) -> tuple[int, bool]:
    """Read the token at ``position`` (the fast path stopped there): where the next one starts
    and whether it is inside a cell."""
    match = _MARKUP.match(source, position, end)
    assert match is not None  # a "<" or a run of text always matches
    kind = match.lastgroup
    parts = out.parts
    if kind == "chunk":
        chunk = match.group()
        if chunk.strip(_SPACES):
            _inline(out, source, match.start(), match.end(), in_cell)
        elif not (in_cell and "\n" in chunk):
            out.emit(" ", match.start())
        return match.end(), in_cell
    if kind == "declaration":  # <!DOCTYPE …>, <?xml …?>: no text
        return match.end(), in_cell
    if kind != "tag":
        return _skipped_end(source, match), in_cell
    start = match.start()
    name = match[_NAME].lower()
    closing = source[start + 1] == "/"
    if name in _CELL:
        if in_cell:
            out.emit(" |\n", start)
        return match.end(), not closing
    if name == "tr" and closing and in_cell:
        out.emit(" |\n", start)
        return match.end(), False
    if name in _BLOCK and not in_cell and parts and not parts[-1].endswith("\n"):
        out.emit("\n", start)
    return match.end(), in_cell


def _scan(out: _Writer, source: str, end: int) -> tuple[int, bool]:
    """Read ``source[:end]`` (all its markup): where reading stopped and whether in a cell.

    One match of ``html_runs`` for each piece of text (with the cell's end or the line break
    after it), the tokens that add nothing skipped inside the match; what the fast path does not
    read, ``_token`` does. One branch per kind of match, in one loop: this is the hot path.
    """
    r = html_runs
    parts, add, bar, entities = out.parts, out.parts.append, out.parts.extend, r.ENTITIES
    starts, starts_all = out.starts.append, out.starts.extend
    inside, after_break, after_text = r.INSIDE.match, r.AFTER_BREAK.match, r.AFTER_TEXT.match
    scan = after_break
    position = 0
    while position < end:
        match = scan(source, position, end)
        assert match is not None  # the last alternative of each is empty
        kind = match.lastindex or r.STOP  # one group always matches
        position = match.end()
        if scan is inside:
            if kind <= r.PIECE_REOPEN:
                piece = match[r.PIECE]
                add(entities.get(piece, piece))
                starts(match.start(r.PIECE))
                if kind == r.PIECE:
                    continue
                bar(_BAR)
                starts_all([match.start(r.PIECE_CLOSE if kind == r.PIECE_CLOSE_OPEN else kind)] * 3)
                if kind == r.PIECE_CLOSE:
                    scan = after_break
            elif kind == r.IN_SPACE:
                add(" ")
                starts(match.start(kind))
            elif kind == r.IN_STOP:
                if position < end:
                    position, in_cell = _token(out, source, position, end, True)
                    if not in_cell:
                        scan = after_text if parts and not parts[-1].endswith("\n") else after_break
            else:  # a cell's start or end (and the next one's start)
                bar(_BAR)
                starts_all([match.start(r.CLOSE if kind == r.CLOSE_OPEN else kind)] * 3)
                if kind == r.CLOSE:
                    scan = after_break
        elif kind <= r.PIECE_BREAK:
            piece = match[r.PIECE]
            if piece is None:
                add(" ")
                starts(match.start(r.SPACE))
            else:
                add(entities.get(piece, piece))
                starts(match.start(r.PIECE))
            if kind == r.PIECE_BREAK:
                add("\n")
                starts(match.start(kind))
                scan = after_break
            else:
                scan = after_text
        elif kind == r.BREAK:
            add("\n")
            starts(match.start(kind))
            scan = after_break
        elif kind == r.STOP:
            if position < end:
                position, in_cell = _token(out, source, position, end, False)
                if in_cell:
                    scan = inside
                elif parts and not parts[-1].endswith("\n"):
                    scan = after_text
                else:
                    scan = after_break
        else:  # a cell's start (and the text after it)
            scan = inside
            if kind == r.OPEN_TEXT:
                add(match[kind])
                starts(match.start(kind))
    return position, scan is inside


def html_to_text(source: str) -> tuple[str, Sequence[int]]:
    """Text of the page and, for each of its characters, the offset in ``source`` it came from.

    Comments and script, style and head blocks are jumped over with a search for their end, so
    their content is never tokenised.
    """
    base: array[int] | None = None
    if source.count('\\"') > 20 and has_escaped_table(source):
        source, base = _unescape_js(_unwrap_scripts(source))
    out = _Writer()
    markup_end = source.rfind(">") + 1  # past it, nothing ends a tag
    position, in_cell = _scan(out, source, markup_end)
    if position < len(source):  # text, up to a comment left open
        comment = source.find("<!--", position)
        _inline(out, source, position, len(source) if comment < 0 else comment, in_cell)
    text = "".join(out.parts)
    origin = out.origin(len(source))
    if base is not None:
        end = len(source)
        origin = array("q", (base[i] if i < len(base) else end for i in origin))
    return text, origin
