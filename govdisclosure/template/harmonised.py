"""Table 二 across the template change: which 2019 cell and which 2021 cell count the same thing.

The 2021 template (国办公开办函〔2021〕30号) rewrote table 二 (domain.md §2.4). Only the cells below
carry one concept through both templates; every other cell of table 二 has no counterpart and is
listed with the reason. Tables 三 and 四 keep their cell ids across the change, but for
（六）其他处理 (one row in 2019, three sub-rows in 2021), which is not harmonised here.

``comparability`` is ``same`` when both templates ask the same question in the same unit, and
``close`` when the wording differs but both count the same event; filter on it for strict series.
"""

from __future__ import annotations

from attrs import frozen

from govdisclosure.template.spec import Template


@frozen
class Concept:
    """One quantity of table 二 that both templates print, and the cell each prints it in."""

    id: str
    label: str
    label_en: str
    cell_2019: str
    cell_2021: str
    comparability: str
    note: str = ""


@frozen
class NoCounterpart:
    """A cell of table 二 that the other template has nothing for, and why."""

    template: Template
    cell: str
    reason: str


_ISSUED_NOTE = "2019 本年新制作数量 (made this year) ↔ 2021 本年制发件数 (made and issued this year)"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "regulations_issued",
        "规章 本年新制作/制发件数",
        "regulations made in the year",
        "t2.regulations.made_new",
        "t2.regulations.issued",
        "close",
        _ISSUED_NOTE,
    ),
    Concept(
        "normative_documents_issued",
        "（行政）规范性文件 本年新制作/制发件数",
        "normative documents made in the year",
        "t2.normative_documents.made_new",
        "t2.normative_documents.issued",
        "close",
        _ISSUED_NOTE + "; the row 规范性文件 was renamed 行政规范性文件",
    ),
    Concept(
        "licensing_decisions",
        "行政许可 本年处理决定数量",
        "licensing decisions in the year",
        "t2.licensing.decisions",
        "t2.licensing.decisions",
        "same",
    ),
    Concept(
        "penalty_decisions",
        "行政处罚 本年处理决定数量",
        "administrative penalty decisions in the year",
        "t2.penalty.decisions",
        "t2.penalty.decisions",
        "same",
    ),
    Concept(
        "coercion_decisions",
        "行政强制 本年处理决定数量",
        "administrative coercion decisions in the year",
        "t2.coercion.decisions",
        "t2.coercion.decisions",
        "same",
    ),
)

_PUBLISHED_NEW = "2021 no longer counts documents published in the year"
_PUBLISHED_TOTAL = (
    "对外公开总数量 counts every document ever published, 现行有效件数 only those in force (domain.md §4.4)"
)
_ITEMS = "2021 dropped the count of items (上一年项目数量, 本年增/减); it is never a decision count"
_FEE_ITEMS = "a count of fee items, not an amount: never 本年收费金额 (domain.md §2.4)"
_OTHER_SERVICES = "the row 其他对外管理服务事项 was removed in 2021"
_PROCUREMENT = "the block （九） 政府集中采购 was removed in 2021"
_REPEALED = "2019 did not count repealed documents"
_IN_FORCE = "2019 did not count documents in force (对外公开总数量 is another quantity, domain.md §4.4)"
_FEE_AMOUNT = "2019 printed no fee amount (its （八） columns count fee items)"

NO_COUNTERPART: tuple[NoCounterpart, ...] = (
    NoCounterpart(Template.V2019, "t2.regulations.published_new", _PUBLISHED_NEW),
    NoCounterpart(Template.V2019, "t2.regulations.published_total", _PUBLISHED_TOTAL),
    NoCounterpart(Template.V2019, "t2.normative_documents.published_new", _PUBLISHED_NEW),
    NoCounterpart(Template.V2019, "t2.normative_documents.published_total", _PUBLISHED_TOTAL),
    NoCounterpart(Template.V2019, "t2.licensing.items_prev_year", _ITEMS),
    NoCounterpart(Template.V2019, "t2.licensing.items_change", _ITEMS),
    NoCounterpart(Template.V2019, "t2.other_services.items_prev_year", _OTHER_SERVICES),
    NoCounterpart(Template.V2019, "t2.other_services.items_change", _OTHER_SERVICES),
    NoCounterpart(Template.V2019, "t2.other_services.decisions", _OTHER_SERVICES),
    NoCounterpart(Template.V2019, "t2.penalty.items_prev_year", _ITEMS),
    NoCounterpart(Template.V2019, "t2.penalty.items_change", _ITEMS),
    NoCounterpart(Template.V2019, "t2.coercion.items_prev_year", _ITEMS),
    NoCounterpart(Template.V2019, "t2.coercion.items_change", _ITEMS),
    NoCounterpart(Template.V2019, "t2.fees.items_prev_year", _FEE_ITEMS),
    NoCounterpart(Template.V2019, "t2.fees.items_change", _FEE_ITEMS),
    NoCounterpart(Template.V2019, "t2.procurement.projects", _PROCUREMENT),
    NoCounterpart(Template.V2019, "t2.procurement.amount", _PROCUREMENT),
    NoCounterpart(Template.V2021, "t2.regulations.repealed", _REPEALED),
    NoCounterpart(Template.V2021, "t2.regulations.in_force", _IN_FORCE),
    NoCounterpart(Template.V2021, "t2.normative_documents.repealed", _REPEALED),
    NoCounterpart(Template.V2021, "t2.normative_documents.in_force", _IN_FORCE),
    NoCounterpart(Template.V2021, "t2.fees.amount", _FEE_AMOUNT),
)


def concept_cell(concept: Concept, template: Template) -> str | None:
    """The cell a report of ``template`` prints the concept in (None for legacy/unknown)."""
    return {Template.V2019: concept.cell_2019, Template.V2021: concept.cell_2021}.get(template)
