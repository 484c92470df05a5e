"""Which printed variants of the templates' wording are typos and which are harmless.

The parser tolerates every variant in ``national`` (aliases); a reviewer does not. A variant listed
in ``TYPOS`` is a typo of the template's wording (a warning); the other aliases are harmless
variants (information). Typos not listed here are found by their shape: a label printed with one
character changed, added or dropped inside it (not at its ends, where the label simply meets
another word), a character printed twice (过程性性信息, 行行政复议, 四四、), or, in a short label, a
character typed for a look-alike or homophone (``CONFUSABLE``: 不子公开 for 不予公开).
"""

from __future__ import annotations

from govdisclosure.template.national import NOTICE_2019, NOTICE_2021

# Aliases of the templates that are typos, though the parser reads them.
TYPOS: frozenset[str] = frozenset(
    {
        "本年废纸件数",
        "属于三类内容事务信息",
        "部分公开（区分处理的，只计这一情况，不计其他情形）",
    }
)

# Characters typed for one another (homophones or look-alikes): template character → printed ones.
CONFUSABLE: dict[str, str] = {
    "予": "子于",
    "局": "居",
    "止": "纸址",
    "复": "服",
    "审": "申",
    "情": "清",
    "公": "功",
    "开": "并",
}

# Terms of the templates that prose repeats (a typo of one is caught even outside the tables).
TERMS: tuple[str, ...] = (
    "政府信息公开",
    "主动公开",
    "依申请公开",
    "予以公开",
    "部分公开",
    "不予公开",
    "无法提供",
    "不予处理",
    "其他处理",
    "行政复议",
    "行政诉讼",
    "规范性文件",
    "内部事务信息",
    "过程性信息",
    "行政执法案卷",
    "结转下年度",
    "信息处理费",
)

# Separators a section heading may carry after its numeral: the template's, harmless ones, typos.
HEADING_SEPARATOR = "、"
HARMLESS_SEPARATORS = frozenset(".．:：,，")
TYPO_SEPARATORS = frozenset("是")

# The notices that set the templates, as a report cites them: a report of 2021 or later citing the
# 2019 notice uses the outdated format's instructions.
NOTICE_TITLES: dict[str, tuple[str, ...]] = {
    NOTICE_2019: (NOTICE_2019, "关于政府信息公开工作年度报告有关事项的通知"),
    NOTICE_2021: (NOTICE_2021, "关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知"),
}

# Labels shorter than this are matched only for doubled or confusable characters.
MIN_FUZZY_LENGTH = 5
# Labels this long may carry two edits.
TWO_EDITS_LENGTH = 12
