"""Aligning a text to the template's tables: anchor on row labels, read the values after each.

Every number read between two labels ends in a cell or in an ``unplaced_number`` diagnostic.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import regex
from attrs import define, frozen

from govdisclosure.model.cells import Cell, CellKind, Span, Value
from govdisclosure.model.diagnostics import Diagnostic, note
from govdisclosure.read import digits, labels, narrative, rowlines
from govdisclosure.read.cell_text import read_cell
from govdisclosure.read.notes import NO_FIT, TOO_MANY, listed_splits, where
from govdisclosure.read.regions import Item, read_region
from govdisclosure.read.view import View
from govdisclosure.template.spec import ColumnSpec, RowSpec, TableSpec, TemplateSpec
from govdisclosure.template.sums import identities

_LEADING_ANNOTATION = regex.compile(r"^\s*[（(][^（）()]{1,80}[）)]")


@frozen
class Found:
    """A row label found in the text."""

    row: RowSpec
    hit: labels.Hit


@define
class TableReader:
    """Reads the rows of the tables of one template from one text."""

    source: View
    spec: TemplateSpec
    cells: dict[str, Cell]
    diagnostics: list[Diagnostic]
    groups: list[digits.Group]
    raw: dict[str, str]
    labels: dict[str, str]

    @classmethod
    def new(cls, source: View, spec: TemplateSpec) -> TableReader:
        return cls(source, spec, {}, [], [], {}, {})

    # --- finding rows ---------------------------------------------------------------------

    def find_rows(
        self, rows: Sequence[RowSpec], start: int, stop: int, *, any_order: bool = False
    ) -> list[Found]:
        """The rows' labels in template order; a row whose label is not found is skipped.

        With ``any_order`` (table 二, whose blocks PDF text may reorder) a row not found after the
        one before it is looked for in the whole stretch, and kept when values follow it.
        """
        found = self._find_in_order(rows, start, stop)
        if any_order:
            present = {f.row for f in found}
            for row in rows:
                if row not in present:
                    self._find_anywhere(row, found, start, stop)
                    present = {f.row for f in found}
            found.sort(key=lambda f: f.hit.start)
        return found

    def _find_anywhere(self, row: RowSpec, found: list[Found], start: int, stop: int) -> None:
        comp = self.source.comp
        taken = sorted((f.hit.start, f.hit.end) for f in found)
        names = labels.row_labels(row)
        position = start
        while (hit := labels.find(comp, names, position, stop, fuzzy=False)) is not None:
            following = [a for a, _ in taken if a >= hit.end]
            if not any(a < hit.end and hit.start < b for a, b in taken):
                items, _ = self.region(hit.end, min(following, default=stop))
                if any(not i.blank for i in items):
                    found.append(Found(row, hit))
                    return
            position = hit.end

    def _find_in_order(self, rows: Sequence[RowSpec], start: int, stop: int) -> list[Found]:
        comp = self.source.comp
        found: list[Found] = []
        position = start
        for row in rows:
            names = labels.row_labels(row)
            hit = labels.find(comp, names, position, stop)
            if hit is None:
                continue
            hit = labels.extend_ordinal(comp, hit, row.ordinal, position)
            if not hit.exact:
                printed = self.source.original(hit.start, hit.end)
                self.diagnostics.append(
                    note(
                        "label_nonstandard",
                        self.source.compact_span(hit.start, hit.end),
                        quote=printed,
                        printed=printed,
                        label=row.printed_label,
                    )
                )
            found.append(Found(row, hit))
            position = hit.end
        return found

    # --- reading values -------------------------------------------------------------------

    def read_rows(self, table: TableSpec, found: list[Found], stop: int, unit: str | None = None) -> int:
        """Read the values after each found row; returns the compact index where reading ended."""
        end = found[-1].hit.end if found else stop
        present = {f.row for f in found}
        pending = [r for r in table.rows if r not in present]
        for index, item in enumerate(found):
            region_stop = found[index + 1].hit.start if index + 1 < len(found) else stop
            items, stopped = self.region(item.hit.end, region_stop)
            followers = self._unfound_followers(table, item.row, pending)
            rows = [item.row, *followers]
            chunks = self._chunks(table, items, rows)
            for row, chunk in zip(rows, chunks, strict=True):
                self._put(table, row, chunk, unit)
            if index + 1 == len(found):
                end = stop if stopped is None else stopped
        return end

    def _unfound_followers(self, table: TableSpec, row: RowSpec, pending: list[RowSpec]) -> list[RowSpec]:
        rows = list(table.rows)
        followers: list[RowSpec] = []
        for candidate in rows[rows.index(row) + 1 :]:
            if candidate not in pending:
                break
            followers.append(candidate)
        return followers

    def _chunks(self, table: TableSpec, items: list[Item], rows: list[RowSpec]) -> list[list[Item]]:
        """Split a region's items among a found row and the unlabelled rows after it."""
        if len(rows) > 1:
            width = len(rows[0].columns)
            values = [i for i in items if not i.blank]
            if len(values) >= 2 * width and len(values) % width == 0:
                count = min(len(rows), len(values) // width)
                chunks = [values[n * width : (n + 1) * width] for n in range(count)]
                # Values beyond the unlabelled rows stay with the last one: it reports them unplaced.
                chunks[-1] = values[(count - 1) * width :]
                for row in rows[1:count]:
                    self._by_position(table, row, None)
                return chunks + [[] for _ in rows[count:]]
        return [items] + [[] for _ in rows[1:]]

    def read_lines(self, table: TableSpec, start: int, stop: int) -> int | None:
        """Read a table whose rows are text lines; None when the stretch is not laid out so."""
        comp, text = self.source.comp, self.source.text
        begin, end = comp.start(start), comp.start(stop)
        lines = rowlines.read_lines(text[begin:end], begin, len(table.rows[0].columns))
        if len(lines.rows) * 2 < len(table.rows):
            return None
        index, pending, last = 0, [], begin
        for line in lines.rows:
            if index >= len(table.rows):
                break
            match = rowlines.match_row(line.label, table.rows, index) if line.label else None
            if match is None:
                pending.append(line)
                continue
            self._fill(table, table.rows[index:match], pending)
            self._put(table, table.rows[match], line.items)
            index, pending, last = match + 1, [], line.end
        if pending:
            self._fill(table, table.rows[index:], pending)
            last = max(last, pending[-1].end)
        self._unplaced(table.title, [i for i in lines.strays if i.offset < last])
        return self.source.compact_index(last)

    def _fill(self, table: TableSpec, rows: Sequence[RowSpec], lines: list[rowlines.Line]) -> None:
        """Label-less lines take the rows between two labelled ones, when the counts agree."""
        if len(lines) != len(rows):
            for line in lines:
                self._unplaced(table.title, line.items)
            return
        for row, line in zip(rows, lines, strict=True):
            self._put(table, row, line.items)
            self._by_position(table, row, self.source.span(line.start, line.end))

    def _by_position(self, table: TableSpec, row: RowSpec, span: Span | None) -> None:
        self.diagnostics.append(note("row_by_position", span, table.cell_ids(row), label=row.printed_label))

    def _put(self, table: TableSpec, row: RowSpec, items: Sequence[Item], unit: str | None = None) -> None:
        self.assign(table.cell_ids(row), row.columns, row.printed_label, list(items), unit)

    def region(self, begin: int, stop: int) -> tuple[list[Item], int | None]:
        """The items between two compact indices, and where prose stopped the reading."""
        comp, text = self.source.comp, self.source.text
        start, end = comp.end(begin), comp.start(stop)
        chunk = text[start:end]
        lead = _LEADING_ANNOTATION.match(chunk)
        if lead:
            start += lead.end()
            chunk = chunk[lead.end() :]
        region = read_region(chunk, start, celled="|" in chunk)
        stopped = None
        if region.stopped_at is not None:
            stopped = self.source.compact_index(region.stopped_at)
        return list(region.items), stopped

    def assign(
        self,
        ids: tuple[str, ...],
        columns: tuple[ColumnSpec, ...],
        label: str,
        items: list[Item],
        unit: str | None = None,
    ) -> None:
        """Put a row's items in its cells: one item a cell, or glued digits split later."""
        width = len(columns)
        values = [i for i in items if not i.blank]
        if not values:
            return
        if len(values) == width:
            chosen: list[Item] = values
        else:
            trimmed = _trim_blanks(items)
            chosen = trimmed if len(trimmed) == width else values
        if len(chosen) != width and len(items) == width:
            chosen = items
        if len(chosen) == width:
            for cell_id, item, column in zip(ids, chosen, columns, strict=True):
                self.cells[cell_id] = self._cell(item, column, unit)
            return
        if len(chosen) > width:
            for cell_id, item, column in zip(ids, chosen, columns, strict=False):
                self.cells[cell_id] = self._cell(item, column, unit)
            self._unplaced(label, chosen[width:])
            return
        self._segment(ids, columns, label, chosen)

    def _segment(
        self, ids: tuple[str, ...], columns: tuple[ColumnSpec, ...], label: str, items: list[Item]
    ) -> None:
        tokens = [digits.Token(i.text, i.offset) for i in items if not i.blank]
        options = self._options(tokens, columns)
        printed = " ".join(t.text for t in tokens)
        if not options:
            reason = TOO_MANY if options is None else NO_FIT
            self.diagnostics.append(
                note(
                    "row_unreadable",
                    self.source.span(items[0].offset, items[-1].offset + len(items[-1].text)),
                    ids,
                    quote=self._printed(items),
                    where=where(ids[0], label),
                    printed=printed,
                    reason=reason,
                )
            )
            self._unplaced(label, items)
            return
        options = digits.prefer(options, digits.signs_fit(columns))
        self.groups.append(digits.Group(ids, tuple(options)))
        self.raw.update(dict.fromkeys(ids, printed))
        self.labels.update(dict.fromkeys(ids, label))

    def _options(
        self, tokens: list[digits.Token], columns: tuple[ColumnSpec, ...]
    ) -> list[digits.Candidate] | None:
        """The splits of a row's glued digits (None: too many to list)."""
        ids = [c.id for c in columns]
        if len(ids) > 2 and ids.count("total") == 1 and ids[-1] == "total":
            # The row's own total decides most splits: apply it while cutting. A row whose
            # printed total is wrong has no such split and is cut without it.
            bounded = digits.candidates(tokens, columns, total_last=True)
            if bounded:
                return bounded
        options = digits.candidates(tokens, columns)
        shortfall = len(columns) - digits.max_pieces(tokens)
        if options == [] and shortfall > 0:
            return digits.candidates(tokens, columns, blanks=shortfall, gaps=self._gaps(tokens))
        return options

    def _gaps(self, tokens: Sequence[digits.Token]) -> frozenset[int]:
        """Indices of the tokens that a space separates from the token before."""
        text = self.source.text
        return frozenset(
            index
            for index in range(1, len(tokens))
            if any(
                c.isspace()
                for c in text[tokens[index - 1].offset + len(tokens[index - 1].text) : tokens[index].offset]
            )
        )

    def _printed(self, items: Sequence[Item]) -> str:
        """The read text from the first item to the end of the last."""
        return self.source.text[items[0].offset : items[-1].offset + len(items[-1].text)]

    def _cell(self, item: Item, column: ColumnSpec, unit: str | None) -> Cell:
        reading = read_cell(item.text, money=column.money, unit=unit)
        kind = CellKind.BLANK if item.blank else reading.kind
        return Cell(
            reading.value,
            kind,
            item.text,
            self.source.span(item.offset, item.offset + len(item.text)),
            reading.note,
        )

    def _unplaced(self, label: str, items: Sequence[Item]) -> None:
        for item in items:
            if item.blank:
                continue
            self.diagnostics.append(
                note(
                    "unplaced_number",
                    self.source.span(item.offset, item.offset + len(item.text)),
                    quote=item.text,
                    label=label,
                    printed=item.text,
                )
            )

    # --- choosing splits ------------------------------------------------------------------

    def narrow(self, hints: Mapping[str, narrative.Hint]) -> None:
        """Keep the splits that agree with the counts the prose states, when some do."""
        for index, group in enumerate(self.groups):
            stated = [(n, hints[c]) for n, c in enumerate(group.cell_ids) if c in hints]
            kept = tuple(o for o in group.options if all(o[n].value == h.value for n, h in stated))
            if not stated or not kept or len(kept) == len(group.options):
                continue
            self.groups[index] = digits.Group(group.cell_ids, kept)
            for _, hint in stated:
                self.diagnostics.append(
                    note(
                        "narrative_choice",
                        self.source.span(hint.offset, hint.offset + len(hint.sentence)),
                        (hint.cell_id,),
                        quote=hint.sentence,
                        cell=hint.cell_id,
                        value=hint.value,
                        sentence=hint.sentence[:80],
                    )
                )

    def resolve(self, unit: str | None = None) -> None:
        """Let the template's sums choose among the splits of glued digits, then fill the cells."""
        fixed: dict[str, Value] = {k: c.value for k, c in self.cells.items()}
        for group in digits.choose(self.groups, fixed, identities(self.spec)):
            self._fill_group(group, unit)
        self.groups = []

    def _fill_group(self, group: digits.Group, unit: str | None) -> None:
        options = group.options
        undecided: list[str] = []
        for position, cell_id in enumerate(group.cell_ids):
            first = options[0][position]
            if len(options) > 1 and len({o[position].value for o in options}) > 1:
                undecided.append(cell_id)
                self.cells[cell_id] = Cell(None, CellKind.NUMBER, self.raw[cell_id], None, "ambiguous split")
                continue
            column = self._columns[cell_id]
            reading = read_cell(first.text, money=column.money, unit=unit)
            how = f"split of glued digits “{self.raw[cell_id]}”" if first.split else reading.note
            span = self.source.span(first.offset, first.offset + len(first.text))
            if not first.text:
                how = f"blank cell inferred at a space in “{self.raw[cell_id]}”"
                self.diagnostics.append(
                    note("blank_inferred", span, (cell_id,), printed=self.raw[cell_id], cell=cell_id)
                )
            self.cells[cell_id] = Cell(reading.value, reading.kind, first.text, span, how)
        if undecided:
            last = options[0][-1]
            start = options[0][0].offset
            self.diagnostics.append(
                note(
                    "ambiguous_split",
                    self.source.span(start, last.offset + len(last.text)),
                    tuple(undecided),
                    quote=self.source.text[start : last.offset + len(last.text)],
                    where=where(group.cell_ids[0], self.labels[group.cell_ids[0]]),
                    printed=self.raw[group.cell_ids[0]],
                    options=listed_splits(options),
                    count=len(undecided),
                )
            )

    @functools.cached_property
    def _columns(self) -> dict[str, ColumnSpec]:
        return {c.id: c.column for c in self.spec.cells}


def _trim_blanks(items: list[Item]) -> list[Item]:
    start, end = 0, len(items)
    while start < end and items[start].blank:
        start += 1
    while end > start and items[end - 1].blank:
        end -= 1
    return items[start:end]
