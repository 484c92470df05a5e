"""What a printed value looks like: digits, signs, decimal points, units and placeholders.

The one place this vocabulary is written down. Every reader compiles its patterns from the pattern
texts below (a cell's whole text, a run of flat text, a piece of glued digits), so that they agree
on what a number, a unit and a placeholder are.

Settled here, and tested in ``tests/test_lexicon.py``:

- a run of dashes (``-``, ``--``, ``—``, ``——``, ``–``, ``－``) is one placeholder, and so is ``一``
  standing alone in a cell (typed for a dash); ``一`` inside flat text is a numeral of a label;
- ``无`` is a word placeholder: it fills a cell but prints no value (kind ``text``);
- ``人次`` is a count unit like ``件`` (``3人次`` is 3); ``元`` and ``万元`` are money units, which
  make a count cell text, not a number;
- a count has at most ``MAX_COUNT_DIGITS`` digits; a longer run is not a count of anything.
"""

from __future__ import annotations

# Units, longest first so that an alternation prefers 万元 to 元 and 人次 to 次.
MONEY_UNITS: tuple[str, ...] = ("万元", "元")
COUNT_UNITS: tuple[str, ...] = ("人次", "件", "项", "个", "条", "笔", "次")
UNITS: tuple[str, ...] = ("万元", "人次", "元", "件", "项", "个", "条", "笔", "次")

# Placeholders: what a cell prints instead of a value.
DASH_CHARACTERS = "-—–－"
DASHES: frozenset[str] = frozenset({"-", "--", "—", "——", "–", "－", "一"})
SLASHES: frozenset[str] = frozenset({"/", "／", "\\"})
WORD_PLACEHOLDERS: frozenset[str] = frozenset({"无"})
PLACEHOLDERS: frozenset[str] = DASHES | SLASHES | WORD_PLACEHOLDERS

# Signs: a minus may be printed full-width or as U+2212; a doubled sign (``--253``) is one sign.
MINUS_SIGNS = "-－−"
PLUS_SIGNS = "+＋"
SIGN = "[+\\-－−＋]"
DECIMAL_POINTS = ".．"

MAX_COUNT_DIGITS = 15
MAX_MONEY_DIGITS = 15  # integer digits of an amount (in 元 or 万元)

UNIT = "(?:" + "|".join(UNITS) + ")"
COUNT_UNIT = "(?:" + "|".join(COUNT_UNITS) + ")"
MONEY_UNIT = "(?:" + "|".join(MONEY_UNITS) + ")"
# A parenthesised note printed after a value: "22（其中修订16件）". Not an ordinal like （一）.
ANNOTATION = "[（(](?![一二三四五六七八九十]+[）)])[^（）()\\n]{0,60}[）)]"

# A number as flat text prints it: signs, digits, a decimal part, a unit.
FLAT_NUMBER = f"{SIGN}{{0,2}}\\d+(?:[{DECIMAL_POINTS}]\\d+)?{UNIT}?"
# A placeholder standing alone in flat text (``一`` is left out: there it is a numeral).
FLAT_PLACEHOLDER = f"(?<![\\w])(?:[{DASH_CHARACTERS}]+|/|／|无)(?![\\w])"
# The whole text of a cell that prints one value (thousands separators and spaces allowed).
CELL_VALUE = f"{SIGN}{{0,2}}[\\d.,，．]+\\s*{UNIT}?(?:[（(][^（）()]{{0,60}}[）)])?"
# A cell's text once normalised (NFKC, no spaces): sign, digits (with thousands commas), decimals,
# unit, each in a named group.
CELL_NUMBER = (
    f"^(?P<sign>[+\\-]{{1,2}})?(?P<digits>\\d{{1,3}}(?:,\\d{{3}})+|\\d+)(?P<frac>\\.\\d+)?(?P<unit>{UNIT})?$"
)
# One piece of a run of glued digits taken as a cell: a count, or an amount.
COUNT_PIECE = f"^[+\\-]{{0,2}}(?:0|[1-9]\\d{{0,6}}){COUNT_UNIT}?$"
MONEY_PIECE = f"^[+\\-]{{0,2}}(?:0|[1-9]\\d{{0,13}})(?:\\.\\d{{1,8}})?{MONEY_UNIT}?$"
UNIT_TAIL = f"{UNIT}$"
# A number standing alone on a line of its own (PDF text).
BARE_NUMBER = "^\\s*[+\\-]?\\d+(?:\\.\\d+)?\\s*$"
