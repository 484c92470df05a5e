"""The templates as data: cell counts, ids, and agreement with the model classes."""

from __future__ import annotations

import pytest

from govdisclosure import TEMPLATE_2019, TEMPLATE_2021, Template, build_report, cells_of, json_pointer
from govdisclosure.template.national import SECTIONS


@pytest.mark.parametrize(
    ("spec", "counts"),
    [(TEMPLATE_2019, {"t2": 22, "t3": 161, "t4": 15}), (TEMPLATE_2021, {"t2": 10, "t3": 175, "t4": 15})],
)
def test_cell_counts(spec, counts):
    ids = spec.cell_ids
    assert {t: sum(1 for i in ids if i.startswith(t + ".")) for t in counts} == counts
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("spec", [TEMPLATE_2019, TEMPLATE_2021])
def test_model_attributes_are_the_canonical_ids(spec):
    report = build_report(spec.template, {})
    assert list(cells_of(report)) == list(spec.cell_ids)


def test_ids_from_cells_md_exist():
    assert "t3.new_received.natural_person" in TEMPLATE_2019.cell_ids
    assert "t3.denied.process_info.total" in TEMPLATE_2021.cell_ids
    assert "t3.other.misc.other_org" in TEMPLATE_2021.cell_ids
    assert "t3.other.total" in TEMPLATE_2019.cell_ids
    assert "t4.litigation_after_review.pending" in TEMPLATE_2019.cell_ids
    assert "t2.procurement.amount" in TEMPLATE_2019.cell_ids
    assert "t2.fees.amount" in TEMPLATE_2021.cell_ids


def test_official_labels():
    t3 = TEMPLATE_2021.table("t3")
    assert t3.row("denied.three_safeties_one_stability").printed_label == "3.危及“三安全一稳定”"
    assert (
        t3.row("partially_granted").printed_label
        == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    )
    assert t3.row("other.overdue_fee").group_label == "（六）其他处理"
    assert [s.printed_heading for s in SECTIONS] == [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]


def test_money_and_signed_columns():
    money = [c.id for c in TEMPLATE_2019.cells if c.column.money] + [
        c.id for c in TEMPLATE_2021.cells if c.column.money
    ]
    assert money == ["t2.procurement.amount", "t2.fees.amount"]
    signed = {c.id for c in TEMPLATE_2019.cells if c.column.signed}
    assert signed == {
        f"t2.{r}.items_change" for r in ("licensing", "other_services", "penalty", "coercion", "fees")
    }


def test_json_pointer():
    assert json_pointer("t3.denied.state_secret.total") == "/applications/denied/state_secret/total"
    assert json_pointer("t2.fees.amount") == "/disclosure/fees/amount"
    assert json_pointer("t4.review.total") == "/review_litigation/review/total"


def test_build_report_rejects_unknown_ids():
    with pytest.raises(KeyError, match="not cells"):
        build_report(Template.V2021, {"t2.procurement.amount": None})  # type: ignore[dict-item]
