"""govdisclosure: read, check and export 政府信息公开工作年度报告 (government information-disclosure annual reports).

>>> from govdisclosure import parse, check
>>> result = parse(Path("report.html"))          # str (text), bytes or a path
>>> result.report.applications.new_received.total.value
>>> check(result.report).findings
"""

from __future__ import annotations

__version__ = "0.1.0"

from govdisclosure.checks import RULES, check, check_family, format_text
from govdisclosure.checks.batch import Pairing, check_batch, pair
from govdisclosure.model.cellmap import build_report, cells_of, json_pointer, replace_cell
from govdisclosure.model.cells import Cell, CellKind, Span, number
from govdisclosure.model.diagnostics import Diagnostic, Severity
from govdisclosure.model.errors import GovDisclosureError, InputError, SchemaValidationError
from govdisclosure.model.findings import CheckResult, Finding, Rule, Scope, Status
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
)
from govdisclosure.read.pipeline import ParseResult, parse, parse_text
from govdisclosure.serde.facts import Fact, facts, facts_csv, facts_frame, facts_record, write_csv
from govdisclosure.serde.jsonio import dump_report, load_report, report_from_dict, report_to_dict
from govdisclosure.serde.schema_build import SCHEMA_VERSION
from govdisclosure.serde.schemas import schema, schema_errors, validate
from govdisclosure.template.national import TEMPLATE_2019, TEMPLATE_2021, template_spec
from govdisclosure.template.spec import Template, TemplateSpec

__all__ = [
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
    "Finding",
    "GovDisclosureError",
    "InputError",
    "Metadata",
    "Pairing",
    "ParseResult",
    "Report",
    "ReviewLitigation",
    "Rule",
    "SchemaValidationError",
    "Scope",
    "Section",
    "Sections",
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
    "facts",
    "facts_csv",
    "facts_frame",
    "facts_record",
    "format_text",
    "json_pointer",
    "load_report",
    "number",
    "pair",
    "parse",
    "parse_text",
    "replace_cell",
    "report_from_dict",
    "report_to_dict",
    "schema",
    "schema_errors",
    "template_spec",
    "validate",
    "write_csv",
]
