"""The ruling lines of a PDF page that draw its tables.

Only visible lines count: Word draws a white box behind every line of text, which must not make
a table. A table cut by a page break is often left open where it is cut (no border under its last
row on the page, none over the merged cells that go on at the top of the next): a line is drawn
there, so that the cells of the cut rows close.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Ruling = dict[str, Any]
_THIN = 2.5  # points: a line or filled rectangle this thin is a ruling line
_NEAR = 2.0  # points: line ends this close meet


def _visible(color: Any) -> bool:
    """Whether a PDF colour shows on white paper (gray 1, RGB 1,1,1 and CMYK 0,0,0,0 do not)."""
    if color is None:
        return True
    values = tuple(color) if isinstance(color, list | tuple) else (color,)
    if not all(isinstance(v, int | float) for v in values):
        return True  # a pattern or a named colour: assume it shows
    if len(values) == 4:
        return any(v > 0.05 for v in values)
    return any(v < 0.95 for v in values)


def _line(x0: float, top: float, x1: float, bottom: float) -> Ruling:
    """A ruling line as pdfplumber describes one (exactly level or upright)."""
    return {
        "object_type": "line",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "pts": [(x0, top), (x1, bottom)],
    }


def _segments(page: Any) -> Iterable[Ruling]:
    """The visible lines and rectangle sides, each made exactly level or upright."""
    for obj in page.lines:
        if not (obj.get("stroke", True) and _visible(obj.get("stroking_color"))):
            continue
        if obj["height"] <= _THIN:
            middle = (obj["top"] + obj["bottom"]) / 2
            yield _line(obj["x0"], middle, obj["x1"], middle)
        elif obj["width"] <= _THIN:
            middle = (obj["x0"] + obj["x1"]) / 2
            yield _line(middle, obj["top"], middle, obj["bottom"])
    for rect in page.rects:
        x0, top, x1, bottom = rect["x0"], rect["top"], rect["x1"], rect["bottom"]
        if rect.get("stroke") and _visible(rect.get("stroking_color")):
            yield from (_line(x0, top, x1, top), _line(x0, bottom, x1, bottom))
            yield from (_line(x0, top, x0, bottom), _line(x1, top, x1, bottom))
        elif rect.get("fill") and _visible(rect.get("non_stroking_color")):
            if rect["height"] <= _THIN:
                yield _line(x0, (top + bottom) / 2, x1, (top + bottom) / 2)
            elif rect["width"] <= _THIN:
                yield _line((x0 + x1) / 2, top, (x0 + x1) / 2, bottom)


def _closing(level: list[Ruling], upright: list[Ruling], end: str) -> list[Ruling]:
    """Level lines where two or more upright lines end together (``end``: ``top`` or ``bottom``)
    and no level line joins them."""
    groups: list[list[Ruling]] = []
    for line in sorted(upright, key=lambda line: line[end]):
        if groups and line[end] - groups[-1][0][end] <= _NEAR:
            groups[-1].append(line)
        else:
            groups.append([line])
    added = []
    for group in groups:
        if len(group) < 2:
            continue
        y = group[0][end]
        x0, x1 = min(line["x0"] for line in group), max(line["x1"] for line in group)
        joined = any(
            abs(line["top"] - y) <= _NEAR and line["x0"] <= x0 + _NEAR and line["x1"] >= x1 - _NEAR
            for line in level
        )
        if not joined:
            added.append(_line(x0, y, x1, y))
    return added


def rulings(page: Any) -> list[Ruling]:
    """The page's ruling lines, tables cut open by a page break closed."""
    lines = list(_segments(page))
    level = [line for line in lines if line["top"] == line["bottom"]]
    upright = [line for line in lines if line["x0"] == line["x1"]]
    return lines + _closing(level, upright, "top") + _closing(level, upright, "bottom")
