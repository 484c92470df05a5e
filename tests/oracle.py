"""What must hold on any input, however hostile: the properties the fuzz tests and ``scripts/fuzz.py``
assert, each failure named by a short stable kind (for counting) and a detail (for reading).

- ``problems``: parse and check never raise; the report, check and facts JSON validate against
  their schemas and encode as UTF-8 (the text view too); the same input gives the same report.
- ``value_edit`` and ``lost_numbers``: every number printed inside a table ends in a cell or in a
  diagnostic. The numbers inside the tables are those a clean reading of the seed put in cells
  (their spans); one of them is edited (replaced by something that is no count, deleted with its
  separator, glued to the next, or given an extra value after it) and every other one, and every
  digit the edit printed, must then be covered by the span of a cell or of a diagnostic.
- ``wrong_cells``: on a generated report, where every value is known, an edited reading never
  puts a value in a cell that was not printed there: each cell is right, or null and named by a
  diagnostic.
"""

from __future__ import annotations

import json
import random
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path

import regex
from attrs import frozen

from govdisclosure import check, facts_record, format_text, parse, report_to_dict, schema_errors
from govdisclosure.cli.commands.check import check_record
from govdisclosure.model.cellmap import cells_of
from govdisclosure.model.cells import CellKind, Value
from govdisclosure.model.report import Report
from govdisclosure.read.pipeline import ParseResult
from govdisclosure.template.national import TEMPLATES

PACKAGE = Path(__file__).resolve().parents[1] / "govdisclosure"


@frozen
class Problem:
    """A property that failed: ``kind`` to count failures by, ``detail`` to read."""

    kind: str
    detail: str


