"""English names of the templates' tables, rows, columns and sections, for messages in English.

Keyed by canonical id (cells.md); the Chinese labels in ``national`` stay the contract.
"""

from __future__ import annotations

TABLES: dict[str, str] = {"t2": "table 2", "t3": "table 3", "t4": "table 4"}

SECTIONS: dict[str, str] = {
    "intro": "the introduction",
    "overview": "section 1 (general situation)",
    "proactive": "section 2 (proactive disclosure)",
    "applications": "section 3 (applications)",
    "review_litigation": "section 4 (administrative review and litigation)",
    "problems": "section 5 (problems and improvements)",
    "other": "section 6 (other matters)",
}

ROWS: dict[str, str] = {
    # table 二
    "regulations": "regulations",
    "normative_documents": "normative documents",
    "licensing": "administrative licensing",
    "other_services": "other management services",
    "penalty": "administrative penalties",
    "coercion": "administrative coercion",
    "fees": "administrative fees",
    "procurement": "government procurement",
    # table 三
    "new_received": "1. new applications",
    "carried_over": "2. carried over from last year",
    "granted": "3.(1) disclosed",
    "partially_granted": "3.(2) partly disclosed",
    "denied.state_secret": "3.(3) not disclosed: state secret",
    "denied.prohibited_by_law": "3.(3) not disclosed: prohibited by law",
    "denied.three_safeties_one_stability": "3.(3) not disclosed: security and stability",
    "denied.third_party_rights": "3.(3) not disclosed: third-party rights",
    "denied.internal_affairs": "3.(3) not disclosed: internal affairs",
    "denied.process_info": "3.(3) not disclosed: process information",
    "denied.enforcement_file": "3.(3) not disclosed: enforcement file",
    "denied.administrative_query": "3.(3) not disclosed: administrative query",
    "unable.not_held": "3.(4) cannot be provided: not held",
    "unable.needs_creation": "3.(4) cannot be provided: would have to be made",
    "unable.unclear_after_correction": "3.(4) cannot be provided: still unclear after correction",
    "not_processed.petition_complaint": "3.(5) not processed: petition or complaint",
    "not_processed.duplicate": "3.(5) not processed: duplicate",
    "not_processed.publication": "3.(5) not processed: publication requested",
    "not_processed.mass_repeated": "3.(5) not processed: mass repeated applications",
    "not_processed.confirm_existing": "3.(5) not processed: confirm information already held",
    "other": "3.(6) other handling",
    "other.overdue_correction": "3.(6) other handling: no correction in time",
    "other.overdue_fee": "3.(6) other handling: fee not paid in time",
    "other.misc": "3.(6) other handling: other",
    "other_single": "3.(6) other handling (one row)",
    "results_total": "3.(7) total of results",
    "carried_forward": "4. carried forward to next year",
    # table 四
    "review": "administrative review",
    "litigation_direct": "lawsuits without prior review",
    "litigation_after_review": "lawsuits after review",
}

COLUMNS: dict[str, str] = {
    # table 二
    "made_new": "made this year",
    "published_new": "published this year",
    "published_total": "published in total",
    "items_prev_year": "items last year",
    "items_change": "change this year",
    "decisions": "decisions",
    "projects": "projects",
    "amount": "amount",
    "issued": "issued this year",
    "repealed": "repealed this year",
    "in_force": "in force",
    # table 三
    "natural_person": "natural persons",
    "commercial_enterprise": "commercial enterprises",
    "research_institution": "research institutions",
    "social_welfare_org": "social welfare organisations",
    "legal_service_org": "legal service organisations",
    "other_org": "other organisations",
    "total": "total",
    # table 四
    "upheld": "upheld",
    "corrected": "corrected",
    "other": "other results",
    "pending": "pending",
}

TEMPLATES: dict[str, str] = {
    "2019": "the 2019 template",
    "2021": "the 2021 template",
    "legacy": "the pre-2019 format",
    "unknown": "an unknown format",
}
