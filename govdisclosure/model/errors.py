"""The one base class of everything govdisclosure raises."""

from __future__ import annotations


class GovDisclosureError(Exception):
    """Base class of the library's exceptions (unusable input, invalid JSON documents)."""


class InputError(GovDisclosureError):
    """An input that cannot be read at all (a missing file, a folder with no reports)."""


class SchemaValidationError(GovDisclosureError):
    """A JSON document that does not validate against its schema."""

    def __init__(self, name: str, errors: list[str]) -> None:
        super().__init__(f"{name}: {len(errors)} schema error(s): " + "; ".join(errors[:5]))
        self.name = name
        self.errors = errors
