"""The report model: frozen attrs classes whose attribute names are the canonical ids of cells.md.

``report.applications.new_received.total`` is the cell ``t3.new_received.total``. The labels of
every attribute live in ``templates``; ``cellmap`` walks these classes generically.
"""

from __future__ import annotations

from attrs import field, frozen

from govdisclosure.model.cells import MISSING, Cell, Span
from govdisclosure.model.diagnostics import Diagnostic
from govdisclosure.template.spec import Template

# --- Table 二 ------------------------------------------------------------------------------


@frozen
class DocumentRow2019:
    """规章 / 规范性文件 (2019): made, published this year, published in total."""

    made_new: Cell = MISSING
    published_new: Cell = MISSING
    published_total: Cell = MISSING


@frozen
class ItemsRow2019:
    """行政许可 / 其他对外管理服务事项 / 行政处罚 / 行政强制 (2019)."""

    items_prev_year: Cell = MISSING
    items_change: Cell = MISSING
    decisions: Cell = MISSING


@frozen
class FeeItemsRow2019:
    """行政事业性收费 (2019): items last year and this year's change."""

    items_prev_year: Cell = MISSING
    items_change: Cell = MISSING


@frozen
class ProcurementRow2019:
    """政府集中采购 (2019): projects and amount in 万元."""

    projects: Cell = MISSING
    amount: Cell = MISSING


@frozen
class Disclosure2019:
    """Table 二, 主动公开政府信息情况, 2019 template (22 cells)."""

    regulations: DocumentRow2019 = field(factory=DocumentRow2019)
    normative_documents: DocumentRow2019 = field(factory=DocumentRow2019)
    licensing: ItemsRow2019 = field(factory=ItemsRow2019)
    other_services: ItemsRow2019 = field(factory=ItemsRow2019)
    penalty: ItemsRow2019 = field(factory=ItemsRow2019)
    coercion: ItemsRow2019 = field(factory=ItemsRow2019)
    fees: FeeItemsRow2019 = field(factory=FeeItemsRow2019)
    procurement: ProcurementRow2019 = field(factory=ProcurementRow2019)


@frozen
class DocumentRow2021:
    """规章 / 行政规范性文件 (2021): issued, repealed, in force."""

    issued: Cell = MISSING
    repealed: Cell = MISSING
    in_force: Cell = MISSING


@frozen
class DecisionsRow2021:
    """行政许可 / 行政处罚 / 行政强制 (2021): decisions this year."""

    decisions: Cell = MISSING


@frozen
class FeeAmountRow2021:
    """行政事业性收费 (2021): fees collected this year, in 万元."""

    amount: Cell = MISSING


@frozen
class Disclosure2021:
    """Table 二, 主动公开政府信息情况, 2021 template (10 cells)."""

    regulations: DocumentRow2021 = field(factory=DocumentRow2021)
    normative_documents: DocumentRow2021 = field(factory=DocumentRow2021)
    licensing: DecisionsRow2021 = field(factory=DecisionsRow2021)
    penalty: DecisionsRow2021 = field(factory=DecisionsRow2021)
    coercion: DecisionsRow2021 = field(factory=DecisionsRow2021)
    fees: FeeAmountRow2021 = field(factory=FeeAmountRow2021)


# --- Table 三 ------------------------------------------------------------------------------


@frozen
class ApplicantRow:
    """A row of table 三: one cell per applicant type, and the total."""

    natural_person: Cell = MISSING
    commercial_enterprise: Cell = MISSING
    research_institution: Cell = MISSING
    social_welfare_org: Cell = MISSING
    legal_service_org: Cell = MISSING
    other_org: Cell = MISSING
    total: Cell = MISSING


@frozen
class Denied:
    """（三）不予公开: eight reasons."""

    state_secret: ApplicantRow = field(factory=ApplicantRow)
    prohibited_by_law: ApplicantRow = field(factory=ApplicantRow)
    three_safeties_one_stability: ApplicantRow = field(factory=ApplicantRow)
    third_party_rights: ApplicantRow = field(factory=ApplicantRow)
    internal_affairs: ApplicantRow = field(factory=ApplicantRow)
    process_info: ApplicantRow = field(factory=ApplicantRow)
    enforcement_file: ApplicantRow = field(factory=ApplicantRow)
    administrative_query: ApplicantRow = field(factory=ApplicantRow)


@frozen
class Unable:
    """（四）无法提供: three reasons."""

    not_held: ApplicantRow = field(factory=ApplicantRow)
    needs_creation: ApplicantRow = field(factory=ApplicantRow)
    unclear_after_correction: ApplicantRow = field(factory=ApplicantRow)


@frozen
class NotProcessed:
    """（五）不予处理: five reasons."""

    petition_complaint: ApplicantRow = field(factory=ApplicantRow)
    duplicate: ApplicantRow = field(factory=ApplicantRow)
    publication: ApplicantRow = field(factory=ApplicantRow)
    mass_repeated: ApplicantRow = field(factory=ApplicantRow)
    confirm_existing: ApplicantRow = field(factory=ApplicantRow)