def _raised(step: str, error: BaseException) -> Problem:
    """``parse raised ValueError at read/cell_text.py:42``: the deepest frame of the package."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.startswith(str(PACKAGE))]
    where = f" at {Path(frames[-1].filename).relative_to(PACKAGE)}:{frames[-1].lineno}" if frames else ""
    return Problem(f"{step} raised {type(error).__name__}{where}", f"{error}"[:300])


def _document(name: str, document: object) -> list[Problem]:
    found = [Problem(f"{name} JSON invalid against its schema", e) for e in schema_errors(document, name)[:1]]
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except (ValueError, UnicodeError) as error:
        found.append(Problem(f"{name} JSON cannot be written as UTF-8 ({type(error).__name__})", str(error)))
    return found


def problems(data: str | bytes) -> list[Problem]:
    """Every property of any input that fails on this one (an empty list when all hold)."""
    try:
        result = parse(data)
    except Exception as error:
        return [_raised("parse", error)]
    report = result.report
    document = report_to_dict(report)
    found = _document("report", document) + _document("facts", facts_record(report, "input"))
    try:
        checked = check(report)
        found += _document("check", check_record("input", report, checked))
        for lang in ("zh", "en"):
            format_text(checked, report, file="input", lang=lang).encode("utf-8")
    except Exception as error:
        found.append(_raised("check", error))
    try:
        again = report_to_dict(parse(data).report)
    except Exception as error:
        return [*found, _raised("parse (again)", error)]
    if again != document:
        found.append(Problem("same input, different report", _first_difference(document, again)))
    return found


def _first_difference(one: object, two: object, path: str = "") -> str:
    if isinstance(one, dict) and isinstance(two, dict):
        for key in sorted(set(one) | set(two)):
            if one.get(key) != two.get(key):
                return _first_difference(one.get(key), two.get(key), f"{path}/{key}")
    if isinstance(one, list) and isinstance(two, list) and len(one) == len(two):
        for index, (a, b) in enumerate(zip(one, two, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{path}/{index}")
    return f"{path}: {one!r:.80} then {two!r:.80}"


# --- every number inside a table ends in a cell or a diagnostic ----------------------------

Stretch = tuple[int, int]  # offset and length in the decoded input
_NOT_ABOUT_VALUES = frozenset({"label_nonstandard", "narrative_choice"})
_TAGS = regex.compile(r"<[^<>]*>")
_SEPARATORS = regex.compile(r"(?:\s|\||&nbsp;)*")
DIGITS = regex.compile(r"\d+")
EDIT_VALUES = ("4.5", "4.0", "4元", "—", "/", "无", "", "12件", "１２", "-3", "7777", "9" * 25)
TOO_LONG = ("9" * 4301, "9" * 5000)  # more digits than Python reads as an integer


def table_numbers(report: Report) -> list[tuple[str, Stretch]]:
    """The cells holding a number, with their stretches, in the order they were printed."""
    found = [
        (cell_id, (cell.span.offset, cell.span.length))
        for cell_id, cell in cells_of(report).items()
        if cell.kind is CellKind.NUMBER and cell.span is not None and DIGITS.search(cell.raw)
    ]
    return sorted(found, key=lambda item: item[1])


def _covers(offset: int, length: int, stretch: Stretch) -> bool:
    return offset < stretch[0] + stretch[1] and stretch[0] < offset + max(length, 1)


def accounted(report: Report, stretch: Stretch) -> bool:
    """Whether a cell or a diagnostic about values covers the stretch."""
    cells = (c.span for c in cells_of(report).values() if c.kind is not CellKind.MISSING and c.span)
    notes = (d.span for d in report.diagnostics if d.span and d.code not in _NOT_ABOUT_VALUES)
    return any(_covers(span.offset, span.length, stretch) for span in (*cells, *notes))


@frozen
class ValueEdit:
    """One value of a table edited: the new text, the cell edited, and the numbers to account for.

    ``kept`` are the other numbers of the clean reading at their new offsets, ``added`` the digits
    the edit printed; ``replaced`` is the text put in place of the value (None for other edits).
    """

    operator: str
    text: str
    cell: str
    kept: tuple[Stretch, ...]
    added: tuple[Stretch, ...]
    replaced: str | None = None


def _clean_gap(gap: str) -> bool:
    """Whether what separates two values is separators and markup only (no label, no number)."""
    return _SEPARATORS.fullmatch(_TAGS.sub("", gap)) is not None


def value_edit(
    rng: random.Random,
    text: str,
    numbers: Sequence[tuple[str, Stretch]],
    values: Sequence[str] = EDIT_VALUES + TOO_LONG,
) -> ValueEdit | None:
    """One value of a clean reading edited (a replacement taken from ``values``); None when the
    text has no number to edit."""
    if not numbers:
        return None
    index = rng.randrange(len(numbers))
    cell, (offset, length) = numbers[index]
    end = offset + length
    following = numbers[index + 1][1][0] if index + 1 < len(numbers) else None
    gap = text[end:following] if following is not None and following >= end else None
    operators = ["replace"] + (
        ["insert_after", "delete", "glue"] if gap is not None and _clean_gap(gap) else []
    )
    operator = rng.choice(operators)
    replaced = None
    before = ""  # what the edit prints before its value (separators, markup)
    if operator == "replace":
        start, stop = offset, end
        replaced = new = rng.choice(values)
    elif operator == "insert_after":
        assert gap is not None
        start, stop, before = end, end, gap
        new = f"{gap}7777"
    elif operator == "delete":
        assert following is not None
        start, stop, new = offset, following, ""
    else:
        start, stop, new = end, following or end, ""
        if stop == start:
            return None
    shift = len(new) - (stop - start)
    kept = tuple(
        (o if o + n <= start else o + shift, n)
        for c, (o, n) in numbers
        if c != cell and (o + n <= start or o >= stop)
    )
    added = tuple((start + m.start(), len(m.group())) for m in DIGITS.finditer(new, len(before)))
    return ValueEdit(operator, text[:start] + new + text[stop:], cell, kept, added, replaced)


def lost_numbers(edit: ValueEdit, result: ParseResult) -> list[Problem]:
    """The numbers of an edit that end in no cell and no diagnostic."""
    lost = [s for s in (*edit.kept, *edit.added) if not accounted(result.report, s)]
    if not lost:
        return []
    offset, length = lost[0]
    return [
        Problem(
            f"number lost after a value {edit.operator}",
            f"{len(lost)} number(s) in no cell and no diagnostic, first "
            f"“{edit.text[offset : offset + length][:40]}” at {offset}",
        )
    ]


def _fits(edit: ValueEdit, value: Value) -> bool:
    """Whether the edited cell's value was printed: null, or the integer the edit printed."""
    if value is None:
        return True
    if edit.operator == "delete":
        return False
    printed = edit.replaced
    if printed is None:  # glued or followed by an extra value: the value itself is unchanged
        return True
    plain = printed.removesuffix("件").translate({0xFF10 + d: 0x30 + d for d in range(10)})
    return regex.fullmatch(r"-?\d{1,30}", plain) is not None and value == int(plain)


def wrong_cells(edit: ValueEdit, truth: Mapping[str, Value], report: Report) -> list[Problem]:
    """Cells holding a value that was not printed there (null ones must be named by a diagnostic).

    A money cell edited may hold what the edit printed in any unit: it is not judged.
    """
    if report.template not in TEMPLATES:
        return [Problem(f"template lost after a value {edit.operator}", report.template.value)]
    named = {c for d in report.diagnostics for c in d.cells}
    money = {c.id for c in TEMPLATES[report.template].cells if c.column.money}
    wrong = []
    for cell_id, cell in cells_of(report).items():
        if cell_id == edit.cell and edit.operator in ("replace", "delete"):
            if cell_id not in money and not _fits(edit, cell.value):
                wrong.append(f"{cell_id} = {cell.value!r:.30} (printed “{(edit.replaced or '')[:20]}”)")
        elif cell.value != truth[cell_id] and not (cell.value is None and cell_id in named):
            wrong.append(f"{cell_id} = {cell.value!r:.30}, printed {truth[cell_id]!r:.30}")
    if not wrong:
        return []
    return [Problem(f"wrong cell after a value {edit.operator}", f"{len(wrong)} wrong, first {wrong[0]}")]
