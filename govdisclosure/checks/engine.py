"""Run the rules that apply to a report and count what passed, failed or could not be assessed."""

from __future__ import annotations

from collections.abc import Mapping

from govdisclosure.checks import across, arithmetic_rules, narrative, structure, table2_rules
from govdisclosure.checks.context import Context, Evaluator
from govdisclosure.checks.registry import RULES, rule
from govdisclosure.checks.tally import tally
from govdisclosure.model.findings import CheckResult
from govdisclosure.model.report import Report

EVALUATORS: Mapping[str, Evaluator] = {
    **arithmetic_rules.EVALUATORS,
    **table2_rules.EVALUATORS,
    **narrative.EVALUATORS,
    **structure.EVALUATORS,
    **across.EVALUATORS,
}


def _applies(rule_id: str, ctx: Context) -> bool:
    if rule_id not in EVALUATORS or ctx.report.template not in rule(rule_id).templates:
        return False
    if rule_id.startswith("xy_"):
        previous = ctx.previous
        if previous is None or previous.template not in rule(rule_id).templates:
            return False
        return rule_id == "xy_carry_over" or previous.template == ctx.report.template
    return True


def check(
    report: Report, previous: Report | None = None, *, lang: str = "zh", text: str | None = None
) -> CheckResult:
    """Check a report (and, given last year's report of the same body, the rules across years).

    ``text`` is the decoded text the report was parsed from (``ParseResult.text``); with it,
    narrative findings carry the span of the sentence they quote.
    """
    ctx = Context.of(report, previous, text)
    rule_ids = [r.id for r in RULES if _applies(r.id, ctx)]
    outcomes = (outcome for rule_id in rule_ids for outcome in EVALUATORS[rule_id](ctx))
    return tally(outcomes, rule_ids, lang)
