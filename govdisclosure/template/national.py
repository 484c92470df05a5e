"""The two national templates as data: every official label, its canonical id and its known variants.

This module is the one place where the Chinese labels of the templates are written down. Labels
are spelled as the official HTML spells them (full-width brackets, ``、``, curly quotes); the parser
matches them after normalisation (see ``normalize``).
"""

from __future__ import annotations

from govdisclosure.template.spec import (
    ColumnSpec,
    Hybrid,
    RowSpec,
    SectionSpec,
    TableSpec,
    Template,
    TemplateSpec,
)

NOTICE_2019 = "国办公开办函〔2019〕60号"
NOTICE_2021 = "国办公开办函〔2021〕30号"

SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("overview", "一", "总体情况"),
    SectionSpec("proactive", "二", "主动公开政府信息情况", ("行政机关主动公开政府信息情况",)),
    SectionSpec("applications", "三", "收到和处理政府信息公开申请情况"),
    SectionSpec(
        "review_litigation",
        "四",
        "政府信息公开行政复议、行政诉讼情况",
        (
            "政府信息公开行政复议及行政诉讼情况",
            "政府信息公开行政复议与行政诉讼情况",
            "政府信息公开行政复议和行政诉讼情况",
            "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
            "政府信息公开行政复议、行政诉讼和投诉情况",
        ),
    ),
    SectionSpec(
        "problems",
        "五",
        "存在的主要问题及改进情况",
        (
            "政府信息公开工作存在的主要问题及改进情况",
            "存在的主要问题和改进措施",
            "存在的主要问题及改进措施",
            "存在的主要问题及明年工作计划",
            "存在的问题及改进情况",
        ),
    ),
    SectionSpec("other", "六", "其他需要报告的事项", ("需要报告的其他事项", "其他事项")),
)

T2_TITLE = "主动公开政府信息情况"
# How a message names each table, in Chinese and English.
TABLE_NAMES: dict[str, tuple[str, str]] = {
    "t2": ("表二", "table 2"),
    "t3": ("表三", "table 3"),
    "t4": ("表四", "table 4"),
}
T3_TITLE = "收到和处理政府信息公开申请情况"
T4_TITLE = "政府信息公开行政复议、行政诉讼情况"

T3_CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_APPLICANT_HEADER = "申请人情况"
T3_LEGAL_PERSON_HEADER = "法人或其他组织"
T3_RESULTS_HEADER = "三、本年度办理结果"
T4_REVIEW_HEADER = "行政复议"
T4_LITIGATION_HEADER = "行政诉讼"
T2_CONTENT_HEADER = "信息内容"

# Table 二 block captions (第二十条 of the 条例).
CAPTION_PREFIX = "第二十条"
CAPTION_1 = "第二十条第（一）项"
CAPTION_5 = "第二十条第（五）项"
CAPTION_6 = "第二十条第（六）项"
CAPTION_8 = "第二十条第（八）项"
CAPTION_9 = "第二十条第（九）项"

# --- Table 二, 2019 template -------------------------------------------------------------

_DOC_COLUMNS_2019 = (
    ColumnSpec("made_new", "本年新制作数量"),
    ColumnSpec("published_new", "本年新公开数量", aliases=("本年新",)),
    ColumnSpec("published_total", "对外公开总数量"),
)
_ITEM_COLUMNS_2019 = (
    ColumnSpec("items_prev_year", "上一年项目数量"),
    ColumnSpec("items_change", "本年增/减", signed=True),
    ColumnSpec("decisions", "处理决定数量"),
)
_FEE_COLUMNS_2019 = _ITEM_COLUMNS_2019[:2]
_PROCUREMENT_COLUMNS = (
    ColumnSpec("projects", "采购项目数量"),
    ColumnSpec("amount", "采购总金额", money=True),
)

T2_2019 = TableSpec(
    "t2",
    T2_TITLE,
    (
        RowSpec("regulations", "规章", _DOC_COLUMNS_2019, block=CAPTION_1),
        RowSpec(
            "normative_documents",
            "规范性文件",
            _DOC_COLUMNS_2019,
            block=CAPTION_1,
            aliases=("行政规范性文件", "規範性檔案"),
        ),
        RowSpec("licensing", "行政许可", _ITEM_COLUMNS_2019, block=CAPTION_5),
        RowSpec("other_services", "其他对外管理服务事项", _ITEM_COLUMNS_2019, block=CAPTION_5),
        RowSpec("penalty", "行政处罚", _ITEM_COLUMNS_2019, block=CAPTION_6),
        RowSpec("coercion", "行政强制", _ITEM_COLUMNS_2019, block=CAPTION_6),
        RowSpec("fees", "行政事业性收费", _FEE_COLUMNS_2019, block=CAPTION_8),
        RowSpec("procurement", "政府集中采购", _PROCUREMENT_COLUMNS, block=CAPTION_9),
    ),
)

