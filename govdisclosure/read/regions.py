"""The printed values in a stretch of text between two row labels.

Two readings: where the stretch has cell separators (``|``: pipe text, markdown, converted HTML)
every cell is one item, blank cells included; elsewhere (flat text) the items are the runs between
spaces, which may hold several glued cells. Known table words (headers repeated at a page break,
group labels) are passed over; prose ends the stretch.
"""

from __future__ import annotations

import functools

import regex
from attrs import frozen

from govdisclosure.read.view import View
from govdisclosure.template import lexicon, national
from govdisclosure.template.words import HEADER_WORDS, TABLE_WORDS
from govdisclosure.text.compact import norm

_FLAT_TOKEN = regex.compile(
    f"(?P<num>{lexicon.FLAT_NUMBER})(?P<ann>{lexicon.ANNOTATION})?"
    f"|(?P<ph>{lexicon.FLAT_PLACEHOLDER})"
    r"|(?P<text>[^\s\d|]+)"
)
_NUM, _PH, _TEXT = (_FLAT_TOKEN.groupindex[name] for name in ("num", "ph", "text"))
CELL_VALUE = regex.compile(lexicon.CELL_VALUE)
_SENTENCE_MARKS = regex.compile(r"[。；;!?！？:：]|,.*,")
_ORDINALS = regex.compile(r"\(\d{1,2}\)|\d{1,2}[.,](?!\d)|数据\d{1,2}|第\d{1,3}页|-\d{1,3}-")
_LEADING_ORDINAL = regex.compile(r"^(?:\([一二三四五六七八九十\d]{1,2}\)|[一二三四五六七八九十\d]{1,2}[.,])")
_NUMBER_WORDS = "年月日号%％余多人户家位名"
_DIGIT = regex.compile(r"\d")
_PUNCTUATION_NUMERALS = regex.compile(r"[\(\)\[\]【】,.:\-—_=/]|[一二三四五六七八九十]+")


@frozen
class Item:
    """One printed value (or blank cell) with its original offset."""

    text: str
    offset: int
    blank: bool = False


@frozen
class Region:
    """The items of a stretch, whether they came from separated cells, and where reading stopped."""

    items: tuple[Item, ...]
    celled: bool
    stopped_at: int | None = None


@functools.cache
def vocabulary() -> tuple[str, ...]:
    """Every normalised table word of both templates, longest first.

    Four-character column labels also count by halves: PDF text splits ``结果维持`` over two lines.
    """
    words: set[str] = set(map(norm, (*TABLE_WORDS, *HEADER_WORDS)))
    for spec in national.TEMPLATES.values():
        for table in spec.tables:
            words.add(norm(table.title))
            for row in table.rows:
                words.update(norm(x) for x in (row.label, row.printed_label, row.group_label, row.block))
                words.update(map(norm, row.aliases))
                for column in row.columns:
                    names = [norm(x) for x in (column.label, *column.aliases)]
                    words.update(names)
                    words.update(half for name in names if len(name) == 4 for half in (name[:2], name[2:]))
    words.update([_LEADING_ORDINAL.sub("", w) for w in words])
    words.discard("")
    return tuple(sorted(words, key=len, reverse=True))


@functools.cache
def _by_first_character() -> dict[str, tuple[int, ...]]:
    """The positions in ``vocabulary()`` of the words that begin with each character."""
    index: dict[str, list[int]] = {}
    for position, word in enumerate(vocabulary()):
        index.setdefault(word[0], []).append(position)
    return {char: tuple(positions) for char, positions in index.items()}


@functools.lru_cache(maxsize=4096)  # headers and labels recur across the rows and reports of a batch
def is_table_words(text: str) -> bool:
    """Whether text is made of table words (labels, headers, ordinals) and no prose."""
    rest = norm(text)
    if not rest:
        return True
    # Labels are removed before looking for sentence marks: a label may hold commas.
    rest = _ORDINALS.sub("", rest)
    words, by_first = vocabulary(), _by_first_character()
    # Removing words never brings in a character, so a word whose first character is not in the
    # text now can never be found: only the others are tried, in vocabulary order.
    for position in sorted(p for char in set(rest) for p in by_first.get(char, ())):
        word = words[position]
        if word in rest:
            rest = rest.replace(word, "")
            if not rest:
                return True
    if _SENTENCE_MARKS.search(rest):
        return False
    if _DIGIT.search(rest):
        return False
    rest = _PUNCTUATION_NUMERALS.sub("", rest)
    return len(rest) <= 2


