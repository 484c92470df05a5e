"""The fast paths of normalisation give exactly what ``unicodedata`` gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.text.compact import (
    _DROP,
    _LOOKED_UP,
    _UNIFY,
    DROPPED,
    _char_nfkc,
    _unify,
    compact,
    compact_text,
    nfkc,
    norm,
)
from govdisclosure.text.sentences import SENTENCE, STRIPPED_SENTENCE

# Report-like characters, plus the ones that compose or reorder (accents, kana marks, jamo).
ALPHABET = st.one_of(
    st.sampled_from("中文年度报告（）：；１２ａ、，“”‘’﹑　 \n|é\u0301ｶﾞ가\u1161ℌ①㍻"),
    st.characters(),
)


@settings(max_examples=300)
@given(st.text(ALPHABET, min_size=250, max_size=400))
def test_nfkc_is_unicodedata(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)
    assert _unify(text) == text.translate(_UNIFY)


def test_characters_not_looked_up_are_stable_and_unchanged() -> None:
    skipped = [chr(c) for c in range(0x110000) if not _LOOKED_UP.match(chr(c))]
    assert all(_char_nfkc(char) == char for char in skipped)


def test_the_dropped_characters_are_what_the_drop_pattern_matches() -> None:
    every = (chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert {char for char in every if _DROP.fullmatch(char)} == DROPPED


@given(st.text(alphabet=st.sampled_from("a1 \t\n|*#>`一二、“”，\u3000\u200b\ufeff\xa0ｱ①"), max_size=300))
@settings(max_examples=300, deadline=None)
def test_compact_keeps_the_origin_of_each_kept_character(text: str) -> None:
    view = compact(text)
    assert len(view.origin) == len(view.text)
    assert list(view.origin) == sorted(set(view.origin))
    assert compact_text(text) == view.text
    if len(nfkc(text)) == len(text):
        assert view.text == norm(text)


@given(st.text(alphabet=st.sampled_from("ab 一。；;！!？?\n\t\x1c\x1f\u3000\xa0|"), max_size=200))
@settings(max_examples=500, deadline=None)
def test_stripped_sentences_are_the_sentences_stripped(text: str) -> None:
    stripped = [(m.group(), m.start()) for m in STRIPPED_SENTENCE.finditer(text)]
    expected = [
        (m.group().strip(), m.start() + len(m.group()) - len(m.group().lstrip()))
        for m in SENTENCE.finditer(text)
        if m.group().strip()
    ]
    assert stripped == expected
