"""Finding labels in the compact view of a text: exactly, by alias, then with bounded typos."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex
from attrs import frozen

from govdisclosure.template.spec import RowSpec
from govdisclosure.text.compact import Compact, norm

# A typo'd label is looked for only this far (in compact characters) past the previous row.
FUZZY_WINDOW = 3000


@frozen
class Hit:
    """A label found in the compact text: [start, end) in compact indices, and how it matched."""

    start: int
    end: int
    exact: bool = True


def _max_errors(label: str) -> int:
    """Typos a label may carry and still be found: one in 6–9 characters, two in a longer label."""
    if len(label) >= 10:
        return 2
    return 1 if len(label) >= 6 else 0


@functools.lru_cache(maxsize=1024)
def _fuzzy(label: str) -> regex.Pattern[str]:
    # No digit may come in by a typo: a label printed around its row's values (PDF text wraps it)
    # must not swallow them.
    return regex.compile(f"(?b)(?:{regex.escape(label)}){{e<={_max_errors(label)}:[^0-9]}}")


MIN_PARTIAL = 12  # a label this long is also found by its parts


def _partial(comp: Compact, label: str, start: int, stop: int) -> Hit | None:
    """A long label found by its parts, printed exactly: its first two thirds (PDF text wraps the
    end of ``要求行政机关确认或重新出具已获取信息`` past the row's values), or its first half and its
    last quarter close after (a publisher's ``其他法律行政止公开`` drops 法规禁 from the middle)."""
    head = label[: -(-len(label) * 2 // 3)]
    index = comp.text.find(head, start, stop)
    if index >= 0:
        return Hit(index, index + len(head), exact=False)
    half, tail = label[: len(label) // 2], label[-(len(label) // 4) :]
    index = comp.text.find(half, start, stop)
    while index >= 0:
        after = comp.text.find(tail, index + len(half), min(stop, index + len(label) + 2))
        if after >= 0:
            return Hit(index, after + len(tail), exact=False)
        index = comp.text.find(half, index + 1, stop)
    return None


def find(comp: Compact, labels: Iterable[str], start: int, stop: int, *, fuzzy: bool = True) -> Hit | None:
    """The earliest occurrence in [start, stop) of any of the labels (already normalised).

    Exact matches win; then, near ``start``, a match with typos (≤1 error for 6–9 characters, ≤2
    for longer labels), then a long label's parts (``_partial``).
    """
    labels = [label for label in labels if label]
    best: Hit | None = None
    for label in labels:
        index = comp.text.find(label, start, stop)
        if index >= 0 and (best is None or index < best.start):
            best = Hit(index, index + len(label))
    if best is not None or not fuzzy:
        return best
    window = min(stop, start + FUZZY_WINDOW)
    for label in labels:
        if _max_errors(label) == 0:
            continue
        try:
            match = _fuzzy(label).search(comp.text, start, window, timeout=0.2)
        except TimeoutError:
            continue
        if match and (best is None or match.start() < best.start):
            best = Hit(match.start(), match.end(), exact=False)
    if best is not None:
        return best
    for label in labels:
        if len(label) >= MIN_PARTIAL:
            hit = _partial(comp, label, start, window)
            if hit is not None and (best is None or hit.start < best.start):
                best = hit
    return best


@functools.cache
def row_labels(row: RowSpec) -> tuple[str, ...]:
    """A row's label and aliases, normalised."""
    return (norm(row.label), *(norm(a) for a in row.aliases))


@functools.cache
def ordinal_forms(ordinal: str) -> tuple[str, ...]:
    """The normalised printings of an ordinal: ``1.`` as ``1.``, ``1,`` or ``(1)``; ``（一）`` as ``(一)``."""
    core = norm(ordinal).strip(".,()")
    if not core:
        return ()
    if core.isdigit():
        return (f"{core}.", f"{core},", f"({core})")
    return (f"({core})", f"{core},", f"{core}.")


def extend_ordinal(comp: Compact, hit: Hit, ordinal: str, floor: int) -> Hit:
    """The hit widened to the left over the row's printed ordinal, when it is there."""
    for form in ordinal_forms(ordinal):
        begin = hit.start - len(form)
        if begin >= floor and comp.text.startswith(form, begin):
            return Hit(begin, hit.end, hit.exact)
    return hit
