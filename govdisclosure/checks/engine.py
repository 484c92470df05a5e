"""Run the rules that apply to a report and count what passed, failed or could not be assessed."""

from __future__ import annotations

from collections.abc import Sequence

from govdisclosure.checks.consolidate import consolidate
from govdisclosure.checks.context import Context
from govdisclosure.checks.issuer import same_reports
from govdisclosure.checks.registry import CHECKS, RULES_BY_ID, Check
from govdisclosure.checks.tally import tally
from govdisclosure.model.findings import CheckResult, Needs, Rule
from govdisclosure.model.report import Report

SAME_BODY = "xy_same_body"


def applies(
    rule: Rule,
    report: Report,
    previous: Report | None = None,
    *,
    family: bool = False,
    parent: Report | None = None,
) -> bool:
    """Whether the rule runs on this report, given last year's report, the report of the government
    it belongs to, and whether its children are known. Last year's report of another body is
    compared by ``xy_same_body`` only."""
    if report.template not in rule.templates:
        return False
    if rule.needs is Needs.FAMILY:
        return family
    if rule.needs is Needs.REPORT:
        return not family
    if rule.needs is Needs.PARENT:
        return parent is not None and not family and parent.template in rule.templates
    if previous is None or family or previous.template not in rule.templates:
        return False
    if rule.id != SAME_BODY and same_reports(report, previous) is False:
        return False
    return rule.needs is Needs.PREVIOUS or previous.template == report.template


def _run(ctx: Context, checks: Sequence[Check], lang: str) -> CheckResult:
    outcomes = (outcome for c in checks for outcome in c.evaluate(ctx, c.rule))
    return tally(consolidate(ctx, outcomes), [c.rule.id for c in checks], lang)


def check(
    report: Report, previous: Report | None = None, *, parent: Report | None = None, lang: str = "zh"
) -> CheckResult:
    """Check a report; given last year's report of the same body, also the rules across years, and
    given the report of the government it belongs to (same year), the rules across reports."""
    ctx = Context.of(report, RULES_BY_ID, previous, parent=parent)
    return _run(ctx, [c for c in CHECKS if applies(c.rule, report, previous, parent=parent)], lang)


def check_family(parent: Report, children: Sequence[Report], *, lang: str = "zh") -> CheckResult:
    """The rules across reports: a parent report's totals against the sum of its children's."""
    ctx = Context.of(parent, RULES_BY_ID, children=children)
    if ctx.spec is None or not children:
        return tally((), (), lang)
    return _run(ctx, [c for c in CHECKS if applies(c.rule, parent, family=True)], lang)
