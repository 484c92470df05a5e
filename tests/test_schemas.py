"""The schema files: standard Draft 2020-12, built from the model, mirrored in schemas/."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from govdisclosure import SCHEMA_VERSION, schema
from govdisclosure.serde.schema_build import NAMES, render
from tests.conftest import REPO


@pytest.mark.parametrize("name", NAMES)
def test_top_level_schemas_mirror_the_package(name):
    package = (REPO / "govdisclosure" / "serde" / "schemas" / f"{name}.schema.json").read_text(
        encoding="utf-8"
    )
    mirror = (REPO / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert mirror == package, f"schemas/{name}.schema.json differs: run python scripts/build_schemas.py"


@pytest.mark.parametrize("name", NAMES)
def test_schemas_are_up_to_date_with_the_model(name):
    shipped = (REPO / "govdisclosure" / "serde" / "schemas" / f"{name}.schema.json").read_text(
        encoding="utf-8"
    )
    assert shipped == render(name), "the model changed: run python scripts/build_schemas.py"


@pytest.mark.parametrize("name", NAMES)
def test_schemas_are_valid_draft_2020_12_with_versioned_ids(name):
    document = schema(name)
    Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"] == f"https://govdisclosure.github.io/schemas/{SCHEMA_VERSION}/{name}.schema.json"


@pytest.mark.parametrize("name", ["report", "check"])
def test_model_objects_allow_no_additional_properties(name):
    document = schema(name)
    objects = [document, *document["$defs"].values()]
    assert len(objects) >= 3
    for node in objects:
        assert node["type"] == "object"
        assert node["additionalProperties"] is False, json.dumps(node)[:200]
