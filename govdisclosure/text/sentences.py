"""Sentences of prose: runs of text up to their closing punctuation or the end of the line."""

from __future__ import annotations

import regex

SENTENCE = regex.compile(r"[^。；;！!？?\n]+")
