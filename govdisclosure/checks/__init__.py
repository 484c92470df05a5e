"""Consistency checks (勾稽关系) of annual reports: rules as data, findings pointed at cells.

``check(report)`` runs every rule that applies to the report's template; with ``previous`` (the
same body's report of year N−1) also the rules across years. ``check_family`` compares a parent
report with its children; ``format_text`` prints a result for a Chinese reviewer.
"""

from govdisclosure.checks.engine import check, check_family
from govdisclosure.checks.registry import RULES
from govdisclosure.checks.text_report import format_text

__all__ = ["RULES", "check", "check_family", "format_text"]
