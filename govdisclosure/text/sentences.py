"""Sentences of prose: runs of text up to their closing punctuation or the end of the line."""

from __future__ import annotations

import regex

SENTENCE = regex.compile(r"[^。；;！!？?\n]+")
# A sentence without the space around it (what str.strip takes off: \s and \x1c-\x1f): the
# non-blank matches of SENTENCE, each stripped, found in one search.
_BLANK = r"\s\x1c-\x1f"
STRIPPED_SENTENCE = regex.compile(rf"[^。；;！!？?\n{_BLANK}](?:[^。；;！!？?\n]*[^。；;！!？?\n{_BLANK}])?")
