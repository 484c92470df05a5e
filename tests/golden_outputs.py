"""The outputs that must not change: ``parse``, ``check`` and ``facts`` of the bundled sample, of
generated reports and of the corpus, as the command line prints them, kept as SHA-256 digests in
``tests/golden/outputs.sha256`` (one line per input and command).

``python scripts/golden_outputs.py`` writes the digests after a change that is meant to show in the
outputs; ``tests/test_golden_outputs.py`` compares them byte for byte otherwise.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from govdisclosure.cli import main
from tests.conftest import CORPUS, REPO, SAMPLE
from tests.mutations import generated_seed

GOLDEN = REPO / "tests" / "golden" / "outputs.sha256"
GENERATED = 300
COMMANDS: dict[str, tuple[str, ...]] = {
    "parse": ("parse",),
    "check": ("check", "--format", "jsonl"),
    "facts": ("facts",),
}
_SUFFIX = {"html": ".html", "markdown": ".md"}

Digests = dict[tuple[str, str], str]


def write_inputs(folder: Path, *, generated: bool, corpus: bool) -> list[str]:
    """The inputs copied or rendered into ``folder`` (the sample and generated reports, the corpus);
    their names, relative to it."""
    names: list[str] = []
    if generated:
        shutil.copyfile(SAMPLE, folder / SAMPLE.name)
        names.append(SAMPLE.name)
    for number in range(GENERATED if generated else 0):
        seed = generated_seed(random.Random(number))
        renderer = seed.name.split("-")[0]
        name = f"gen{number:03d}-{seed.name}{_SUFFIX.get(renderer, '.txt')}"
        (folder / name).write_text(seed.text, encoding="utf-8")
        names.append(name)
    if corpus:
        for path in [*sorted((CORPUS / "raw").iterdir()), *sorted((CORPUS / "documents" / "raw").glob("*"))]:
            shutil.copyfile(path, folder / path.name)
            names.append(path.name)
    return names


@contextmanager
def _inside(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def digests(folder: Path, names: list[str]) -> Digests:
    """The digest of what each command prints for each input (names relative to ``folder``)."""
    found: Digests = {}
    with _inside(folder):
        for name in names:
            for command, args in COMMANDS.items():
                out, err = io.StringIO(), io.StringIO()
                code = main([*args, name], out=out, err=err)
                printed = f"{code}\n{out.getvalue()}\n{err.getvalue()}"
                found[(command, name)] = hashlib.sha256(printed.encode("utf-8")).hexdigest()
    return found


def read_golden() -> Digests:
    """The digests kept in ``tests/golden/outputs.sha256``."""
    kept: Digests = {}
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        digest, command, name = line.split(" ", 2)
        kept[(command, name)] = digest
    return kept


def write_golden(found: Digests) -> None:
    """Keep ``found`` as the outputs that must not change."""
    lines = [f"{digest} {command} {name}" for (command, name), digest in sorted(found.items())]
    GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
