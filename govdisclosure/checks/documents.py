"""Table 二's document rows against the prose and the issuer: ``nar_documents`` (制发/废止/现行有效
规范性文件X件 against table 二, deciding glued digits where the prose can), and
``t2_department_regulations`` (only governments with legislative power make 规章).

Where the parser left a row's glued digits undecided, the candidate cuts are those of the printed
digits (``splits``): the prose may decide among them, and a rule fails when no cut fits.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping

import regex
from attrs import frozen

from govdisclosure.checks import messages as msg
from govdisclosure.checks.claims import sentences
from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding, make_not_assessable, quoted
from govdisclosure.model.cells import Span
from govdisclosure.model.findings import Rule, Status
from govdisclosure.template import words
from govdisclosure.template.bodies import BodyKind, is_national, kind_of
from govdisclosure.template.spec import TableSpec

MAX_DIGITS = 20
# No conjunction inside the gap: "制定规章和规范性文件15件" states no count for either.
_GAP = r"[^。；;，,、和及与\d]{0,8}?"
_COUNT = r"(?P<n>\d{1,6})\s*(?:件|部|个)"
_CUMULATIVE = ("累计", "历年", "截至", "截止", "以来")


def _cuts(digits: str, parts: int) -> Iterator[tuple[int, ...]]:
    """Every way to cut a digit run into ``parts`` numbers without leading zeros."""
    if parts == 1:
        if digits and (digits == "0" or digits[0] != "0"):
            yield (int(digits),)
        return
    for end in range(1, len(digits) - parts + 2):
        head = digits[:end]
        if head != "0" and head[0] == "0":
            break
        for rest in _cuts(digits[end:], parts - 1):
            yield (int(head), *rest)


def glued(ctx: Context, cell_id: str) -> str | None:
    """The glued digits printed for an undecided cell's row (from its ``ambiguous_split`` note)."""
    note = next(
        (d for d in ctx.report.diagnostics if d.code == "ambiguous_split" and cell_id in d.cells), None
    )
    return None if note is None else note.quote


def splits(ctx: Context, cell_id: str, stated: Mapping[str, int] | None = None) -> set[int] | None:
    """The values a glued, undecided cell may have (the cuts of its row's printed digits that agree
    with the row's decided cells, and with ``stated`` values of its other cells where some cut
    does); None when the cell is not such a cell."""
    note = next(
        (d for d in ctx.report.diagnostics if d.code == "ambiguous_split" and cell_id in d.cells), None
    )
    if note is None or not note.quote:
        return None
    digits = note.quote.replace(" ", "")
    if not digits.isdigit() or len(digits) > MAX_DIGITS:
        return None
    table_id, row_id = cell_id.split(".")[0], cell_id.split(".", 1)[1].rpartition(".")[0]
    table = ctx.template_spec.table(table_id)
    row = table.cell_ids(table.row(row_id))
    for ids in (row, note.cells):  # the digits of the whole row, or of the undecided cells only
        known = {i: ctx.cells[c].value for i, c in enumerate(ids) if ctx.cells[c].value is not None}
        fits = [cut for cut in _cuts(digits, len(ids)) if all(cut[i] == v for i, v in known.items())]
        others = {ids.index(c): v for c, v in (stated or {}).items() if c in ids and c != cell_id}
        narrowed = [cut for cut in fits if all(cut[i] == v for i, v in others.items())]
        if fits:
            return {cut[ids.index(cell_id)] for cut in narrowed or fits}
    return set()


@frozen
class DocumentClaim:
    """A count of table 二 documents the prose states ("现行有效行政规范性文件393件")."""

    cell_id: str
    number: int
    phrase: str
    sentence: str
    span: Span | None


@functools.cache
def _patterns(table: TableSpec) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    found = []
    for row in table.rows:
        nouns = "|".join(regex.escape(n) for n in sorted((row.label, *row.aliases), key=len, reverse=True))
        noun = f"(?:{nouns})(?!制度)"
        for column in row.columns:
            verbs = words.NARRATIVE_VERBS.get(column.id)
            if verbs:
                verb = "|".join(map(regex.escape, verbs))
                pattern = f"(?:{verb}){_GAP}{noun}{_GAP}{_COUNT}|{noun}{_GAP}(?:{verb}){_GAP}{_COUNT}"
                found.append((f"{table.id}.{row.id}.{column.id}", regex.compile(pattern)))
    return tuple(found)


