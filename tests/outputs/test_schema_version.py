"""Every JSON document the command line writes says which schema version it follows."""

from __future__ import annotations

import io
import json

import pytest

from govdisclosure import (
    SCHEMA_VERSION,
    GovDisclosureError,
    dump_report,
    load_report,
    parse,
    report_from_dict,
    report_to_dict,
    schema,
    schema_errors,
)
from govdisclosure.cli import main
from tests.conftest import SAMPLE


def emitted(*args: str) -> list[dict]:
    out = io.StringIO()
    main(list(args), out=out, err=io.StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize(
    ("args", "name"),
    [(["parse"], "report"), (["facts"], "facts"), (["check", "--format", "jsonl"], "check")],
)
def test_every_document_starts_with_its_schema_version(args, name):
    [document] = emitted(args[0], str(SAMPLE), *args[1:])
    assert next(iter(document)) == "schema_version"
    assert document["schema_version"] == SCHEMA_VERSION == "2.0.0"
    assert schema_errors(document, name) == []
    assert "schema_version" in schema(name)["required"]
    del document["schema_version"]
    assert schema_errors(document, name)  # the field is required
    document["schema_version"] = "3.0.0"
    assert schema_errors(document, name)  # another major version is another schema


def test_a_report_document_with_its_version_loads():
    report = parse(SAMPLE).report
    [document] = emitted("parse", str(SAMPLE))
    assert report_from_dict(document) == report
    assert load_report(json.dumps(document)) == report
    assert load_report(dump_report(report)) == report
    assert report_to_dict(report)["schema_version"] == SCHEMA_VERSION


def test_a_report_document_of_a_later_minor_version_or_without_version_loads():
    report = parse(SAMPLE).report
    data = report_to_dict(report)
    assert report_from_dict({**data, "schema_version": "2.7.1"}) == report
    del data["schema_version"]
    assert report_from_dict(data) == report


def test_a_report_document_of_another_major_version_is_refused():
    data = {**report_to_dict(parse(SAMPLE).report), "schema_version": "3.0.0"}
    with pytest.raises(GovDisclosureError, match=r"schema version '3.0.0'.*reads version 2.x"):
        report_from_dict(data)