@frozen
class OtherProcessing2021:
    """（六）其他处理 in the 2021 template: three sub-rows."""

    overdue_correction: ApplicantRow = field(factory=ApplicantRow)
    overdue_fee: ApplicantRow = field(factory=ApplicantRow)
    misc: ApplicantRow = field(factory=ApplicantRow)


@frozen
class Applications2019:
    """Table 三, 收到和处理政府信息公开申请情况, 2019 template (23 rows)."""

    new_received: ApplicantRow = field(factory=ApplicantRow)
    carried_over: ApplicantRow = field(factory=ApplicantRow)
    granted: ApplicantRow = field(factory=ApplicantRow)
    partially_granted: ApplicantRow = field(factory=ApplicantRow)
    denied: Denied = field(factory=Denied)
    unable: Unable = field(factory=Unable)
    not_processed: NotProcessed = field(factory=NotProcessed)
    other: ApplicantRow = field(factory=ApplicantRow)
    results_total: ApplicantRow = field(factory=ApplicantRow)
    carried_forward: ApplicantRow = field(factory=ApplicantRow)
    # A hybrid: （六）其他处理 printed as the three rows of the 2021 template. ``other`` then holds
    # no value of its own (their sum was not printed).
    other_split: OtherProcessing2021 | None = None


@frozen
class Applications2021:
    """Table 三, 收到和处理政府信息公开申请情况, 2021 template (25 rows)."""

    new_received: ApplicantRow = field(factory=ApplicantRow)
    carried_over: ApplicantRow = field(factory=ApplicantRow)
    granted: ApplicantRow = field(factory=ApplicantRow)
    partially_granted: ApplicantRow = field(factory=ApplicantRow)
    denied: Denied = field(factory=Denied)
    unable: Unable = field(factory=Unable)
    not_processed: NotProcessed = field(factory=NotProcessed)
    other: OtherProcessing2021 = field(factory=OtherProcessing2021)
    results_total: ApplicantRow = field(factory=ApplicantRow)
    carried_forward: ApplicantRow = field(factory=ApplicantRow)
    # A hybrid: （六）其他处理 printed as the single row of the 2019 template, a total over the three
    # sub-rows of ``other`` (which are never given its values; all 0 when it is all 0).
    other_single: ApplicantRow | None = None


# --- Table 四 ------------------------------------------------------------------------------


@frozen
class CaseGroup:
    """One group of table 四: outcomes, pending, total."""

    upheld: Cell = MISSING
    corrected: Cell = MISSING
    other: Cell = MISSING
    pending: Cell = MISSING
    total: Cell = MISSING


@frozen
class ReviewLitigation:
    """Table 四, 政府信息公开行政复议、行政诉讼情况 (15 cells)."""

    review: CaseGroup = field(factory=CaseGroup)
    litigation_direct: CaseGroup = field(factory=CaseGroup)
    litigation_after_review: CaseGroup = field(factory=CaseGroup)


# --- The report ------------------------------------------------------------------------------


@frozen
class Metadata:
    """What the page says about the report; every field is optional.

    ``issuer`` is the body named in the title, ``publisher`` the page's 发布机构, ``signature`` the
    body signed under the report (落款) and ``signed`` its date; ``issued`` is the date of a
    "…印发" line (and ``issued_by`` the body before it). Dates are ISO (``2025-01-22``); the
    statistics period is the one the report states (``period_start`` to ``period_end``).
    """

    title: str | None = None
    issuer: str | None = None
    year: int | None = None
    published: str | None = None
    index_number: str | None = None
    document_number: str | None = None
    publisher: str | None = None
    signature: str | None = None
    signed: str | None = None
    issued: str | None = None
    issued_by: str | None = None
    period_start: str | None = None
    period_end: str | None = None


@frozen
class Sentence:
    """A sentence of a section's text and where it was printed."""

    text: str
    span: Span | None = None


@frozen
class Section:
    """A section: its heading as printed (empty for the introduction), its text, its sentences and
    the span of the input it was read from (heading and text)."""

    heading: str
    text: str
    span: Span | None = None
    sentences: tuple[Sentence, ...] = ()


@frozen
class Sections:
    """The introduction (the text before 一、总体情况) and the six sections, in template order; None
    where a section was not found."""

    intro: Section | None = None
    overview: Section | None = None
    proactive: Section | None = None
    applications: Section | None = None
    review_litigation: Section | None = None
    problems: Section | None = None
    other: Section | None = None


Disclosure = Disclosure2019 | Disclosure2021
Applications = Applications2019 | Applications2021


@frozen
class Report:
    """A whole annual report: template, metadata, sections, tables 二/三/四 and parse diagnostics.

    A ``legacy`` or ``unknown`` report has no tables (they are None).
    """

    template: Template
    metadata: Metadata = field(factory=Metadata)
    sections: Sections = field(factory=Sections)
    disclosure: Disclosure | None = None
    applications: Applications | None = None
    review_litigation: ReviewLitigation | None = None
    rendering: str = "unknown"
    diagnostics: tuple[Diagnostic, ...] = ()
