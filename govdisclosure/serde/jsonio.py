"""JSON in and out, through a private cattrs converter (never the global one).

Money is a decimal string in JSON (``"25.1"``), counts are integers; ``structure(unstructure(x))``
gives back an equal object.
"""

from __future__ import annotations

import enum
import functools
import json
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from cattrs import Converter
from cattrs.gen import make_dict_structure_fn, override

from govdisclosure.model.cellmap import TABLE_ATTRIBUTES, TABLE_CLASSES
from govdisclosure.model.cells import Value, decimal_text
from govdisclosure.model.report import Report
from govdisclosure.serde.version import unversioned, versioned

T = TypeVar("T")


def _structure_value(data: Any, _: Any) -> Value:
    if data is None or (isinstance(data, int) and not isinstance(data, bool)):
        return data
    if isinstance(data, str):
        return Decimal(data)
    raise TypeError(f"a cell value is an integer, a decimal string or null, not {data!r}")


@functools.cache
def _converter() -> Converter:
    """The converter, built when first used (building it costs more than the rest of the import)."""
    converter = Converter()
    converter.register_unstructure_hook(Decimal, decimal_text)
    # StrEnum members are str, so without this hook they would pass through as enum objects.
    converter.register_unstructure_hook(enum.StrEnum, lambda member: member.value)
    converter.register_structure_hook(Decimal, lambda data, _: Decimal(str(data)))
    converter.register_structure_hook(Value, _structure_value)
    without_tables = make_dict_structure_fn(
        Report,
        converter,
        disclosure=override(omit=True),
        applications=override(omit=True),
        review_litigation=override(omit=True),
    )

    def structure_report(data: Any, _: Any) -> Report:
        report = without_tables(data)
        classes = TABLE_CLASSES.get(report.template, {})
        tables: dict[str, Any] = {
            attribute: converter.structure(data[attribute], classes[table_id])
            for table_id, attribute in TABLE_ATTRIBUTES.items()
            if data.get(attribute) is not None and table_id in classes
        }
        return attrs.evolve(report, **tables)

    converter.register_structure_hook(Report, structure_report)
    return converter


def unstructure(obj: Any) -> Any:
    """Plain JSON-able data (dicts, lists, str, int, None) for a model object."""
    return _converter().unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """The model object of type ``cls`` for plain data produced by ``unstructure``."""
    return _converter().structure(data, cls)


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON text for a model object (UTF-8 friendly: Chinese is written as is)."""
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as the JSON object that ``report.schema.json`` describes (with ``schema_version``)."""
    return versioned(unstructure(report))


def report_from_dict(data: Any) -> Report:
    """A report from its JSON object (one of schema version 2.x, or one without the field).

    Raises ``GovDisclosureError`` for a document of another major schema version.
    """
    return structure(unversioned(data), Report)


def load_report(text: str | bytes) -> Report:
    """A report from JSON text."""
    return report_from_dict(json.loads(text))


def dump_report(report: Report, *, indent: int | None = None) -> str:
    """JSON text for a report (with ``schema_version``)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)
