"""How parse notes name what they are about: a row, the candidate splits of glued digits."""

from __future__ import annotations

from collections.abc import Sequence

from govdisclosure.model.diagnostics import Phrase
from govdisclosure.read.pieces import Candidate
from govdisclosure.template.national import TABLE_NAMES

TOO_MANY = Phrase("拆分方式过多", "there are too many ways to cut it")
NO_FIT = Phrase("无法拆分为该行的单元格", "it cannot be cut into the row's cells")
NO_SUM = Phrase(
    "任何拆分都不能使“总计”等于其余各列之和（可能有空白单元格未印出）",
    "no cut makes the total the sum of the other cells (a blank cell may not be printed)",
)
MAX_LISTED_SPLITS = 12


def where(cell_id: str, label: str) -> Phrase:
    """How a note names the row of a cell: ``表二“行政许可”行``."""
    zh, en = TABLE_NAMES[cell_id.partition(".")[0]]
    return Phrase(f"{zh}“{label}”行", f"{en}, row “{label}”")


def listed_splits(options: Sequence[Candidate]) -> Phrase:
    """The candidate splits of glued digits, at most ``MAX_LISTED_SPLITS`` of them."""
    shown = options[:MAX_LISTED_SPLITS]
    zh = "、".join("“" + "|".join(p.text or "（空）" for p in o) + "”" for o in shown)
    en = ", ".join("“" + "|".join(p.text or "(blank)" for p in o) + "”" for o in shown)
    more = len(options) - len(shown)
    if more:
        zh, en = f"{zh}等{len(options)}种", f"{en} and {more} more"
    return Phrase(zh, en)
