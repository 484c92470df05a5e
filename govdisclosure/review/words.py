"""The words of the review pages, in Chinese and English: one place for every phrase a page prints.

Each entry is a pair ``(zh, en)``; ``say(key, lang)`` picks one. The template's own labels (rows,
columns, captions) are not here: they come from ``template.national`` and stay Chinese in both
languages, because they are what the report prints.
"""

from __future__ import annotations

from govdisclosure.model.cells import CellKind
from govdisclosure.model.diagnostics import Severity
from govdisclosure.template import national
from govdisclosure.template.spec import Template

Pair = tuple[str, str]

WORDS: dict[str, Pair] = {
    "page_title": ("审阅", "review"),
    "index_title": ("年度报告审阅索引", "Annual reports: review index"),
    "back": ("← 全部报告", "← All reports"),
    "skip": ("跳到检查结果", "Skip to the findings"),
    "issuer": ("发布机关", "Issuer"),
    "year": ("年度", "Year"),
    "template": ("格式", "Template"),
    "rendering": ("呈现形式", "Rendering"),
    "file": ("文件", "File"),
    "published": ("发布日期", "Published"),
    "publisher": ("发布机构", "Publisher"),
    "index_number": ("索引号", "Index number"),
    "document_number": ("文号", "Document number"),
    "unknown": ("不详", "unknown"),
    "checks": ("检查", "Checks"),
    "checks_line": (
        "检查 {total} 项：通过 {passed}，未通过 {failed}，无法判断 {na}",
        "{total} checks: {passed} passed, {failed} failed, {na} not assessable",
    ),
    "cells_line": (
        "单元格 {total} 个：数值 {numbers}，空白/横线/斜线/文字 {printed}，未读出 {missing}",
        "{total} cells: {numbers} numbers, {printed} blank/dash/slash/text, {missing} not read",
    ),
    "findings": ("检查结果", "Findings"),
    "no_findings": ("未发现问题。", "No findings."),
    "notes": ("解析说明", "Parse notes"),
    "notes_intro": (
        "以下是解析器未能确定或另行推断的内容，不是报告本身的错误。",
        "What the parser could not read or had to infer: notes about the reading, not mistakes of the report.",
    ),
    "no_notes": ("无。", "None."),
    "tables": ("表格", "Tables"),
    "no_tables": (
        "该报告没有2019或2021年格式的表格。",
        "This report has no table of the 2019 or 2021 template.",
    ),
    "source": ("原文", "Source"),
    "source_html": (
        "网页的文字（标签已去除）；标记处即单元格和引用语句在原网页中的位置。",
        "The page's text (tags removed); marks show where cells and quoted sentences are in the page.",
    ),
    "source_text": (
        "输入文本原样显示；标记处为单元格和引用语句。",
        "The input as given; marks show the cells and the quoted sentences.",
    ),
    "no_source": (
        "无原文（报告由数据构建或从JSON读入）。",
        "No source (the report was built or loaded from JSON).",
    ),
    "quote": ("原文", "quote"),
    "where": ("第{line}行第{column}列", "line {line}, column {column}"),
    "printed_as": ("印作", "printed"),
    "value": ("数值", "value"),
    "kind": ("类型", "kind"),
    "how": ("读取方式", "how it was read"),
    "cells_of": ("涉及 {count} 个单元格", "{count} cell(s)"),
    "not_read_reason": (
        "解析器未能读出该单元格（报告中未找到或无法确定）",
        "the parser could not read this cell (not found, or not decidable)",
    ),
    "legend": ("图例", "Legend"),
    "related": ("相关报告", "Related reports"),
    "keys": (
        "键盘：Tab 在检查结果间移动，Enter 选中其单元格；j/k 下一条/上一条；方向键在表格内移动。",
        "Keyboard: Tab moves between findings, Enter selects their cells; j/k next/previous; arrow keys move within a table.",
    ),
    "reports": ("报告", "Reports"),
    "summary_line": (
        "共 {count} 份报告：错误 {errors}，警告 {warnings}，提示 {infos}",
        "{count} reports: {errors} errors, {warnings} warnings, {infos} info",
    ),
    "col_file": ("文件", "File"),
    "col_issuer": ("发布机关", "Issuer"),
    "col_year": ("年度", "Year"),
    "col_template": ("格式", "Template"),
    "col_rendering": ("呈现形式", "Rendering"),
    "col_errors": ("错误", "Errors"),
    "col_warnings": ("警告", "Warnings"),
    "col_infos": ("提示", "Info"),
    "col_na": ("无法判断", "Not assessable"),
    "col_cells": ("已读单元格", "Cells read"),
    "col_notes": ("解析说明", "Parse notes"),
    "sort_hint": ("点击列标题排序", "Click a column heading to sort"),
    "filter": ("筛选", "Filter"),
    "relations": ("报告之间的关系", "Relations between the reports"),
    "no_relations": (
        "本批次未给出报告之间的关系。",
        "No relations between the reports were given for this batch.",
    ),
    "col_relation": ("关系", "Relation"),
    "col_report": ("报告", "Report"),
    "col_other": ("相关报告", "Related report"),
    "failed": ("未能读取的输入", "Inputs that could not be read"),
    "hybrid_single": ("合计（按2019年格式印为一行）", "total (printed as one row, 2019 template)"),
    "hybrid_total": ("合计（2019年格式的一行，未单独印出）", "total (the 2019 row, not printed)"),
    "hybrid_split_note": (
        "（六）其他处理按2021年格式分为三行印出",
        "（六）其他处理 printed as the three rows of the 2021 template",
    ),
    "hybrid_single_note": (
        "表三（六）其他处理按2019年格式印为一行",
        "table 3 （六）其他处理 printed as one row, as in the 2019 template",
    ),
}