def _flat(text: str, offset: int, label: str = "") -> Region:
    items: list[Item] = []
    for match in _FLAT_TOKEN.finditer(text):
        number, placeholder, words = match.group(_NUM, _PH, _TEXT)
        if number:
            items.append(Item(number, offset + match.start()))
        elif placeholder:
            items.append(Item(placeholder, offset + match.start()))
        elif not (is_table_words(words) or _remnant(words, label)):
            # Digits glued to the start of a sentence ("2022年，…") belong to the sentence.
            while (
                items
                and words[0] in _NUMBER_WORDS
                and items[-1].offset + len(items[-1].text) == offset + match.start()
            ):
                items.pop()
            return Region(tuple(items), False, offset + match.start())
    return Region(tuple(items), False)


def _remnant(words: str, label: str) -> bool:
    """Whether ``words`` are the rest of the row's own label, wrapped past its values (PDF text)."""
    rest = norm(words)
    return len(rest) >= 2 and rest in label


def is_value_cell(inner: str) -> bool:
    """Whether a cell's stripped, non-blank text prints one value or a placeholder."""
    if inner.isascii() and inner.isdigit():  # the usual cell, without the regex
        return True
    return bool(CELL_VALUE.fullmatch(inner)) or inner in lexicon.PLACEHOLDERS


def _celled(text: str, offset: int, label: str = "", markdown: bool = False) -> Region:
    items: list[Item] = []
    pieces = text.split("|")
    position = offset
    for index, piece in enumerate(pieces):
        start = position
        position += len(piece) + 1
        inner = piece.strip()
        # The tail of the label's own cell, and the head of the next label's cell.
        if index in (0, len(pieces) - 1) and (not inner or is_table_words(inner)):
            continue
        if not inner:
            if not (markdown and "\n" in piece):  # a markdown cell holds no line break: a row ends
                items.append(Item("", start, blank=True))
            continue
        lead = len(piece) - len(piece.lstrip())
        if is_value_cell(inner):
            items.append(Item(inner, start + lead))
        elif is_table_words(inner):
            continue
        else:
            sub = _flat(piece, start, label)
            items.extend(sub.items)
            if sub.stopped_at is not None:
                return Region(tuple(items), True, sub.stopped_at)
    return Region(tuple(items), True)


# A PDF page number on a line of its own: "- 5 -", "— 4 —", "第 3 页", "第3页 共9页" (pdf.js-style text
# puts " | " between its pieces).
_PAGE_NUMBER = regex.compile(
    r"^[ \t|]*(?:[-—–－]{1,2}[ \t|]*\d{1,4}[ \t|]*[-—–－]{1,2}"
    r"|第[ \t|]*\d{1,4}[ \t|]*页(?:[ \t|]*共[ \t|]*\d{1,4}[ \t|]*页)?)[ \t|]*$",
    regex.M,
)


_PAGE_DASHES = "-—–－"


def read_region(text: str, offset: int, *, celled: bool, label: str = "", markdown: bool = False) -> Region:
    """The items in ``text`` (found at ``offset`` of the whole text); page numbers are passed over,
    and so is the rest of the row's own ``label`` (normalised) where it wraps past the values. In
    ``markdown`` a line break between two bars ends a row; elsewhere every bar ends a cell."""
    if "页" in text or any(dash in text for dash in _PAGE_DASHES):  # else no page number: no search
        text = _PAGE_NUMBER.sub(lambda m: " " * len(m.group()), text)
    return _celled(text, offset, label, markdown) if celled else _flat(text, offset, label)


_LEADING_ANNOTATION = regex.compile(r"^\s*[（(][^（）()]{1,80}[）)]")


def items_between(view: View, begin: int, stop: int, label: str = "") -> tuple[list[Item], int | None]:
    """The items between two compact indices of ``view``, and where prose stopped the reading
    (a compact index), if it did. A parenthesised note right after the label is passed over, and
    so is the rest of the row's ``label`` (normalised) where it wraps past the values."""
    start, end = view.comp.end(begin), view.comp.start(stop)
    chunk = view.text[start:end]
    lead = _LEADING_ANNOTATION.match(chunk)
    if lead:
        start += lead.end()
        chunk = chunk[lead.end() :]
    region = read_region(chunk, start, celled="|" in chunk, label=label, markdown=view.markdown)
    stopped = None if region.stopped_at is None else view.compact_index(region.stopped_at)
    return list(region.items), stopped