# --- Table 二, 2021 template -------------------------------------------------------------

_DOC_COLUMNS_2021 = (
    ColumnSpec("issued", "本年制发件数", aliases=("本年新制发数量", "制发数量")),
    ColumnSpec("repealed", "本年废止件数", aliases=("废止数量", "本年废纸件数")),
    ColumnSpec("in_force", "现行有效件数", aliases=("现行有效件", "现行有效数量")),
)
_DECISIONS_2021 = (ColumnSpec("decisions", "本年处理决定数量"),)
_FEE_AMOUNT_2021 = (ColumnSpec("amount", "本年收费金额（单位：万元）", money=True),)

T2_2021 = TableSpec(
    "t2",
    T2_TITLE,
    (
        RowSpec("regulations", "规章", _DOC_COLUMNS_2021, block=CAPTION_1),
        RowSpec(
            "normative_documents",
            "行政规范性文件",
            _DOC_COLUMNS_2021,
            block=CAPTION_1,
            aliases=("规范性文件",),
        ),
        RowSpec("licensing", "行政许可", _DECISIONS_2021, block=CAPTION_5),
        RowSpec("penalty", "行政处罚", _DECISIONS_2021, block=CAPTION_6),
        RowSpec("coercion", "行政强制", _DECISIONS_2021, block=CAPTION_6),
        RowSpec("fees", "行政事业性收费", _FEE_AMOUNT_2021, block=CAPTION_8),
    ),
)

# --- Table 三 (both templates, but for the （六） rows) ------------------------------------

T3_COLUMNS = (
    ColumnSpec("natural_person", "自然人"),
    ColumnSpec("commercial_enterprise", "商业企业"),
    ColumnSpec("research_institution", "科研机构"),
    ColumnSpec("social_welfare_org", "社会公益组织"),
    ColumnSpec("legal_service_org", "法律服务机构"),
    ColumnSpec("other_org", "其他"),
    ColumnSpec("total", "总计", aliases=("合计",)),
)

_DENIED = "（三）不予公开"
_UNABLE = "（四）无法提供"
_NOT_PROCESSED = "（五）不予处理"
_OTHER = "（六）其他处理"


def _t3(row_id: str, ordinal: str, label: str, group: str = "", *aliases: str) -> RowSpec:
    # The label spans the three label columns of the grid (一、…), the two right of the rowspan
    # 三、本年度办理结果 ((一)…(七)), or the one right of its group cell ((三) 1.…).
    span = 3 if not group else 2 if group == T3_RESULTS_HEADER else 1
    return RowSpec(
        row_id, label, T3_COLUMNS, ordinal=ordinal, group_label=group, aliases=aliases, label_span=span
    )


_T3_HEAD = (
    _t3("new_received", "一、", "本年新收政府信息公开申请数量"),
    _t3("carried_over", "二、", "上年结转政府信息公开申请数量"),
    _t3("granted", "（一）", "予以公开", T3_RESULTS_HEADER),
    _t3(
        "partially_granted",
        "（二）",
        "部分公开（区分处理的，只计这一情形，不计其他情形）",
        T3_RESULTS_HEADER,
        "部分公开（区分处理的，只计这一情况，不计其他情形）",
    ),
    _t3("denied.state_secret", "1.", "属于国家秘密", _DENIED),
    _t3("denied.prohibited_by_law", "2.", "其他法律行政法规禁止公开", _DENIED),
    _t3("denied.three_safeties_one_stability", "3.", "危及“三安全一稳定”", _DENIED),
    _t3("denied.third_party_rights", "4.", "保护第三方合法权益", _DENIED),
    _t3("denied.internal_affairs", "5.", "属于三类内部事务信息", _DENIED, "属于三类内容事务信息"),
    _t3("denied.process_info", "6.", "属于四类过程性信息", _DENIED),
    _t3("denied.enforcement_file", "7.", "属于行政执法案卷", _DENIED),
    _t3("denied.administrative_query", "8.", "属于行政查询事项", _DENIED),
    _t3("unable.not_held", "1.", "本机关不掌握相关政府信息", _UNABLE),
    _t3("unable.needs_creation", "2.", "没有现成信息需要另行制作", _UNABLE),
    _t3("unable.unclear_after_correction", "3.", "补正后申请内容仍不明确", _UNABLE),
    _t3("not_processed.petition_complaint", "1.", "信访举报投诉类申请", _NOT_PROCESSED),
    _t3("not_processed.duplicate", "2.", "重复申请", _NOT_PROCESSED),
    _t3("not_processed.publication", "3.", "要求提供公开出版物", _NOT_PROCESSED),
    _t3("not_processed.mass_repeated", "4.", "无正当理由大量反复申请", _NOT_PROCESSED),
    _t3(
        "not_processed.confirm_existing",
        "5.",
        "要求行政机关确认或重新出具已获取信息",
        _NOT_PROCESSED,
    ),
)
_T3_TAIL = (
    _t3("results_total", "（七）", "总计", T3_RESULTS_HEADER, "合计"),
    _t3("carried_forward", "四、", "结转下年度继续办理"),
)

