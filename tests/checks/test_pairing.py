"""A batch sees its reports together: pairs across years and with the government, on the corpus and
on reports built by hand; the rules that need them (xy_same_body, xy_anomaly, xr_fee_copied)."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from checks_helpers import CORPUS, corpus_file, corpus_report

from govdisclosure import schema_errors
from govdisclosure.checks import check
from govdisclosure.checks.batch import Pairing, check_batch, pair
from govdisclosure.cli import main
from govdisclosure.model.cellmap import build_report
from govdisclosure.model.cells import number
from govdisclosure.model.diagnostics import Severity
from govdisclosure.model.findings import Finding, Status
from govdisclosure.model.report import Metadata, Report
from govdisclosure.template.spec import Template


def built(issuer: str, year: int, **cells: int | str) -> Report:
    values = {k.replace("__", "."): number(v) for k, v in cells.items()}
    return build_report(Template.V2021, values, metadata=Metadata(issuer=issuer, year=year))


def of_rule(findings: tuple[Finding, ...], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


# --- pairing ------------------------------------------------------------------------------------


def test_pairs_by_body_and_year_tolerant_of_name_variants() -> None:
    reports = [
        ("a.txt", built("平潭综合实验区", 2023)),
        ("b.txt", built("平潭综合实验区管委会", 2024)),
        ("c.txt", built("平潭综合实验区公安局", 2024)),
        ("d.txt", built("区公安局", 2023)),
        ("e.txt", built("平潭综合实验区财政金融局", 2022)),
        ("f.txt", built("某某县人民政府", 2024)),
    ]
    pairing = pair(reports)
    assert pairing == Pairing(
        previous=(("b.txt", "a.txt"), ("c.txt", "d.txt")),
        parents=(("c.txt", "b.txt"),),
    )
    assert pairing.previous_of("b.txt") == "a.txt"
    assert pairing.parent_of("c.txt") == "b.txt"
    assert pairing.parent_of("e.txt") is None  # its government's report of 2022 is not in the batch


def test_corpus_pairs() -> None:
    files = sorted(p for p in (CORPUS / "raw").iterdir()) if (CORPUS / "raw").is_dir() else []
    if not files:
        corpus_file("001")  # skips with the corpus message
    reports = [(p.name, corpus_report(p.name[:3])) for p in files]
    pairing = pair(reports)
    previous = dict(pairing.previous)
    assert previous["025_pingtan-gaj_2022.txt"] == "014_pingtan-gaj_2021.txt"  # 公安局 2021/2022
    assert previous["018_pingtan-jtj_2020.txt"] == "021_pingtan-jtj_2019.txt"  # 交通与建设局 2019–2024
    assert previous["022_pingtan-jtj_2021.txt"] == "018_pingtan-jtj_2020.txt"
    assert previous["023_pingtan-jtj_2024.txt"] == "017_pingtan-jtj_2023.txt"
    assert "017_pingtan-jtj_2023.txt" not in previous  # no 2022 report of that body in the batch
    assert [
        previous[f"{n:03d}_pingtan_{y}.txt"] for n, y in zip(range(5, 11), range(2020, 2026), strict=True)
    ] == [f"{n:03d}_pingtan_{y}.txt" for n, y in zip(range(4, 10), range(2019, 2025), strict=True)]
    assert "004_pingtan_2019.txt" not in previous  # the 2018 report is pre-2019: nothing to compare
    parents = dict(pairing.parents)
    assert parents["019_pingtan-czj_2025.txt"] == "010_pingtan_2025.txt"
    assert (
        parents["045_pingtan-xzspj_2024.txt"]
        == parents["048_pingtan-xzspj_2024.html"]
        == "009_pingtan_2024.txt"
    )
    results = dict(check_batch(reports, pairing=pairing))
    [copied] = of_rule(results["019_pingtan-czj_2025.txt"].findings, "xr_fee_copied")
    assert (copied.printed, copied.computed) == (Decimal("4166.214619"), Decimal("4166.241619"))
    assert copied.message.endswith("仅有两位数字颠倒，疑为照抄政府的全区数据")
    assert "xy_carry_over" in results["025_pingtan-gaj_2022.txt"].rules
    assert of_rule(results["025_pingtan-gaj_2022.txt"].findings, "xy_carry_over") == []


# --- the rules a batch runs ---------------------------------------------------------------------


def test_last_year_of_another_body_is_compared_by_nothing_but_xy_same_body() -> None:
    this = built("某某市财政局", 2024, t3__carried_over__total=5)
    other = built("某某市公安局", 2023, t3__carried_forward__total=1)
    result = check(this, other)
    [refused] = of_rule(result.findings, "xy_same_body")
    assert (refused.severity, refused.status) == (Severity.ERROR, Status.FAIL)
    assert refused.message == "用于比较的上一年度报告是“某某市公安局”的，不是“某某市财政局”的，不作跨年度比较"
    assert [r for r in result.rules if r.startswith("xy_")] == ["xy_same_body"]
    same = check(this, built("市财政局", 2023, t3__carried_forward__total=1))
    assert of_rule(same.findings, "xy_same_body") == []
    assert "xy_carry_over" in same.rules


def test_counts_that_jump_from_last_year() -> None:
    before = built("某某市财政局", 2023, t3__new_received__total=3, t2__penalty__decisions=100)
    jumped = check(built("某某市财政局", 2024, t3__new_received__total=40, t2__penalty__decisions=90), before)
    [finding] = [f for f in of_rule(jumped.findings, "xy_anomaly") if f.status is Status.FAIL]
    assert finding.severity is Severity.INFO
    assert (
        finding.message
        == "表三“一、本年新收政府信息公开申请数量”行“总计”列由上一年度的 3 增至 40，变化异常，请核实"
    )
    steady = check(built("某某市财政局", 2024, t3__new_received__total=10), before)
    assert [f for f in of_rule(steady.findings, "xy_anomaly") if f.status is Status.FAIL] == []


@pytest.mark.parametrize(("fee", "copied"), [("4166.214619", True), ("4166.241619", True), ("12.5", False)])
def test_a_department_s_fees_copied_from_its_government(fee: str, copied: bool) -> None:
    government = built("某某县人民政府", 2024, t2__fees__amount="4166.241619")
    department = built("某某县财政局", 2024, t2__fees__amount=fee)
    result = check(department, parent=government)
    assert "xr_fee_copied" in result.rules
    assert bool(of_rule(result.findings, "xr_fee_copied")) is copied


# --- the command line ---------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(args), out=out, err=err), out.getvalue(), err.getvalue()


def test_checking_a_folder_shows_its_pairs() -> None:
    folder = corpus_file("001").parent
    code, out, _ = run("check", str(folder))
    assert code == 1
    first, *rest = out.splitlines()
    assert first == "本批 25 份报告：同一机关相邻年度对照 10 组，部门与所属政府同年度对照 15 组"
    at = rest.index(next(line for line in rest if "025_pingtan-gaj_2022.txt · " in line))
    assert (
        rest[at + 1]
        == f"对照：上一年度报告 {folder / '014_pingtan-gaj_2021.txt'}；所属政府同年度报告 {folder / '007_pingtan_2022.txt'}"
    )
    code, out, _ = run("check", str(folder), "--format", "jsonl")
    records = {json.loads(line)["file"]: json.loads(line) for line in out.splitlines()}
    record = records[str(folder / "019_pingtan-czj_2025.txt")]
    assert schema_errors(record, "check") == []
    assert record["compared_with"] == {"previous": None, "parent": str(folder / "010_pingtan_2025.txt")}
    assert any(f["rule"] == "xr_fee_copied" for f in record["findings"])


def test_previous_of_another_body_is_refused() -> None:
    this, other = corpus_file("045"), corpus_file("014")
    code, out, err = run("check", str(this), "--previous", str(other))
    assert (code, out) == (2, "")
    assert "不是" in err
    assert "xy_same_body" in err
    code, _, err = run("check", str(this), "--previous", str(other), "--lang", "en")
    assert code == 2
    assert "reports of another body are not compared" in err


def test_a_short_name_two_bodies_share_is_not_paired() -> None:
    reports = [
        ("a.txt", built("甲市某某区公安局", 2024)),
        ("b.txt", built("乙市某某区公安局", 2024)),
        ("c.txt", built("区公安局", 2023)),
    ]
    assert pair(reports).previous == ()
