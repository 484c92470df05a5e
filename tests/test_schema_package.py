"""schemas/ as the npm package @govdisclosure/schemas: its version, exports, licence and types.

The types (schemas/*.d.ts) are generated from the schema files; a test regenerates them with Node
and fails when the committed ones are stale. It needs Node and the package's dev dependencies
(``npm ci`` in schemas/): without them it is skipped, and in CI (GOVDISCLOSURE_REQUIRE_NODE) it
fails instead. ``.ci/run`` also packs the package and compiles a TypeScript consumer of it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from govdisclosure import SCHEMA_VERSION
from govdisclosure.serde.schema_build import NAMES, render
from tests.conftest import REPO

PACKAGE = REPO / "schemas"
ROOT_TYPES = {"report": "Report", "facts": "FactsRecord", "check": "CheckRecord"}


def manifest() -> dict[str, object]:
    loaded: dict[str, object] = json.loads((PACKAGE / "package.json").read_text(encoding="utf-8"))
    return loaded


def node_with_dependencies() -> str:
    """The node executable, once the package's dev dependencies are installed; else skip (or fail in CI)."""
    node = shutil.which("node")
    missing = (
        "node is not on PATH"
        if node is None
        else "schemas/node_modules is not installed (cd schemas && npm ci)"
        if not (PACKAGE / "node_modules" / "json-schema-to-typescript").is_dir()
        else None
    )
    if missing is not None:
        if os.environ.get("GOVDISCLOSURE_REQUIRE_NODE"):
            pytest.fail(f"Node required (GOVDISCLOSURE_REQUIRE_NODE): {missing}")
        pytest.skip(f"{missing}: the TypeScript types are checked in CI")
    assert node is not None
    return node


def test_the_package_version_is_the_schema_version():
    lock = json.loads((PACKAGE / "package-lock.json").read_text(encoding="utf-8"))
    assert manifest()["version"] == SCHEMA_VERSION
    assert (lock["version"], lock["packages"][""]["version"]) == (SCHEMA_VERSION, SCHEMA_VERSION)
    assert manifest()["name"] == lock["name"] == "@govdisclosure/schemas"


def test_the_exports_name_every_schema_and_the_types():
    exports = manifest()["exports"]
    assert isinstance(exports, dict)
    assert exports["."] == {"types": "./index.d.ts", "default": "./index.cjs"}
    assert manifest()["types"] == "./index.d.ts"
    for name in NAMES:
        assert exports[f"./{name}.schema.json"] == f"./{name}.schema.json"
    for target in [*exports.values(), *exports["."].values()]:
        if isinstance(target, str):
            assert (PACKAGE / target).is_file(), target


@pytest.mark.parametrize("name", NAMES)
def test_the_package_ships_the_built_schemas_with_short_titles(name):
    text = (PACKAGE / f"{name}.schema.json").read_text(encoding="utf-8")
    assert text == render(name)
    assert json.loads(text)["title"] == ROOT_TYPES[name]


def test_the_root_types_are_exported_by_name():
    index = (PACKAGE / "index.d.ts").read_text(encoding="utf-8")
    exported = set(re.findall(r"^  (\w+),$", index, flags=re.MULTILINE))
    assert set(ROOT_TYPES.values()) | {"Cell", "MoneyCell", "Finding", "Diagnostic", "Span"} <= exported
    assert f'export declare const schemaVersion: "{SCHEMA_VERSION}";' in index
    for name in NAMES:
        assert f"export declare const {name}Schema: JsonSchema;" in index


def test_the_package_licence_is_the_projects():
    assert (PACKAGE / "LICENSE").read_bytes() == (REPO / "LICENSE").read_bytes()
    assert manifest()["license"] == "MIT"


def test_the_committed_types_are_generated_from_the_schemas():
    node = node_with_dependencies()
    done = subprocess.run(
        [node, "build-types.mjs", "--check"], cwd=PACKAGE, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_the_runtime_entry_gives_the_schema_objects():
    node = node_with_dependencies()
    script = (
        "const p = require('./index.cjs');"
        "console.log(JSON.stringify([p.schemaVersion, p.reportSchema.title, p.factsSchema.title, p.checkSchema.title]))"
    )
    done = subprocess.run([node, "-e", script], cwd=PACKAGE, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [SCHEMA_VERSION, *ROOT_TYPES.values()]


def test_the_stale_check_notices_a_changed_type(tmp_path: Path):
    node = node_with_dependencies()
    copy = tmp_path / "schemas"
    shutil.copytree(PACKAGE, copy, symlinks=True, ignore=shutil.ignore_patterns("node_modules"))
    (copy / "node_modules").symlink_to(PACKAGE / "node_modules")
    facts = copy / "facts.d.ts"
    facts.write_text(facts.read_text(encoding="utf-8").replace("issuer: string | null;", "issuer: string;"))
    done = subprocess.run(
        [node, "build-types.mjs", "--check"], cwd=copy, capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert "stale TypeScript types in schemas/: facts.d.ts" in done.stderr