T3_2019 = TableSpec(
    "t3",
    T3_TITLE,
    (*_T3_HEAD, _t3("other", "（六）", "其他处理", T3_RESULTS_HEADER, "其他"), *_T3_TAIL),
)
T3_2021 = TableSpec(
    "t3",
    T3_TITLE,
    (
        *_T3_HEAD,
        _t3(
            "other.overdue_correction",
            "1.",
            "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            _OTHER,
        ),
        _t3(
            "other.overdue_fee",
            "2.",
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            _OTHER,
        ),
        _t3("other.misc", "3.", "其他", _OTHER),
        *_T3_TAIL,
    ),
)

# --- Table 四 (both templates) ------------------------------------------------------------

T4_COLUMNS = (
    ColumnSpec("upheld", "结果维持"),
    ColumnSpec("corrected", "结果纠正"),
    ColumnSpec("other", "其他结果"),
    ColumnSpec("pending", "尚未审结"),
    ColumnSpec("total", "总计"),
)

T4 = TableSpec(
    "t4",
    T4_TITLE,
    (
        RowSpec("review", T4_REVIEW_HEADER, T4_COLUMNS),
        RowSpec("litigation_direct", "未经复议直接起诉", T4_COLUMNS, group_label=T4_LITIGATION_HEADER),
        RowSpec("litigation_after_review", "复议后起诉", T4_COLUMNS, group_label=T4_LITIGATION_HEADER),
    ),
)

# --- Hybrids: （六）其他处理 printed the other template's way ---------------------------------

_OTHER_2021 = tuple(row for row in T3_2021.rows if row.id.startswith("other."))
_OTHER_2021_MARKS = tuple(row.label for row in _OTHER_2021[:2])  # 3.其他 is no mark: 其他处理 holds it
# A 2021 table 三 printing the single row of 2019: a total over the three 2021 sub-rows.
HYBRID_2021 = Hybrid(
    rows=(_t3("other_single", "（六）", "其他处理", T3_RESULTS_HEADER),),
    replaces=tuple(row.id for row in _OTHER_2021),
    marks=_OTHER_2021_MARKS,
    marks_present=False,
    how=(
        "按2019年格式印作一行（三个子项之和）",
        "as the one row of the 2019 template (a total over the three sub-rows)",
    ),
)
# A 2019 table 三 printing the three sub-rows of 2021.
HYBRID_2019 = Hybrid(
    rows=tuple(
        RowSpec(row.id.replace("other.", "other_split.", 1), row.label, T3_COLUMNS, row.ordinal, _OTHER)
        for row in _OTHER_2021
    ),
    replaces=("other",),
    marks=_OTHER_2021_MARKS,
    marks_present=True,
    how=("按2021年格式印作三行", "as the three rows of the 2021 template"),
)

TEMPLATE_2019 = TemplateSpec(Template.V2019, NOTICE_2019, SECTIONS, (T2_2019, T3_2019, T4), HYBRID_2019)
TEMPLATE_2021 = TemplateSpec(Template.V2021, NOTICE_2021, SECTIONS, (T2_2021, T3_2021, T4), HYBRID_2021)

TEMPLATES: dict[Template, TemplateSpec] = {
    Template.V2019: TEMPLATE_2019,
    Template.V2021: TEMPLATE_2021,
}


def template_spec(template: Template | str) -> TemplateSpec:
    """The spec of the 2019 or 2021 template."""
    return TEMPLATES[Template(template)]
