"""Relations between the reports of a batch, as the pages show them.

The pairing itself is not made here: a batch gives its relations as ``(kind, file, other)``
records. Known kinds are ``previous_year`` (``other`` is the same body's report of the year
before ``file``) and ``parent`` (``other`` is the report of the government ``file``'s body belongs
to, same year); any other kind is shown by its name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote

from attrs import frozen

from govdisclosure.review import words
from govdisclosure.review.markup import el, esc


@frozen
class Relation:
    """``other`` is related to ``file`` as ``kind`` says."""

    kind: str
    file: str
    other: str


def relations_of(records: Iterable[Any]) -> tuple[Relation, ...]:
    """Relations from ``Relation``s, ``(kind, file, other)`` tuples or objects with those attributes."""
    out = []
    for record in records:
        if isinstance(record, Relation):
            out.append(record)
        elif isinstance(record, tuple | list):
            kind, file, other = record
            out.append(Relation(str(kind), str(file), str(other)))
        else:
            out.append(Relation(str(record.kind), str(record.file), str(record.other)))
    return tuple(out)


def href(page: str) -> str:
    """A page's file name as a link (percent-encoded, so that any name works from ``file://``)."""
    return quote(page)


def kind_label(kind: str, lang: str, *, reverse: bool = False) -> str:
    """How a relation reads from ``file`` (or, ``reverse``, from ``other``)."""
    pairs = words.RELATION.get(kind)
    if pairs is None:
        return kind
    return words.pick(pairs[1] if reverse else pairs[0], lang)


def report_link(file: str, pages: Mapping[str, str]) -> str:
    """A link to a report's page where it has one, else its name."""
    page = pages.get(file)
    return el("a", esc(file), href=href(page)) if page else esc(file)


def related_html(file: str | None, relations: Sequence[Relation], pages: Mapping[str, str], lang: str) -> str:
    """The relations that name ``file``, for its page (nothing when there are none)."""
    items = []
    for relation in relations:
        if relation.file == file:
            items.append((kind_label(relation.kind, lang), relation.other))
        elif relation.other == file:
            items.append((kind_label(relation.kind, lang, reverse=True), relation.file))
    if not items:
        return ""
    listed = "".join(el("li", f"{esc(label)}：{report_link(other, pages)}") for label, other in items)
    return el(
        "section",
        el("h2", esc(words.say("related", lang)), id="related-h") + el("ul", listed),
        id="related",
        aria_labelledby="related-h",
    )


def relations_table(relations: Sequence[Relation], pages: Mapping[str, str], lang: str) -> str:
    """The batch's relations, for its index."""
    heading = el("h2", esc(words.say("relations", lang)), id="relations-h")
    if not relations:
        body = el("p", esc(words.say("no_relations", lang)))
    else:
        head = "".join(
            el("th", esc(words.say(k, lang)), scope="col")
            for k in ("col_report", "col_relation", "col_other")
        )
        rows = "".join(
            el(
                "tr",
                el("td", report_link(r.file, pages))
                + el("td", esc(kind_label(r.kind, lang)))
                + el("td", report_link(r.other, pages)),
                data_relation=r.kind,
            )
            for r in relations
        )
        body = el("table", el("thead", el("tr", head)) + el("tbody", rows), class_="list")
    return el("section", heading + body, id="relations", aria_labelledby="relations-h")
