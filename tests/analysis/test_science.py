"""The trajectory of science ties: pairs, trends, sensitive share, new and defence pairs."""

from __future__ import annotations

from techties.analysis import science
from techties.store.science import CoPublication, Signer

TSINGHUA = Signer("cn-tsinghua", "Tsinghua University", "CN", "cn-tsinghua")
HIT = Signer("cn-hit", "Harbin Institute of Technology", "CN", "cn-hit", defence_linked=True)
MSU = Signer("ru-msu", "Lomonosov Moscow State University", "RU", "ru-msu")
LAB = Signer("I5", "Laboratory of Imaginary Physics", "RU", None)


def _work(n: int, year: int, domains: list[str], china: list[Signer], russia: list[Signer]) -> CoPublication:
    return CoPublication(f"W{n}", f"Work {n}", year, None, None, None, 0, domains, china, russia)


WORKS = [
    _work(1, 2020, ["general_science"], [TSINGHUA], [MSU]),
    _work(2, 2021, ["ai", "cloud_software"], [TSINGHUA], [MSU, LAB]),
    _work(3, 2021, ["biotech"], [TSINGHUA], [LAB]),
    _work(4, 2022, ["quantum"], [HIT], [MSU]),
]


def test_pairs_count_works_per_pair_most_first() -> None:
    pairs = science.pairs(WORKS)
    assert {(p.china.key, p.russia.key): p.works for p in pairs} == {
        ("cn-tsinghua", "ru-msu"): 2, ("cn-tsinghua", "I5"): 2, ("cn-hit", "ru-msu"): 1}
    assert pairs[-1].china.key == "cn-hit"
    lab = next(p for p in pairs if p.russia.key == "I5")
    assert lab.first_year == 2021 and lab.last_year == 2021 and lab.works == 2
    assert [p.russia.key for p in science.pairs(WORKS, "quantum")] == ["ru-msu"]


def test_trend_by_year_has_sensitive_share_and_new_pairs() -> None:
    rows = {r["year"]: r for r in science.trend_by_year(WORKS)}
    assert rows[2021]["works"] == 2 and rows[2021]["sensitive"] == 1 and rows[2021]["sensitive_share"] == 0.5
    assert [rows[y]["new_pairs"] for y in (2020, 2021, 2022)] == [1, 1, 1]
    assert rows[2022]["new_defence_pairs"] == 1 and rows[2021]["new_defence_pairs"] == 0


def test_trend_by_domain_counts_each_domain_of_a_work() -> None:
    rows = science.trend_by_domain(WORKS)
    assert {"year": 2021, "domain": "cloud_software", "works": 1} in rows
    assert sum(r["works"] for r in rows) == 5


def test_defence_pairs_newest_first_and_the_summary() -> None:
    assert [(p.china.key, p.first_year) for p in science.new_defence_pairs(WORKS)] == [("cn-hit", 2022)]
    summary = science.summary(WORKS)
    assert summary["works"] == 4 and summary["pairs"] == 3 and summary["defence_pairs"] == 1
    assert summary["sensitive_share"] == 0.5
