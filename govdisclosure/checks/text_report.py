"""A check result as text for a reviewer: a summary line naming the issuer, then the findings grouped
by table, then what the parser could not read (解析说明).

The Chinese text carries no rule id or code (the JSON has them); the English text ends each finding
with its rule id, for people who look rules up.
"""

from __future__ import annotations

from collections.abc import Sequence

from govdisclosure.checks import messages as msg
from govdisclosure.checks.registry import FAMILY_HEADINGS, rule
from govdisclosure.model.diagnostics import Diagnostic, Severity
from govdisclosure.model.findings import CheckResult, Family, Finding, Status
from govdisclosure.model.report import Report
from govdisclosure.template import english, national
from govdisclosure.template.spec import Template

_TEMPLATE = {
    Template.V2019: "2019年格式",
    Template.V2021: "2021年格式",
    Template.LEGACY: "2019年以前旧格式",
    Template.UNKNOWN: "格式未识别",
}
_SEVERITY = {
    Severity.ERROR: ("错误", "error"),
    Severity.WARNING: ("警告", "warning"),
    Severity.INFO: ("提示", "info"),
}
_NOT_ASSESSABLE = ("无法判断", "not assessable")
_TABLE_FAMILIES = {"t2": Family.TABLE_2, "t3": Family.TABLE_3, "t4": Family.TABLE_4}
# Parse notes whose message does not name the cells it is about: the text names them first.
_NAMES_ITS_CELLS = frozenset({"cells_missing", "blank_inferred", "narrative_choice"})
QUOTE_CHARS = 120
NOTE_CHARS = 200
MAX_NAMED = 3


def _summary(result: CheckResult, report: Report, file: str | None, zh: bool) -> str:
    total = result.passed + result.failed + result.not_assessable
    errors, warnings, infos = (result.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    meta = report.metadata
    issuer = meta.issuer or meta.signature
    year = meta.year
    if zh:
        parts = [f"{issuer or '发布机关不详'} {f'{year}年度' if year else '年度不详'}"]
        parts += [f"文件 {file}"] if file else []
        parts.append(_TEMPLATE[report.template])
        parts.append(
            f"检查 {total} 项：通过 {result.passed}，未通过 {result.failed}，无法判断 {result.not_assessable}"
            f"（错误 {errors}，警告 {warnings}，提示 {infos}）"
        )
    else:
        parts = [f"{issuer or 'issuer unknown'}, {f'year {year}' if year else 'year unknown'}"]
        parts += [f"file {file}"] if file else []
        parts.append(english.TEMPLATES[report.template.value])
        parts.append(
            f"{msg.plural(total, 'check')}: {result.passed} passed, {result.failed} failed, "
            f"{result.not_assessable} not assessable ({msg.plural(errors, 'error')}, "
            f"{msg.plural(warnings, 'warning')}, {infos} info)"
        )
    return " · ".join(parts)


def _line(finding: Finding, zh: bool) -> list[str]:
    index = 0 if zh else 1
    label = _NOT_ASSESSABLE if finding.status is Status.NOT_ASSESSABLE else _SEVERITY[finding.severity]
    message = finding.message if zh else f"{finding.message_en} ({finding.rule})"
    lines = [f"  [{label[index]}] {message}"]
    if finding.quote:
        quote = finding.quote if len(finding.quote) <= QUOTE_CHARS else finding.quote[:QUOTE_CHARS] + "…"
        lines.append(f"      原文：“{quote}”" if zh else f"      quote: “{quote}”")
    return lines


def _order(finding: Finding) -> tuple[bool, int]:
    """Failures before not-assessable ones, the most severe first (a stable sort keeps the rest)."""
    return finding.status is Status.NOT_ASSESSABLE, -finding.severity.rank


def _family(finding: Finding) -> Family:
    family = rule(finding.rule).family
    if family in _TABLE_FAMILIES.values() and finding.table in _TABLE_FAMILIES:
        return _TABLE_FAMILIES[finding.table]
    return family


def _note(note: Diagnostic, report: Report, zh: bool) -> str:
    label = _SEVERITY[note.severity][0 if zh else 1]
    text = note.message if zh else note.message_en
    spec = national.TEMPLATES.get(report.template)
    if zh and note.code in _NAMES_ITS_CELLS and note.cells and spec is not None:
        text = f"{msg.listing_zh(note.cells, spec)}：{text}"
    if len(text) > NOTE_CHARS:
        text = text[:NOTE_CHARS] + "…"
    line = note.span.line if note.span is not None else None
    where = "" if line is None else f"（第{line}行）" if zh else f" (line {line})"
    code = "" if zh else f" ({note.code})"
    return f"  [{label}] {text}{where}{code}"


def compared_line(previous: str | None, parent: str | None, zh: bool) -> str | None:
    """Which reports of the batch this one was compared with (None when none)."""
    parts = []
    if previous:
        parts.append(f"上一年度报告 {previous}" if zh else f"last year's report {previous}")
    if parent:
        parts.append(
            f"所属政府同年度报告 {parent}" if zh else f"the government's report of the year {parent}"
        )
    if not parts:
        return None
    return ("对照：" + "；".join(parts)) if zh else ("compared with " + "; ".join(parts))


def format_text(
    result: CheckResult,
    report: Report,
    *,
    file: str | None = None,
    lang: str = "zh",
    previous: str | None = None,
    parent: str | None = None,
) -> str:
    """The summary line, the reports it was compared with, each group (表二/表三/表四/文字说明/结构/
    跨年度) with its findings, then what the parser could not read (解析说明)."""
    zh = lang == "zh"
    lines = [_summary(result, report, file, zh)]
    compared = compared_line(previous, parent, zh)
    if compared:
        lines.append(compared)
    groups: dict[Family, list[Finding]] = {}
    for finding in result.findings:
        groups.setdefault(_family(finding), []).append(finding)
    for family, (heading_zh, heading_en) in FAMILY_HEADINGS.items():
        if family not in groups:
            continue
        lines.append(f"【{heading_zh}】" if zh else f"[{heading_en}]")
        for finding in sorted(groups[family], key=_order):
            lines.extend(_line(finding, zh))
    notes: Sequence[Diagnostic] = [d for d in report.diagnostics if d.severity is not Severity.INFO]
    if notes:
        lines.append("【解析说明】" if zh else "[Parse notes]")
        lines.extend(_note(note, report, zh) for note in notes)
    if not result.findings and not notes:
        lines.append("未发现问题。" if zh else "No findings.")
    return "\n".join(lines) + "\n"
