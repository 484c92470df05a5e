"""Start-up: ``import govdisclosure`` imports nothing more, and a command imports only what it uses."""

from __future__ import annotations

import subprocess
import sys

import pytest

import govdisclosure
from tests.conftest import SAMPLE

HEAVY = ("jsonschema", "cattrs", "multiprocessing", "govdisclosure.review", "govdisclosure.documents.pdf")

# Runs the command line in a fresh interpreter, then prints the modules it imported.
_PROBE = """
import sys
from govdisclosure.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("\\n".join(sorted(sys.modules)), file=sys.stderr)
"""


def _imported(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True)
    return set(done.stderr.split())


def test_import_govdisclosure_imports_none_of_its_modules() -> None:
    code = (
        "import sys, govdisclosure; print(sorted(m for m in sys.modules if m.startswith('govdisclosure.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_public_name_resolves_and_is_listed() -> None:
    assert sorted(govdisclosure._LOCATIONS) == sorted(set(govdisclosure.__all__) - {"__version__"})
    for name in govdisclosure.__all__:
        assert getattr(govdisclosure, name) is not None
    assert set(govdisclosure.__all__) <= set(dir(govdisclosure))
    with pytest.raises(AttributeError):
        _ = govdisclosure.no_such_name


def test_version_imports_no_reader_and_no_command() -> None:
    imported = _imported("--version")
    assert not [m for m in imported if m.startswith(("govdisclosure.read", "govdisclosure.checks", *HEAVY))]


def test_check_as_text_imports_neither_jsonschema_nor_cattrs_nor_the_review_pages() -> None:
    imported = _imported("check", str(SAMPLE))
    assert "govdisclosure.checks" in imported
    assert not [m for m in imported if m.startswith(HEAVY)]
