"""The fast paths of normalisation give exactly what ``unicodedata`` gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.normalize import _UNIFY, _unify, nfkc

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
