"""The metadata a report page carries: title, issuer, year, date, 索引号, 文号, 发布机构."""

from __future__ import annotations

import regex

from govdisclosure.model.report import Metadata

_FIELD = r"\s*[:：]\s*\|?\s*(?P<v>[^|\n]{{1,80}}?)\s*(?:\||\n|$|\s{{2,}})"
_KEYS = {
    "title": ("标题", "题名", "文章标题"),
    "index_number": ("索引号",),
    "document_number": ("文号", "发文字号"),
    "publisher": ("发布机构", "发文机关", "来源"),
    "published": ("发文日期", "发布日期", "发布时间", "成文日期", "日期"),
}
# The issuer is printed before the year ("某局2024年…") or, less often, after it ("2024年某局…").
_TITLE_FROM_YEAR = r"(?P<y>(?:19|20)\d{2})\s*年\s*度?\s*(?P<after>[^\n|。，,：:\d]{0,30}?)\s*(?:政府)?信息公开\s*工作\s*年度\s*报告"
_TITLE = regex.compile(rf"(?P<t>[^\n|。，,：:]{{0,60}}?{_TITLE_FROM_YEAR})")
_YEAR_OF_TITLE = regex.compile(_TITLE_FROM_YEAR)
_DATE = regex.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_PERIOD = regex.compile(r"(?:19|20)(\d{2})年1月1日(?:起)?(?:至|到|-|—)(?:19|20)\1年12月31日")


_FIELD_PATTERNS = {
    key: regex.compile(regex.escape(key) + _FIELD.format()) for keys in _KEYS.values() for key in keys
}
_KEY_LIKE = regex.compile(r"^\S{1,6}[:：]")
_ABOUT = regex.compile(r"^(?:关于)?")
_SPACES = regex.compile(r"\s+")


def _search_title(text: str) -> regex.Match[str] | None:
    """``_TITLE.search(text)``, started where a title can first begin: at most 60 characters before
    the first place its year-and-words part matches (a search with a lazy prefix is slow)."""
    tail = _YEAR_OF_TITLE.search(text)
    return None if tail is None else _TITLE.search(text, max(0, tail.start() - 60))


def _field(text: str, keys: tuple[str, ...]) -> str | None:
    head = text[:3000]
    for key in keys:
        match = _FIELD_PATTERNS[key].search(head)
        value = match["v"].strip(" |") if match else ""
        if value and not _KEY_LIKE.match(value):
            return value
    return None


def _iso(date: str | None) -> str | None:
    if date is None:
        return None
    match = _DATE.search(date)
    if not match:
        return None
    year, month, day = (int(x) for x in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _issuer(title: str) -> str | None:
    match = _TITLE.search(title)
    if not match:
        return None
    issuer = title[: match.start("y")].strip(" \t|:：-—#*")
    issuer = _ABOUT.sub("", issuer) or match["after"].strip()
    return issuer or None


def read_metadata(text: str) -> Metadata:
    """The metadata found in the text; fields it cannot find are None."""
    title = _field(text, _KEYS["title"])
    if title is None or not _TITLE.search(title):
        match = _search_title(text[:5000])
        title = _SPACES.sub(" ", match["t"]).strip() if match else title
    year: int | None = None
    if title:
        match = _TITLE.search(title)
        year = int(match["y"]) if match else None
    if year is None:
        period = _PERIOD.search(_SPACES.sub("", text))
        year = int("20" + period.group(1)) if period else None
    return Metadata(
        title=title,
        issuer=_issuer(title) if title else None,
        year=year,
        published=_iso(_field(text, _KEYS["published"])),
        index_number=_field(text, _KEYS["index_number"]),
        document_number=_field(text, _KEYS["document_number"]),
        publisher=_field(text, _KEYS["publisher"]),
    )