SEVERITY: dict[Severity, Pair] = {
    Severity.ERROR: ("错误", "error"),
    Severity.WARNING: ("警告", "warning"),
    Severity.INFO: ("提示", "info"),
}
NOT_ASSESSABLE: Pair = ("无法判断", "not assessable")

# How each kind of cell is named, and the mark a cell of that kind shows instead of a value.
KIND: dict[CellKind, Pair] = {
    CellKind.NUMBER: ("数字", "number"),
    CellKind.BLANK: ("空白", "blank"),
    CellKind.DASH: ("横线", "dash"),
    CellKind.SLASH: ("斜线", "slash"),
    CellKind.TEXT: ("文字", "text"),
    CellKind.MISSING: ("未读出", "not read"),
}
MISSING_MARK = "？"

TEMPLATE: dict[Template, Pair] = {
    Template.V2019: (f"2019年格式（{national.NOTICE_2019}）", f"2019 template ({national.NOTICE_2019})"),
    Template.V2021: (f"2021年格式（{national.NOTICE_2021}）", f"2021 template ({national.NOTICE_2021})"),
    Template.LEGACY: ("2019年以前旧格式", "pre-2019 format"),
    Template.UNKNOWN: ("格式未识别", "unknown format"),
}
TEMPLATE_SHORT: dict[Template, Pair] = {
    Template.V2019: ("2019年格式", "2019"),
    Template.V2021: ("2021年格式", "2021"),
    Template.LEGACY: ("旧格式", "legacy"),
    Template.UNKNOWN: ("未识别", "unknown"),
}
HYBRID: Pair = ("混合", "hybrid")

RENDERING: dict[str, Pair] = {
    "html": ("网页（HTML）", "web page (HTML)"),
    "markdown": ("Markdown", "markdown"),
    "pipe": ("竖线分隔文本", "pipe text"),
    "flat": ("扁平文本（单元格粘连或以空格分隔）", "flat text (cells glued or spaced)"),
    "text": ("纯文本", "plain text"),
    "unknown": ("未识别", "unknown"),
}

# Relations between the reports of a batch: (this report's side, the other report's side).
RELATION: dict[str, tuple[Pair, Pair]] = {
    "previous_year": (("上一年度报告", "previous year's report"), ("下一年度报告", "next year's report")),
    "parent": (("上级政府报告", "its government's report"), ("所属部门报告", "a department's report")),
}


def say(key: str, lang: str, **fields: object) -> str:
    """The phrase ``key`` in ``lang`` (``zh`` or ``en``), with its fields filled in."""
    text = pick(WORDS[key], lang)
    return text.format(**fields) if fields else text


def pick(pair: Pair, lang: str) -> str:
    """The Chinese or the English of a pair."""
    return pair[1] if lang == "en" else pair[0]
