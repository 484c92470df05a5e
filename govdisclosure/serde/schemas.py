"""The shipped JSON Schemas and validation against them (Draft 2020-12)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from govdisclosure.model.errors import SchemaValidationError

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

SCHEMA_NAMES = ("report", "facts", "check")


def schema_text(name: str) -> str:
    """The text of a shipped schema: ``report``, ``facts`` or ``check``."""
    if name not in SCHEMA_NAMES:
        raise KeyError(f"no schema {name!r}; choose one of {', '.join(SCHEMA_NAMES)}")
    return (
        resources.files("govdisclosure.serde").joinpath("schemas", f"{name}.schema.json").read_text("utf-8")
    )


@functools.cache
def schema(name: str) -> dict[str, Any]:
    """A shipped schema as a dict."""
    loaded: dict[str, Any] = json.loads(schema_text(name))
    return loaded


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # only to validate: it costs more to import than the rest

    return Draft202012Validator(schema(name))


def schema_errors(document: Any, name: str) -> list[str]:
    """Every way the document breaks the schema, as ``/json/pointer: message`` lines."""
    return [
        "/" + "/".join(str(p) for p in error.absolute_path) + f": {error.message}"
        for error in sorted(_validator(name).iter_errors(document), key=lambda e: list(map(str, e.path)))
    ]


def validate(document: Any, name: str) -> None:
    """Raise ``SchemaValidationError`` unless the document validates against schema ``name``."""
    errors = schema_errors(document, name)
    if errors:
        raise SchemaValidationError(name, errors)
