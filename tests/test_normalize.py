"""The fast paths of normalisation give exactly what ``unicodedata`` gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.text.compact import _LOOKED_UP, _UNIFY, _char_nfkc, _unify, nfkc

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
