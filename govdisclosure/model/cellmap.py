"""Walk a report's tables by canonical cell id: read all cells, build a report from cells, replace one."""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from govdisclosure.model.cells import MISSING, Cell
from govdisclosure.model.report import (
    Applications2019,
    Applications2021,
    Disclosure2019,
    Disclosure2021,
    Report,
    ReviewLitigation,
)
from govdisclosure.template.spec import Template

# The report attribute that holds each table.
TABLE_ATTRIBUTES: dict[str, str] = {
    "t2": "disclosure",
    "t3": "applications",
    "t4": "review_litigation",
}

TABLE_CLASSES: dict[Template, dict[str, type]] = {
    Template.V2019: {
        "t2": Disclosure2019,
        "t3": Applications2019,
        "t4": ReviewLitigation,
    },
    Template.V2021: {
        "t2": Disclosure2021,
        "t3": Applications2021,
        "t4": ReviewLitigation,
    },
}


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, type], ...]:
    """(name, class) of each field; an optional part (``X | None``) by its class."""
    attrs.resolve_types(cls)
    return tuple((f.name, _class_of(f.type)) for f in attrs.fields(cls))


def _class_of(ftype: Any) -> type:
    options = [a for a in typing.get_args(ftype) if a is not type(None)]
    return options[0] if options else ftype  # type: ignore[no-any-return]


@functools.cache
def _optional(cls: type) -> frozenset[str]:
    """The fields of ``cls`` that may be None (the hybrid rows)."""
    attrs.resolve_types(cls)
    return frozenset(f.name for f in attrs.fields(cls) if type(None) in typing.get_args(f.type))


@functools.cache
def _keyed_fields(cls: type, prefix: str) -> tuple[tuple[str, str, type], ...]:
    """(name, id, type) of each field of ``cls`` under ``prefix``: the ids are built once."""
    return tuple((name, f"{prefix}.{name}", ftype) for name, ftype in _fields(cls))


def _collect(obj: Any, prefix: str, into: dict[str, Cell]) -> None:
    """Put the cells under ``obj`` into ``into`` by id, in field order."""
    cls: type = type(obj)
    for name, key, _ in _keyed_fields(cls, prefix):
        value = getattr(obj, name)
        if isinstance(value, Cell):
            into[key] = value
        elif value is not None:
            _collect(value, key, into)


def cells_of(report: Report) -> dict[str, Cell]:
    """Every cell of the report's tables by canonical id, in template order (empty for legacy)."""
    result: dict[str, Cell] = {}
    for table_id, attribute in TABLE_ATTRIBUTES.items():
        table = getattr(report, attribute)
        if table is not None:
            _collect(table, table_id, result)
    return result


def _build(cls: type, prefix: str, cells: Mapping[str, Cell], parents: set[str]) -> Any:
    kwargs: dict[str, Any] = {}
    optional = _optional(cls)
    for name, key, ftype in _keyed_fields(cls, prefix):
        if ftype is Cell:
            kwargs[name] = cells.get(key, MISSING)
        elif name not in optional or key in parents:
            kwargs[name] = _build(ftype, key, cells, parents)
    return cls(**kwargs)


def _parents(ids: Iterable[str]) -> set[str]:
    """Every id that some cell id continues (``t3.total`` for ``t3.total.new``)."""
    found: set[str] = set()
    for cell_id in ids:
        at = cell_id.rfind(".")
        while at > 0 and cell_id[:at] not in found:
            found.add(cell_id[:at])
            at = cell_id.rfind(".", 0, at)
    return found


def build_tables(template: Template, cells: Mapping[str, Cell]) -> dict[str, Any]:
    """The three table objects of a template filled from ``cells`` (absent ids are missing)."""
    parents = _parents(cells)
    return {
        TABLE_ATTRIBUTES[table_id]: _build(cls, table_id, cells, parents)
        for table_id, cls in TABLE_CLASSES[template].items()
    }


def build_report(template: Template | str, cells: Mapping[str, Cell], **fields: Any) -> Report:
    """A report of the 2019 or 2021 template from cells keyed by canonical id.

    Unknown ids raise ``KeyError``; ids the mapping lacks become missing cells.
    """
    template = Template(template)
    tables = build_tables(template, cells)
    report = Report(template=template, **tables, **fields)
    unknown = set(cells) - set(cells_of(report))
    if unknown:
        raise KeyError(f"not cells of the {template.value} template: {sorted(unknown)}")
    return report


def replace_cell(report: Report, cell_id: str, cell: Cell) -> Report:
    """A copy of the report with one cell replaced."""
    cells = cells_of(report)
    if cell_id not in cells:
        raise KeyError(cell_id)
    cells[cell_id] = cell
    return attrs.evolve(report, **build_tables(report.template, cells))


def json_pointer(cell_id: str) -> str:
    """The JSON Pointer of a cell inside the report JSON (``/applications/denied/state_secret/total``)."""
    table_id, _, rest = cell_id.partition(".")
    return "/" + "/".join([TABLE_ATTRIBUTES[table_id], *rest.split(".")])
