"""Fuzz: hostile inputs made from the corpus and generated reports keep every promise of design.md.

Each input is named by an integer (``python scripts/fuzz.py --replay N`` shows it again); the
examples are the same on every run (``derandomize``), and shrinking an integer would mean nothing,
so there is none. ``scripts/fuzz.py`` runs the same properties on ten thousand inputs and more.

Where the reader does not keep a promise yet, the test is marked ``xfail(strict=True)`` naming
the pending fix, and the smallest example is kept under ``tests/hostile/`` (``test_hostile_files``).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from govdisclosure import parse, report_to_dict
from govdisclosure.read.pipeline import ParseResult
from tests import mutations, oracle
from tests.conftest import REPO, corpus_dir

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
NUMBERS = st.integers(0, 2**32 - 1)
SCALE = 300  # an HTML attack repeats at most this often here (scripts/fuzz.py: 2000)

PENDING_VALUES = (
    "lead's pending reader fix (govdisclosure/read/cell_text.py): a count printed 4.5, 4.0 or 4元 "
    "is kept as text with a diagnostic, a cell of more than 4300 digits does not raise"
)
PENDING_ROWS = (
    "lead's pending reader fix (govdisclosure/read/tables.py, regions.py): a row with one value "
    "too many or too few keeps its numbers in cells or diagnostics, never shifted into other cells"
)
OTHER_OPERATORS = frozenset(mutations.TEXT_OPERATORS) - mutations.VALUE_OPERATORS


@FUZZ
@given(number=NUMBERS)
def test_hostile_inputs_keep_every_promise(number: int) -> None:
    """Truncations, lost lines, odd Unicode, HTML attacks, encodings, charset lies, flipped bytes."""
    mutated = mutations.mutate(random.Random(number), SCALE, OTHER_OPERATORS)
    assert oracle.problems(mutated.data) == [], (mutated.seed, mutated.operators)


@settings(FUZZ, max_examples=30)
@given(number=NUMBERS)
def test_hostile_values_keep_every_promise(number: int) -> None:
    """Huge numbers and values that are no counts, among the other mutations."""
    corpus_dir()
    rng = random.Random(number)
    mutated = mutations.mutate(rng, SCALE, [rng.choice(sorted(mutations.VALUE_OPERATORS))])
    assert oracle.problems(mutated.data) == [], (mutated.seed, mutated.operators)


@lru_cache(maxsize=64)
def _clean(text: str) -> ParseResult:
    return parse(text)


def _edit(number: int, operator: str) -> tuple[mutations.Seed, oracle.ValueEdit] | None:
    """A seed with one of its values edited by ``operator`` (None when it cannot be).

    ``replace`` puts in a value that is no count, ``replace_too_long`` one of more than 4300 digits.
    """
    corpus_dir()  # the examples drawn depend on the corpus: without it, strict xfails would not hold
    rng = random.Random(number)
    seed = mutations.seed(rng)
    numbers = oracle.table_numbers(_clean(seed.text).report)
    values = oracle.TOO_LONG if operator == "replace_too_long" else oracle.EDIT_VALUES
    wanted = operator.removesuffix("_too_long")
    for _ in range(20):
        edit = oracle.value_edit(rng, seed.text, numbers, values)
        if edit is not None and edit.operator == wanted:
            return seed, edit
    return None


def _pending(reason: str, *operators: str) -> list[object]:
    return [pytest.param(o, marks=pytest.mark.xfail(strict=True, reason=reason)) for o in operators]


EDITS = ["replace", "replace_too_long", "insert_after", "delete", "glue"]


@pytest.mark.parametrize("operator", EDITS)
@settings(FUZZ, max_examples=40)
@given(number=NUMBERS)
def test_every_table_number_ends_in_a_cell_or_a_diagnostic(operator: str, number: int) -> None:
    edited = _edit(number, operator)
    if edited is None:
        return
    seed, edit = edited
    assert oracle.lost_numbers(edit, parse(edit.text)) == [], (seed.name, edit.cell, edit.replaced)


PENDING_GLUED = (
    f"{PENDING_VALUES}; and {PENDING_ROWS}: in glued flat text a value that is no count (—, 无, -3, "
    "a 25-digit number) must not be split into or shift its neighbours"
)
WRONG_EDITS = ["replace", "insert_after", "delete", "glue"]


@pytest.mark.parametrize("operator", WRONG_EDITS)
@settings(FUZZ, max_examples=40)
@given(number=NUMBERS)
def test_no_value_lands_where_it_was_not_printed(operator: str, number: int) -> None:
    """On a generated report each cell is right, or null and named by a diagnostic."""
    edited = _edit(number, operator)
    if edited is None or edited[0].values is None:
        return
    seed, edit = edited
    problems = oracle.wrong_cells(edit, edited[0].values, parse(edit.text).report)
    assert problems == [], (seed.name, edit.cell, edit.replaced)


def test_same_report_in_another_process() -> None:
    """Nothing in a report depends on the order of a set (the hash seed differs in each process)."""
    inputs = [seed.text for seed in mutations.corpus_seeds()]
    inputs += [mutations.generated_seed(random.Random(n)).text for n in range(10)]
    mine = [
        json.dumps(report_to_dict(parse(text).report), sort_keys=True, ensure_ascii=False) for text in inputs
    ]
    script = (
        "import json, sys\n"
        "from govdisclosure import parse, report_to_dict\n"
        "for text in json.load(sys.stdin):\n"
        "    print(json.dumps(json.dumps(report_to_dict(parse(text).report), sort_keys=True, ensure_ascii=False)))\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(inputs),
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONHASHSEED": "4242", "PYTHONPATH": str(REPO)},
        check=True,
    )
    theirs = [json.loads(line) for line in child.stdout.splitlines()]
    assert theirs == mine
