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
            "有{count}处字节无法按{encoding}解码，已替换为“\ufffd”",
            "bytes that could not be decoded as {encoding}, replaced by “\ufffd”: {count}",
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
        # Document files (PDF, Word).
        Code(
            "document_extra_missing",
            ERROR,
            "读取{kind}文件需要安装可选依赖：pip install 'govdisclosure[{extra}]'",
            "reading a {kind} file needs the optional extra: pip install 'govdisclosure[{extra}]'",
        ),
        Code(
            "document_needs_ocr",
            ERROR,
            "PDF文件没有可提取的文字（扫描件，或字体不含文字编码），需要先做文字识别（OCR），"
            "例如：ocrmypdf -l chi_sim 原文件.pdf 识别后.pdf",
            "the PDF has no text that can be extracted (a scan, or fonts without a character map): it "
            "needs OCR first, for example: ocrmypdf -l chi_sim input.pdf output.pdf",
        ),
        Code(
            "document_pages_need_ocr",
            WARNING,
            "PDF第{pages}页没有文字（扫描页），其内容未读取，需要先做文字识别（OCR）",
            "page(s) {pages} of the PDF have no text (scanned pages): their content was not read; they need OCR",
        ),
        Code(
            "document_encrypted",
            ERROR,
            "PDF文件设有打开密码，无法读取；请提供未加密的文件",
            "the PDF is encrypted with a password: it cannot be read; please provide an unencrypted file",
        ),
        Code(
            "document_broken",
            ERROR,
            "{kind}文件已损坏或不完整，无法读取（{reason}）",
            "the {kind} file is damaged or incomplete and cannot be read ({reason})",
        ),
        Code(
            "document_page_unreadable",
            WARNING,
            "PDF第{page}页无法读取（{reason}），其内容未读取",
            "page {page} of the PDF cannot be read ({reason}): its content was not read",
        ),
        Code(
            "document_old_format",
            ERROR,
            "这是{kind}，无法直接读取；请先转换为.docx或PDF，例如：libreoffice --headless --convert-to docx 文件名",
            "this is {kind}, which cannot be read directly; convert it to .docx or PDF first, for "
            "example: libreoffice --headless --convert-to docx FILE",
        ),
        Code(
            "document_ofd",
            ERROR,
            "这是OFD版式文件，无法直接读取；请先用OFD阅读器将其另存或打印为PDF",
            "this is an OFD file, which cannot be read directly; save or print it as PDF with an OFD reader first",
        ),
        Code(
            "no_report",
            ERROR,
            "未找到政府信息公开工作年度报告的表格或章节",
            "no annual report (“政府信息公开工作年度报告”) found: neither its tables nor its sections",
        ),
        Code(
            "legacy_report",
            INFO,
            "未发现2019或2021年度报告格式的表格（第二十条各项、申请情况表），"
            "按2019年以前的旧格式处理，不读取表格、不做勾稽检查",
            "no table of the 2019 or 2021 format (the “第二十条” blocks, the applications table): read as a "
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
            "a row label is printed “{printed}”, not “{label}” as in the template",
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
            "row_short",
            WARNING,
            "{where}印有{count}个数值“{printed}”，应有{width}个单元格，无法确定哪个单元格空缺，相关单元格留空",
            "{where} prints {count} value(s) “{printed}” for {width} cells; which cell is blank cannot be "
            "told, so its cells are left null",
        ),
        Code(
            "row_long",
            WARNING,
            "{where}印有{count}个数值“{printed}”，多于{width}个单元格，无法确定哪些属于该行，相关单元格留空",
            "{where} prints {count} values “{printed}” for {width} cells; which belong to it cannot be "
            "told, so its cells are left null",
        ),
        Code(
            "not_a_count",
            WARNING,
            "{where}“{column}”列印有“{printed}”，不是件数，按文字保留、不取数值",
            "{where}, column “{column}”: “{printed}” is not a count; kept as text, with no value",
        ),
        Code(
            "not_an_amount",
            WARNING,
            "{where}“{column}”列印有“{printed}”，不是金额，按文字保留、不取数值",
            "{where}, column “{column}”: “{printed}” is not an amount; kept as text, with no value",
        ),
        Code(
            "number_too_long",
            WARNING,
            "{where}“{column}”列印有{digits}位数字，不是可信的数值，按文字保留、不取数值",
            "{where}, column “{column}” prints a number of {digits} digits, not a credible value; kept "
            "as text, with no value",
        ),
        Code(
            "hybrid_row",
            INFO,
            "表三“（六）其他处理”{how}，其数值按印出的样子另行保存，不放入本格式的单元格",
            "table 3 prints （六）其他处理 {how}; its values are kept as printed, apart from this "
            "template's cells",
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
            "{where}数字“{printed}”粘连，无法确定各列数值，{count}个单元格留空（可拆分为{options}）",
            "{where}: the digits “{printed}” run together and the table's sums do not tell how to cut "
            "them; cells left empty: {count} (possible cuts: {options})",
        ),
        Code(
            "grid_undecided",
            WARNING,
            "{where}起的几行，行标签与数值分开印出（按列逐框打印），按行或按列读取所得不同，勾稽关系无法确定，"
            "{count}个单元格留空",
            "the rows from {where} were printed apart from their values (column by column); read by row "
            "or by column they differ and the sums do not decide, so {count} cell(s) are left null",
        ),
        Code(
            "blank_inferred",
            INFO,
            "“{printed}”的数字比单元格少，空白单元格只能位于空格处，据此认定该单元格为空",
            "“{printed}” has fewer numbers than cells, and a blank cell can only stand at a space: "
            "this cell is taken as blank",
        ),
        Code(
            "narrative_choice",
            INFO,
            "该单元格取{value}：正文写有“{sentence}”",
            "this cell is {value}: the text says “{sentence}”",
        ),
        Code(
            "cells_missing",
            WARNING,
            "有{count}个单元格未能读出",
            "cells that could not be read: {count} ({listed})",
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
