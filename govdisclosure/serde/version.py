"""The version of the JSON documents (report, facts record, check record) and their schemas."""

from __future__ import annotations

from typing import Any

from govdisclosure.model.errors import GovDisclosureError

SCHEMA_VERSION = "2.0.0"
SCHEMA_MAJOR = SCHEMA_VERSION.split(".")[0]
# What a document's ``schema_version`` must look like to be read by this version of the library.
SCHEMA_VERSION_PATTERN = rf"^{SCHEMA_MAJOR}\.[0-9]+\.[0-9]+$"


def versioned(document: dict[str, Any]) -> dict[str, Any]:
    """The document with ``schema_version`` as its first key."""
    return {"schema_version": SCHEMA_VERSION, **document}


def unversioned(document: Any) -> Any:
    """The document without ``schema_version``; raise when it follows another major version.

    A document without the field (written before 2.0.0) is taken as it is.
    """
    if not isinstance(document, dict) or "schema_version" not in document:
        return document
    rest = dict(document)
    version = rest.pop("schema_version")
    if not isinstance(version, str) or version.split(".")[0] != SCHEMA_MAJOR:
        raise GovDisclosureError(
            f"this document follows schema version {version!r}; "
            f"govdisclosure reads version {SCHEMA_MAJOR}.x (it writes {SCHEMA_VERSION})"
        )
    return rest
