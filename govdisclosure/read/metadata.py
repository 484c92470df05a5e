"""The metadata a report page carries: title, issuer, year, date, 索引号, 文号, 发布机构, and what the
report itself states: its signature (落款) and date, a "…印发" line, its statistics period."""

from __future__ import annotations

import regex

from govdisclosure.model.report import Metadata
from govdisclosure.template.bodies import BODY_SUFFIXES

# A field's value ends at a cell bar, a line end, a wide gap or the next "key：" (来源：… 时间：…).
_FIELD = r"\s*[:：]\s*\|?\s*(?P<v>[^|\n]{{1,80}}?)\s*(?:\||\n|$|\s{{2,}}|\s+(?=\S{{1,5}}[:：]))"
_KEYS = {
    "title": ("标题", "题名", "文章标题"),
    "index_number": ("索引号",),
    "document_number": ("文号", "发文字号"),
    "publisher": ("发布机构", "发文机关", "来源"),
    "published": ("发文日期", "发布日期", "发布时间", "成文日期", "日期", "时间"),
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
_PIECES = regex.compile(r"[ \t]*\|[ \t]*")


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


# The signature (落款) and a "…印发" line stand at the end: a body's name, then a date.
_CN_DATE = regex.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(\s*印发)?")
_BODY_BEFORE = regex.compile(r"[\p{Han}（）()·]{2,60}$")
_TOP_SIGNATURE = regex.compile(
    r"^[ \t\u3000]*([\p{Han}（）()·]{2,40})[ \t\u3000]*\n[ \t\u3000]*[（(]\s*"
    r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]",
    regex.M,
)
# Prose that a glued signature may carry in front of the body's name ("…其他需要报告的事项无某局").
_LEAD_IN = regex.compile(r"^.*?(?:事项|报告|情况)(?:暂无|无)?(?!$)")
SIGNATURE_TAIL = 600
# The statistics period: "统计期限自2024年1月1日起至2024年12月31日止", "…为2024年1月1日至12月31日".
_STATED_PERIOD = regex.compile(
    r"统计(?:期限|周期|时间|期间|区间|范围|时限)[^。；;\d]{0,12}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"
    r"(?:起)?(?:至|到|—|－|-|~|～)(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日"
)


def _date(year: str, month: str, day: str) -> str | None:
    return _iso(f"{year}-{month}-{day}")


def _body_before(text: str, issuer: str | None) -> str | None:
    """The body's name that ends ``text`` (a run of Han characters ending with a body suffix)."""
    match = _BODY_BEFORE.search(text.rstrip(" \t\u3000\n(（"))
    if match is None:
        return None
    name: str = match.group()
    if not name.endswith(BODY_SUFFIXES):
        # A signature with a slip in its last character ("市场监督管理居") is still the signature.
        tail = name[-len(issuer) :] if issuer and len(name) >= len(issuer) else ""
        slips = sum(1 for a, b in zip(tail, issuer or "", strict=False) if a != b)
        return tail if tail and slips == 1 and len(issuer or "") >= 3 else None
    known = issuer or ""
    for size in range(len(known), 1, -1):  # the longest start of the title's issuer printed
        if (at := name.rfind(known[:size])) >= 0:
            return name[at:]
    trimmed: str = _LEAD_IN.sub("", name)
    return trimmed if len(trimmed) >= 2 else name


def _signatures(text: str, issuer: str | None) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """The signature (body, date) and the 印发 line (body, date) at the end of the report."""
    start = max(0, len(text) - SIGNATURE_TAIL)
    signature: tuple[str, str] | None = None
    issued: tuple[str, str] | None = None
    for match in _CN_DATE.finditer(text, start):
        body = _body_before(text[start : match.start()], issuer)
        date = _date(match.group(1), match.group(2), match.group(3))
        if body is None or date is None:
            continue
        if match.group(4):
            issued = (body, date)
        elif issued is None:
            signature = (body, date)
    if signature is None:
        top = _TOP_SIGNATURE.search(text[:1000])
        date = _date(top.group(2), top.group(3), top.group(4)) if top else None
        if top and date and top.group(1).endswith(BODY_SUFFIXES):
            signature = (top.group(1), date)
    return signature, issued


def _period(text: str) -> tuple[str | None, str | None]:
    match = _STATED_PERIOD.search(_SPACES.sub("", text))
    if match is None:
        return None, None
    y1, m1, d1, y2, m2, d2 = match.groups()
    return _date(y1, m1, d1), _date(y2 or y1, m2, d2)


def read_metadata(text: str) -> Metadata:
    """The metadata found in the text; fields it cannot find are None."""
    title = _field(text, _KEYS["title"])
    if title is None or not _TITLE.search(title):
        # pdf.js-style text cuts a line into pieces (``202 | 4 | 年政府信息公开…``): joined again.
        match = _search_title(_PIECES.sub("", text[:5000]))
        title = _SPACES.sub(" ", match["t"]).strip() if match else title
    year: int | None = None
    if title:
        match = _TITLE.search(title)
        year = int(match["y"]) if match else None
    if year is None:
        period = _PERIOD.search(_SPACES.sub("", _PIECES.sub("", text)))
        year = int("20" + period.group(1)) if period else None
    issuer = _issuer(title) if title else None
    signature, issued = _signatures(text, issuer)
    period_start, period_end = _period(text)
    return Metadata(
        title=title,
        issuer=issuer,
        year=year,
        published=_iso(_field(text, _KEYS["published"])),
        index_number=_field(text, _KEYS["index_number"]),
        document_number=_field(text, _KEYS["document_number"]),
        publisher=_field(text, _KEYS["publisher"]),
        signature=signature[0] if signature else None,
        signed=signature[1] if signature else None,
        issued=issued[1] if issued else None,
        issued_by=issued[0] if issued else None,
        period_start=period_start,
        period_end=period_end,
    )
