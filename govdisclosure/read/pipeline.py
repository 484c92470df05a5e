"""The parse pipeline: decode, detect the rendering, find sections, detect the template, read tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
from attrs import frozen

from govdisclosure.documents import read_document
from govdisclosure.model.cellmap import build_tables
from govdisclosure.model.cells import Cell
from govdisclosure.model.diagnostics import Diagnostic, Phrase, note
from govdisclosure.model.report import Metadata, Report
from govdisclosure.read.detect import detect_rendering, detect_template
from govdisclosure.read.metadata import read_metadata
from govdisclosure.read.sections import build_sections, find_sections
from govdisclosure.read.tables import read_tables
from govdisclosure.read.view import View
from govdisclosure.template import national
from govdisclosure.template.spec import Template, TemplateSpec
from govdisclosure.text.compact import Compact, compact
from govdisclosure.text.decode import Source as InputSource
from govdisclosure.text.decode import decode_str, read_path, read_source
from govdisclosure.text.html import html_to_text
from govdisclosure.text.limits import DEFAULT_MAX_SIZE
from govdisclosure.text.spans import Addresses, TextMap

MAX_INPUT_CHARS = 8_000_000


@frozen
class ParseResult:
    """A parsed report, the decoded input (every span is an offset into it) and the text read.

    ``text`` is the input itself for text renderings and the page's text for an HTML page.
    """

    report: Report
    source: str
    text: str

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """Everything the parser noticed."""
        return self.report.diagnostics


def _missing_cells(
    spec: TemplateSpec, cells: Mapping[str, Cell], notes: Sequence[Diagnostic]
) -> list[Diagnostic]:
    """The cells of the template that no reading filled (those a hybrid row stands for aside)."""
    hybrid = {cell_id for n in notes if n.code == "hybrid_row" for cell_id in n.cells}
    missing = [cell_id for cell_id in spec.cell_ids if cell_id not in cells and cell_id not in hybrid]
    if not missing:
        return []
    listed = "、".join(missing[:8]) + ("等" if len(missing) > 8 else "")
    listed_en = ", ".join(missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
    return [note("cells_missing", None, tuple(missing), count=len(missing), listed=Phrase(listed, listed_en))]


@frozen
class Identity:
    """What a batch pairs reports by, read without the tables: the report's template and metadata
    (exactly as ``parse`` reads them)."""

    template: Template
    metadata: Metadata


@frozen
class _Front:
    """The stages before the sections and tables: the text, the text read, its metadata and template."""

    text: str
    rendering: str
    body: str
    origin: Sequence[int] | None
    comp: Compact
    metadata: Metadata
    template: Template
    diagnostics: tuple[Diagnostic, ...]


def _front(text: str, rendering: str | None) -> _Front:
    decoded = decode_str(text)
    text = decoded.text
    rendering = rendering or detect_rendering(text)
    body, origin = html_to_text(text) if rendering == "html" else (text, None)
    comp = compact(body)
    metadata = read_metadata(body)
    template, notes = detect_template(comp, metadata.year)
    return _Front(text, rendering, body, origin, comp, metadata, template, (*decoded.diagnostics, *notes))


def parse_text(text: str, *, rendering: str | None = None, addresses: Addresses | None = None) -> ParseResult:
    """Parse decoded text of any rendering (``addresses``: where a document's text came from). Lone
    surrogates in it become U+FFFD, with a note."""
    front = _front(text, rendering)
    view = View(
        front.body, front.comp, TextMap(front.text, front.origin, addresses), rendering=front.rendering
    )
    found = find_sections(front.comp, national.SECTIONS)
    sections = build_sections(view, found)
    diagnostics = list(front.diagnostics)
    tables: dict[str, object] = {}
    if front.template in national.TEMPLATES:
        spec = national.TEMPLATES[front.template]
        read = read_tables(view, spec, found)
        diagnostics.extend(read.notes)
        diagnostics.extend(_missing_cells(spec, read.cells, read.notes))
        tables = build_tables(front.template, read.cells)
    report = Report(
        template=front.template,
        metadata=front.metadata,
        sections=sections,
        rendering=front.rendering,
        diagnostics=tuple(diagnostics),
        **tables,  # type: ignore[arg-type]
    )
    return ParseResult(report, front.text, front.body)


def parse(
    source: InputSource, *, rendering: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE
) -> ParseResult:
    """Parse a report from text, bytes or a path (a PDF or ``.docx`` file is known by its content).

    Bad data gives diagnostics and a partial report, never an exception; only a path that cannot
    be read, or a file above ``max_size`` bytes (``None``: no limit), raises (``InputError``).
    """
    return _parsed(_read(source, rendering, max_size))


def identify(
    source: InputSource, *, rendering: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE
) -> Identity | ParseResult:
    """The template and metadata ``parse`` would give, without reading sections and tables (a
    fifth of the time for text, a third for an HTML page). A document file (PDF, ``.docx``),
    whose reading is most of a parse, is parsed whole: its ``ParseResult``."""
    read = _read(source, rendering, max_size)
    if read.document:
        return _parsed(read)
    front = _front(read.text, read.rendering)
    return Identity(front.template, front.metadata)


@frozen
class _Read:
    """The text to parse, its rendering if known, a document's addresses, the notes of reading."""

    text: str
    rendering: str | None
    addresses: Addresses | None
    notes: tuple[Diagnostic, ...]
    document: bool


def _read(source: InputSource, rendering: str | None, max_size: int | None) -> _Read:
    if not isinstance(source, str | bytes):  # a file above max_size is refused before it is read
        source = read_path(source, max_size)
    document = read_document(source)
    if document is not None:
        return _Read(document.text, document.rendering, document.addresses, tuple(document.diagnostics), True)
    decoded, _ = read_source(source, max_size)
    text = decoded.text
    notes = list(decoded.diagnostics)
    if len(text) > MAX_INPUT_CHARS:
        notes.append(note("input_truncated", size=len(text), limit=MAX_INPUT_CHARS))
        text = text[:MAX_INPUT_CHARS]
    return _Read(text, rendering, None, tuple(notes), False)


def _parsed(read: _Read) -> ParseResult:
    result = parse_text(read.text, rendering=read.rendering, addresses=read.addresses)
    if read.notes:
        report = attrs.evolve(result.report, diagnostics=read.notes + result.report.diagnostics)
        result = ParseResult(report, result.source, result.text)
    return result
