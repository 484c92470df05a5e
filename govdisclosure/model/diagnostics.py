"""Diagnostics: what the parser noticed about its input (parse notes), with where it noticed it.

A diagnostic is about the reading, never a finding against the report. Every code is registered in
``CODES`` with its severity and its message in Chinese and English; ``note`` builds a diagnostic
from a code and the fields its messages name. A field may be a ``Phrase`` (Chinese and English).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from attrs import frozen

from govdisclosure.model.cells import Span


class Severity(enum.StrEnum):
    """How much a diagnostic or finding matters."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@frozen
class Diagnostic:
    """A note from the parser: a stable code, a severity, its message, and the span it is about.

    ``quote`` is the text printed at ``span`` that the note is about (a number, a row's digits, a
    label), when there is one.
    """

    code: str
    severity: Severity
    message: str
    message_en: str = ""
    span: Span | None = None
    cells: tuple[str, ...] = ()
    quote: str | None = None


@frozen
class Phrase:
    """A field of a message that is worded differently in each language."""

    zh: str
    en: str


@frozen
class Code:
    """A registered diagnostic: its severity and message templates (``str.format`` fields)."""

    code: str
    severity: Severity
    zh: str
    en: str


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: Mapping[str, Code] = {
    c.code: c
    for c in (
        # The input itself.
        Code(
            "undecodable_bytes",
            WARNING,
            "{count}处字节无法解码，已替换为U+FFFD（按{encoding}解码）",
            "{count} undecodable byte(s) replaced by U+FFFD (decoded as {encoding})",
        ),
        Code(
            "lone_surrogates",
            WARNING,
            "输入文本含{count}个孤立的代理码位（U+D800–U+DFFF，不是字符），已替换为U+FFFD",
            "{count} lone surrogate(s) (U+D800–U+DFFF, not characters) in the input text replaced by U+FFFD",
        ),
        Code(
            "input_truncated",
            WARNING,
            "输入过长（{size}个字符），只读取前{limit}个字符",
            "the input is too long ({size} characters): only the first {limit} were read",
        ),
        Code(
            "no_report",
            ERROR,
            "未找到政府信息公开工作年度报告的表格或章节",
            "no 政府信息公开工作年度报告 found: neither its tables nor its sections",
        ),
        Code(
            "legacy_report",
            INFO,
            "未发现2019或2021年度报告格式的表格（第二十条各项、申请情况表），"
            "按2019年以前的旧格式处理，不读取表格、不做勾稽检查",
            "no table of the 2019 or 2021 format (第二十条 blocks, the applications table): read as a "
            "pre-2019 report, without tables or consistency checks",
        ),
        # The template.
        Code(
            "mixed_template",
            WARNING,
            "表格同时含有2019年格式（{v2019}处）和2021年格式（{v2021}处）的标签",
            "the tables carry labels of both the 2019 ({v2019}) and the 2021 template ({v2021})",
        ),
        Code(
            "template_from_year",
            WARNING,
            "表格标签不足以判断格式，按报告年度推定为{template}年格式",
            "the table labels do not tell the template: the {template} template is assumed from the year",
        ),
        # Reading the tables.
        Code(
            "label_nonstandard",
            WARNING,
            "行标签印作“{printed}”，与格式文本“{label}”不完全一致",
            "a row label is printed “{printed}”, not as the template's “{label}”",
        ),
        Code(
            "row_by_position",
            INFO,
            "未找到“{label}”行的标签，按位置读取其数值",
            "the label of row “{label}” was not found: its values were read by position",
        ),
        Code(
            "row_unreadable",
            ERROR,
            "{where}印有“{printed}”，{reason}，相关单元格留空",
            "{where} prints “{printed}”: {reason}; its cells are left null",
        ),
        Code(
            "unplaced_number",
            WARNING,
            "“{label}”后的数字“{printed}”未能放入任何单元格",
            "the number “{printed}” after “{label}” could not be placed in any cell",
        ),
        Code(
            "ambiguous_split",
            WARNING,
            "{where}数字“{printed}”粘连，可拆分为{options}，勾稽关系无法确定，{count}个单元格留空",
            "{where}: the digits “{printed}” run together and can be cut as {options}; the sums do "
            "not decide, so {count} cell(s) are left null",
        ),
        Code(
            "blank_inferred",
            INFO,
            "“{printed}”的数字比单元格少，空白单元格只能位于空格处，{cell}为空",
            "“{printed}” has fewer numbers than cells; a blank cell can only stand at a space: {cell} is blank",
        ),
        Code(
            "narrative_choice",
            INFO,
            "{cell}取{value}：正文写有“{sentence}”",
            "{cell} is {value}: the text says “{sentence}”",
        ),
        Code(
            "cells_missing",
            WARNING,
            "{count}个单元格未能读出：{listed}",
            "{count} cell(s) could not be read: {listed}",
        ),
    )
}


def _fields(fields: Mapping[str, object], english: bool) -> dict[str, object]:
    return {
        key: (value.en if english else value.zh) if isinstance(value, Phrase) else value
        for key, value in fields.items()
    }


def note(
    code: str,
    span: Span | None = None,
    cells: tuple[str, ...] = (),
    quote: str | None = None,
    **fields: object,
) -> Diagnostic:
    """The diagnostic ``code`` with its messages filled in from ``fields``."""
    registered = CODES[code]
    return Diagnostic(
        code,
        registered.severity,
        registered.zh.format(**_fields(fields, english=False)),
        registered.en.format(**_fields(fields, english=True)),
        span,
        cells,
        quote,
    )
