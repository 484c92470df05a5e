"""Who issued a report: one body in the title, the signature (落款) and 发布机构, and how the text
names itself (``issuer_consistent``); and how reports are recognised as the same body, or as a
department and its government, across a batch.

Names are compared as printed, tolerant of the variants seen in titles and signatures: a
government or zone with or without its 管委会/人民政府 (平潭综合实验区 / 平潭综合实验区管委会), and a
department's short form (区公安局 for 平潭综合实验区公安局).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import regex

from govdisclosure.checks.claims import sentences
from govdisclosure.checks.context import PASSED, Context, Outcome, make_finding, quoted
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Rule, Status
from govdisclosure.model.report import Metadata
from govdisclosure.template.bodies import (
    DEPARTMENT_SUFFIXES,
    GOVERNMENT_SUFFIXES,
    PLACE_SUFFIXES,
    SELF_REFERENCES,
    ZONE_SUFFIXES,
    BodyKind,
    kind_of,
)
from govdisclosure.template.spec import Template
from govdisclosure.text.compact import nfkc

_SPACES = regex.compile(r"[\s\u3000]+")
_OFFICE = ("办公室", "办公厅")
# How a department's text names itself: 我局, 本委… (我区/我市 name the place, not the body).
_SELF = regex.compile(r"我(局|委|办|厅|院|中心)(?![理法件事公托员])")


def clean(name: str | None) -> str:
    """A name as compared: NFKC, no spaces, no brackets around it."""
    cleaned: str = _SPACES.sub("", nfkc(name or ""))
    return cleaned.strip("（）()[]【】“”\"'")


def body_key(name: str | None) -> str:
    """The name of the body itself: a government or zone without 管委会/人民政府."""
    key = clean(name)
    for suffix in sorted(ZONE_SUFFIXES + GOVERNMENT_SUFFIXES, key=len, reverse=True):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            return key[: -len(suffix)]
    return key


def _short_form(short: str, full: str) -> bool:
    """``区公安局`` is ``平潭综合实验区公安局`` printed short: the place reduced to its level."""
    return (
        len(short) >= 3
        and short[0] in "".join(PLACE_SUFFIXES)
        and full.endswith(short)
        and len(full) > len(short)
    )


def same_body(a: str | None, b: str | None) -> bool:
    """Whether two printed names denote the same body."""
    key_a, key_b = body_key(a), body_key(b)
    if not key_a or not key_b:
        return False
    return key_a == key_b or _short_form(key_a, key_b) or _short_form(key_b, key_a)


def is_office_of(office: str | None, body: str | None) -> bool:
    """``平潭综合实验区管委会办公室`` is the office of ``平潭综合实验区`` (it publishes its report)."""
    name = clean(office)
    return any(name.endswith(suffix) and same_body(name[: -len(suffix)], body) for suffix in _OFFICE)


def is_parent_of(parent: str | None, child: str | None) -> bool:
    """Whether ``parent`` (a government or zone) is the government a department ``child`` belongs to."""
    key, name = body_key(parent), clean(child)
    if not key or kind_of(parent) in (BodyKind.DEPARTMENT, BodyKind.UNKNOWN):
        return False
    return name.startswith(key) and len(name) > len(key) and name.endswith(DEPARTMENT_SUFFIXES)


def _parent_or_its_office(name: str, issuer: str) -> bool:
    cleaned = clean(name)
    office = next((cleaned[: -len(s)] for s in _OFFICE if cleaned.endswith(s)), None)
    return is_parent_of(name, issuer) or (office is not None and is_parent_of(office, issuer))


def abbreviates(short: str | None, full: str | None) -> bool:
    """``经开区办公室`` abbreviates ``淄博经济开发区管理委员会办公室``: its characters in order, the
    same last character."""
    x, y = clean(short), clean(full)
    if len(x) < 3 or len(x) >= len(y) or x[-1] != y[-1]:
        return False
    rest = iter(y)
    return all(char in rest for char in x)


def one_character_slip(a: str | None, b: str | None) -> bool:
    """Two names of the same length that differ in exactly one character (市场监督管理居/局)."""
    x, y = clean(a), clean(b)
    if len(x) != len(y) or x == y or len(x) < 3:
        return False
    return sum(1 for p, q in zip(x, y, strict=True) if p != q) == 1


class Identified(Protocol):
    """What pairs a report in a batch: a ``Report``, or a ``read.pipeline.Identity`` read without
    its tables."""

    @property
    def template(self) -> Template: ...

    @property
    def metadata(self) -> Metadata: ...


def report_name(report: Identified) -> str | None:
    """The issuer as the report prints it: the title's, else the signature's, else 发布机构."""
    meta = report.metadata
    return meta.issuer or meta.signature or meta.publisher


def same_reports(report: Identified, other: Identified) -> bool | None:
    """Whether two reports are of the same body (None when either issuer is unknown)."""
    a, b = report_name(report), report_name(other)
    if not a or not b:
        return None
    return same_body(a, b)


def _compare(ctx: Context, rule: Rule, field_zh: str, field_en: str, printed: str | None) -> Outcome:
    issuer = ctx.report.metadata.issuer
    if not printed or not issuer or same_body(printed, issuer) or is_office_of(printed, issuer):
        return PASSED
    if abbreviates(printed, issuer) or abbreviates(issuer, printed):
        return PASSED
    severity = None
    if one_character_slip(printed, issuer):
        zh = f"{field_zh}印作“{printed}”，与标题中的“{issuer}”相差一字"
        en = f"the {field_en} reads “{printed}”, one character off the title's “{issuer}”"
    elif _parent_or_its_office(printed, issuer):
        severity = Severity.INFO
        zh = f"{field_zh}为上级机关“{printed}”，报告标题的发布机关为“{issuer}”"
        en = f"the {field_en} is the parent body “{printed}”; the title names “{issuer}”"
    elif field_en == "publisher":
        return PASSED  # a website's 发布机构 names bodies freely (平潭县人民政府 for 平潭综合实验区)
    else:
        zh = f"{field_zh}印作“{printed}”，与标题中的“{issuer}”不一致"
        en = f"the {field_en} reads “{printed}”, not the title's “{issuer}”"
    return make_finding(ctx, rule.id, Status.FAIL, zh, en, severity=severity)


def _self_references(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """A department's text naming itself by another kind of body ("我委" in a 局's report)."""
    issuer = clean(ctx.report.metadata.issuer or ctx.report.metadata.signature)
    if kind_of(issuer) is not BodyKind.DEPARTMENT:
        return
    own = {word for word, suffixes in SELF_REFERENCES.items() if issuer.endswith(suffixes)}
    for _, sentence in sentences(ctx.report.sections):
        match = _SELF.search(sentence.text)
        if match is None or match.group(1) in own:
            continue
        yield quoted(
            ctx,
            rule.id,
            f"报告以“{match.group(0)}”自称，但发布机关为“{issuer}”",
            f"the text calls its body “{match.group(0)}”, but the issuer is “{issuer}”",
            sentence.text,
            sentence.span,
        )
        return


def issuer_consistent(ctx: Context, rule: Rule) -> Iterator[Outcome]:
    """The issuer of the title, the signature and 发布机构 agree, and the text names its own body."""
    meta = ctx.report.metadata
    found: list[Outcome] = [
        _compare(ctx, rule, "落款", "signature", meta.signature),
        _compare(ctx, rule, "印发机关", "printing office", meta.issued_by),
        _compare(ctx, rule, "发布机构", "publisher", meta.publisher),
        *_self_references(ctx, rule),
    ]
    failures: list[Outcome] = [f for f in found if f is not None]
    yield from failures or [PASSED]