def document_claims(ctx: Context) -> list[DocumentClaim]:
    """The table 二 document counts the prose states, each with its sentence."""
    table = ctx.template_spec.table("t2")
    found = []
    for _, sentence in sentences(ctx.report.sections):
        if "文件" not in sentence.text and "规章" not in sentence.text:
            continue
        for cell_id, pattern in _patterns(table):
            for match in pattern.finditer(sentence.text, timeout=1.0):
                this_year = not cell_id.endswith("in_force")
                if this_year and any(w in sentence.text[: match.start()][-12:] for w in _CUMULATIVE):
                    continue
                found.append(
                    DocumentClaim(cell_id, int(match["n"]), match.group(), sentence.text, sentence.span)
                )
    return found


def _claim_finding(
    ctx: Context, rule: Rule, claim: DocumentClaim, zh: str, en: str, **values: object
) -> Outcome:
    return quoted(ctx, rule.id, zh, en, claim.sentence, claim.span, cells=(claim.cell_id,), **values)


def nar_documents(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """Each document count of the prose against its table 二 cell (or the cuts of its glued digits)."""
    spec = ctx.template_spec
    found = document_claims(ctx)
    stated = {c.cell_id: c.number for c in found}
    for claim in found:
        cell = ctx.cells.get(claim.cell_id)
        name = msg.cell_zh(claim.cell_id, spec)
        said = f"文字说明称“{claim.phrase}”"
        if cell is not None and cell.value is not None:
            if cell.value == claim.number:
                yield PASSED
                continue
            yield _claim_finding(
                ctx,
                rule,
                claim,
                f"{said}，与{name} {msg.number(cell.value)} 不符，{msg.gap_zh(claim.number, cell.value)}",
                f"the narrative states {claim.number}; {msg.cell_en(claim.cell_id)} gives {msg.number(cell.value)}",
                printed=claim.number,
                computed=cell.value,
            )
            continue
        options = splits(ctx, claim.cell_id, stated)
        if options is None:
            yield make_not_assessable(
                ctx,
                rule.id,
                said,
                f"the narrative states {claim.number}",
                (claim.cell_id,),
                cells=(claim.cell_id,),
            )
        elif claim.number in options:
            yield PASSED  # the prose is one of the cuts of the printed digits
        else:
            shown = "、".join(str(v) for v in sorted(options)) or "无"
            row = f"表二“{msg.cell_spec(claim.cell_id, spec).row.label}”行"
            column = msg.cell_spec(claim.cell_id, spec).column.label
            yield _claim_finding(
                ctx,
                rule,
                claim,
                f"{said}，但{row}印出的“{glued(ctx, claim.cell_id)}”无论怎样拆分，“{column}”都不是"
                f"{claim.number}（可能为{shown}）",
                f"the narrative states {claim.number}, but no cut of the digits printed for "
                f"{msg.cell_en(claim.cell_id)} gives it (possible values: {', '.join(map(str, sorted(options))) or 'none'})",
                printed=claim.number,
            )


def department_regulations(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """A local department prints a non-zero 规章 row (only governments with legislative power make 规章);
    glued digits fail when every cut is non-zero."""
    issuer = ctx.report.metadata.issuer or ctx.report.metadata.signature
    if kind_of(issuer) is not BodyKind.DEPARTMENT or is_national(issuer):
        return
    table = ctx.template_spec.table("t2")
    ids = table.cell_ids(table.row("regulations"))
    printed = [c for c in ids if (v := ctx.cells[c].value) is not None and v != 0]
    glued = {c: o for c in ids if ctx.cells[c].value is None and (o := splits(ctx, c)) is not None}
    always = [c for c, options in glued.items() if options and 0 not in options]
    if not printed and not always:
        yield PASSED
        return
    named = "、".join(
        f"“{msg.cell_spec(c, ctx.template_spec).column.label}” {msg.number(ctx.cells[c].value)}"
        for c in printed
    )
    named = named or "（数字粘连，但无论怎样拆分都不为0）"
    yield make_finding(
        ctx,
        rule.id,
        Status.FAIL,
        f"部门报告的表二“规章”行填有非零数字：{named}；规章只能由有立法权的人民政府制定",
        f"a department's report prints a non-zero regulations row in table 2 (only governments with "
        f"legislative power make regulations): {', '.join(msg.cell_en(c) for c in printed + always)}",
        cells=printed + always,
    )
