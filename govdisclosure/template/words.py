"""Words of the templates that are not cell labels: table furniture, headers, markers of each template.

The parser passes over table words between the values of a row, tells the templates apart by their
markers and recognises the pre-2019 reports by their statistics-table labels.
"""

from __future__ import annotations

from govdisclosure.template.national import (
    CAPTION_9,
    T2_CONTENT_HEADER,
    T3_APPLICANT_HEADER,
    T3_CORNER_NOTE,
    T3_LEGAL_PERSON_HEADER,
    T3_RESULTS_HEADER,
    T4_LITIGATION_HEADER,
    T4_REVIEW_HEADER,
)
from govdisclosure.template.spec import Template

# Words printed inside tables that are not row or column labels: stub headers of converted tables,
# units, page furniture. Passed over when reading the values between two row labels.
TABLE_WORDS: tuple[str, ...] = (
    "项目",
    "数据",
    "单位",
    "合计",
    "小计",
    "申请人情况",
    "法人或者其他组织",
    "法人和其他组织",
    "本年新收件数",
    "上年结转件数",
    "结转下年度",
    "历史累计",
    "件",
    "元",
    "万元",
    "保留四位小数",
    "续表",
    "第页",
    "页",
)

HEADER_WORDS: tuple[str, ...] = (
    T3_CORNER_NOTE,
    T3_APPLICANT_HEADER,
    T3_LEGAL_PERSON_HEADER,
    T3_RESULTS_HEADER,
    T4_REVIEW_HEADER,
    T4_LITIGATION_HEADER,
    T2_CONTENT_HEADER,
)

# Verbs with which the prose states a table 二 count ("废止规范性文件6件"), by column id.
NARRATIVE_VERBS: dict[str, tuple[str, ...]] = {
    "issued": ("制发", "制定", "印发", "出台"),
    "repealed": ("废止",),
    "in_force": ("现行有效",),
    "made_new": ("新制作", "制发", "制定", "印发"),
}

# Labels whose presence points to one template or the other (after normalisation): the table 二
# headers, which decide, and the table 三 （六） sub-rows, which decide only where table 二 does not
# (a hybrid prints table 三's （六） the other template's way).
TABLE2_MARKERS: dict[Template, tuple[str, ...]] = {
    Template.V2019: (
        "本年新制作数量",
        "对外公开总数量",
        "上一年项目数量",
        "其他对外管理服务事项",
        "采购项目数量",
        "采购总金额",
        CAPTION_9,
    ),
    Template.V2021: (
        "本年制发件数",
        "本年废止件数",
        "现行有效件数",
        "本年处理决定数量",
        "本年收费金额",
    ),
}
TABLE3_MARKERS: dict[Template, tuple[str, ...]] = {
    Template.V2019: (),
    Template.V2021: ("逾期不补正", "逾期未按收费通知"),
}

# Statistics-table labels of the pre-2019 (2008-era) reports.
LEGACY_MARKERS: tuple[str, ...] = (
    "政府信息公开情况统计表",
    "指标名称",
    "统计指标",
    "主动公开政府信息数",
    "主动公开文件数",
    "依申请公开情况",
)
