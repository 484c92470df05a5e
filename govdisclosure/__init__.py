"""govdisclosure: read, check and export 政府信息公开工作年度报告 (government information-disclosure annual reports).

>>> from govdisclosure import parse, check
>>> result = parse(Path("report.html"))          # str (text), bytes or a path
>>> result.report.applications.new_received.total.value
>>> check(result.report).findings
>>> write_review([("report.html", result)], "review/")  # review/report.html and review/index.html
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # the names, for type checkers; at run time they are imported when first used
    from govdisclosure.checks import RULES, check, check_family, format_text
    from govdisclosure.checks.batch import Pairing, check_batch, pair
    from govdisclosure.model.cellmap import build_report, cells_of, json_pointer, replace_cell
    from govdisclosure.model.cells import Cell, CellKind, Span, number
    from govdisclosure.model.diagnostics import Diagnostic, Severity
    from govdisclosure.model.errors import GovDisclosureError, InputError, SchemaValidationError
    from govdisclosure.model.findings import CheckResult, Family, Finding, Needs, Rule, Scope, Status
    from govdisclosure.model.report import (
        ApplicantRow,
        Applications2019,
        Applications2021,
        CaseGroup,
        Disclosure2019,
        Disclosure2021,
        Metadata,
        Report,
        ReviewLitigation,
        Section,
        Sections,
        Sentence,
    )
    from govdisclosure.read.pipeline import ParseResult, parse, parse_text
    from govdisclosure.review import Relation, ReviewBatch, review_index, review_page, write_review
    from govdisclosure.serde.facts import FACT_COLUMNS, Fact, fact_rows, facts, facts_record
    from govdisclosure.serde.findings_table import FINDING_COLUMNS, finding_id, finding_rows, findings_frame
    from govdisclosure.serde.harmonised import harmonised_frame, harmonised_rows
    from govdisclosure.serde.jsonio import dump_report, load_report, report_from_dict, report_to_dict
    from govdisclosure.serde.parquet import write_facts_parquet, write_findings_parquet
    from govdisclosure.serde.schemas import schema, schema_errors, validate
    from govdisclosure.serde.tables import facts_csv, facts_frame, read_facts, write_csv
    from govdisclosure.serde.version import SCHEMA_VERSION
    from govdisclosure.serde.xlsx import write_xlsx
    from govdisclosure.template.harmonised import CONCEPTS as HARMONISED_CONCEPTS
    from govdisclosure.template.harmonised import NO_COUNTERPART
    from govdisclosure.template.national import TEMPLATE_2019, TEMPLATE_2021, template_spec
    from govdisclosure.template.spec import Template, TemplateSpec

# Where each public name lives (``module`` or ``module:attribute``, under ``govdisclosure.``): a name's
# module is imported when the name is first used, so ``import govdisclosure`` costs nothing.
_LOCATIONS = {
    "RULES": "checks",
    "check": "checks",
    "check_family": "checks",
    "format_text": "checks",
    "Pairing": "checks.batch",
    "check_batch": "checks.batch",
    "pair": "checks.batch",
    "build_report": "model.cellmap",
    "cells_of": "model.cellmap",
    "json_pointer": "model.cellmap",
    "replace_cell": "model.cellmap",
    "Cell": "model.cells",
    "CellKind": "model.cells",
    "Span": "model.cells",
    "number": "model.cells",
    "Diagnostic": "model.diagnostics",
    "Severity": "model.diagnostics",
    "GovDisclosureError": "model.errors",
    "InputError": "model.errors",
    "SchemaValidationError": "model.errors",
    "CheckResult": "model.findings",
    "Family": "model.findings",
    "Finding": "model.findings",
    "Needs": "model.findings",
    "Rule": "model.findings",
    "Scope": "model.findings",
    "Status": "model.findings",
    "ApplicantRow": "model.report",
    "Applications2019": "model.report",
    "Applications2021": "model.report",
    "CaseGroup": "model.report",
    "Disclosure2019": "model.report",
    "Disclosure2021": "model.report",
    "Metadata": "model.report",
    "Report": "model.report",
    "ReviewLitigation": "model.report",
    "Section": "model.report",
    "Sections": "model.report",
    "Sentence": "model.report",
    "ParseResult": "read.pipeline",
    "parse": "read.pipeline",
    "parse_text": "read.pipeline",
    "Relation": "review",
    "ReviewBatch": "review",
    "review_index": "review",
    "review_page": "review",
    "write_review": "review",
    "FACT_COLUMNS": "serde.facts",
    "Fact": "serde.facts",
    "fact_rows": "serde.facts",
    "facts": "serde.facts",
    "facts_record": "serde.facts",
    "FINDING_COLUMNS": "serde.findings_table",
    "finding_id": "serde.findings_table",
    "finding_rows": "serde.findings_table",
    "findings_frame": "serde.findings_table",
    "harmonised_frame": "serde.harmonised",
    "harmonised_rows": "serde.harmonised",
    "dump_report": "serde.jsonio",
    "load_report": "serde.jsonio",
    "report_from_dict": "serde.jsonio",
    "report_to_dict": "serde.jsonio",
    "write_facts_parquet": "serde.parquet",
    "write_findings_parquet": "serde.parquet",
    "schema": "serde.schemas",
    "schema_errors": "serde.schemas",
    "validate": "serde.schemas",
    "facts_csv": "serde.tables",
    "facts_frame": "serde.tables",
    "read_facts": "serde.tables",
    "write_csv": "serde.tables",
    "SCHEMA_VERSION": "serde.version",
    "write_xlsx": "serde.xlsx",
    "HARMONISED_CONCEPTS": "template.harmonised:CONCEPTS",
    "NO_COUNTERPART": "template.harmonised",
    "TEMPLATE_2019": "template.national",
    "TEMPLATE_2021": "template.national",
    "template_spec": "template.national",
    "Template": "template.spec",
    "TemplateSpec": "template.spec",
}

__all__ = [
    "FACT_COLUMNS",
    "FINDING_COLUMNS",
    "HARMONISED_CONCEPTS",
    "NO_COUNTERPART",
    "RULES",
    "SCHEMA_VERSION",
    "TEMPLATE_2019",
    "TEMPLATE_2021",
    "ApplicantRow",
    "Applications2019",
    "Applications2021",
    "CaseGroup",
    "Cell",
    "CellKind",
    "CheckResult",
    "Diagnostic",
    "Disclosure2019",
    "Disclosure2021",
    "Fact",
    "Family",
    "Finding",
    "GovDisclosureError",
    "InputError",
    "Metadata",
    "Needs",
    "Pairing",
    "ParseResult",
    "Relation",
    "Report",
    "ReviewBatch",
    "ReviewLitigation",
    "Rule",
    "SchemaValidationError",
    "Scope",
    "Section",
    "Sections",
    "Sentence",
    "Severity",
    "Span",
    "Status",
    "Template",
    "TemplateSpec",
    "__version__",
    "build_report",
    "cells_of",
    "check",
    "check_batch",
    "check_family",
    "dump_report",
    "fact_rows",
    "facts",
    "facts_csv",
    "facts_frame",
    "facts_record",
    "finding_id",
    "finding_rows",
    "findings_frame",
    "format_text",
    "harmonised_frame",
    "harmonised_rows",
    "json_pointer",
    "load_report",
    "number",
    "pair",
    "parse",
    "parse_text",
    "read_facts",
    "replace_cell",
    "report_from_dict",
    "report_to_dict",
    "review_index",
    "review_page",
    "schema",
    "schema_errors",
    "template_spec",
    "validate",
    "write_csv",
    "write_facts_parquet",
    "write_findings_parquet",
    "write_review",
    "write_xlsx",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module when the name is first used (PEP 562)."""
    location = _LOCATIONS.get(name)
    if location is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = location.partition(":")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
