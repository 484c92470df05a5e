"""Writing the pages of a batch: ``DIR/<input stem>.html`` for each report and ``DIR/index.html``.

Pages are written as the reports come (a batch of thousands holds only the index rows), named
after their inputs; two inputs with the same stem, or an input named ``index``, get ``-2``,
``-3``… added. The files named in the relations are named first, so that every page can link to
its related pages whichever comes first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath

from govdisclosure.checks import check
from govdisclosure.model.findings import CheckResult
from govdisclosure.model.report import Report
from govdisclosure.review.index import Entry, entry, review_index
from govdisclosure.review.markup import without_surrogates
from govdisclosure.review.page import Reading, review_page
from govdisclosure.review.relations import relations_of

INDEX = "index.html"
MAX_STEM_BYTES = 180  # file names stay far below the usual 255-byte limit


def _stem(file: str) -> str:
    """The stem of an input's name as a safe page name (``-`` is standard input)."""
    if file == "-":
        return "stdin"
    stem = PurePath(file).stem or "report"
    stem = without_surrogates(stem)  # a name that is not UTF-8 cannot be written in a page
    while len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    return stem


class ReviewBatch:
    """The review pages of a batch, written into ``output`` one report at a time.

    ``add`` writes a report's page, ``fail`` records an input that could not be read, ``finish``
    writes the index and returns its path. ``relations`` are ``(kind, file, other)`` records (see
    ``review.relations``); a page links to the pages of its related files by the names they will
    get, so a related file should be added too.
    """

    def __init__(self, output: str | Path, *, lang: str = "zh", relations: Iterable[object] = ()) -> None:
        self.output = Path(output)
        self.output.mkdir(parents=True, exist_ok=True)
        self.lang = lang
        self.relations = relations_of(relations)
        self.entries: list[Entry] = []
        self._pages: dict[str, str] = {}
        self._taken: set[str] = {Path(INDEX).stem.casefold()}
        for relation in self.relations:
            self.page_name(relation.file)
            self.page_name(relation.other)

    def page_name(self, file: str) -> str:
        """The page's file name for an input (the same every time it is asked)."""
        if file not in self._pages:
            stem, number = _stem(file), 1
            name = stem
            while name.casefold() in self._taken:
                number += 1
                name = f"{stem}-{number}"
            self._taken.add(name.casefold())
            self._pages[file] = f"{name}.html"
        return self._pages[file]

    def add(self, file: str, reading: Reading | Report, checked: CheckResult | None = None) -> Path:
        """Write the page of one report (checked here unless ``checked`` is given); its path."""
        report = reading if isinstance(reading, Report) else reading.report
        checked = checked if checked is not None else check(report, lang=self.lang)
        page = self.page_name(file)
        text = review_page(
            reading,
            checked,
            file=file,
            lang=self.lang,
            index=INDEX,
            relations=self.relations,
            pages=self._linkable(),
        )
        path = self.output / page
        path.write_text(text, encoding="utf-8")
        self.entries.append(entry(file, page, report, checked, self.lang))
        return path

    def fail(self, file: str, reason: str) -> None:
        """Record an input that has no page (the index lists it with ``reason``)."""
        self.entries.append(Entry(file, failed=reason))

    def finish(self) -> Path:
        """Write the index; its path."""
        path = self.output / INDEX
        path.write_text(review_index(self.entries, self.relations, lang=self.lang), encoding="utf-8")
        return path

    def _linkable(self) -> dict[str, str]:
        """Pages a page may link to: those of the files named in the relations."""
        named = {r.file for r in self.relations} | {r.other for r in self.relations}
        return {file: page for file, page in self._pages.items() if file in named}


def write_review(
    readings: Iterable[tuple[str, Reading | Report]],
    output: str | Path,
    *,
    lang: str = "zh",
    relations: Iterable[object] = (),
    checked: Mapping[str, CheckResult] | None = None,
) -> Path:
    """Write a page for each ``(file, parse result)`` and the index into ``output``; the index's path.

    ``checked`` gives a file's check result where it was computed elsewhere (with last year's
    report, say); the others are checked here. ``relations`` are ``(kind, file, other)`` records.
    """
    batch = ReviewBatch(output, lang=lang, relations=relations)
    for file, reading in readings:
        batch.add(file, reading, (checked or {}).get(file))
    return batch.finish()
