"""Builds the JSON Schemas (Draft 2020-12) from the model classes and the templates.

The built schemas are committed in ``govdisclosure/schemas/`` (and mirrored in ``schemas/``); a test
fails when the model or templates change and the files were not rebuilt
(``python scripts/build_schemas.py``).
"""

from __future__ import annotations

import enum
import json
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from govdisclosure.model import cellmap, findings, report
from govdisclosure.model.cells import Cell, Span, Value
from govdisclosure.serde.facts import layout
from govdisclosure.serde.version import SCHEMA_VERSION, SCHEMA_VERSION_PATTERN
from govdisclosure.template.national import TEMPLATES
from govdisclosure.template.spec import Template

BASE_URI = f"https://govdisclosure.github.io/schemas/{SCHEMA_VERSION}/"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
NAMES = ("report", "facts", "check")

_NULL = {"type": "null"}
_INTEGER = {"type": "integer"}
_DECIMAL = {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"}
_DATE = {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_MONEY = frozenset(c.id for spec in TEMPLATES.values() for c in spec.cells if c.column.money)
_VERSION = {
    "type": "string",
    "pattern": SCHEMA_VERSION_PATTERN,
    "description": f"The schema version the document follows ({SCHEMA_VERSION}).",
}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, _NULL]}


class _Builder:
    """Turns attrs classes into ``$defs`` entries."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, name: str) -> dict[str, str]:
        return {"$ref": f"#/$defs/{name}"}

    def type_schema(self, tp: Any, path: str) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp is Cell:
            return self.ref("MoneyCell" if path in _MONEY else "Cell")
        if tp is Value:
            return {"anyOf": [_INTEGER, _DECIMAL, _NULL]}
        if origin in (types.UnionType, typing.Union):
            options = [a for a in args if a is not type(None)]
            inner = [self.type_schema(a, path) for a in options]
            schema = inner[0] if len(inner) == 1 else {"anyOf": inner}
            return _nullable(schema) if type(None) in args else schema
        if origin is tuple:
            return {"type": "array", "items": self.type_schema(args[0], path)}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        if tp is str:
            return {"type": "string"}
        if tp is int:
            return _INTEGER
        if tp is float:
            return {"type": "number"}
        if isinstance(tp, type) and attrs.has(tp):
            return self.define(tp, path)
        raise TypeError(f"no schema for {tp!r}")

    def define(self, cls: type, path: str = "", name: str | None = None) -> dict[str, str]:
        name = name or cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            attrs.resolve_types(cls)
            fields = attrs.fields(cls)
            properties = {
                f.name: self.type_schema(f.type, f"{path}.{f.name}" if path else f.name) for f in fields
            }
            doc = " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())
            self.defs[name] = {
                "type": "object",
                "description": doc,
                "additionalProperties": False,
                "required": [f.name for f in fields],
                "properties": properties,
            }
        return self.ref(name)

    def cells(self) -> None:
        self.define(Cell)
        money = json.loads(json.dumps(self.defs["Cell"]))
        money["description"] = "A money cell: its value is a decimal string in 万元."
        money["properties"]["value"] = _nullable(_DECIMAL)
        self.defs["Cell"]["properties"]["value"] = _nullable(_INTEGER)
        self.defs["MoneyCell"] = money
        self.define(Span)


def _header(name: str, title: str, description: str | None = None) -> dict[str, Any]:
    """The head of a schema file. The short ``title`` names the type that TypeScript users import."""
    head = {"$schema": DIALECT, "$id": f"{BASE_URI}{name}.schema.json", "title": title}
    return head if description is None else {**head, "description": description}


def _versioned(body: dict[str, Any]) -> dict[str, Any]:
    """The object schema with a required ``schema_version`` property first."""
    return {
        **body,
        "required": ["schema_version", *body["required"]],
        "properties": {"schema_version": _VERSION, **body["properties"]},
    }


def _template_is(value: str) -> dict[str, Any]:
    return {"type": "object", "properties": {"template": {"const": value}}, "required": ["template"]}


def report_schema() -> dict[str, Any]:
    """The schema of a report document (``govdisclosure parse``)."""
    builder = _Builder()
    builder.cells()
    for classes in cellmap.TABLE_CLASSES.values():
        for table_id, cls in classes.items():
            builder.define(cls, table_id)
    builder.define(report.Report)
    body = builder.defs.pop("Report")
    tables = list(cellmap.TABLE_ATTRIBUTES.values())
    for table_id, attribute in cellmap.TABLE_ATTRIBUTES.items():
        names = dict.fromkeys(classes[table_id].__name__ for classes in cellmap.TABLE_CLASSES.values())
        body["properties"][attribute] = {"anyOf": [*(builder.ref(n) for n in names), _NULL]}
    branches: list[dict[str, Any]] = []
    for template, classes in cellmap.TABLE_CLASSES.items():
        branches.append(
            {
                "if": _template_is(template.value),
                "then": {
                    "type": "object",
                    "properties": {
                        cellmap.TABLE_ATTRIBUTES[t]: builder.ref(cls.__name__) for t, cls in classes.items()
                    },
                },
            }
        )
    for template in (Template.LEGACY, Template.UNKNOWN):
        branches.append(
            {
                "if": _template_is(template.value),
                "then": {"type": "object", "properties": dict.fromkeys(tables, _NULL)},
            }
        )
    metadata = builder.defs["Metadata"]["properties"]
    metadata["published"] = _nullable(_DATE)
    return {
        **_header("report", "Report"),
        **_versioned(body),
        "allOf": branches,
        "$defs": builder.defs,
    }


def facts_schema() -> dict[str, Any]:
    """The schema of a facts record (``govdisclosure facts``): every cell's value by canonical id."""
    count = _nullable(_INTEGER)
    money = _nullable(_DECIMAL)
    branches: list[dict[str, Any]] = [
        {
            "if": _template_is(spec.template.value),
            "then": {
                "type": "object",
                "properties": {
                    "cells": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": list(spec.cell_ids),
                        "properties": {
                            cell_id: {"$ref": "#/$defs/money" if c.column.money else "#/$defs/count"}
                            for cell_id, (_, c) in layout(spec.template).items()
                        },
                    }
                },
            },
        }
        for spec in TEMPLATES.values()
    ]
    branches.append(
        {
            "if": {
                "type": "object",
                "properties": {"template": {"enum": [Template.LEGACY.value, Template.UNKNOWN.value]}},
                "required": ["template"],
            },
            "then": {"type": "object", "properties": {"cells": {"type": "object", "maxProperties": 0}}},
        }
    )
    body = {
        "type": "object",
        "additionalProperties": False,
        "required": ["file", "template", "year", "issuer", "rendering", "cells"],
        "properties": {
            "file": _nullable({"type": "string"}),
            "template": {"enum": [t.value for t in Template]},
            "year": _nullable(_INTEGER),
            "issuer": _nullable({"type": "string"}),
            "rendering": {"type": "string"},
            "cells": {
                "type": "object",
                "additionalProperties": {"anyOf": [{"$ref": "#/$defs/count"}, {"$ref": "#/$defs/money"}]},
            },
        },
    }
    return {
        **_header("facts", "FactsRecord", "The cells of one report by canonical id (govdisclosure facts)."),
        **_versioned(body),
        "allOf": branches,
        "$defs": {"count": count, "money": money},
    }


