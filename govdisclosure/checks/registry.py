"""The consistency rules (勾稽关系) as data: id, severity, scope, templates and a short title.

Ids are those of domain.md §4. The evaluators live in the modules named for each family and are
looked up by rule id (see ``engine``).
"""

from __future__ import annotations

from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Rule, Scope
from govdisclosure.template.spec import Template

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
BOTH = (Template.V2019, Template.V2021)
V2019 = (Template.V2019,)
V2021 = (Template.V2021,)
ANY = (Template.V2019, Template.V2021, Template.LEGACY, Template.UNKNOWN)


def _rule(
    rule_id: str,
    severity: Severity,
    scope: Scope,
    templates: tuple[Template, ...],
    title: str,
    title_en: str,
) -> Rule:
    return Rule(rule_id, severity, scope, templates, title, title_en)


RULES: tuple[Rule, ...] = (
    # 4.1 table 三
    _rule(
        "t3_balance",
        ERROR,
        Scope.COLUMN,
        BOTH,
        "第一项加第二项之和等于第三项加第四项之和",
        "new + carried over equals results total + carried forward",
    ),
    _rule(
        "t3_results_sum",
        ERROR,
        Scope.COLUMN,
        BOTH,
        "（七）总计等于（一）至（六）各项之和",
        "results total equals the sum of the outcome rows",
    ),
    _rule(
        "t3_row_total",
        ERROR,
        Scope.ROW,
        BOTH,
        "总计列等于各申请人类型之和",
        "the total column equals the sum of the applicant types",
    ),
    _rule(
        "t3_nonneg_int",
        ERROR,
        Scope.CELL,
        BOTH,
        "申请数为非负整数",
        "application counts are non-negative integers",
    ),
    _rule(
        "t3_carry_out_le_available",
        ERROR,
        Scope.COLUMN,
        BOTH,
        "结转下年度不超过本年新收加上年结转",
        "carried forward does not exceed new + carried over",
    ),
    # 4.2 table 四
    _rule(
        "t4_group_total",
        ERROR,
        Scope.GROUP,
        BOTH,
        "总计等于结果维持、结果纠正、其他结果、尚未审结之和",
        "each group total equals its outcomes plus pending",
    ),
    _rule(
        "t4_nonneg_int", ERROR, Scope.CELL, BOTH, "案件数为非负整数", "case counts are non-negative integers"
    ),
    # 4.3 table 二
    _rule("t2_nonneg", ERROR, Scope.CELL, BOTH, "数量和金额不为负数", "counts and amounts are not negative"),
    _rule(
        "t2_items_change_sign_ok",
        ERROR,
        Scope.ROW,
        V2019,
        "上一年项目数量加本年增/减不为负数",
        "items last year plus this year's change is not negative",
    ),
    _rule(
        "t2_v19_published_le_total",
        WARNING,
        Scope.ROW,
        V2019,
        "本年新公开数量不超过对外公开总数量",
        "published this year does not exceed published in total",
    ),
    _rule(
        "t2_v19_published_le_made",
        INFO,
        Scope.ROW,
        V2019,
        "本年新公开数量不超过本年新制作数量",
        "published this year does not exceed made this year",
    ),
    _rule(
        "t2_v21_in_force_ge_net",
        WARNING,
        Scope.ROW,
        V2021,
        "现行有效件数不少于本年制发件数减本年废止件数",
        "in force is at least issued minus repealed",
    ),
    _rule(
        "t2_v21_in_force_ge_made",
        WARNING,
        Scope.ROW,
        V2021,
        "现行有效件数不少于本年制发件数",
        "in force is at least issued this year",
    ),
    _rule(
        "t2_v21_fee_unit_plausible",
        WARNING,
        Scope.CELL,
        V2021,
        "收费金额以万元填报",
        "the fee amount is given in 万元",
    ),
    # 4.5 narrative
    _rule(
        "nar_received",
        WARNING,
        Scope.NARRATIVE,
        BOTH,
        "文字说明的收到申请数与表三一致",
        "the narrative's number of applications received matches table 3",
    ),
    _rule(
        "nar_carry_in",
        WARNING,
        Scope.NARRATIVE,
        BOTH,
        "文字说明的上年结转数与表三一致",
        "the narrative's carried-over number matches table 3",
    ),
    _rule(
        "nar_processed",
        WARNING,
        Scope.NARRATIVE,
        BOTH,
        "文字说明的办结数与表三一致",
        "the narrative's number processed matches table 3",
    ),
    _rule(
        "nar_carry_out",
        WARNING,
        Scope.NARRATIVE,
        BOTH,
        "文字说明的结转下年度数与表三一致",
        "the narrative's carried-forward number matches table 3",
    ),
    _rule(
        "nar_outcome_breakdown",
        WARNING,
        Scope.NARRATIVE,
        BOTH,
        "文字说明的各办理结果数与表三一致",
        "the narrative's outcome counts match table 3",
    ),
    _rule(
        "nar_percentages",
        WARNING,
        Scope.NARRATIVE,
        BOTH,
        "文字说明的百分比与其数字相符",
        "the narrative's percentages match its counts",
    ),
    _rule(
        "nar_zero_claims",
        WARNING,
        Scope.NARRATIVE,
        BOTH,
        "“未收到申请”“未发生行政复议、行政诉讼”与表格一致",
        "'no applications' and 'no review or litigation' claims match the tables",
    ),
    _rule(
        "nar_review_litigation",
        WARNING,
        Scope.NARRATIVE,
        BOTH,
        "文字说明的行政复议、行政诉讼数与表四一致",
        "the narrative's review and litigation counts match table 4",
    ),
    _rule(
        "nar_documents",
        WARNING,
        Scope.NARRATIVE,
        V2021,
        "文字说明的现行有效规范性文件数与表二一致",
        "the narrative's number of normative documents in force matches table 2",
    ),
    # 4.6 structure
    _rule(
        "struct_six_sections",
        WARNING,
        Scope.REPORT,
        BOTH,
        "六个部分齐全且顺序正确",
        "the six sections are present and in order",
    ),
    _rule(
        "struct_heading_wording",
        INFO,
        Scope.REPORT,
        BOTH,
        "各部分标题与格式文本一致",
        "section headings are worded as in the template",
    ),
    _rule(
        "struct_intro_parts",
        WARNING,
        Scope.REPORT,
        BOTH,
        "引言所述的组成部分与正文六个部分一致",
        "the introduction's list of parts agrees with the six sections",
    ),
    _rule(
        "struct_item_numbering",
        INFO,
        Scope.REPORT,
        BOTH,
        "文字部分的条目编号连续",
        "numbered items in the narrative sections run without gaps",
    ),
    _rule(
        "struct_template_version",
        WARNING,
        Scope.REPORT,
        ANY,
        "报告格式与年度相符",
        "the template fits the report year",
    ),
    _rule(
        "struct_year",
        WARNING,
        Scope.REPORT,
        ANY,
        "标题年度、统计期限与发布日期一致",
        "title year, statistics period and publication date agree",
    ),
    _rule(
        "struct_deadline", WARNING, Scope.REPORT, ANY, "在法定期限内公布", "published by the legal deadline"
    ),
    _rule(
        "struct_cell_count",
        WARNING,
        Scope.REPORT,
        BOTH,
        "表格单元格齐全",
        "every cell of the template is present",
    ),
    # 4.4 across years, and across reports of one family
    _rule(
        "xy_carry_over",
        ERROR,
        Scope.ACROSS_YEARS,
        BOTH,
        "上年结转等于上一年度报告的结转下年度",
        "carried over equals last year's carried forward",
    ),
    _rule(
        "xy_in_force_roll",
        WARNING,
        Scope.ACROSS_YEARS,
        V2021,
        "现行有效件数按上年数加制发减废止结转",
        "in force rolls forward from last year",
    ),
    _rule(
        "xy_v19_items_roll",
        WARNING,
        Scope.ACROSS_YEARS,
        V2019,
        "上一年项目数量等于上一年度报告的项目数加增减",
        "items last year roll forward from last year's report",
    ),
    _rule(
        "xy_not_identical",
        WARNING,
        Scope.ACROSS_YEARS,
        BOTH,
        "与上一年度报告的数据不完全相同",
        "the tables are not identical to last year's",
    ),
    _rule(
        "xr_parent_sum",
        WARNING,
        Scope.ACROSS_REPORTS,
        BOTH,
        "汇总报告的总数等于所属各单位之和",
        "a parent report's totals equal the sum of its children",
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}

# Headings of the groups a text report shows, by rule-id prefix.
CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("t2_", "表二", "Table 2"),
    ("t3_", "表三", "Table 3"),
    ("t4_", "表四", "Table 4"),
    ("nar_", "文字说明", "Narrative"),
    ("struct_", "结构", "Structure"),
    ("xy_", "跨年度", "Across years"),
    ("xr_", "上下级汇总", "Parent and children"),
)


def rule(rule_id: str) -> Rule:
    """The rule with this id."""
    return RULES_BY_ID[rule_id]


def category(rule_id: str) -> int:
    """The index in ``CATEGORIES`` of the group a rule belongs to."""
    return next(i for i, (prefix, _, _) in enumerate(CATEGORIES) if rule_id.startswith(prefix))
