"""A check result as text for a reviewer: a one-line summary, then the findings grouped by table."""

from __future__ import annotations

from govdisclosure.checks.registry import FAMILY_HEADINGS, rule
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import CheckResult, Family, Finding, Status
from govdisclosure.model.report import Report
from govdisclosure.template.spec import Template

_TEMPLATE = {
    Template.V2019: ("2019年格式", "2019 template"),
    Template.V2021: ("2021年格式", "2021 template"),
    Template.LEGACY: ("2019年以前旧格式", "pre-2019 format"),
    Template.UNKNOWN: ("格式未识别", "unknown format"),
}
_SEVERITY = {
    Severity.ERROR: ("错误", "error"),
    Severity.WARNING: ("警告", "warning"),
    Severity.INFO: ("提示", "info"),
}
_NOT_ASSESSABLE = ("无法判断", "not assessable")
QUOTE_CHARS = 120
NOTE_CHARS = 160


def _summary(result: CheckResult, report: Report, file: str | None, zh: bool) -> str:
    total = result.passed + result.failed + result.not_assessable
    errors, warnings, infos = (result.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    year = report.metadata.year
    template = _TEMPLATE[report.template][0 if zh else 1]
    if zh:
        parts = [f"文件 {file}"] if file else []
        parts += [template, f"{year}年度" if year else "年度不详"]
        parts.append(
            f"检查 {total} 项：通过 {result.passed}，未通过 {result.failed}，无法判断 {result.not_assessable}"
            f"（错误 {errors}，警告 {warnings}，提示 {infos}）"
        )
    else:
        parts = [f"file {file}"] if file else []
        parts += [template, f"year {year}" if year else "year unknown"]
        parts.append(
            f"{total} checks: {result.passed} passed, {result.failed} failed, "
            f"{result.not_assessable} not assessable (errors {errors}, warnings {warnings}, info {infos})"
        )
    return " · ".join(parts)


def _line(finding: Finding, zh: bool) -> list[str]:
    index = 0 if zh else 1
    label = _NOT_ASSESSABLE if finding.status is Status.NOT_ASSESSABLE else _SEVERITY[finding.severity]
    message = finding.message if zh else finding.message_en
    lines = [f"  [{label[index]}] {finding.rule}  {message}"]
    if finding.quote:
        quote = finding.quote if len(finding.quote) <= QUOTE_CHARS else finding.quote[:QUOTE_CHARS] + "…"
        lines.append(f"      {'原文' if zh else 'quote'}：“{quote}”")
    return lines


def _order(finding: Finding) -> tuple[bool, int]:
    """Failures before not-assessable ones, the most severe first (a stable sort keeps the rest)."""
    return finding.status is Status.NOT_ASSESSABLE, -finding.severity.rank


def format_text(result: CheckResult, report: Report, *, file: str | None = None, lang: str = "zh") -> str:
    """The summary line, each group (表二/表三/表四/文字说明/结构/跨年度) with its findings, then
    what the parser could not decide (解析说明: ambiguous splits, unplaced numbers…)."""
    zh = lang == "zh"
    lines = [_summary(result, report, file, zh)]
    groups: dict[Family, list[Finding]] = {}
    for finding in result.findings:
        groups.setdefault(rule(finding.rule).family, []).append(finding)
    for family, (heading_zh, heading_en) in FAMILY_HEADINGS.items():
        if family not in groups:
            continue
        lines.append(f"【{heading_zh}】" if zh else f"[{heading_en}]")
        for finding in sorted(groups[family], key=_order):
            lines.extend(_line(finding, zh))
    notes = [d for d in report.diagnostics if d.severity is not Severity.INFO]
    if notes:
        lines.append("【解析说明】" if zh else "[Parsing]")
        for note in notes:
            label = _SEVERITY[note.severity][0 if zh else 1]
            where = (
                f"（第{note.span.line}行）"
                if zh and note.span
                else f" (line {note.span.line})"
                if note.span
                else ""
            )
            lines.append(f"  [{label}] {note.code}  {_shorten(note.message)}{where}")
    if not result.findings and not notes:
        lines.append("未发现问题。" if zh else "No findings.")
    return "\n".join(lines) + "\n"


def _shorten(text: str) -> str:
    return text if len(text) <= NOTE_CHARS else text[:NOTE_CHARS] + "…"
