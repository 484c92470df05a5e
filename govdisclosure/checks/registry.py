"""The consistency rules (勾稽关系) as data, each bound to its evaluator.

A row gives the rule's id (domain.md §4), severity, scope, family, the templates it applies to,
its title in Chinese and English, the function that evaluates it, and what else it needs (last
year's report, or the reports of the bodies under it). The engine runs every rule whose template
and needs a report meets; nothing is dispatched by id.
"""

from __future__ import annotations

from attrs import frozen

from govdisclosure.checks import (
    across,
    arithmetic_rules,
    blanks,
    dates,
    documents,
    issuer,
    narrative,
    numbering,
    presence,
    prose,
    structure,
    table2_rules,
    wording,
)
from govdisclosure.checks.context import Evaluator
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Family, Needs, Rule, Scope
from govdisclosure.template.spec import Template

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
CELL, ROW, COLUMN, GROUP = Scope.CELL, Scope.ROW, Scope.COLUMN, Scope.GROUP
REPORT, NARRATIVE_SCOPE = Scope.REPORT, Scope.NARRATIVE
YEARS, REPORTS = Scope.ACROSS_YEARS, Scope.ACROSS_REPORTS
PREVIOUS, PREVIOUS_SAME_TEMPLATE, FAMILY = Needs.PREVIOUS, Needs.PREVIOUS_SAME_TEMPLATE, Needs.FAMILY
PARENT = Needs.PARENT
T2, T3, T4 = Family.TABLE_2, Family.TABLE_3, Family.TABLE_4
NARRATIVE, STRUCTURE = Family.NARRATIVE, Family.STRUCTURE
ACROSS_YEARS, ACROSS_REPORTS = Family.ACROSS_YEARS, Family.ACROSS_REPORTS
BOTH = (Template.V2019, Template.V2021)
V2019 = (Template.V2019,)
V2021 = (Template.V2021,)
ANY = (Template.V2019, Template.V2021, Template.LEGACY, Template.UNKNOWN)


@frozen
class Check:
    """A rule and the function that evaluates it."""

    rule: Rule
    evaluate: Evaluator


def _check(
    rule_id: str,
    severity: Severity,
    scope: Scope,
    family: Family,
    templates: tuple[Template, ...],
    evaluate: Evaluator,
    title: str,
    title_en: str,
    *,
    needs: Needs = Needs.REPORT,
) -> Check:
    return Check(Rule(rule_id, severity, scope, family, templates, title, title_en, needs), evaluate)


