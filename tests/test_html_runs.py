"""The fast path of HTML to text (``text.html_runs``) reads every page as the token-by-token scan does.

Pages are glued from fragments chosen for the places where the two could part: tag names in any
case or with letters that only match ``[a-zA-Z]`` with the case ignored, cells and rows left open
or closed twice, runs of space with and without a line break inside and outside cells, entities
read by the fast path and others, comments, script blocks, declarations and a ``<`` that starts no
tag. ``tests/html_reference.py`` is the token-by-token scan.
"""

from __future__ import annotations

import html
import re
import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.text import compact, html_runs
from govdisclosure.text.html import html_to_text
from tests import html_reference

FRAGMENTS = [
    *("<td>", "</td>", '<TD class="x">', "<th>", "</th>", "<tr>", "</tr>", "</TR >", "<p>", "</p>"),
    *("<P>", "<div>", "</div>", "<br/>", "<li>", "<span>", "</span>", '<a href="x">', "</a>"),
    *("text", "数字", "12", "|", "  ", " ", "\n", "\t", "\xa0", "\u3000", " \n ", "\x1c", "\x85"),
    *("&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "&foo;", "&#10;", "&NewLine;", "&amp", "&#x41;", "&"),
    *("<!-- c -->", "<!--", "-->", "<script>x<td></script>", "<script>", "</script>", "<!x<"),
    *("<style>a</style>", "<head><td></head>", "<!DOCTYPE html>", "<?xml ?>", "<", ">", "< ", "<3"),
    *("</ >", "<td中>", "<tdx>", "<td-x>", "<ſcript>", "<ſection>", "<lİ>", "<lı>", "<\u212aa>", "<a<td>"),
    *('<p title="a>b">', "<header>", "<head-x>", "<h1>", "</h6>", "<section>", "<SECTION>", "<Table>"),
    *("<tbody>", "<caption>", "<noscript>z</noscript>", "<template>t</template>", "<!--x", "<b", "<td "),
    'x="',
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40))
def test_glued_fragments_read_as_token_by_token(fragments: list[str]) -> None:
    page = "".join(fragments)
    text, origin = html_to_text(page)
    before_text, before_origin = html_reference.html_to_text(page)
    assert text == before_text
    assert list(origin) == list(before_origin)


def test_spaces_and_name_ends_mean_the_same_in_both_engines() -> None:
    """``SPACES`` is what ``\\s`` matches in ``regex``; a name ends where ``\\b`` holds in both."""
    space = regex.compile(r"\s")
    assert "".join(chr(c) for c in range(sys.maxunicode + 1) if space.match(chr(c))) == compact.SPACES
    end = re.compile(html_runs._END)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if end.match(char):
            assert not regex.match(r"\w", char)
            assert not re.match(r"\w", char)


def test_fast_entities_are_one_character_and_no_line_break() -> None:
    for entity, char in html_runs.ENTITIES.items():
        decoded = html.unescape(entity)
        assert (" " if decoded == "\xa0" else decoded) == char
        assert len(char) == 1
        assert char != "\n"
