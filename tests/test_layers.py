"""The house rules: each layer imports only the layers before it, and no module grows past 400 lines.

Layers, in pipeline order: ``template`` (the domain as data) → ``model`` → ``text`` → ``read`` →
``checks`` → ``serde`` → ``review`` → the face (``__init__``, ``cli``). ``review`` shows parse results
and never parses: it may not import ``read`` (the command line parses files for it). Imports are read from the source (not
run), including those inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "govdisclosure"
LAYERS = ("template", "model", "text", "documents", "read", "checks", "serde", "review", "cli")
FACE = ("__init__", "__main__", "cli")
MAX_LINES = 400


def _layer(module: str) -> int:
    """The layer index of a dotted module name inside the package."""
    parts = module.split(".")
    if parts[0] != "govdisclosure":
        raise ValueError(module)
    if len(parts) == 1 or parts[1] in FACE:
        return len(LAYERS)
    return LAYERS.index(parts[1])


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[str]:
    """The package modules a file imports (``from govdisclosure.x import y`` gives ``govdisclosure.x``)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend(a.name for a in node.names if a.name.startswith("govdisclosure"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("govdisclosure"):
            if node.module == "govdisclosure":
                found.extend(f"govdisclosure.{a.name}" for a in node.names)
            else:
                found.append(node.module)
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_earlier_layers(path: Path) -> None:
    own = _module_name(path)
    layer = _layer(own)
    later = [m for m in _imports(path) if m != "govdisclosure.__version__" and _layer(m) > layer]
    assert later == [], f"{own} (layer {LAYERS[layer] if layer < len(LAYERS) else 'face'}) imports {later}"


NEVER = {
    "template": ("model", "text", "documents", "read", "checks", "serde", "review", "cli"),
    "model": ("documents", "read", "checks", "serde", "review", "cli"),
    "text": ("documents", "read", "checks", "serde", "review", "cli"),
    "documents": ("read", "checks", "serde", "review", "cli"),
    "checks": ("read", "serde", "review", "cli"),
    "read": ("checks", "serde", "review", "cli"),
    "review": ("read", "cli"),
}


@pytest.mark.parametrize("layer", sorted(NEVER))
def test_the_nevers(layer: str) -> None:
    offending = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in (PACKAGE / layer).rglob("*.py")
        for module in _imports(path)
        if module.split(".")[1] in NEVER[layer] or module == "govdisclosure"
    ]
    assert offending == []


def test_template_imports_nothing_outside_itself() -> None:
    outside = [
        f"{path.name}: {module}"
        for path in (PACKAGE / "template").rglob("*.py")
        for module in _imports(path)
        if not module.startswith("govdisclosure.template")
    ]
    assert outside == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_over_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def test_every_layer_is_a_folder() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.stem not in FACE)
    assert loose == []