# fmt: off
CHECKS: tuple[Check, ...] = (
    # 4.1 table 三
    _check("t3_balance", ERROR, COLUMN, T3, BOTH, arithmetic_rules.identity_sums,
           "第一项加第二项之和等于第三项加第四项之和", "new + carried over equals results total + carried forward"),
    _check("t3_results_sum", ERROR, COLUMN, T3, BOTH, arithmetic_rules.identity_sums,
           "（七）总计等于（一）至（六）各项之和", "results total equals the sum of the outcome rows"),
    _check("t3_row_total", ERROR, ROW, T3, BOTH, arithmetic_rules.identity_sums,
           "总计列等于各申请人类型之和", "the total column equals the sum of the applicant types"),
    _check("t3_nonneg_int", ERROR, CELL, T3, BOTH, arithmetic_rules.t3_nonneg,
           "申请数为非负整数", "application counts are non-negative integers"),
    _check("t3_carry_out_le_available", ERROR, COLUMN, T3, BOTH, arithmetic_rules.carry_out_le_available,
           "结转下年度不超过本年新收加上年结转", "carried forward does not exceed new + carried over"),
    _check("t3_blank_cells", WARNING, CELL, T3, BOTH, blanks.blank_cells,
           "表三、表四的单元格不留空", "no cell of tables 3 and 4 is left blank"),
    # 4.2 table 四
    _check("t4_group_total", ERROR, GROUP, T4, BOTH, arithmetic_rules.identity_sums,
           "总计等于结果维持、结果纠正、其他结果、尚未审结之和", "each group total equals its outcomes plus pending"),
    _check("t4_nonneg_int", ERROR, CELL, T4, BOTH, arithmetic_rules.t4_nonneg,
           "案件数为非负整数", "case counts are non-negative integers"),
    # 4.3 table 二
    _check("t2_nonneg", ERROR, CELL, T2, BOTH, table2_rules.nonneg,
           "数量和金额不为负数", "counts and amounts are not negative"),
    _check("t2_items_change_sign_ok", ERROR, ROW, T2, V2019, table2_rules.items_change,
           "上一年项目数量加本年增/减不为负数", "items last year plus this year's change is not negative"),
    _check("t2_v19_published_le_total", WARNING, ROW, T2, V2019, table2_rules.published_le_total,
           "本年新公开数量不超过对外公开总数量", "published this year does not exceed published in total"),
    _check("t2_v19_published_le_made", INFO, ROW, T2, V2019, table2_rules.published_le_made,
           "本年新公开数量不超过本年新制作数量", "published this year does not exceed made this year"),
    _check("t2_v21_in_force_ge_net", WARNING, ROW, T2, V2021, table2_rules.in_force_ge_net,
           "现行有效件数不少于本年制发件数减本年废止件数", "in force is at least issued minus repealed"),
    _check("t2_v21_in_force_ge_made", WARNING, ROW, T2, V2021, table2_rules.in_force_ge_made,
           "现行有效件数不少于本年制发件数", "in force is at least issued this year"),
    _check("t2_missing_row", WARNING, ROW, T2, BOTH, presence.missing_row,
           "表二各行齐全", "every row of table 2 is printed"),
    _check("t2_department_regulations", WARNING, ROW, T2, BOTH, documents.department_regulations,
           "部门不制定规章", "a department makes no regulations"),
    _check("t2_v21_fee_unit_plausible", WARNING, CELL, T2, V2021, table2_rules.fee_unit,
           "收费金额以万元填报", "the fee amount is given in 万元"),
    # 4.5 narrative
    _check("nar_received", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, narrative.claims_of_kind("received"),
           "文字说明的收到申请数与表三一致", "the narrative's number of applications received matches table 3"),
    _check("nar_carry_in", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, narrative.claims_of_kind("carry_in"),
           "文字说明的上年结转数与表三一致", "the narrative's carried-over number matches table 3"),
    _check("nar_processed", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, narrative.claims_of_kind("processed"),
           "文字说明的办结数与表三一致", "the narrative's number processed matches table 3"),
    _check("nar_carry_out", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, narrative.claims_of_kind("carry_out"),
           "文字说明的结转下年度数与表三一致", "the narrative's carried-forward number matches table 3"),
    _check("nar_outcome_breakdown", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, narrative.claims_of_kind("outcome"),
           "文字说明的各办理结果数与表三一致", "the narrative's outcome counts match table 3"),
    _check("nar_percentages", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, narrative.percentages,
           "文字说明的百分比与其数字相符", "the narrative's percentages match its counts"),
    _check("nar_percent_internal", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, prose.percent_internal,
           "文字说明的百分比与文中数字相符", "the narrative's percentages match its own numbers"),
    _check("nar_year_mention", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, prose.year_mention,
           "陈述本年度数据时年份正确", "this year's figures are dated with this year"),
    _check("nar_plan_year", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, prose.plan_year,
           "下一年度工作安排的年份正确", "next year's plans are dated with next year"),
    _check("nar_zero_claims", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, narrative.zero_claims,
           "“未收到申请”“未发生行政复议、行政诉讼”与表格一致", "'no applications' and 'no review or litigation' claims match the tables"),
    _check("nar_review_litigation", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, narrative.claims_of_kind("review", "litigation"),
           "文字说明的行政复议、行政诉讼数与表四一致", "the narrative's review and litigation counts match table 4"),
    _check("nar_documents", WARNING, NARRATIVE_SCOPE, NARRATIVE, BOTH, documents.nar_documents,
           "文字说明的规章、规范性文件数与表二一致", "the narrative's counts of regulations and normative documents match table 2"),
    _check("nar_fee", INFO, NARRATIVE_SCOPE, NARRATIVE, V2021, prose.fee,
           "信息处理费的说明与表三一致", "what section 6 says of fees agrees with table 3"),
    # 4.6 structure
    _check("struct_six_sections", WARNING, REPORT, STRUCTURE, BOTH, structure.six_sections,
           "六个部分齐全且顺序正确", "the six sections are present and in order"),
    _check("struct_heading_wording", INFO, REPORT, STRUCTURE, BOTH, wording.heading_wording,
           "各部分标题与格式文本一致", "section headings are worded as in the template"),
    _check("label_typo", WARNING, REPORT, STRUCTURE, BOTH, wording.label_typo,
           "标题和表格标签无错别字", "headings and table labels are free of typos"),
    _check("struct_intro_parts", WARNING, REPORT, STRUCTURE, BOTH, structure.intro_parts,
           "引言所述的组成部分与正文六个部分一致", "the introduction's list of parts agrees with the six sections"),
    _check("struct_item_numbering", INFO, REPORT, STRUCTURE, BOTH, numbering.item_numbering,
           "文字部分的条目编号连续", "numbered items in the narrative sections run without gaps"),
    _check("struct_template_version", WARNING, REPORT, STRUCTURE, ANY, structure.template_version,
           "报告格式与年度相符", "the template fits the report year"),
    _check("struct_year", WARNING, REPORT, STRUCTURE, ANY, dates.year,
           "标题年度、统计期限与发布日期一致", "title year, statistics period and publication date agree"),
    _check("struct_deadline", WARNING, REPORT, STRUCTURE, ANY, dates.deadline,
           "在法定期限内公布", "published by the legal deadline"),
    _check("date_order", WARNING, REPORT, STRUCTURE, ANY, dates.date_order,
           "落款和印发日期在年度结束后、发布日期之前", "signature and printing dates fall after the year and before publication"),
    _check("period_full_year", INFO, REPORT, STRUCTURE, ANY, dates.period_full_year,
           "统计期限为全年", "the statistics period is the whole year"),
    _check("issuer_consistent", WARNING, REPORT, STRUCTURE, ANY, issuer.issuer_consistent,
           "标题、落款和发布机构的发布机关一致", "the issuer agrees in the title, signature and publisher"),
    _check("struct_cell_count", WARNING, REPORT, STRUCTURE, BOTH, presence.cell_count,
           "表格单元格齐全", "every cell of the template is present"),
    # 4.4 across years, and across reports of one family
    _check("xy_same_body", ERROR, YEARS, ACROSS_YEARS, ANY, across.same_body,
           "上一年度报告为同一机关的报告", "last year's report is the same body's", needs=PREVIOUS),
    _check("xy_carry_over", ERROR, YEARS, ACROSS_YEARS, BOTH, across.rolled(across.CARRY_OVER),
           "上年结转等于上一年度报告的结转下年度", "carried over equals last year's carried forward", needs=PREVIOUS),
    _check("xy_in_force_roll", WARNING, YEARS, ACROSS_YEARS, V2021, across.rolled(across.IN_FORCE),
           "现行有效件数按上年数加制发减废止结转", "in force rolls forward from last year", needs=PREVIOUS_SAME_TEMPLATE),
    _check("xy_v19_items_roll", WARNING, YEARS, ACROSS_YEARS, V2019, across.rolled(across.ITEMS),
           "上一年项目数量等于上一年度报告的项目数加增减", "items last year roll forward from last year's report", needs=PREVIOUS_SAME_TEMPLATE),
    _check("xy_not_identical", WARNING, YEARS, ACROSS_YEARS, BOTH, across.not_identical,
           "与上一年度报告的数据不完全相同", "the tables are not identical to last year's", needs=PREVIOUS_SAME_TEMPLATE),
    _check("xy_anomaly", INFO, YEARS, ACROSS_YEARS, BOTH, across.anomaly,
           "与上一年度相比无异常变化", "no count jumps from last year", needs=PREVIOUS),
    _check("xr_fee_copied", WARNING, REPORTS, ACROSS_REPORTS, V2021, across.fee_copied,
           "部门的收费金额不照抄所属政府的数据", "a department's fees are not its government's copied", needs=PARENT),
    _check("xr_parent_sum", WARNING, REPORTS, ACROSS_REPORTS, BOTH, across.parent_sum,
           "汇总报告的总数等于所属各单位之和", "a parent report's totals equal the sum of its children", needs=FAMILY),
)
# fmt: on

RULES: tuple[Rule, ...] = tuple(c.rule for c in CHECKS)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}

# How a text report heads each family of rules, in Chinese and English, in the order shown.
FAMILY_HEADINGS: dict[Family, tuple[str, str]] = {
    T2: ("表二", "Table 2"),
    T3: ("表三", "Table 3"),
    T4: ("表四", "Table 4"),
    NARRATIVE: ("文字说明", "Narrative"),
    STRUCTURE: ("结构", "Structure"),
    ACROSS_YEARS: ("跨年度", "Across years"),
    ACROSS_REPORTS: ("上下级报告", "Government and departments"),
}


def rule(rule_id: str) -> Rule:
    """The rule with this id."""
    return RULES_BY_ID[rule_id]