def check_schema() -> dict[str, Any]:
    """The schema of a check record (``govdisclosure check --format jsonl``)."""
    builder = _Builder()
    builder.define(Span)
    builder.define(findings.Finding)
    builder.defs["Finding"]["properties"]["cells"]["items"] = {"type": "string", "pattern": r"^t[234]\."}
    count = {"type": "integer", "minimum": 0}
    summary_fields = ("passed", "failed", "not_assessable", "errors", "warnings", "infos")
    body = {
        "type": "object",
        "additionalProperties": False,
        "required": ["file", "template", "findings", "summary"],
        "properties": {
            "file": _nullable({"type": "string"}),
            "template": {"enum": [t.value for t in Template]},
            "compared_with": {
                "description": "The reports of the batch this one was compared with, by file name",
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "previous": _nullable({"type": "string"}),
                    "parent": _nullable({"type": "string"}),
                },
            },
            "findings": {"type": "array", "items": builder.ref("Finding")},
            "summary": {
                "title": "CheckSummary",
                "description": "What the checks counted: rules passed, failed and not assessable; findings by severity.",
                "type": "object",
                "additionalProperties": False,
                "required": list(summary_fields),
                "properties": dict.fromkeys(summary_fields, count),
            },
        },
    }
    return {
        **_header(
            "check",
            "CheckRecord",
            "The findings of the consistency checks on one report (govdisclosure check --format jsonl).",
        ),
        **_versioned(body),
        "$defs": builder.defs,
    }


BUILDERS = {"report": report_schema, "facts": facts_schema, "check": check_schema}


def render(name: str) -> str:
    """The schema file text (stable key order, UTF-8, trailing newline)."""
    return json.dumps(BUILDERS[name](), ensure_ascii=False, indent=2) + "\n"


def write(folder: Path) -> None:
    """Write every schema file into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        (folder / f"{name}.schema.json").write_text(render(name), encoding="utf-8")
