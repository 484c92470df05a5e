"""Rebuild the JSON Schema files from the model, and the npm package of schemas/ around them.

Writes the package copy (govdisclosure/serde/schemas/) and its mirror in schemas/, sets the npm
package's version to the schema version, and regenerates its TypeScript types (schemas/*.d.ts)
with json-schema-to-typescript, which needs Node and npm (installed from schemas/package-lock.json
on first use).

Usage: python scripts/build_schemas.py [--no-types]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from govdisclosure.serde.schema_build import SCHEMA_VERSION, write

REPO = Path(__file__).resolve().parents[1]
NPM_PACKAGE = REPO / "schemas"


def set_package_version(version: str) -> None:
    """Make the npm package's version (package.json and its lock) the schema version."""
    for name, places in (("package.json", [()]), ("package-lock.json", [(), ("packages", "")])):
        path = NPM_PACKAGE / name
        document = json.loads(path.read_text(encoding="utf-8"))
        for keys in places:
            node = document
            for key in keys:
                node = node[key]
            node["version"] = version
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def build_types() -> int:
    """Regenerate schemas/*.d.ts; 1 with a message when Node or npm is missing."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        print(
            "build_schemas: node and npm are needed to regenerate the TypeScript types in schemas/; "
            "install Node 20 or later, or pass --no-types (tests/test_schema_package.py then says "
            "whether the committed types are stale)",
            file=sys.stderr,
        )
        return 1
    if not (NPM_PACKAGE / "node_modules" / "json-schema-to-typescript").is_dir():
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=NPM_PACKAGE, check=True
        )
    return subprocess.run([node, "build-types.mjs"], cwd=NPM_PACKAGE, check=False).returncode


if __name__ == "__main__":
    for folder in (REPO / "govdisclosure" / "serde" / "schemas", NPM_PACKAGE):
        write(folder)
        print(f"wrote {folder}")
    set_package_version(SCHEMA_VERSION)
    sys.exit(0 if "--no-types" in sys.argv[1:] else build_types())
