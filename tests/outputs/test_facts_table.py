"""The keyed, tidy facts table: its columns, labels and order, and its types in pandas."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govdisclosure import (
    FACT_COLUMNS,
    Cell,
    CellKind,
    Metadata,
    build_report,
    fact_rows,
    facts,
    facts_frame,
    facts_record,
    number,
    parse,
    schema_errors,
)
from govdisclosure.template.national import TEMPLATE_2019, TEMPLATE_2021
from tests.conftest import SAMPLE, corpus_dir

pandas = pytest.importorskip("pandas")


def test_every_row_carries_the_report_keys():
    report = parse(SAMPLE).report
    rows = fact_rows("sample.txt", report)
    assert len(rows) == 198
    assert all(list(row) == list(FACT_COLUMNS) for row in rows)
    assert {(r["file"], r["issuer"], r["year"], r["template"], r["rendering"]) for r in rows} == {
        ("sample.txt", "淄博经济开发区管理委员会办公室", 2020, "2019", "pipe")
    }


def test_label_paths_name_the_group_and_the_row():
    paths = {r["cell_id"]: r["label_path"] for r in fact_rows(None, parse(SAMPLE).report)}
    assert paths["t3.denied.state_secret.total"] == "（三）不予公开 / 1.属于国家秘密"
    assert paths["t3.granted.total"] == "三、本年度办理结果 / （一）予以公开"
    assert paths["t3.new_received.total"] == "一、本年新收政府信息公开申请数量"
    assert paths["t2.regulations.made_new"] == "第二十条第（一）项 / 规章"
    assert paths["t4.litigation_direct.upheld"] == "行政诉讼 / 未经复议直接起诉"
    assert paths["t4.review.total"] == "行政复议"


@pytest.mark.parametrize("spec", [TEMPLATE_2019, TEMPLATE_2021], ids=["2019", "2021"])
def test_order_is_the_template_order_for_every_report(spec):
    report = build_report(spec.template, {})
    rows = fact_rows(None, report)
    assert [r["cell_id"] for r in rows] == list(spec.cell_ids)
    orders = [r["order"] for r in rows]
    assert orders == sorted(orders)
    assert len(set(orders)) == len(orders)
    assert orders[0] == 1


def test_order_and_labels_agree_across_reports_of_a_template():
    raw = corpus_dir() / "raw"
    first = {r["cell_id"]: r["order"] for r in fact_rows(None, parse(raw / "004_pingtan_2019.txt").report)}
    second = {r["cell_id"]: r["order"] for r in fact_rows(None, parse(SAMPLE).report)}
    assert first == second


def test_pivot_keeps_the_official_row_order():
    frame = facts_frame([("s", parse(SAMPLE).report)])
    t3 = frame[frame["table"] == "t3"]
    pivot = t3.pivot_table(index="label_path", columns="column", values="count", sort=False, aggfunc="first")
    assert list(pivot.index[:3]) == [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "三、本年度办理结果 / （一）予以公开",
    ]
    assert pivot.index[-1] == "四、结转下年度继续办理"
    assert list(frame.sort_values("order")["cell_id"]) == list(frame["cell_id"])


def test_counts_are_nullable_integers_and_money_is_decimal():
    report = build_report(
        "2021",
        {
            "t2.fees.amount": Cell(Decimal("4068.208"), CellKind.NUMBER, "4068.208"),
            "t3.new_received.total": number(7),
            "t3.granted.total": Cell(None, CellKind.DASH, "—"),
        },
        metadata=Metadata(issuer="某局", year=2022),
    )
    frame = facts_frame([("x", report)]).set_index("cell_id")
    assert str(frame["count"].dtype) == "Int64"
    assert str(frame["year"].dtype) == "Int64"
    assert frame.loc["t3.new_received.total", "count"] == 7
    assert frame.loc["t3.granted.total", "count"] is pandas.NA
    assert frame.loc["t3.granted.total", "raw"] == "—"
    amount = frame.loc["t2.fees.amount", "amount"]
    assert isinstance(amount, Decimal)
    assert amount == Decimal("4068.208")
    assert frame.loc["t2.fees.amount", "count"] is pandas.NA
    assert frame["amount"].drop("t2.fees.amount").isna().all()
    assert frame["count"].sum() == 7


def test_a_money_cell_built_with_an_int_is_a_decimal_amount():
    report = build_report("2021", {"t2.fees.amount": number(3)})
    [row] = [r for r in fact_rows(None, report) if r["cell_id"] == "t2.fees.amount"]
    assert (row["amount"], row["count"]) == (Decimal(3), None)
    assert isinstance(row["amount"], Decimal)


def test_a_fraction_in_a_count_cell_is_no_count_and_its_note_says_why():
    cell = Cell(Decimal("2.5"), CellKind.NUMBER, "2.5", note="decimal 2.5 in a count cell")
    report = build_report("2021", {"t3.granted.total": cell, "t3.new_received.total": number(Decimal("3.0"))})
    rows = {r["cell_id"]: r for r in fact_rows(None, report)}
    assert rows["t3.granted.total"]["count"] is None
    assert rows["t3.granted.total"]["note"] == "decimal 2.5 in a count cell"
    assert rows["t3.granted.total"]["raw"] == "2.5"
    assert rows["t3.new_received.total"]["count"] == 3


def test_hybrid_rows_read_with_the_labels_they_are_printed_with():
    report = build_report(
        "2019",
        {
            "t3.other_split.overdue_fee.total": number(2),
            "t3.other.total": Cell(None, CellKind.MISSING),
        },
    )
    rows = {r["cell_id"]: r for r in fact_rows(None, report)}
    hybrid = rows["t3.other_split.overdue_fee.total"]
    assert hybrid["label_path"].startswith("（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用")
    assert (hybrid["row"], hybrid["column"], hybrid["count"]) == ("other_split.overdue_fee", "total", 2)
    assert len(rows) == 198 + 21
    assert hybrid["order"] > rows["t3.carried_forward.total"]["order"]
    assert hybrid["order"] < rows["t4.review.upheld"]["order"]
    record = facts_record(report, "x")
    assert record["cells"]["t3.other_split.overdue_fee.total"] == 2
    assert schema_errors(record, "facts") == []
    assert len(facts(report)) == 198 + 21


def test_a_legacy_report_has_no_facts():
    report = parse(corpus_dir() / "raw" / "024_pingtan_2018.txt").report
    assert fact_rows("x", report) == []
    frame = facts_frame([("x", report)])
    assert list(frame.columns) == list(FACT_COLUMNS)
    assert len(frame) == 0


def test_the_facts_record_carries_its_keys_and_version():
    record = facts_record(parse(SAMPLE).report, "s.txt")
    assert list(record)[:6] == ["schema_version", "file", "template", "year", "issuer", "rendering"]
    assert record["schema_version"] == "2.0.0"
    assert record["rendering"] == "pipe"
    assert schema_errors(record, "facts") == []
