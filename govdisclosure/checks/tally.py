"""Turn the outcomes of rule evaluations into a ``CheckResult`` with its counts."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from govdisclosure.checks.context import Outcome
from govdisclosure.model.findings import CheckResult, Finding, Status

LANGUAGES = ("zh", "en")


def tally(outcomes: Iterable[Outcome], rule_ids: Iterable[str], lang: str = "zh") -> CheckResult:
    """Count outcomes into a result; with ``lang="en"`` each ``message`` holds the English text."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, not {lang!r}")
    passed = 0
    findings: list[Finding] = []
    for outcome in outcomes:
        if outcome is None:
            passed += 1
        else:
            findings.append(outcome if lang == "zh" else attrs.evolve(outcome, message=outcome.message_en))
    not_assessable = sum(1 for f in findings if f.status is Status.NOT_ASSESSABLE)
    return CheckResult(
        findings=tuple(findings),
        passed=passed,
        failed=len(findings) - not_assessable,
        not_assessable=not_assessable,
        rules=tuple(rule_ids),
    )
