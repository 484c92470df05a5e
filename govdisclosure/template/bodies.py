"""The words that name a public body (机关) and tell what kind of body it is.

The 条例 sets the publication deadline by the kind of body (第四十九条): a department of a
government at or above the county level (县级以上人民政府部门) by 1月31日, the report of a
government at or above the county level as a whole by 3月31日. Townships, streets and development
zones are not named for 3月31日. These vocabularies let the checks tell the kinds apart, and let a
batch recognise the same body in its title, its signature (落款) and its 发布机构.
"""

from __future__ import annotations

import enum


class BodyKind(enum.StrEnum):
    """What kind of body issues a report."""

    GOVERNMENT = "government"  # 县级以上地方人民政府 (the report of the government as a whole)
    TOWNSHIP = "township"  # 乡镇人民政府, 街道办事处
    ZONE = "zone"  # 开发区、新区、实验区 and their 管委会
    DEPARTMENT = "department"  # a department or office of a government
    UNKNOWN = "unknown"


# Names of a government as a whole; a bare place name (平潭综合实验区) is one too.
GOVERNMENT_SUFFIXES: tuple[str, ...] = ("人民政府", "政府")
PLACE_SUFFIXES: tuple[str, ...] = ("省", "市", "县", "区", "州", "旗", "盟", "自治区", "自治州", "自治县")
TOWNSHIP_SUFFIXES: tuple[str, ...] = ("乡", "镇", "街道", "街道办事处", "苏木")
ZONE_WORDS: tuple[str, ...] = (
    "开发区",
    "高新区",
    "新区",
    "实验区",
    "试验区",
    "示范区",
    "自贸区",
    "片区",
    "园区",
    "合作区",
    "保税区",
)
ZONE_SUFFIXES: tuple[str, ...] = ("管委会", "管理委员会", "党工委管委会")
# A department, office or other body of a government ("…局", "…委员会", "…办公室").
DEPARTMENT_SUFFIXES: tuple[str, ...] = (
    "局",
    "厅",
    "委",
    "委员会",
    "办",
    "办公室",
    "办公厅",
    "部",
    "署",
    "院",
    "所",
    "中心",
    "站",
    "馆",
    "队",
    "处",
    "科",
    "公司",
    "总局",
    "分局",
)
# Bodies of the central government make 部门规章: a department of theirs is not a local one.
NATIONAL_PREFIXES: tuple[str, ...] = ("国务院", "国家", "中华人民共和国", "中国")

# Any suffix that ends a body's name (the signature under a report ends with one of these).
BODY_SUFFIXES: tuple[str, ...] = tuple(
    dict.fromkeys(
        GOVERNMENT_SUFFIXES + ZONE_SUFFIXES + DEPARTMENT_SUFFIXES + PLACE_SUFFIXES + TOWNSHIP_SUFFIXES
    )
)

# How a report names its own body ("我局", "本委"), by the suffix of the body's name it implies.
SELF_REFERENCES: dict[str, tuple[str, ...]] = {
    "局": ("局",),
    "委": ("委", "委员会"),
    "办": ("办", "办公室", "办公厅"),
    "厅": ("厅",),
    "院": ("院",),
    "中心": ("中心",),
    "县": ("县", "县人民政府"),
    "市": ("市", "市人民政府"),
    "区": ("区", "区人民政府", "管委会", "管理委员会"),
    "镇": ("镇", "镇人民政府"),
    "乡": ("乡", "乡人民政府"),
}


def kind_of(name: str | None) -> BodyKind:
    """The kind of body a name denotes (``UNKNOWN`` when nothing tells)."""
    if not name:
        return BodyKind.UNKNOWN
    name = name.strip()
    if name.endswith(ZONE_SUFFIXES + ZONE_WORDS):
        return BodyKind.ZONE
    if name.endswith(GOVERNMENT_SUFFIXES):
        place = name.removesuffix("人民政府").removesuffix("政府")
        if place.endswith(TOWNSHIP_SUFFIXES):
            return BodyKind.TOWNSHIP
        if place.endswith(ZONE_WORDS):
            return BodyKind.ZONE
        return BodyKind.GOVERNMENT if place.endswith(PLACE_SUFFIXES) else BodyKind.UNKNOWN
    if name.endswith(("街道办事处", "街道")):
        return BodyKind.TOWNSHIP
    if name.endswith(DEPARTMENT_SUFFIXES):
        return BodyKind.DEPARTMENT
    if name.endswith(TOWNSHIP_SUFFIXES[:2]):
        return BodyKind.TOWNSHIP
    if name.endswith(PLACE_SUFFIXES):
        return BodyKind.GOVERNMENT
    return BodyKind.UNKNOWN


def is_national(name: str | None) -> bool:
    """True for a body of the central government (国务院部门 make 部门规章)."""
    return bool(name) and name.strip().startswith(NATIONAL_PREFIXES)  # type: ignore[union-attr]
